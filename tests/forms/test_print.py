"""Print to PDF: full answers, no navigation or buttons, private answers left out, blank sheet."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.forms.helpers import (
    fill_basic,
    folded,
    form_url,
    open_form,
    pdf_text,
    question,
    wait_print_view,
)

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parents[2]
# 3,000 characters in paragraphs, each word unique, so a lost line or page shows.
LONG = "".join(f"word{n:04d}" + ("\n\n" if n % 25 == 0 else " ") for n in range(1, 400))[:3000]
WELLBEING = [
    question["text"]["en"]
    for question in yaml.safe_load(
        (REPO / "questions" / "wellbeing.yml").read_text(encoding="utf-8")
    )["questions"][:2]
]


def navigation_titles() -> list[str]:
    data = yaml.safe_load((REPO / "content" / "navigation.yml").read_text(encoding="utf-8"))
    return [entry["section"]["en"] for entry in data["navigation"] if "section" in entry]


def test_the_printed_answers_are_complete_and_clean(page: Any, origin: str) -> None:
    assert len(LONG) == 3000
    open_form(page, origin)
    fill_basic(page)
    page.fill(question("wellbeing-motivation"), LONG)
    page.fill(
        '[data-gw-list="agreements"] [data-gw-item-field=outcome] >> nth=0', "Lead the intake"
    )
    wait_print_view(page)
    text = pdf_text(page)
    flat = folded(text)
    assert folded(LONG) in flat
    assert "My preparation for the annual conversation" in flat
    assert "Sam de Vries" in flat and "12 March 2027" in flat
    assert "Busy but good. The new team is settling in." in flat
    assert "1. Workload" in flat and "Training budget" in flat
    assert "Agreement Details Who and when Support and progress" in flat
    for title in navigation_titles():
        assert title not in text, f"navigation title {title!r} printed"
    for button in ("Export your answers", "Add another", "Move up", "Remove", "Search"):
        assert button not in text
    assert "(optional)" not in text


def test_private_answers_stay_out_of_the_print(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    fill_basic(page)
    page.check('[data-gw-private="theme:wellbeing"]')
    page.check('[data-gw-private="agenda"]')
    wait_print_view(page)
    text = folded(pdf_text(page))
    assert "Working with students" not in text
    assert WELLBEING[0] not in text
    assert "Training budget" not in text
    assert "Busy but good." in text


def test_the_blank_sheet_has_the_chosen_questions_and_no_answers(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    fill_basic(page)
    page.check("#gw-print-blank")
    text = folded(pdf_text(page))
    for text_of_question in WELLBEING:
        assert text_of_question in text
    for answer in ("Sam de Vries", "Working with students", "Busy but good", "Training budget"):
        assert answer not in text
    unchosen = page.evaluate(
        "window.Gesprekswijzer.forms[0].model.fields['looking-back-surprised'].label"
    )
    assert folded(unchosen) not in text, "a question of a theme that was not chosen is printed"
    assert "How are you, really?" in text


def _first_text_from_top(pdf_page: Any) -> float:
    """How far below the paper's top edge the page's first text sits, in points."""
    heights: list[float] = []

    def seen(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            heights.append(tm[5] * cm[3] + cm[5])

    pdf_page.extract_text(visitor_text=seen)
    assert heights, "a page with no text"
    return float(pdf_page.mediabox.height) - max(heights)


@pytest.mark.parametrize(
    ("form", "language"),
    [("employee-annual", "nl"), ("employee-annual", "en"), ("manager-preparation", "en")],
)
def test_a_blank_sheet_without_chosen_themes_prints_the_core_themes_on_six_pages(
    page: Any, site_url: str, form: str, language: str
) -> None:
    from pypdf import PdfReader

    open_form(page, site_url, form=form, language=language)
    page.check("#gw-print-blank")
    wait_print_view(page)
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = folded("\n".join(p.extract_text() or "" for p in reader.pages))
    sections = page.evaluate("window.Gesprekswijzer.forms[0].data.sections")
    reflection = next(section for section in sections if section.get("themes"))
    assert reflection["blank_sheet"], "the form names its core themes"
    for theme in reflection["themes"]:
        printed = [folded(q["label"]) in text for q in theme["questions"]]
        core = theme["id"] in reflection["blank_sheet"]
        assert all(printed) if core else not any(printed), theme["id"]
    assert len(reader.pages) <= 6, f"{len(reader.pages)} pages"
    # A question or item that broke over a page would start the next page with its lines,
    # pushing that page's first text down by at least one writing line (8 mm, 22.7 pt).
    # Below the 18 mm margin, a page's first text sits about 12-14 pt down.
    for number, pdf_page in enumerate(reader.pages[1:], start=2):
        assert _first_text_from_top(pdf_page) < 18 / 25.4 * 72 + 20, (
            f"page {number} starts mid-item"
        )


def test_without_javascript_every_question_shows_and_prints(
    browser: Any, guard: Any, site_url: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    guard.install(context)
    page = context.new_page()
    try:
        page.goto(form_url(site_url))
        assert page.is_visible(question("wellbeing-energy"))
        assert page.is_visible(question("looking-back-surprised"))
        assert page.is_visible('[data-gw-list="agenda"] textarea')
        assert page.is_hidden("[data-gw-export]")
        assert page.is_hidden('[data-gw-theme="wellbeing"]')
        assert "does not run JavaScript" in page.text_content(".gw-nojs-only")
        text = folded(pdf_text(page))
        assert WELLBEING[0] in text
        assert "Export your answers" not in text
        assert "does not run JavaScript" not in text
    finally:
        context.close()


def test_the_print_button_prints_the_chosen_view(page: Any, site_url: str) -> None:
    page.add_init_script(
        "window.print = () => { window.__printed = (window.__printed || 0) + 1; };"
    )
    open_form(page, site_url)
    page.check('[data-gw-theme="wellbeing"]')
    page.fill(question("wellbeing-energy"), "x" * 5001)
    page.click("[data-gw-print]")
    assert page.evaluate("window.__printed") == 1
    assert page.locator(".gw-print:not(.gw-print--blank)").count() == 1
    page.check("#gw-print-blank")
    page.click("[data-gw-print]")
    assert page.evaluate("window.__printed") == 2
    assert page.locator(".gw-print.gw-print--blank").count() == 1
