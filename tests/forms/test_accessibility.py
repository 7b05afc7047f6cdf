"""Accessibility: axe in the empty, filled and error states; keyboard only; the error summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.forms.helpers import fill_basic, open_form, question
from tests.support.browser import axe_violations, describe_violations

pytestmark = pytest.mark.browser
TOO_LONG = "x" * 5120


def assert_no_violations(page: Any) -> None:
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)


def make_error(page: Any) -> None:
    page.fill(question("wellbeing-energy"), TOO_LONG)
    page.click("[data-gw-export]")
    page.wait_for_selector("[data-gw-error-summary]", state="visible")


@pytest.mark.parametrize("form", ["employee-annual", "conversation-record"])
def test_the_empty_form_has_no_axe_violations(page: Any, site_url: str, form: str) -> None:
    open_form(page, site_url, form=form)
    assert_no_violations(page)


def test_the_filled_form_and_its_error_state_have_no_axe_violations(
    page: Any, site_url: str
) -> None:
    open_form(page, site_url)
    fill_basic(page)
    page.click('[data-gw-list="agenda"] [data-gw-list-add]')
    page.click("[data-gw-clear]")
    assert_no_violations(page)
    page.click("[data-gw-clear-no]")
    make_error(page)
    assert_no_violations(page)


def test_the_manager_form_with_an_employee_file_has_no_axe_violations(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    open_form(page, site_url)
    fill_basic(page)
    with page.expect_download() as info:
        page.click("[data-gw-export]")
    info.value.save_as(tmp_path / "employee.json")
    open_form(page, site_url, form="manager-preparation")
    page.set_input_files("#gw-employee-file--file", str(tmp_path / "employee.json"))
    page.click("[data-gw-file-open]")
    page.wait_for_selector("[data-gw-file-view]", state="visible")
    assert_no_violations(page)


def test_the_error_summary_takes_focus_and_links_to_the_field(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    page.check('[data-gw-theme="wellbeing"]')
    page.fill(question("wellbeing-energy"), TOO_LONG)
    downloads: list[Any] = []
    page.on("download", lambda download: downloads.append(download))
    page.click("[data-gw-export]")
    page.wait_for_timeout(300)
    assert downloads == [], "the export went ahead with a field over the limit"
    summary = page.locator("[data-gw-error-summary]")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.matches('[data-gw-error-summary]')")
    assert (
        "Make your answer to ‘Which part of your work has given you the most energy lately?’ 120"
        " characters shorter (at most 5,000 characters)" in summary.text_content()
    )
    inline = page.text_content("#gw-q--wellbeing-energy-error")
    assert inline == "Error: Make this answer 120 characters shorter (at most 5,000 characters)"
    assert summary.locator("[role=alert]").count() == 1
    described = page.get_attribute(question("wellbeing-energy"), "aria-describedby")
    assert "gw-q--wellbeing-energy-error" in described
    page.click("[data-gw-error-summary] a")
    assert page.evaluate("document.activeElement.id") == "gw-q--wellbeing-energy"
    page.fill(question("wellbeing-energy"), "Short now")
    assert summary.is_hidden()
    assert page.locator("#gw-q--wellbeing-energy-error").count() == 0


def test_typing_past_the_limit_is_never_blocked(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    page.fill("#gw-check-in--how-are-you", "y" * 3000)
    count = page.locator("[data-gw-count-status]").first
    message = page.locator("#gw-check-in--how-are-you ~ .gw-count .gw-count__message")
    assert message.is_hidden(), "the count shows before 75% of the limit"
    page.fill("#gw-check-in--how-are-you", "y" * 4000)
    assert message.is_visible()
    assert message.text_content() == "You have 1,000 characters remaining"
    page.fill("#gw-check-in--how-are-you", "y" * 5001)
    assert page.input_value("#gw-check-in--how-are-you") == "y" * 5001
    assert message.text_content() == "You have 1 character too many"
    page.wait_for_function(
        "document.querySelector('#gw-check-in--how-are-you ~ .gw-count [data-gw-count-status]')"
        ".textContent === 'You have 1 character too many'"
    )
    assert count.get_attribute("aria-live") == "polite"


def active(page: Any) -> str:
    result: str = page.evaluate(
        "(() => { const e = document.activeElement;"
        " return e.id || e.getAttribute('data-gw-export') !== null && 'export' || e.tagName; })()"
    )
    return result


def tab_to(page: Any, target: str, limit: int = 400) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if active(page) == target:
            return
    raise AssertionError(f"Tab never reached {target}")


def test_keyboard_only_fill_and_export(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    tab_to(page, "gw-about--name")
    page.keyboard.type("Kim Keyboard")
    tab_to(page, "gw-reflection--theme--wellbeing")
    page.keyboard.press("Space")
    tab_to(page, "gw-q--wellbeing-energy")
    page.keyboard.type("Typed with the keyboard only.")
    tab_to(page, "export")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert data["answers"]["about.name"]["answer"] == "Kim Keyboard"
    assert data["answers"]["wellbeing-energy"]["answer"] == "Typed with the keyboard only."
