"""The built guide, read as files: pages, languages, search indexes, zip, links, branding."""

from __future__ import annotations

import functools
import html
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.site.sitehelpers import (
    LANGUAGES,
    SEARCH_PLACEHOLDER,
    SKIP_LINK,
    all_html_files,
    document_title,
    file_hashes,
    fold,
    guidance_ids,
    headings,
    html_pages,
    load_yaml,
    offline_search_index,
    page_text,
    read,
    search_index,
    themes,
)
from tests.support.project import copy_project

OFF_HOST_REFERENCES = re.compile(
    r"fonts\.googleapis|fonts\.gstatic|unpkg\.com|jsdelivr|//[^/\s\"')]*cdn\.|"
    r"<script[^>]*\ssrc=\"(?:https?:)?//|<link[^>]*\shref=\"(?:https?:)?//|"
    r"@import\s+(?:url\()?[\"']?(?:https?:)?//|url\([\"']?(?:https?:)?//",
    re.IGNORECASE,
)


def other(language: str) -> str:
    return next(lang for lang in LANGUAGES if lang != language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_theme_has_a_page_with_all_its_questions(
    built_site: Path, repo_root: Path, language: str
) -> None:
    banks = themes(repo_root)
    assert banks, "no question banks in questions/"
    missing = []
    for bank in banks:
        page = built_site / language / "themes" / f"{bank['id']}.html"
        assert page.is_file(), f"no page for theme {bank['id']} in {language}"
        text = page_text(read(page))
        for question in bank["questions"]:
            wanted = " ".join(question["text"][language].split())
            if wanted not in text:
                missing.append(f"{bank['id']}/{question['id']}: {wanted}")
    assert not missing, "questions missing from their theme page:\n" + "\n".join(missing)


def test_every_guidance_page_exists_in_both_languages(built_site: Path, repo_root: Path) -> None:
    ids = {language: guidance_ids(repo_root, language) for language in LANGUAGES}
    assert ids["nl"] == ids["en"], "content/pages/nl and content/pages/en differ"
    for language in LANGUAGES:
        for page_id in ids[language]:
            assert (built_site / language / f"{page_id}.html").is_file(), (language, page_id)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_declares_its_language(built_site: Path, language: str) -> None:
    wrong = [
        path.relative_to(built_site).as_posix()
        for path in (built_site / language).rglob("*.html")
        if not re.search(rf'<html lang="{language}"[\s>]', read(path))
    ]
    assert not wrong, f'pages without <html lang="{language}">: {wrong}'


def test_the_root_page_declares_its_language(built_site: Path) -> None:
    assert re.search(r'<html lang="nl"[\s>]', read(built_site / "index.html"))


def assert_titles_name_their_places(index: dict[str, Any], folder: Path) -> None:
    """A result's title is the heading it leads to, or for a whole page that page's name.

    Each page's text holds every page's title (in the navigation), so finding a title in
    the page it points at would say nothing.
    """

    @functools.cache
    def names_on(path: str) -> tuple[dict[str, str], str]:
        markup = read(folder / path)
        return headings(markup), document_title(markup)

    wrong = []
    for doc in index["docs"]:
        path, _, anchor = doc["location"].partition("#")
        shown, name = names_on(path)
        title = fold(doc["title"])
        names = {shown.get(anchor)} if anchor else {shown[""], name}
        if title not in names:
            wrong.append(f"{doc['location']}: {title!r} is not {names}")
    assert not wrong, "search results titled wrongly:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("loader", [search_index, offline_search_index], ids=["json", "js"])
def test_search_index_holds_only_its_own_language(
    built_site: Path, repo_root: Path, language: str, loader: object
) -> None:
    index = loader(built_site, language)  # type: ignore[operator]
    assert index["config"]["lang"] == [language]
    pages = {
        path.relative_to(built_site / language).as_posix(): page_text(read(path))
        for path in html_pages(built_site, language)
    }
    located = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert located == pages.keys(), "the index should list exactly this language's pages"
    assert_titles_name_their_places(index, built_site / language)
    indexed = page_text(" ".join(f"<p>{doc['text']}</p>" for doc in index["docs"]))
    for bank in themes(repo_root):
        for question in bank["questions"]:
            own = " ".join(question["text"][language].split())
            foreign = " ".join(question["text"][other(language)].split())
            assert own in indexed, f"{question['id']} is not in the {language} index"
            if foreign != own:
                assert foreign not in indexed, f"{question['id']} is in the {language} index"


@pytest.mark.parametrize("language", LANGUAGES)
def test_material_speaks_the_page_language(built_site: Path, language: str) -> None:
    for path in html_pages(built_site, language):
        markup = read(path)
        assert f'placeholder="{SEARCH_PLACEHOLDER[language]}"' in markup, path
        assert f'placeholder="{SEARCH_PLACEHOLDER[other(language)]}"' not in markup, path
        assert SKIP_LINK[language] in page_text(markup), path


def test_failed_check_leaves_the_previous_site_untouched(repo_root: Path, tmp_path: Path) -> None:
    from generator.site.build import check_and_build

    project = copy_project(repo_root, tmp_path / "project")
    output = tmp_path / "project" / "out"
    check_and_build(project, output)
    before = file_hashes(output)
    bank = project / "questions" / "wellbeing.yml"
    dutch = load_yaml(bank)["questions"][0]["text"]["nl"]
    lines = read(bank).splitlines(keepends=True)
    bank.write_text("".join(line for line in lines if dutch not in line), encoding="utf-8")

    result = subprocess.run(
        [sys.executable, "-m", "generator.cli", "build", "--out", str(output)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"questions/wellbeing\.yml:\d+", result.stderr), result.stderr
    assert file_hashes(output) == before
    leftovers = [path.name for path in project.iterdir() if path.name.startswith(".out")]
    assert not leftovers, f"staging folders left behind: {leftovers}"


def test_zip_holds_the_whole_site(built_site: Path, tmp_path: Path) -> None:
    archive = built_site / "download" / "gesprekswijzer.zip"
    assert archive.is_file()
    with zipfile.ZipFile(archive) as opened:
        assert opened.testzip() is None
        names = set(opened.namelist())
        opened.extractall(tmp_path)
    for needed in ("index.html", "nl/index.html", "en/index.html"):
        assert f"gesprekswijzer/{needed}" in names
    unpacked = tmp_path / "gesprekswijzer"
    for path in all_html_files(built_site):
        relative = path.relative_to(built_site)
        assert (unpacked / relative).read_bytes() == path.read_bytes(), relative


def test_zip_leaves_out_what_the_site_does_not_use(built_site: Path) -> None:
    """From disk the search reads search_index.js; each language loads its own lunr pack."""
    with zipfile.ZipFile(built_site / "download" / "gesprekswijzer.zip") as opened:
        names = opened.namelist()
    assert not [name for name in names if name.endswith((".map", "search_index.json"))]
    for language in LANGUAGES:
        assert f"gesprekswijzer/{language}/search/search_index.js" in names
        lunr = {
            name.rsplit("/", 1)[1]
            for name in names
            if name.startswith(f"gesprekswijzer/{language}/assets/javascripts/lunr/")
        }
        own = {f"lunr.{language}.min.js"} if language != "en" else set()
        assert lunr == {"lunr.stemmer.support.min.js", "lunr.multi.min.js"} | own, language
    assert (built_site / "download" / "gesprekswijzer.zip").stat().st_size <= 1_000_000


def _edit_links(markup: str) -> list[str]:
    links = re.findall(r"<a\s[^>]*>", markup)
    return [
        html.unescape(re.search(r'href="([^"]*)"', link).group(1))  # type: ignore[union-attr]
        for link in links
        if 'rel="edit"' in link
    ]


def test_the_published_site_has_no_edit_links(built_site: Path) -> None:
    for language in LANGUAGES:
        for path in html_pages(built_site, language):
            assert _edit_links(read(path)) == [], path.relative_to(built_site).as_posix()


def test_the_editor_preview_links_every_page_to_its_own_source(
    repo_root: Path, tmp_path: Path
) -> None:
    from generator.check.engine import check_project
    from generator.site.render import write_docs_tree
    from generator.site.templates import packaged_templates

    organisation = load_yaml(repo_root / "content" / "organisation.yml")
    repository = organisation["repository"]
    base = f"{repository['url'].rstrip('/')}/edit/{repository['branch']}/"
    project, _ = check_project(repo_root)
    for language in LANGUAGES:
        expected = {
            f"{page_id}.md": f"content/pages/{language}/{page_id}.md"
            for page_id in guidance_ids(repo_root, language)
        }
        expected |= {
            f"themes/{bank['id']}.md": f"questions/{bank['id']}.yml" for bank in themes(repo_root)
        }
        tree = tmp_path / language
        write_docs_tree(project, language, tree, packaged_templates(), editor_links=True)
        docs = tree / "docs"
        for markdown in sorted(docs.rglob("*.md")):
            relative = markdown.relative_to(docs).as_posix()
            found = re.match(r"---\nedit_url: (\S+)\n", read(markdown))
            assert found, f"{relative}: no edit link"
            source = found.group(1).removeprefix(base)
            assert found.group(1).startswith(base) and (repo_root / source).is_file(), relative
            assert source == expected.get(relative, source), relative
        assert expected.keys() <= {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")}


def _abbreviations(markup: str) -> set[tuple[str, str]]:
    """(word, tooltip) of every <abbr title="..."> in a page."""
    return {
        (html.unescape(word), " ".join(html.unescape(title).split()))
        for title, word in re.findall(r'<abbr title="([^"]*)">(.*?)</abbr>', markup, re.DOTALL)
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_glossary_terms_are_explained_in_place(
    built_site: Path, repo_root: Path, language: str
) -> None:
    terms = load_yaml(repo_root / "content" / "glossary.yml")["terms"]
    folder = built_site / language
    # The Markdown pages: guidance and themes (forms are HTML; abbr does not reach them).
    sources = [folder / f"{page}.html" for page in guidance_ids(repo_root, language)]
    sources += [folder / "themes" / f"{bank['id']}.html" for bank in themes(repo_root)]
    pages = {path: read(path) for path in sources}
    glossary = folder / "glossary.html"
    explained = 0
    for term in terms:
        word = term["term"][language]
        definition = " ".join(term["definition"][language].split())
        pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
        for path, markup in pages.items():
            if path != glossary and pattern.search(page_text(markup, article_only=True)):
                assert (word, definition) in _abbreviations(markup), (
                    f"{word!r} on {path.name} is not an <abbr> with its definition"
                )
                explained += 1
                break
    assert explained >= 3, "expected several glossary terms in use on the pages"


def test_organisation_profile_brands_the_site(repo_root: Path, tmp_path: Path) -> None:
    from generator.site.build import check_and_build

    project = copy_project(repo_root, tmp_path / "project")
    profile = project / "content" / "organisation.yml"
    data = load_yaml(profile)
    names = {"nl": "Hogeschool Zuidkust", "en": "South Coast University"}
    text = read(profile)
    for language in LANGUAGES:
        text = text.replace(data["name"][language], names[language])
    text = text.replace(data["colours"]["primary"], "#5b2a86")
    profile.write_text(text, encoding="utf-8")

    output = tmp_path / "site"
    check_and_build(project, output)
    for language in LANGUAGES:
        header = re.search(
            r'<div class="md-header__topic">\s*<span class="md-ellipsis">(.*?)</span>',
            read(output / language / "index.html"),
            re.DOTALL,
        )
        assert header and names[language] in header.group(1), language
        assert data["name"][language] not in read(output / language / "index.html")
        css = "".join(map(read, (output / language / "assets" / "gesprekswijzer").glob("*.css")))
        assert re.search(r"--md-primary-fg-color:\s*#5b2a86;", css), css
    assert names["nl"] in read(output / "index.html")


def test_no_page_loads_anything_from_another_host(built_site: Path) -> None:
    files = all_html_files(built_site) + sorted(built_site.rglob("*.css"))
    found = {
        path.relative_to(built_site).as_posix(): match.group(0)
        for path in files
        if (match := OFF_HOST_REFERENCES.search(read(path)))
    }
    assert not found, f"references to other hosts: {found}"


def test_no_script_holds_up_the_first_paint(built_site: Path) -> None:
    """Material's scripts and ours wait for the page to be parsed (Lighthouse: 90 -> 97)."""
    blocking = {
        path.relative_to(built_site).as_posix(): tag
        for path in all_html_files(built_site)
        for tag in re.findall(r"<script\b[^>]*\bsrc=[^>]*>", read(path))
        if not re.search(r"\s(defer|async)[\s>=]", tag)
    }
    assert not blocking, f"scripts that block the first paint: {blocking}"
    form = read(built_site / "nl" / "forms" / "employee-annual.html")
    assert form.count("<script defer src=") == 3, "the polyfill, Material's bundle and ours"


def test_root_page_links_to_both_languages(built_site: Path) -> None:
    markup = read(built_site / "index.html")
    for language in LANGUAGES:
        assert f'href="{language}/index.html"' in markup, language


def test_every_page_has_a_meta_description(built_site: Path) -> None:
    for language in LANGUAGES:
        for path in html_pages(built_site, language):
            found = re.search(r'<meta name="description" content="([^"]+)"', read(path))
            assert found and len(found.group(1)) > 20, path.relative_to(built_site).as_posix()


def test_home_conversation_and_theme_pages_start_a_preparation(built_site: Path) -> None:
    start = re.compile(r'<a class="md-button md-button--primary gw-start" href="([^"]+)"')
    for language in LANGUAGES:
        for page, target in (
            ("index.html", "forms/employee-annual.html"),
            ("annual.html", "forms/employee-annual.html"),
            ("themes/wellbeing.html", "../forms/employee-annual.html?theme=wellbeing"),
        ):
            found = start.search(read(built_site / language / page))
            assert found and found.group(1) == target, f"{language}/{page}"
        manager_theme = read(built_site / language / "themes" / "manager-preparation.html")
        assert not start.search(manager_theme), "the employee form does not offer this theme"


def test_interface_words_follow_the_page_language(built_site: Path) -> None:
    dutch = read(built_site / "nl" / "after.html")
    assert 'title="Directe link naar dit deel"' in dutch and "Permanent link" not in dutch
    assert 'title="Link to this section"' in read(built_site / "en" / "after.html")
    assert 'alt="logo"' not in dutch


@pytest.mark.parametrize("loader", [search_index, offline_search_index], ids=["json", "js"])
def test_form_pages_index_their_questions_not_their_helper_text(
    built_site: Path, repo_root: Path, loader: object
) -> None:
    index = loader(built_site, "nl")  # type: ignore[operator]
    docs = [doc for doc in index["docs"] if doc["location"].startswith("forms/employee-annual")]
    text = " ".join(html.unescape(doc["text"]) for doc in docs)
    wellbeing = load_yaml(repo_root / "questions" / "wellbeing.yml")
    first = wellbeing["questions"][0]
    assert first["text"]["nl"] in text
    assert first["hint"]["nl"] not in text, "a question's hint is helper text"
    assert wellbeing["summary"]["nl"] not in text, "a theme's summary in the chooser is helper text"
    for helper in ("Dag-maand-jaar", "Privé", "Omhoog", "Je browser voert geen JavaScript uit"):
        assert helper not in text, helper
    assert all(doc["text"].strip() for doc in docs if "#" in doc["location"]), "an empty entry"
