"""``gesprekswijzer serve``: a live preview of one language for editors.

The generator writes the language's plain docs tree, as ``build`` does, and MkDocs
serves that tree with live reload. A watcher regenerates the tree when a file under
content/, questions/ or the project's site_templates/ changes; only the files whose
text changed are rewritten, so MkDocs rebuilds just those pages. While the content
has errors, the checker's messages are printed and the last good tree stays served.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from generator.check.engine import check_project
from generator.check.reporter import text
from generator.site.render import write_docs_tree
from generator.site.templates import templates_for

WATCHED = ("content", "questions", "site_templates")
POLL_SECONDS = 0.2

log = logging.getLogger("mkdocs.gesprekswijzer")


def serve_tree(root: Path, language: str) -> Path:
    """The folder the preview of ``language`` is generated into."""
    return root / ".build" / "serve" / language


def regenerate(root: Path, language: str) -> bool:
    """Check the content and, if it has no errors, rewrite the tree; say whether it did."""
    tree = serve_tree(root, language)
    project, result = check_project(root)
    if result.problems:
        log.warning("content problems:\n%s", text(result))
    if result.failed() and (tree / "mkdocs.yml").is_file():
        return False
    before = _theme_files(tree)
    templates = templates_for(root, tree.parent / "site_templates")
    write_docs_tree(project, language, tree, templates, editor_links=True, live_preview=True)
    if _theme_files(tree) != before:
        _touch_pages(tree)
    return True


def _theme_files(tree: Path) -> dict[Path, int]:
    """Every generated file but the pages: the config, the overrides, the bundles."""
    return {
        path: path.stat().st_mtime_ns
        for path in _files(tree)
        if not (path.suffix == ".md" and path.is_relative_to(tree / "docs"))
    }


def _touch_pages(tree: Path) -> None:
    # MkDocs rebuilds only the pages whose file changed; a new bundle, string or template
    # belongs on every page, so every page is marked changed.
    for path in (tree / "docs").rglob("*.md"):
        os.utime(path)


def _files(folder: Path) -> Iterator[Path]:
    """The files under folder; one that an editor's save removes meanwhile is skipped."""
    if folder.is_dir():
        yield from (path for path in folder.rglob("*") if path.is_file())


def _snapshot(root: Path) -> dict[Path, int]:
    times: dict[Path, int] = {}
    for name in WATCHED:
        for path in _files(root / name):
            try:
                times[path] = path.stat().st_mtime_ns
            except FileNotFoundError:  # an editor's temporary file, gone again
                continue
    return times


class Watcher(threading.Thread):
    """Regenerates the tree whenever a watched file is added, changed or removed."""

    def __init__(self, root: Path, language: str) -> None:
        super().__init__(name="gesprekswijzer-watcher", daemon=True)
        self.root = root
        self.language = language
        self.stopped = threading.Event()
        self.seen = _snapshot(root)

    def run(self) -> None:
        while not self.stopped.wait(POLL_SECONDS):
            try:
                now = _snapshot(self.root)
                if now == self.seen:
                    continue
                self.seen = now
                regenerate(self.root, self.language)
            except Exception as error:  # keep serving the last good tree, and watching
                log.error("could not regenerate the preview: %s", error)


def _show_progress() -> None:
    """Print MkDocs' own lines: where the preview is served, and each rebuild and reload."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    mkdocs = logging.getLogger("mkdocs")
    mkdocs.addHandler(handler)
    mkdocs.setLevel(logging.INFO)
    mkdocs.propagate = False


def serve(root: Path, language: str, address: str) -> None:
    from mkdocs.commands.serve import serve as mkdocs_serve

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    _show_progress()
    regenerate(root, language)
    watcher = Watcher(root, language)
    watcher.start()
    try:
        config = serve_tree(root, language) / "mkdocs.yml"
        mkdocs_serve(config_file=str(config), livereload=True, build_type="dirty", dev_addr=address)
    finally:
        watcher.stopped.set()
