"""Build-level checks of the form pages: both languages, every question, every string."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from markupsafe import escape

from generator import LANGUAGES
from generator.check.engine import check_project
from generator.formdata import reflection_themes
from tests.forms.helpers import REPO, SCRIPTS, STRINGS


class _Collect(HTMLParser):
    """Collects data-gw-field values and the embedded form data of a form page."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: set[str] = set()
        self.in_data = False
        self.data = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("data-gw-field"):
            self.fields.add(str(values["data-gw-field"]))
        self.in_data = tag == "script" and "gw-form__data" in (values.get("class") or "")

    def handle_data(self, data: str) -> None:
        if self.in_data:
            self.data += data

    def handle_endtag(self, tag: str) -> None:
        self.in_data = False


def parse_page(path: Path) -> _Collect:
    collector = _Collect()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


@pytest.fixture(scope="module")
def project() -> Any:
    loaded, _ = check_project(REPO)
    return loaded


def test_every_form_page_exists_in_both_languages(built_site: Path, project: Any) -> None:
    assert project.forms
    for form in project.forms:
        for language in LANGUAGES:
            assert (built_site / language / "forms" / f"{form.id}.html").is_file()


def test_every_offered_question_is_in_the_form_html_once(built_site: Path, project: Any) -> None:
    """The page holds each question once, as HTML; the data only names the themes."""
    for form in project.forms:
        offered = {
            question.id: question
            for section in form.sections
            if section.kind == "reflection"
            for _, questions in reflection_themes(project, form, section)
            for question in questions
        }
        themes = [
            theme.id
            for section in form.sections
            if section.kind == "reflection"
            for theme, _ in reflection_themes(project, form, section)
        ]
        for language in LANGUAGES:
            path = built_site / language / "forms" / f"{form.id}.html"
            page = parse_page(path)
            assert set(offered) <= page.fields, (
                f"{form.id} ({language}) lacks {set(offered) - page.fields}"
            )
            html = path.read_text(encoding="utf-8")
            for question in offered.values():
                assert question.text is not None, question.id
                text = str(escape(question.text.get(language)))
                assert html.count(text) == 1, f"{form.id} ({language}): {question.id}"
            data = json.loads(page.data)
            in_data = [t for section in data["sections"] for t in section.get("themes", [])]
            assert in_data == themes


def test_form_pages_weigh_at_most_120_kb(built_site: Path, project: Any) -> None:
    for form in project.forms:
        for language in LANGUAGES:
            size = (built_site / language / "forms" / f"{form.id}.html").stat().st_size
            assert size <= 120_000, f"{form.id} ({language}): {size / 1000:.1f} KB"


def test_embedded_data_is_in_the_pages_language(built_site: Path) -> None:
    for language in LANGUAGES:
        page = parse_page(built_site / language / "forms" / "employee-annual.html")
        data = json.loads(page.data)
        assert data["language"] == language
        assert data["form"]["id"] == "employee-annual"
        script = own_files(built_site / language / "forms" / "employee-annual.html", "script")
        bundle = script[0].read_text(encoding="utf-8")
        assert "window.Gesprekswijzer.formTexts=" in bundle.replace(" ", "")
        # A string the scripts show (import_not_json), in this language only; a string
        # only the template shows (all_optional) is in the page, not again in the script.
        unreadable = {"nl": "Dit bestand kan niet worden gelezen", "en": "This file cannot be read"}
        optional = {"nl": "Alle vragen zijn optioneel", "en": "Every question is optional"}
        other = "en" if language == "nl" else "nl"
        assert unreadable[language] in bundle and unreadable[other] not in bundle
        html = (built_site / language / "forms" / "employee-annual.html").read_text("utf-8")
        assert optional[language] in html and optional[language] not in bundle


def own_files(page: Path, kind: str) -> list[Path]:
    """The page's own scripts or stylesheets (not Material's), as files beside it."""
    html = page.read_text(encoding="utf-8")
    pattern = (
        r'<script defer src="([^"]+)"'
        if kind == "script"
        else r'<link rel="stylesheet" href="([^"]+)"'
    )
    found = [page.parent / src for src in re.findall(pattern, html)]
    return [path.resolve() for path in found if "/gesprekswijzer/" in path.as_posix()]


def test_every_form_string_exists_in_dutch_and_english() -> None:
    strings = yaml.safe_load(STRINGS.read_text(encoding="utf-8"))
    for key, texts in strings.items():
        assert isinstance(key, str)
        assert set(texts) == set(LANGUAGES), f"{key}: {sorted(texts)}"
        assert all(isinstance(text, str) and text.strip() for text in texts.values()), key


def test_every_string_the_scripts_use_exists() -> None:
    strings = yaml.safe_load(STRINGS.read_text(encoding="utf-8"))
    used: set[str] = set()
    for script in SCRIPTS.glob("*.js"):
        used |= set(re.findall(r"\bt\('([a-z_]+)'", script.read_text(encoding="utf-8")))
    assert used, "no t('...') calls found"
    # A key ending in "_" is completed at run time ('raised_' + who): some string must start so.
    prefixes = {key for key in used if key.endswith("_")}
    assert used - prefixes <= set(strings), sorted(used - prefixes - set(strings))
    for prefix in prefixes:
        assert any(key.startswith(prefix) for key in strings), prefix


def test_the_script_carries_only_the_strings_a_script_may_ask_for() -> None:
    from generator.site.formscripts import script_strings

    strings = {
        "list_remove": "Remove",
        "raised_employee": "Employee",
        "raised_both": "Both",
        "parts_smart_missing": "Missing",
        "parts_smart_legend": "Parts",
        "field_agenda_text": "Topic",
        "cancel": "Cancel",
        "section_agenda_title": "Agenda",
        "section_agenda_intro": "What to discuss",
        "perspective_manager_name": "Your name",
    }
    scripts = (
        "form.t('list_remove'); form.t('raised_' + item.raised_by);",
        "form.t('parts_' + value + '_missing', {}); this.schedule.cancel();",
        "var key = 'section_' + String(kind).replace(/-/g, '_') + '_title';",
        "var name = 'perspective_' + author + '_' + id.replace(/-/g, '_');",
    )
    assert script_strings(strings, *scripts) == {
        "list_remove": "Remove",
        "raised_employee": "Employee",
        "raised_both": "Both",
        "parts_smart_missing": "Missing",
        "section_agenda_title": "Agenda",
        "perspective_manager_name": "Your name",
    }


def test_every_class_the_stylesheets_style_is_drawn_somewhere() -> None:
    """A rule for a class no template, script or generator code writes is dead weight."""
    styles = REPO / "site_templates" / "assets" / "stylesheets"
    styled = set(
        re.findall(
            r"\.(gw-[a-zA-Z0-9_-]+)",
            "".join(path.read_text(encoding="utf-8") for path in styles.glob("*.css")),
        )
    )
    suffixes = (".js", ".j2", ".html", ".md", ".py")
    sources = "".join(
        path.read_text(encoding="utf-8")
        for folder in (REPO / "site_templates", REPO / "generator")
        for path in folder.rglob("*")
        if path.suffix in suffixes
    )
    # A modifier may be written from a value: gw-private-toggle--{{ scope }}.
    unused = [
        name
        for name in sorted(styled)
        if name not in sources and not ("--" in name and name.rsplit("--", 1)[0] + "--" in sources)
    ]
    assert styled and unused == []


def test_scripts_never_use_inner_html_or_other_hosts() -> None:
    for script in SCRIPTS.glob("*.js"):
        text = script.read_text(encoding="utf-8")
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text, script.name
        assert not re.search(r"https?://", text), script.name
        assert not re.search(r"^\s*(import|export)\s", text, re.MULTILINE), script.name


def test_every_script_is_in_a_bundle_that_starts_with_core_and_ends_with_init() -> None:
    from generator.site.bundles import FORM, GENERATED, PAGE, PAGE_TYPES

    for page_type in PAGE_TYPES:
        assert page_type.scripts[0] == "core.js" and page_type.scripts[-1] == "init.js"
        assert len(set(page_type.scripts)) == len(page_type.scripts), page_type.name
    bundled = {name for page_type in PAGE_TYPES for name in page_type.scripts} - GENERATED
    assert bundled == {path.name for path in SCRIPTS.glob("*.js")}
    assert set(PAGE.scripts) < set(FORM.scripts)


def test_each_page_loads_its_types_one_script_and_one_stylesheet(built_site: Path) -> None:
    """A guide page loads the small page bundle; a form page the form bundle, deferred."""
    for language in LANGUAGES:
        guide = built_site / language / "index.html"
        form = built_site / language / "forms" / "employee-annual.html"
        for page, name in ((guide, "page"), (form, "form")):
            scripts, styles = own_files(page, "script"), own_files(page, "stylesheet")
            assert [path.name.split(".")[0] for path in scripts] == [name], page
            assert [path.name.split(".")[0] for path in styles] == [name], page
            assert all(path.is_file() for path in scripts + styles)
        assert own_files(guide, "script") != own_files(form, "script")
