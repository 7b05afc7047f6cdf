"""Helpers for the site tests: read built pages as text, list them, copy the project."""

from __future__ import annotations

import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

LANGUAGES = ("nl", "en")
# Material's own interface strings, as its nl and en translation files give them.
SEARCH_PLACEHOLDER = {"nl": "Zoeken", "en": "Search"}
SKIP_LINK = {"nl": "Ga naar inhoud", "en": "Skip to content"}
# Each language's 404.html is not one of the guide's pages (it has no source to edit and
# is not in the navigation); test_browser checks it on its own, from the zip.
NOT_A_PAGE = "404.html"
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
NOT_SEARCHED = {"headerlink", "gw-private-badge", "gw-fold__state"}
INLINE_TAGS = {"a", "abbr", "b", "code", "em", "i", "kbd", "mark", "small", "span", "strong", "sup"}


class _TextParser(HTMLParser):
    """Collects the text of a page (or of its <article> only), without scripts or styles."""

    def __init__(self, article_only: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.article_only = article_only
        self.depth = {"article": 0, "script": 0, "style": 0}
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.depth:
            self.depth[tag] += 1
        if tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.depth.get(tag):
            self.depth[tag] -= 1
        if tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.depth["script"] or self.depth["style"]:
            return
        if self.article_only and not self.depth["article"]:
            return
        self.parts.append(data)


class _HeadingParser(HTMLParser):
    """Collects the text of every heading, as search indexes it: no permalink (¶), no
    private badge and no fold's "Show" (the templates mark them data-search-exclude,
    which the search plugin takes out of the page)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[tuple[str, str, list[str]]] = []
        self.open: tuple[str, str, list[str]] | None = None
        self.skipping = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in HEADINGS and self.open is None:
            self.open = (tag, values.get("id") or "", [])
        self.skipping = bool(NOT_SEARCHED.intersection((values.get("class") or "").split()))

    def handle_endtag(self, tag: str) -> None:
        self.skipping = False
        if self.open is not None and tag == self.open[0]:
            self.headings.append(self.open)
            self.open = None

    def handle_data(self, data: str) -> None:
        if self.open is not None and not self.skipping:
            self.open[2].append(data)


def headings(markup: str) -> dict[str, str]:
    """Each heading's text by its id; under "" the page's own heading, its first <h1>."""
    parser = _HeadingParser()
    parser.feed(markup)
    parser.close()
    found = {anchor: fold("".join(parts)) for _, anchor, parts in parser.headings if anchor}
    titles = [fold("".join(parts)) for tag, _, parts in parser.headings if tag == "h1"]
    return {"": titles[0], **found} if titles else found


def document_title(markup: str) -> str:
    """The page's name in its <title>, before " - " and the site's name."""
    found = re.search(r"<title>(.*?)</title>", markup, re.DOTALL)
    return fold(found.group(1)).split(" - ")[0] if found else ""


def fold(text: str) -> str:
    return " ".join(html.unescape(text).split())


def page_text(markup: str, article_only: bool = False) -> str:
    """The visible text of a page: tags (such as glossary <abbr>s) gone, whitespace folded."""
    parser = _TextParser(article_only)
    parser.feed(markup)
    parser.close()
    return fold("".join(parser.parts))


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def html_pages(site: Path, language: str) -> list[Path]:
    """Every page of one language of the built guide (not MkDocs' 404 page)."""
    folder = site / language
    return sorted(path for path in folder.rglob("*.html") if path.name != NOT_A_PAGE)


def all_html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def themes(root: Path) -> list[dict[str, Any]]:
    return [load_yaml(path) for path in sorted((root / "questions").glob("*.yml"))]


def guidance_ids(root: Path, language: str) -> list[str]:
    return sorted(path.stem for path in (root / "content" / "pages" / language).glob("*.md"))


def search_index(site: Path, language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read(site / language / "search" / "search_index.json"))
    return data


def offline_search_index(site: Path, language: str) -> dict[str, Any]:
    """The index the offline plugin writes as ``var __index = {...}`` for file:// use."""
    script = read(site / language / "search" / "search_index.js").strip()
    match = re.fullmatch(r"var __index = (.*?);?", script, re.DOTALL)
    assert match, "search_index.js is not of the form 'var __index = {...}'"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def file_hashes(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
