"""Sections fold to their headings while empty, open on demand, and open by themselves
once they hold answers, so the screen never hides what an export would share."""

from __future__ import annotations

from typing import Any

import pytest

from tests.forms.helpers import (
    answers_file,
    import_file,
    open_form,
    question,
    wait_saved,
    wait_started,
    write_json,
)
from tests.support.browser import axe_violations, describe_violations

pytestmark = pytest.mark.browser

FOLD = "#gw-section--{} .gw-fold__button"


def expanded(page: Any, section: str) -> bool:
    state: str | None = page.locator(FOLD.format(section)).get_attribute("aria-expanded")
    return state == "true"


def test_an_empty_section_opens_on_demand_and_one_with_answers_opens_on_return(
    page: Any, site_url: str
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_form(page, site_url, unfold=False)
    # The button sits in the heading, as in GOV.UK's accordion; the themes never fold.
    assert page.locator("#gw-section--about-title > button.gw-fold__button").count() == 1
    assert page.locator("#gw-section--reflection .gw-fold__button").count() == 0
    assert not expanded(page, "about")
    assert not page.locator("#gw-about--name").is_visible()
    assert page.locator(FOLD.format("about")).text_content().endswith("Show")

    page.locator(FOLD.format("about")).focus()
    page.keyboard.press("Enter")
    assert expanded(page, "about")
    assert page.locator(FOLD.format("about")).text_content().endswith("Hide")
    page.fill("#gw-about--name", "Sam de Vries")
    page.check('[data-gw-theme="wellbeing"]')
    page.fill(question("wellbeing-energy"), "Mentoring.")
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)

    wait_saved(page)
    page.reload()
    wait_started(page)
    assert expanded(page, "about")
    assert page.locator("#gw-about--name").input_value() == "Sam de Vries"
    assert not expanded(page, "check-in") and not expanded(page, "agenda")
    # With a theme chosen, the list of all themes folds to one line that says how many.
    chooser = page.locator(".gw-theme-chooser details")
    assert not chooser.evaluate("element => element.open")
    assert chooser.locator("summary").text_content() == "Choose themes (1 chosen)"
    assert page.locator(question("wellbeing-energy")).is_visible()


def test_links_into_a_folded_section_open_it_and_show_all_opens_them_all(
    page: Any, site_url: str
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_form(page, site_url, unfold=False)
    page.click(".gw-index summary")
    page.click('.gw-index [data-gw-section="agenda"]')
    assert expanded(page, "agenda")
    page.locator('[data-gw-list="agenda"] [data-gw-item-field="text"]').fill("Workload")

    page.goto(page.url.split("#")[0] + "#gw-check-in--how-are-you")
    page.reload()
    wait_started(page)
    assert expanded(page, "check-in")
    assert page.locator("#gw-check-in--how-are-you").is_visible()

    show_all = page.locator("[data-gw-fold-all]")
    assert show_all.text_content() == "Show all sections"
    assert show_all.get_attribute("aria-expanded") == "false"
    show_all.click()
    assert page.locator(".gw-section--folded").count() == 0
    assert show_all.text_content() == "Hide all sections"
    assert show_all.get_attribute("aria-expanded") == "true"
    show_all.click()
    folds = page.locator(".gw-fold__button").count()
    assert folds > 5 and page.locator(".gw-section--folded").count() == folds
    assert show_all.text_content() == "Show all sections"


def test_a_loaded_file_opens_the_sections_it_fills(page: Any, site_url: str, tmp_path: Any) -> None:
    open_form(page, site_url, unfold=False)
    data = answers_file(
        {
            "check-in.how-are-you": {"answer": "Fine."},
            "agreements": {"answer": [{"type": "directional", "outcome": "Train new staff"}]},
        }
    )
    import_file(page, write_json(tmp_path / "file.json", data))
    page.wait_for_function("() => window.Gesprekswijzer.forms[0].state.lists.agreements.length")
    assert expanded(page, "check-in") and expanded(page, "agreements")
    assert not expanded(page, "examples")
