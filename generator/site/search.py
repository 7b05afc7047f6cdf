"""Make the theme's site search fit the guide: stemmed queries, no empty entries.

Both steps run on the built site, so the docs tree stays plain for any engine; a site
built without Material's search (no worker, no index) is left as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

WORKERS = "assets/javascripts/workers"
STEMMING = "query-stemming.js"
# The theme's worker keeps its file, under this suffix; its old name loads the two.
MOVED = ".lunr.min.js"

# A classic script, whether the browser runs it as a worker or, from file://, in the
# iframe the theme uses instead (where relative paths would follow the page).
_LOADER = """(function () {{
  var script = typeof document !== 'undefined' && document.querySelector('script[src]');
  var base = (script ? script.src : self.location.href).split('?')[0].replace(/[^/]*$/, '');
  importScripts(base + '{stemming}', base + '{moved}');
}})();
"""


def add_query_stemming(site_dir: Path) -> None:
    workers = site_dir / WORKERS
    if not (workers / STEMMING).is_file():
        return
    for worker in sorted(workers.glob("search.*.min.js")):
        if worker.name.endswith(MOVED):
            continue
        moved = worker.with_name(worker.name.removesuffix(".min.js") + MOVED)
        worker.replace(moved)
        worker.write_text(_LOADER.format(stemming=STEMMING, moved=moved.name), encoding="utf-8")


def drop_empty_entries(site_dir: Path) -> None:
    """Leave out the entries of headings whose whole block is kept out of search
    (data-search-exclude), which the theme indexes with no text under the page's title."""
    folder = site_dir / "search"
    index_file = folder / "search_index.json"
    if not index_file.is_file():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    titles = {doc["location"]: doc["title"] for doc in index["docs"] if "#" not in doc["location"]}
    index["docs"] = [doc for doc in index["docs"] if not _empty(doc, titles)]
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    index_file.write_text(text, encoding="utf-8")
    script = folder / "search_index.js"
    if script.is_file():
        script.write_text(f"var __index = {text}", encoding="utf-8")


def _empty(doc: dict[str, str], titles: dict[str, str]) -> bool:
    page, _, fragment = doc["location"].partition("#")
    return bool(fragment) and not doc["text"].strip() and doc["title"] == titles.get(page)


LUNR = "assets/javascripts/lunr"
# The stemmer base every language pack needs, and the glue the worker loads for a site
# in more than one language (kept, as it is small, should a tree ever hold two).
LUNR_ALWAYS = {"lunr.stemmer.support.min.js", "lunr.multi.min.js"}


def drop_unused_languages(site_dir: Path, language: str) -> None:
    """Delete the theme's search support for languages the site is not in.

    The theme ships some thirty language packs and the word splitters for Thai and
    Japanese; a language's site loads only its own (English needs none)."""
    lunr = site_dir / LUNR
    if not lunr.is_dir():
        return
    keep = LUNR_ALWAYS | {f"lunr.{language}.min.js"}
    for path in lunr.glob("*.js"):
        path.unlink()
    for path in (lunr / "min").glob("*.js"):
        if path.name not in keep:
            path.unlink()
