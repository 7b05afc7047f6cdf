"""Lists, agreements, copying, the calendar file and the employee's file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.forms.helpers import (
    export,
    fill_basic,
    open_action,
    open_form,
    state,
    wait_saved,
    wait_started,
)

pytestmark = pytest.mark.browser
AGENDA = '[data-gw-list="agenda"]'
ANNOUNCER = "[data-gw-announcer]"
COPIED = "Copied. You can paste the text now."
COPY_STATUS = '[data-module="gw-copy"] [data-gw-copy-status]'


def agenda_values(page: Any) -> list[str]:
    values: list[str] = page.locator(f"{AGENDA} textarea").evaluate_all(
        "elements => elements.map(e => e.value)"
    )
    return values


def announced(page: Any, text: str) -> None:
    page.wait_for_function(
        f"() => document.querySelector('{ANNOUNCER}').textContent === {json.dumps(text)}"
    )


def test_agenda_items_are_added_moved_and_removed_with_focus_and_announcements(
    page: Any, site_url: str
) -> None:
    open_form(page, site_url)
    page.fill(f"{AGENDA} textarea", "First")
    for text in ("Second", "Third"):
        page.click(f"{AGENDA} [data-gw-list-add]")
        assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
        page.keyboard.type(text)
    announced(page, "Agenda item 3 added.")
    assert page.locator(f"{AGENDA} legend").all_text_contents() == [
        "Agenda item 1",
        "Agenda item 2",
        "Agenda item 3",
    ]
    page.click(f'{AGENDA} [data-gw-item] >> nth=2 >> [data-gw-list-action="up"]')
    assert agenda_values(page) == ["First", "Third", "Second"]
    announced(page, "Agenda item is now in position 2.")
    assert page.evaluate("document.activeElement.dataset.gwListAction") == "up"
    page.keyboard.press("Enter")
    assert agenda_values(page) == ["Third", "First", "Second"]
    assert page.evaluate("document.activeElement.dataset.gwListAction") == "down"
    page.click(f'{AGENDA} [data-gw-item] >> nth=1 >> [data-gw-list-action="remove"]')
    assert agenda_values(page) == ["Third", "Second"]
    announced(page, "Agenda item 2 removed. Undo?")
    assert page.evaluate("document.activeElement.hasAttribute('data-gw-list-undo-button')")
    assert [item["text"] for item in state(page)["lists"]["agenda"]] == ["Third", "Second"]
    wait_saved(page)
    page.reload()
    wait_started(page)
    assert agenda_values(page) == ["Third", "Second"]


def test_the_smart_hint_lists_the_missing_parts_politely(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    item = '[data-gw-list="agreements"] [data-gw-item] >> nth=0'
    hint = page.locator(f"{item} >> [data-gw-parts-hint]")
    page.fill(f"{item} >> [data-gw-item-field=specific]", "Redesign the intake form")
    page.fill(f"{item} >> [data-gw-item-field=acceptable]", "We both want it")
    page.fill(f"{item} >> [data-gw-item-field=realistic]", "Two days a week")
    assert hint.text_content() == "Not yet filled in: Measurable, Time-bound"
    assert "error" not in (hint.get_attribute("class") or "")
    page.check(f"{item} >> [value=directional]")
    assert page.locator(f"{item} >> [data-gw-item-field=direction]").is_visible()
    assert page.locator(f"{item} >> [data-gw-item-field=specific]").is_hidden()


def unfold(text: str) -> list[str]:
    """RFC 5545 3.1: a line starting with a space continues the previous one."""
    assert "\n" not in text.replace("\r\n", ""), "bare line feeds"
    lines: list[str] = []
    for raw in text.split("\r\n"):
        if raw.startswith(" ") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def test_the_calendar_file_is_valid_ics_with_the_dates(page: Any, origin: str) -> None:
    open_form(page, origin)
    page.fill("#gw-about--date", "2027-03-12")
    page.fill("#gw-about--other-party", "Noor Bakker; HR, \\ team")
    follow = '[data-gw-list="follow-up"]'
    note = "Check the intake project with the whole team and write down what we learned " * 2
    page.fill(f"{follow} [data-gw-item-field=date]", "2027-06-01")
    page.fill(f"{follow} [data-gw-item-field=note]", note.strip())
    page.click(f"{follow} [data-gw-list-add]")
    page.fill(f"{follow} [data-gw-item-field=date] >> nth=1", "2027-09-15")
    open_action(page, "gw-calendar")
    page.fill("#gw-calendar-time", "half three")
    page.click("[data-gw-calendar]")
    error = page.locator("[data-gw-calendar-error]")
    assert error.is_visible() and "14:30" in error.text_content()
    assert page.evaluate("document.activeElement.id") == "gw-calendar-time"
    page.fill("#gw-calendar-time", "14.30")
    page.select_option("#gw-calendar-duration", "PT1H30M")
    page.select_option("#gw-calendar-reminder", "-PT1H")
    with page.expect_download() as info:
        page.click("[data-gw-calendar]")
    assert not error.is_visible()
    assert info.value.suggested_filename.endswith(".ics")
    raw = Path(info.value.path()).read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    lines = unfold(raw.decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 3
    starts = [line.split(":", 1)[1] for line in lines if line.startswith("DTSTART")]
    assert starts == ["20270312T143000", "20270601", "20270915"]
    assert lines.count("DURATION:PT1H30M") == 1, "the conversation lasts as long as chosen"
    assert lines.count("BEGIN:VALARM") == 3
    # The conversation an hour before; the whole-day follow-ups the morning before.
    triggers = [line for line in lines if line.startswith("TRIGGER:")]
    assert triggers == ["TRIGGER:-PT1H", "TRIGGER:-PT15H", "TRIGGER:-PT15H"]
    summaries = [line for line in lines if line.startswith("SUMMARY:")]
    assert summaries[0] == "SUMMARY:Conversation with Noor Bakker\\; HR\\, \\\\ team"
    assert summaries[1] == "SUMMARY:Follow-up: " + note.strip().replace(",", "\\,")
    assert len({line for line in lines if line.startswith("UID:")}) == 3
    # RFC 5545 3.6.1: every event has exactly one DTSTAMP, a date-time in UTC.
    events = "\n".join(lines).split("BEGIN:VEVENT\n")[1:]
    stamps = [re.findall(r"^DTSTAMP.*$", event, re.MULTILINE) for event in events]
    assert all(len(s) == 1 and re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", s[0]) for s in stamps), stamps


def copy(page: Any, button: str, status: str) -> str:
    """Copy with a button and read the clipboard once the copy itself says it is done.

    A click empties the status first, so the confirmation is this copy's, not the last one's.
    """
    page.click(button)
    page.wait_for_function(
        "([status, text]) => document.querySelector(status).textContent === text",
        arg=[status, COPIED],
    )
    text: str = page.evaluate("navigator.clipboard.readText()")
    return text


def test_copy_as_plain_text_and_markdown(browser: Any, guard: Any, site_url: str) -> None:
    context = browser.new_context()
    guard.install(context)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()
    try:
        open_form(page, site_url)
        fill_basic(page)
        open_action(page, "gw-copy")
        text = copy(page, '[data-gw-copy="text"]', COPY_STATUS)
        assert text.startswith("My preparation for the annual conversation\n=====")
        assert "How are you, really?\nBusy but good.\nThe new team is settling in." in text
        assert "1. Workload\n2. Training budget" in text
        markdown = copy(page, '[data-gw-copy="markdown"]', COPY_STATUS)
        assert markdown.startswith("# My preparation for the annual conversation")
        assert (
            "**How are you, really?**\n\nBusy but good.  \nThe new team is settling in." in markdown
        )
        assert page.locator("[data-gw-copy-fallback]").is_hidden()
        request = copy(page, "[data-gw-copy-field]", ".gw-copy-field [data-gw-copy-status]")
        assert request.startswith("Hi,\n\nI will soon have a conversation with my manager")
    finally:
        context.close()


def test_copy_falls_back_to_selected_text(page: Any, site_url: str) -> None:
    page.add_init_script(
        "Object.defineProperty(navigator, 'clipboard', { value: { writeText: () =>"
        " Promise.reject(new DOMException('denied', 'NotAllowedError')) } });"
    )
    open_form(page, site_url)
    page.fill("#gw-about--name", "Sam *bold* [link](x)")
    open_action(page, "gw-copy")
    page.click('[data-gw-copy="markdown"]')
    page.wait_for_selector("[data-gw-copy-fallback]", state="visible")
    assert page.evaluate("document.activeElement.id") == "gw-copy-text"
    selected = page.evaluate(
        "(() => { const t = document.activeElement;"
        " return t.value.slice(t.selectionStart, t.selectionEnd); })()"
    )
    assert "Sam \\*bold\\* \\[link\\](x)" in selected
    assert "Ctrl+C" in page.text_content("[data-gw-copy-fallback]")


def test_the_employee_file_is_shown_read_only_and_not_saved(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    open_form(page, site_url)
    fill_basic(page)
    export(page, tmp_path, "employee.json")
    open_form(page, site_url, form="manager-preparation")
    page.fill("#gw-about--name", "The manager")
    page.set_input_files("#gw-employee-file--file", str(tmp_path / "employee.json"))
    page.click("[data-gw-file-open]")
    view = page.locator("[data-gw-file-view]")
    view.wait_for(state="visible")
    assert "Preparation by Sam de Vries" in view.text_content()
    assert "Working with students." in view.text_content()
    assert view.locator("textarea, input").count() == 0
    assert page.evaluate("document.activeElement.id") == "gw-employee-file-title"
    wait_saved(page)
    assert "Working with students" not in json.dumps(state(page))
    page.click("[data-gw-file-close]")
    assert view.is_hidden()
    assert page.input_value("#gw-about--name") == "The manager"


def test_the_employee_file_refuses_what_import_refuses(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{ nope", encoding="utf-8")
    open_form(page, site_url, form="manager-preparation")
    page.set_input_files("#gw-employee-file--file", str(path))
    page.click("[data-gw-file-open]")
    error = page.locator("#gw-employee-file--file-error")
    error.wait_for(state="visible")
    assert "not a valid JSON file" in error.text_content()
    assert page.locator("[data-gw-file-view]").is_hidden()
