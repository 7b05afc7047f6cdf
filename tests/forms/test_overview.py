"""The section index with its progress, and 'check your answers' before sharing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.forms.helpers import open_action, open_form, question
from tests.support.browser import axe_violations, describe_violations

pytestmark = pytest.mark.browser


def test_the_index_counts_sections_with_answers_and_check_shows_only_what_is_shared(
    page: Any, site_url: str
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_form(page, site_url)
    index = page.locator(".gw-index")
    # Last year's agreements come from a file: nothing there to fill in, so not counted.
    total = page.locator(".gw-index .gw-tag:not([hidden])").count()
    assert total == page.locator(".gw-index [data-gw-section]").count() - 1
    assert index.locator("[data-gw-progress]").text_content() == f"0 of {total} filled in"

    page.fill("#gw-about--name", "Sam de Vries")
    page.check('[data-gw-theme="wellbeing"]')
    page.fill(question("wellbeing-energy"), "PRIVATE-ENERGY")
    page.check('[data-gw-private="theme:wellbeing"]')
    page.fill('[data-gw-list="agenda"] [data-gw-item-field="text"]', "Training budget")
    # A private theme is filled in all the same: it only stays on the device.
    assert index.locator("[data-gw-progress]").text_content() == f"3 of {total} filled in"
    about = index.locator('[data-gw-section="about"] + .gw-tag')
    assert about.text_content() == "Filled in"
    assert index.locator('[data-gw-section="reflection"] + .gw-tag').text_content() == "Filled in"
    assert index.locator('[data-gw-section="check-in"] + .gw-tag').text_content() == "Not started"

    # A link in the index folds it and brings the section into view below it.
    index.locator("summary").click()
    index.locator('[data-gw-section="agenda"]').click()
    assert not page.evaluate("document.querySelector('.gw-index details').open")
    page.wait_for_function(
        """() => {
          const title = document.getElementById('gw-section--agenda-title').getBoundingClientRect();
          return title.top >= document.querySelector('.gw-index').getBoundingClientRect().bottom;
        }"""
    )

    page.click(".gw-check summary")
    check = page.locator("[data-gw-check-view]")
    # Drawn on the details' toggle event, which comes after the click.
    check.locator(".gw-summary").first.wait_for()
    text = check.text_content()
    assert "Sam de Vries" in text and "Training budget" in text
    assert "PRIVATE-ENERGY" not in text
    assert "Stays private on this device: Wellbeing." in text
    change = check.locator(".gw-summary__change").first
    assert change.get_attribute("href") == "#gw-about--name"
    page.fill("#gw-about--name", "Sam")
    page.wait_for_function(
        "() => !document.querySelector('[data-gw-check-view]').textContent.includes('Sam de')"
    )

    # These states pass axe too: the index and the check open, a time the calendar
    # cannot read said at its field.
    open_action(page, "gw-calendar")
    page.fill("#gw-calendar-time", "soon")
    page.click("[data-gw-calendar]")
    page.wait_for_selector("[data-gw-calendar-error]", state="visible")
    index.locator("summary").click()
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)
