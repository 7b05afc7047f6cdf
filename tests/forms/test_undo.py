"""Remove with undo, and dates typed in the page's own order."""

from __future__ import annotations

from typing import Any

import pytest

from tests.forms.helpers import open_form, state

pytestmark = pytest.mark.browser
FOLLOW = '[data-gw-list="follow-up"]'


def test_remove_then_undo_restores_the_item_exactly(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    page.fill(f"{FOLLOW} [data-gw-item-field=date]", "1/6/2027")
    page.fill(f"{FOLLOW} [data-gw-item-field=note]", "Intake project")
    page.click(f"{FOLLOW} [data-gw-list-add]")
    page.fill(f"{FOLLOW} [data-gw-item-field=note] >> nth=1", "Course budget")
    before = state(page)["lists"]["follow-up"]
    assert [item["note"] for item in before] == ["Intake project", "Course budget"]

    page.click(f'{FOLLOW} [data-gw-list-action="remove"] >> nth=0')
    assert [item["note"] for item in state(page)["lists"]["follow-up"]] == ["Course budget"]
    undo = page.locator(f"{FOLLOW} [data-gw-list-undo-button]")
    assert undo.is_visible()
    assert page.evaluate("() => document.activeElement.hasAttribute('data-gw-list-undo-button')")
    page.wait_for_function(
        "() => document.querySelector('[data-gw-announcer]').textContent"
        ".includes('Follow-up date 1 removed')"
    )

    page.keyboard.press("Enter")
    assert state(page)["lists"]["follow-up"] == before
    assert page.input_value(f"{FOLLOW} [data-gw-item-field=date] >> nth=0") == "1/6/2027"
    assert not undo.is_visible()
    assert page.evaluate(
        "() => document.activeElement.getAttribute('data-gw-item-field') === 'date'"
    )


def test_undo_is_offered_only_until_the_list_changes_again(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    page.fill(f"{FOLLOW} [data-gw-item-field=note]", "Intake project")
    page.click(f"{FOLLOW} [data-gw-list-add]")
    page.click(f'{FOLLOW} [data-gw-list-action="remove"] >> nth=0')
    page.click(f"{FOLLOW} [data-gw-list-add]")
    assert not page.locator(f"{FOLLOW} [data-gw-list-undo-button]").is_visible()


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [("nl", "12-3-2027", "12 maart 2027"), ("en", "12/03/2027", "12 March 2027")],
)
def test_a_date_is_typed_day_first_and_stored_as_iso(
    page: Any, site_url: str, language: str, typed: str, shown: str
) -> None:
    open_form(page, site_url, language=language)
    hint = page.locator("#gw-about--date-format").inner_text()
    assert ("15-3-2027" if language == "nl" else "15/3/2027") in hint
    page.fill("#gw-about--date", typed)
    assert state(page)["values"]["about.date"] == "2027-03-12"
    assert page.input_value("#gw-about--date") == typed
    page.fill("#gw-about--date", "next week")
    assert state(page)["values"]["about.date"] == "next week"
