"""How much of our own JavaScript and CSS a page loads, and how big the download zip is.

Run from the repository root, after ``make build``::

    python3 benchmarks/bench_size.py [--site site] [--language nl]

Our own files are the .js and .css files under the language tree's ``assets/`` that are
neither Material's (the same bytes as a file the installed theme ships, wherever the
build put it) nor a vendor's (in a ``vendor`` folder); source maps do not count. So a
new or renamed bundle counts without a change here. Sizes are gzip level 9, each file
compressed by itself as a web server sends it.

It prints:

* every own file of the language tree and their gzip total, each file once;
* per page type (home, a theme page, the employee form): the files its
  ``<script src>`` and ``<link rel=stylesheet>`` load, and the gzip total of ours;
* the size of ``download/gesprekswijzer.zip``, its entries by kind, and its ten biggest
  parts (the same path in nl and en counted together).

Goals: our JS + CSS <= 20 KB gzip (20,000 bytes, the tree's files counted once each);
the zip <= 1 MB (1,000,000 bytes). Each goal is printed as met or not; it asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import zipfile
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
OWN_GOAL = 20_000
ZIP_GOAL = 1_000_000
ZIP = "download/gesprekswijzer.zip"
LANGUAGES = ("nl", "en")


def material_digests() -> set[str]:
    """The sha256 of every file the installed Material theme ships."""
    import material

    templates = Path(material.__file__).parent / "templates"
    return {digest(path.read_bytes()) for path in templates.rglob("*") if path.is_file()}


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def kind(path: str, data: bytes, material: set[str]) -> str:
    """What a file of a language tree is, by its path there (e.g. assets/x/y.js)."""
    parts = PurePosixPath(path).parts
    if "vendor" in parts:
        return "vendor"
    if parts[0] == "assets":
        if digest(data) in material:
            return "Material"
        if path.endswith((".js", ".css")):
            return "ours"
        return "other assets"
    if parts[0] == "search":
        return "search index"
    if path.endswith(".html"):
        return {"forms": "form pages", "themes": "theme pages"}.get(parts[0], "other pages")
    return "other"


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        rel = (attributes.get("rel") or "").lower().split()
        if tag == "script" and attributes.get("src"):
            self.urls.append(attributes["src"] or "")
        elif tag == "link" and "stylesheet" in rel and attributes.get("href"):
            self.urls.append(attributes["href"] or "")


def loaded(tree: Path, page: Path) -> list[Path]:
    """The local script and stylesheet files a page loads."""
    parser = _Assets()
    parser.feed(page.read_text(encoding="utf-8"))
    files = []
    for url in parser.urls:
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            continue
        file = (page.parent / parts.path).resolve()
        if file.is_file() and file.is_relative_to(tree.resolve()):
            files.append(file)
    return files


def own_files(tree: Path, material: set[str]) -> dict[str, int]:
    """Our own files of a language tree and their gzip sizes, by path in the tree."""
    sizes = {}
    for file in sorted((tree / "assets").rglob("*")):
        if file.is_file() and file.suffix in (".js", ".css"):
            path = file.relative_to(tree).as_posix()
            data = file.read_bytes()
            if kind(path, data, material) == "ours":
                sizes[path] = gzipped(data)
    return sizes


def verdict(value: int, goal: int) -> str:
    return f"{'met' if value <= goal else 'NOT met'} ({value / goal:.2f} of the goal)"


def report_own(tree: Path, language: str, material: set[str]) -> None:
    sizes = own_files(tree, material)
    print(f"Our own JS + CSS in the {language} tree (gzip -9, each file once):")
    for path, size in sorted(sizes.items(), key=lambda item: -item[1]):
        print(f"  {size:>9,} B  {path}")
    total = sum(sizes.values())
    print(f"  {total:>9,} B  total")
    print(f"goal own JS + CSS <= {OWN_GOAL:,} bytes gzip: {verdict(total, OWN_GOAL)}")
    themes = sorted(p for p in (tree / "themes").glob("*.html") if p.name != "index.html")
    pages = {
        "home (index.html)": tree / "index.html",
        f"theme page (themes/{themes[0].name if themes else '-'})": themes[0] if themes else None,
        "employee form (forms/employee-annual.html)": tree / "forms" / "employee-annual.html",
    }
    print()
    print("What each page type loads (<script src>, <link rel=stylesheet>), gzip -9:")
    for name, page in pages.items():
        if page is None or not page.is_file():
            print(f"  {name}: missing")
            continue
        by_kind: dict[str, int] = defaultdict(int)
        ours = []
        for file in loaded(tree, page):
            path, data = file.relative_to(tree.resolve()).as_posix(), file.read_bytes()
            by_kind[kind(path, data, material)] += gzipped(data)
            if kind(path, data, material) == "ours":
                ours.append(PurePosixPath(path).name)
        others = ", ".join(f"{k} {v:,} B" for k, v in sorted(by_kind.items()) if k != "ours")
        print(f"  {name}: ours {by_kind['ours']:,} B ({', '.join(ours)}); also {others}")


def report_zip(site: Path, material: set[str]) -> None:
    path = site / ZIP
    if not path.is_file():
        print(f"{path}: missing (build the site first)")
        return
    size = path.stat().st_size
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    parts: dict[str, list[Any]] = {}
    with zipfile.ZipFile(path) as archive:
        for entry in archive.infolist():
            if entry.is_dir():
                continue
            inner = PurePosixPath(*PurePosixPath(entry.filename).parts[1:])
            language = inner.parts[0] if inner.parts[0] in LANGUAGES else ""
            local = PurePosixPath(*inner.parts[1:]) if language else inner
            what = kind(local.as_posix(), archive.read(entry), material)
            kinds[what][0] += 1
            kinds[what][1] += entry.compress_size
            part = parts.setdefault(local.as_posix(), [0, [], what])
            part[0] += entry.compress_size
            part[1].append(language or "root")
    print(f"Download zip {ZIP}: {size:,} bytes")
    print(f"goal zip <= {ZIP_GOAL:,} bytes: {verdict(size, ZIP_GOAL)}")
    print("  by kind (compressed bytes in the zip):")
    for what, (count, total) in sorted(kinds.items(), key=lambda item: -item[1][1]):
        print(f"  {total:>9,} B  {total / size:4.0%}  {what} ({count} files)")
    print("  ten biggest parts (nl and en together):")
    for name, (total, languages, what) in sorted(parts.items(), key=lambda i: -i[1][0])[:10]:
        print(f"  {total:>9,} B  {what:<13} {name} ({'+'.join(languages)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=REPO / "site", help="built site (site)")
    parser.add_argument("--language", choices=LANGUAGES, default="nl", help="tree to read (nl)")
    args = parser.parse_args()
    tree = args.site / args.language
    if not tree.is_dir():
        raise SystemExit(f"bench_size: {tree} is missing; run `make build` first")
    material = material_digests()
    report_own(tree, args.language, material)
    print()
    report_zip(args.site, material)


if __name__ == "__main__":
    main()
