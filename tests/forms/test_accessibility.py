"""Accessibility: axe in the empty, filled and over-long states; keyboard only; the soft limit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.forms.helpers import export, fill_basic, open_form, question, wait_print_view
from tests.support.browser import axe_violations, describe_violations

pytestmark = pytest.mark.browser
TOO_LONG = "x" * 5120


def assert_no_violations(page: Any) -> None:
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)


def make_too_long(page: Any) -> None:
    page.fill(question("wellbeing-energy"), TOO_LONG)
    page.wait_for_selector(f"{question('wellbeing-energy')} ~ .gw-count__message", state="visible")


@pytest.mark.parametrize(
    "form", ["employee-annual", "manager-preparation", "good-conversation", "conversation-record"]
)
def test_the_empty_form_has_no_axe_violations(page: Any, site_url: str, form: str) -> None:
    open_form(page, site_url, form=form)
    assert_no_violations(page)


def test_the_filled_form_and_its_over_long_state_have_no_axe_violations(
    page: Any, site_url: str
) -> None:
    open_form(page, site_url)
    fill_basic(page)
    page.click('[data-gw-list="agenda"] [data-gw-list-add]')
    page.click("[data-gw-clear]")
    assert_no_violations(page)
    page.click("[data-gw-clear-no]")
    make_too_long(page)
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


def test_an_answer_over_the_limit_never_blocks_export_or_print(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    """The file is the user's only durable copy: the limit is a hint, never a gate."""
    page.add_init_script("window.print = () => { window.__printed = true; };")
    open_form(page, site_url)
    page.check('[data-gw-theme="wellbeing"]')
    page.fill(question("wellbeing-energy"), TOO_LONG)
    data = export(page, tmp_path)
    assert data["answers"]["wellbeing-energy"]["answer"] == TOO_LONG
    page.click("[data-gw-print]")
    assert page.evaluate("window.__printed") is True
    wait_print_view(page)
    assert TOO_LONG in page.text_content(".gw-print")
    assert page.locator("[aria-invalid=true], .gw-field--error").count() == 0


def test_typing_past_the_limit_is_never_blocked(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    field = "#gw-check-in--how-are-you"
    hint = page.text_content("#gw-count-hint")
    assert hint == "Answers of up to 5000 characters read best. Longer is fine too."
    assert "gw-count-hint" in page.get_attribute(field, "aria-describedby").split()
    page.fill(field, "y" * 3000)
    message = page.locator(f"{field} ~ .gw-count__message")
    assert message.count() == 0, "the count shows before 75% of the limit"
    page.fill(field, "y" * 4000)
    assert message.is_visible()
    assert message.text_content() == "You have 1,000 characters remaining"
    assert message.get_attribute("aria-hidden") == "true"
    page.fill(field, "y" * 5001)
    assert page.input_value(field) == "y" * 5001
    over = "1 character over the suggested length. All of it is kept."
    assert message.text_content() == over
    page.wait_for_function(
        "text => document.querySelector('[data-gw-announcer]').textContent === text", arg=over
    )
    assert page.get_attribute("[data-gw-announcer]", "aria-live") == "polite"


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
