"""The built guide in Chromium, hosted on 127.0.0.1 and opened from disk (file://)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest

from tests.site.sitehelpers import (
    LANGUAGES,
    SKIP_LINK,
    all_html_files,
    html_pages,
    load_yaml,
    search_index,
)
from tests.support.browser import OffHostGuard, axe_violations, describe_violations

pytestmark = pytest.mark.browser

NO_RESULTS = {"nl": "Geen overeenkomende documenten", "en": "No matching documents"}
SEARCH_WORD = {"nl": "energie", "en": "energy"}
AXE_SAMPLE = ["index.html", "nl/themes/wellbeing.html", "en/before.html"]
FILE_SAMPLE = {
    "index.html", "nl/index.html", "en/after.html", "nl/themes/wellbeing.html",
    "en/forms/employee-annual.html", "nl/forms/conversation-record.html", "en/404.html",
}
FOCUSED = """() => {
  const element = document.activeElement;
  const box = element.getBoundingClientRect();
  const visible = box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0
    && box.left < innerWidth && box.top < innerHeight;
  return {
    classes: String(element.className || ""),
    text: (element.textContent || "").trim(),
    inHeader: Boolean(element.closest("header.md-header")),
    inDrawer: Boolean(element.closest(".md-sidebar--primary")),
    visible: visible && getComputedStyle(element).visibility === "visible",
  };
}"""


def _other(language: str) -> str:
    return next(lang for lang in LANGUAGES if lang != language)


def _relative(site: Path, paths: list[Path]) -> list[str]:
    return [path.relative_to(site).as_posix() for path in paths]


def _heading(page: Any) -> str:
    return " ".join(page.locator("article h1").first.inner_text().replace("¶", "").split())


def test_navigation_and_language_switch(
    page: Any, origin: str, repo_root: Path, guard: OffHostGuard
) -> None:
    wellbeing = load_yaml(repo_root / "questions" / "wellbeing.yml")["title"]
    page.goto(f"{origin}/nl/index.html")
    link = page.locator(".md-sidebar--primary a.md-nav__link[href$='before.html']").first
    title = " ".join(link.inner_text().split())
    link.click()
    page.wait_for_url(re.compile(r"/nl/before\.html$"))
    assert _heading(page) == title

    page.goto(f"{origin}/nl/themes/wellbeing.html")
    for language in ("en", "nl"):
        page.locator(".gw-language-switch__link").click()
        page.wait_for_url(re.compile(rf"/{language}/themes/wellbeing\.html$"))
        assert page.locator("html").get_attribute("lang") == language
        assert _heading(page) == wellbeing[language]
    assert not guard.requests


def _search(page: Any, word: str) -> None:
    page.keyboard.press("/")
    search = page.locator("input.md-search__input")
    assert search.evaluate("element => element === document.activeElement")
    page.keyboard.type(word)


def _index_words(site: Path, language: str) -> set[str]:
    docs = search_index(site, language)["docs"]
    text = " ".join(f"{doc['title']} {doc['text']}" for doc in docs).lower()
    return set(re.findall(r"\w+", text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_finds_pages_of_this_language_only(
    page: Any, origin: str, built_site: Path, language: str, guard: OffHostGuard
) -> None:
    titles = {doc["title"] for doc in search_index(built_site, language)["docs"]}
    page.goto(f"{origin}/{language}/index.html")
    _search(page, SEARCH_WORD[language])
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)
    links = page.locator("a.md-search-result__link")
    hrefs = links.evaluate_all("links => links.map(link => link.href)")
    assert hrefs, "no search results"
    assert all(href.startswith(f"{origin}/{language}/") for href in hrefs), hrefs
    headings = page.locator(".md-search-result__item h1, .md-search-result__item h2")
    shown = {" ".join(title.split()) for title in headings.all_inner_texts()} - {""}
    assert shown and shown <= titles, f"results not from this language: {shown - titles}"

    # A word only the other language uses finds nothing here.
    foreign = SEARCH_WORD[_other(language)]
    assert foreign in _index_words(built_site, _other(language))
    assert foreign not in _index_words(built_site, language)
    page.goto(f"{origin}/{language}/index.html")
    _search(page, foreign)
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_text=NO_RESULTS[language]).wait_for(timeout=15_000)
    assert page.locator(".md-search-result__item").count() == 0
    assert not guard.requests


@pytest.mark.parametrize(
    ("hosted", "language", "word", "title"),
    [(True, "nl", "jaargesprekken", "Het jaargesprek"), (False, "en", "checklists", "Checklist")],
    ids=["http-nl", "file-en"],
)
def test_search_finds_another_form_of_a_word(
    page: Any, site_url: str, built_site: Path, hosted: bool, language: str, word: str, title: str
) -> None:
    """The plural finds the page that uses only the singular: the query is stemmed.

    Without stemming neither word finds anything. Hosted, the search runs in a worker;
    from disk, in the theme's stand-in for one: both load the stemming.
    """
    root = site_url if hosted else built_site.resolve().as_uri()
    page.goto(f"{root}/{language}/index.html")
    _search(page, word)
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)
    headings = page.locator(".md-search-result__item h1").all_inner_texts()
    assert title in [" ".join(heading.split()) for heading in headings], headings


def test_no_page_asks_another_host_for_anything(
    page: Any, origin: str, built_site: Path, guard: OffHostGuard
) -> None:
    offending: dict[str, list[str]] = {}
    pages = _relative(built_site, all_html_files(built_site))
    if origin.startswith("http"):
        # The search worker only reads this site's own index (the file:// sample below
        # keeps it running); building that index on every page load is CPU, not requests.
        page.route("**/assets/javascripts/workers/search.*.js", lambda route: route.abort())
    else:
        # The same files as over http, where every page is loaded; from disk a sample of
        # each kind (root, guidance, theme, form, 404) shows file:// adds no request.
        pages = [p for p in pages if p in FILE_SAMPLE]
        assert len(pages) == len(FILE_SAMPLE)
    for relative in pages:
        before = len(guard.requests)
        page.goto(f"{origin}/{relative}", wait_until="load")
        if len(guard.requests) > before:
            offending[relative] = guard.requests[before:]
    # What a page asks for after its load event (the search worker's index, say) counts
    # too: wait until the last page has had no request in flight for a while.
    page.wait_for_load_state("networkidle")
    assert not offending and not guard.requests, f"requests to other hosts: {offending}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_passes_axe(page: Any, origin: str, built_site: Path, language: str) -> None:
    if origin.startswith("http"):
        pages = (["index.html"] if language == "nl" else []) + [f"{language}/404.html"]
        # Form pages are checked by tests/forms in their empty, filled and over-long states.
        pages += [
            p for p in _relative(built_site, html_pages(built_site, language)) if "/forms/" not in p
        ]
    else:
        pages = [path for path in AXE_SAMPLE if path.startswith(language) or path == "index.html"]
    # The search worker builds its index on every page load: CPU that axe needs and
    # nothing axe looks at (search itself is tested above).
    page.route("**/assets/javascripts/workers/search.*.js", lambda route: route.abort())
    failures = []
    for relative in pages:
        page.goto(f"{origin}/{relative}")
        violations = axe_violations(page)
        if violations:
            failures.append(f"{relative}:\n{describe_violations(violations)}")
    assert not failures, "axe found violations:\n" + "\n".join(failures)


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_reaches_skip_link_header_and_language_switch(
    page: Any, origin: str, language: str
) -> None:
    page.goto(f"{origin}/{language}/themes/wellbeing.html")
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    assert "md-skip" in first["classes"] and first["text"] == SKIP_LINK[language], first
    page.keyboard.press("Tab")
    second = page.evaluate(FOCUSED)
    assert second["inHeader"], f"the second Tab stop is not in the header: {second}"
    for _ in range(10):
        if "gw-language-switch__link" in page.evaluate(FOCUSED)["classes"]:
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("the language switch is not reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/{_other(language)}/themes/wellbeing\.html$"))
    assert page.locator("html").get_attribute("lang") == _other(language)


def test_narrow_screen_menu_and_tab_stops_are_visible(page: Any, origin: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{origin}/nl/themes/wellbeing.html")
    for step in range(12):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused["visible"], f"Tab stop {step + 1} is out of sight: {focused}"
    page.goto(f"{origin}/nl/themes/wellbeing.html")
    button = page.locator(".gw-drawer-button")
    for _ in range(2):  # the skip link, then the menu button
        page.keyboard.press("Tab")
    assert "gw-drawer-button" in page.evaluate(FOCUSED)["classes"], "menu button is not Tab 2"
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    # Material slides the drawer in: wait until the focus is on a visible link in it.
    page.wait_for_function(f"() => {{ const f = ({FOCUSED})(); return f.inDrawer && f.visible; }}")
    opened = page.evaluate(FOCUSED)
    assert opened["inDrawer"] and opened["visible"], opened
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert "gw-drawer-button" in page.evaluate(FOCUSED)["classes"]


def _pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((sheet.extract_text() or "").split()) for sheet in reader.pages)


def test_print_shows_content_and_link_targets_only(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/nl/before.html")
    body = " ".join(page.locator("article").inner_text().split())
    chrome = page.locator(
        ".md-sidebar--primary .md-nav__link, .md-sidebar--primary .md-nav__title, "
        ".md-header__topic, .md-footer__title"
    ).all_inner_texts()
    external = page.locator("article a[href^='http']:not([rel='edit'])").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert external, "nl/before.html should have an external link to test"
    text = _pdf_text(page.pdf(format="A4", print_background=True))

    assert "Stap voor stap" not in body, "pick another nav title: this one is in the body"
    assert "Stap voor stap" not in text
    for label in {" ".join(label.split()) for label in chrome} - {""}:
        if label not in body:
            assert label not in text, f"navigation text {label!r} is printed"
    unbroken = "".join(text.split())
    for href in external:
        assert href in unbroken, f"the link target {href} is not written out in print"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_checklist_prints_on_one_a4_page(page: Any, site_url: str, language: str) -> None:
    from pypdf import PdfReader

    page.goto(f"{site_url}/{language}/checklist.html")
    headings = [h.rstrip("¶").strip() for h in page.locator("article h2").all_inner_texts()]
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert len(reader.pages) == 1, f"{len(reader.pages)} pages"
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(headings) == 3
    for heading in headings:
        assert " ".join(heading.split()) in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_404_page_from_the_zip_is_styled_and_its_links_resolve(
    page: Any, built_site: Path, tmp_path: Path, language: str
) -> None:
    import zipfile
    from urllib.parse import unquote, urlsplit

    with zipfile.ZipFile(built_site / "download" / "gesprekswijzer.zip") as archive:
        archive.extractall(tmp_path)
    (not_found,) = [p for p in tmp_path.rglob("404.html") if p.parent.name == language]
    page.goto(not_found.as_uri())
    page.wait_for_function(
        "() => [...document.styleSheets].some(s => (s.href || '').includes('/gesprekswijzer/'))"
    )
    header = "() => getComputedStyle(document.querySelector('.md-header')).position"
    assert page.evaluate(header) in ("sticky", "fixed")
    heading = {"nl": "Deze pagina bestaat niet", "en": "This page does not exist"}
    assert page.text_content("article h1") == heading[language]
    assert page.locator("article a[href$='index.html']").count() == 1
    targets = page.locator("a[href], link[href], script[src]").evaluate_all(
        "nodes => nodes.map(node => node.href || node.src)"
    )
    local = [t for t in targets if t.startswith("file:")]
    assert len(local) > 20
    missing = [t for t in local if not Path(unquote(urlsplit(t).path)).exists()]
    assert missing == []


def test_the_first_use_of_a_glossary_term_is_reachable_by_keyboard(
    page: Any, site_url: str
) -> None:
    page.goto(f"{site_url}/en/during.html")
    page.wait_for_selector("article abbr[tabindex='0']", state="attached")
    terms = page.locator("article abbr[tabindex='0']").all_inner_texts()
    assert len(terms) == len({term.lower() for term in terms}) >= 1
    page.locator("article abbr[tabindex='0']").first.focus()
    page.wait_for_selector(".md-tooltip2--active, .md-tooltip2.md-tooltip2--active")
    size = page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('.md-tooltip2__inner')).fontSize)"
    )
    assert size >= 12
