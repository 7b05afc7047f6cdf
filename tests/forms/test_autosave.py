"""Autosave: restore after reload, one key per site and form, two tabs, storage unavailable."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.forms.helpers import (
    SAVED,
    export,
    fill_basic,
    folded,
    form_url,
    open_form,
    question,
    state,
    wait_started,
)
from tests.support.browser import axe_violations, describe_violations

pytestmark = pytest.mark.browser
NAME = "about.name"


def wait_saved(page: Any) -> None:
    """Wait until every pending autosave has run; polls on an interval, as the two-tab
    tests stop the page clock (and with it requestAnimationFrame)."""
    page.wait_for_function(
        "() => { const a = window.Gesprekswijzer.forms[0].autosave;"
        " return !a.dirty && !a.schedule.pending(); }",
        polling=50,
    )


def test_answers_come_back_after_a_reload(page: Any, origin: str, page_errors: list[str]) -> None:
    open_form(page, origin)
    values = fill_basic(page)
    page.check('[data-gw-private="theme:wellbeing"]')
    wait_saved(page)
    assert "Saved on this device at" in page.text_content(SAVED)
    page.reload()
    page.wait_for_function("() => window.Gesprekswijzer.forms.length === 1")
    assert page.input_value("#gw-about--name") == values["about.name"]
    assert page.input_value("#gw-check-in--how-are-you") == values["check-in.how-are-you"]
    assert page.is_checked('[data-gw-theme="wellbeing"]')
    assert page.is_visible(question("wellbeing-energy"))
    assert page.input_value(question("wellbeing-energy")) == values["wellbeing-energy"]
    assert page.is_checked('[data-gw-private="theme:wellbeing"]')
    agenda = page.locator('[data-gw-list="agenda"] [data-gw-item-field="text"]')
    assert agenda.evaluate_all("els => els.map(e => e.value)") == ["Workload", "Training budget"]
    assert "Your answers are back" in page.text_content(SAVED)
    assert page_errors == []


def test_unchosen_themes_stay_collapsed(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    assert not page.is_visible(question("wellbeing-energy"))
    assert page.is_visible("[data-gw-themes-none]")
    page.check('[data-gw-theme="wellbeing"]')
    assert page.is_visible(question("wellbeing-energy"))
    assert not page.is_visible("[data-gw-themes-none]")


def saved_name(page: Any) -> str | None:
    saved = page.evaluate(
        "JSON.parse(localStorage.getItem(window.Gesprekswijzer.forms[0].autosave.key))"
    )
    return None if saved is None else saved["state"]["values"].get(NAME)


def test_autosave_is_quick_to_follow_a_change(page: Any, site_url: str) -> None:
    """Saved within 450 ms of the page's own time, however slow the machine running it."""
    page.clock.install()
    open_form(page, site_url)
    hold_autosave(page)
    page.fill("#gw-about--name", "Sam")
    assert saved_name(page) is None, "saved before the clock moved: the test proves nothing"
    page.clock.run_for(450)
    assert saved_name(page) == "Sam"


def test_the_storage_key_holds_the_site_root_and_form_but_no_language(
    page: Any, built_site: Path, site_url: str
) -> None:
    open_form(page, built_site.resolve().as_uri(), language="nl")
    key = page.evaluate("window.Gesprekswijzer.forms[0].autosave.key")
    root = built_site.resolve().as_posix().rstrip("/") + "/"
    assert key == f"gesprekswijzer:v2:{root}:employee-annual"
    open_form(page, site_url, form="good-conversation")
    assert page.evaluate("window.Gesprekswijzer.forms[0].autosave.key") == (
        "gesprekswijzer:v2:/:good-conversation"
    )


def test_the_dutch_and_english_page_share_one_set_of_answers(page: Any, origin: str) -> None:
    open_form(page, origin, language="nl")
    page.fill("#gw-about--name", "Sam de Vries")
    page.check('[data-gw-theme="wellbeing"]')
    page.fill(question("wellbeing-energy"), "Lesgeven")
    wait_saved(page)
    open_form(page, origin, language="en")
    assert page.input_value("#gw-about--name") == "Sam de Vries"
    assert page.input_value(question("wellbeing-energy")) == "Lesgeven"
    page.fill("#gw-about--name", "Sam")
    wait_saved(page)
    open_form(page, origin, language="nl")
    assert page.input_value("#gw-about--name") == "Sam"


def test_answers_saved_per_language_move_to_the_shared_key(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    key = page.evaluate("window.Gesprekswijzer.forms[0].autosave.key")
    old = key.replace(":v2:", ":v1:")
    older = {"rev": 3, "saved_at": "2026-01-10T09:00:00.000Z", "state": {"values": {NAME: "Old"}}}
    newer = {"rev": 2, "saved_at": "2026-01-12T09:00:00.000Z", "state": {"values": {NAME: "New"}}}
    page.evaluate(
        "([key, old, older, newer]) => { localStorage.clear();"
        " localStorage.setItem(old + ':en', JSON.stringify(older));"
        " localStorage.setItem(old + ':nl', JSON.stringify(newer)); }",
        [key, old, older, newer],
    )
    page.reload()
    page.wait_for_function("() => window.Gesprekswijzer.forms.length === 1")
    assert page.input_value("#gw-about--name") == "New"
    stored = stored_state(page)
    assert stored["values"][NAME] == "New"
    kept = page.evaluate(
        "old => [localStorage.getItem(old + ':en'), localStorage.getItem(old + ':nl')]", old
    )
    assert [json.loads(text)["state"]["values"][NAME] for text in kept] == ["Old", "New"]
    page.fill("#gw-about--name", "Newest")
    wait_saved(page)
    page.reload()
    page.wait_for_function("() => window.Gesprekswijzer.forms.length === 1")
    assert page.input_value("#gw-about--name") == "Newest"


def stored_state(page: Any) -> dict[str, Any]:
    """The state as saved in localStorage under the form's key."""
    result: dict[str, Any] = page.evaluate(
        "JSON.parse(localStorage.getItem(window.Gesprekswijzer.forms[0].autosave.key)).state"
    )
    return result


def hold_autosave(page: Any) -> None:
    """Stop the clock (of the whole context): edits stay unsaved until run_autosave."""
    page.clock.pause_at(page.evaluate("() => Date.now()") + 1000)


def run_autosave(page: Any) -> None:
    """Run this tab's pending autosave now; the other tab's stays pending."""
    page.evaluate("() => window.Gesprekswijzer.forms[0].autosave.schedule.flush()")
    wait_saved(page)


def wait_value(page: Any, selector: str, value: str) -> None:
    page.wait_for_function(
        "([selector, value]) => document.querySelector(selector).value === value",
        arg=[selector, value],
        polling=50,
    )


def two_tabs(
    context: Any,
    origin: str,
    languages: tuple[str, str] = ("en", "en"),
    errors: list[str] | None = None,
) -> tuple[Any, Any]:
    """Two tabs on one form, sharing localStorage; their clock is stopped (hold_autosave)."""
    first, second = context.new_page(), context.new_page()
    for tab, language in zip((first, second), languages, strict=True):
        if errors is not None:
            tab.on("pageerror", lambda error: errors.append(str(error)))
            tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        tab.clock.install()
        open_form(tab, origin, language=language)
        hold_autosave(tab)
    return first, second


def test_edits_to_different_fields_in_two_tabs_are_merged(context: Any, origin: str) -> None:
    errors: list[str] = []
    first, second = two_tabs(context, origin, errors=errors)
    agenda = '[data-gw-list="agenda"] [data-gw-item-field="text"]'
    # Both tabs edit before either saves: each save has to be merged by the other tab.
    first.fill("#gw-about--name", "Sam")
    first.fill(f"{agenda} >> nth=0", "Workload")
    second.fill("#gw-about--role", "Teacher")
    second.fill(f"{agenda} >> nth=0", "Training budget")
    run_autosave(first)
    wait_value(second, "#gw-about--name", "Sam")
    wait_value(first, "#gw-about--role", "Teacher")
    # The other direction: the second tab saves first this time.
    first.fill("#gw-about--date", "2027-03-12")
    second.fill("#gw-check-in--how-are-you", "Fine")
    run_autosave(second)
    wait_value(first, "#gw-check-in--how-are-you", "Fine")
    # The other tab shows the date in the page's own order; the answers hold ISO.
    wait_value(second, "#gw-about--date", "12/3/2027")
    for tab in (first, second):
        wait_saved(tab)
        assert tab.is_hidden("[data-gw-conflict]")
        values = state(tab)["values"]
        assert values[NAME] == "Sam" and values["about.role"] == "Teacher"
        assert values["about.date"] == "2027-03-12"
        assert values["check-in.how-are-you"] == "Fine"
        texts = tab.locator(agenda).evaluate_all("els => els.map(e => e.value)")
        assert sorted(texts) == ["Training budget", "Workload"]
    assert stored_state(first) == stored_state(second)
    assert stored_state(first)["values"] == state(first)["values"]
    assert "Changes from another tab were added" in first.text_content(SAVED)
    assert errors == []


def test_the_merge_keeps_the_cursor_in_the_field_being_typed_in(
    context: Any, site_url: str
) -> None:
    first, second = two_tabs(context, site_url)
    item = '[data-gw-list="agenda"] [data-gw-item-field="text"] >> nth=0'
    second.click(item)
    second.keyboard.type("Work")
    first.fill("#gw-about--name", "Sam")
    run_autosave(first)
    wait_value(second, "#gw-about--name", "Sam")
    second.keyboard.type("load")
    assert second.input_value(item) == "Workload"
    assert second.evaluate("document.activeElement.matches('[data-gw-item-field=\"text\"]')")


def test_two_tabs_saving_at_the_same_moment_lose_nothing(context: Any, site_url: str) -> None:
    first, second = two_tabs(context, site_url)
    first.fill("#gw-about--name", "Sam")
    second.fill("#gw-about--role", "Teacher")
    # One clock for the context: both autosaves run at once, and one write overwrites
    # the other before either tab hears of it (the loser may never get an event). Then
    # time runs as usual, for the look each tab takes a while after saving.
    first.clock.run_for(300)
    first.clock.resume()
    for tab in (first, second):
        wait_value(tab, "#gw-about--name", "Sam")
        wait_value(tab, "#gw-about--role", "Teacher")
        wait_saved(tab)
    assert stored_state(first)["values"] == {NAME: "Sam", "about.role": "Teacher"}
    assert first.is_hidden("[data-gw-conflict]") and second.is_hidden("[data-gw-conflict]")


def open_conflict(context: Any, origin: str, errors: list[str] | None = None) -> tuple[Any, Any]:
    """Two tabs that both changed the name, each in its own way; the second tab asks."""
    first, second = two_tabs(context, origin, errors=errors)
    first.fill("#gw-about--name", "Sam")
    run_autosave(first)
    wait_value(second, "#gw-about--name", "Sam")
    first.fill("#gw-about--name", "Sam from the first tab")
    first.fill("#gw-about--date", "2027-03-12")
    second.fill("#gw-about--role", "Teacher")
    second.fill("#gw-about--name", "Sam from the second tab")
    run_autosave(first)
    second.wait_for_selector("[data-gw-conflict]", state="visible")
    first.clock.resume()
    return first, second


def test_the_same_field_changed_in_two_tabs_asks_which_to_keep(context: Any, origin: str) -> None:
    errors: list[str] = []
    first, second = open_conflict(context, origin, errors)
    panel = second.locator("[data-gw-conflict]")
    assert second.evaluate("document.activeElement.id") == "gw-conflict-title"
    entries = panel.locator(".gw-conflict")
    assert entries.count() == 1
    text = folded(entries.text_content())
    assert "Your name" in text
    assert "In this tab: Sam from the second tab" in text
    assert "In the other tab: Sam from the first tab" in text
    # Everything that does not clash is merged already.
    assert second.input_value("#gw-about--date") == "12/3/2027"
    assert second.input_value("#gw-about--name") == "Sam from the second tab"
    violations = axe_violations(second)
    assert violations == [], describe_violations(violations)

    second.click("[data-gw-conflict-keep]")
    assert panel.is_hidden()
    assert second.evaluate("document.activeElement.id") == "gw-about--name"
    assert "versions in this tab are kept" in second.text_content(SAVED)
    wait_value(first, "#gw-about--name", "Sam from the second tab")
    wait_value(first, "#gw-about--role", "Teacher")
    assert first.is_hidden("[data-gw-conflict]")
    for tab in (first, second):
        values = stored_state(tab)["values"]
        assert values[NAME] == "Sam from the second tab"
        assert values["about.role"] == "Teacher" and values["about.date"] == "2027-03-12"
    assert errors == []


def test_taking_the_other_tabs_version_keeps_this_tabs_other_changes(
    context: Any, site_url: str
) -> None:
    first, second = open_conflict(context, site_url)
    second.click("[data-gw-conflict-load]")
    assert second.is_hidden("[data-gw-conflict]")
    assert second.input_value("#gw-about--name") == "Sam from the first tab"
    assert second.input_value("#gw-about--role") == "Teacher"
    assert "versions from the other tab are used" in second.text_content(SAVED)
    wait_value(first, "#gw-about--role", "Teacher")
    assert first.input_value("#gw-about--name") == "Sam from the first tab"
    assert stored_state(first)["values"][NAME] == "Sam from the first tab"
    # Autosave is on again in the tab that asked.
    second.fill("#gw-about--role", "Coach")
    run_autosave(second)
    wait_value(first, "#gw-about--role", "Coach")


def test_a_list_item_changed_in_two_tabs_is_named_by_its_list_and_number(
    context: Any, site_url: str
) -> None:
    first, second = two_tabs(context, site_url, ("en", "nl"))
    item = '[data-gw-list="agenda"] [data-gw-item-field="text"] >> nth=0'
    first.fill(item, "Workload")
    run_autosave(first)
    wait_value(second, '[data-gw-list="agenda"] [data-gw-item-field="text"]', "Workload")
    first.fill(item, "Workload and planning")
    second.fill(item, "Werkdruk")
    run_autosave(first)
    second.wait_for_selector("[data-gw-conflict]", state="visible")
    first.clock.resume()
    text = folded(second.text_content("[data-gw-conflict] .gw-conflict"))
    assert "Agendapunt 1 – Wat wil je bespreken?" in text
    assert "In dit tabblad: Werkdruk" in text
    assert "In het andere tabblad: Workload and planning" in text
    second.click("[data-gw-conflict-load]")
    assert second.input_value(item) == "Workload and planning"


def test_a_dutch_and_an_english_tab_merge_their_answers(context: Any, site_url: str) -> None:
    dutch, english = two_tabs(context, site_url, ("nl", "en"))
    dutch.fill("#gw-about--name", "Sam")
    run_autosave(dutch)
    wait_value(english, "#gw-about--name", "Sam")
    english.fill("#gw-about--role", "Teacher")
    run_autosave(english)
    wait_value(dutch, "#gw-about--role", "Teacher")
    assert english.is_hidden("[data-gw-conflict]") and dutch.is_hidden("[data-gw-conflict]")


def test_another_tabs_save_is_merged_before_saving_without_a_storage_event(
    page: Any, site_url: str
) -> None:
    open_form(page, site_url)
    key = page.evaluate("window.Gesprekswijzer.forms[0].autosave.key")
    # Another tab's write whose storage event never arrived (the event is not guaranteed).
    theirs = {"rev": 7, "saved_at": "2026-01-12T09:00:00.000Z", "state": {"values": {NAME: "Sam"}}}
    page.evaluate(
        "([key, theirs]) => { localStorage.setItem(key, JSON.stringify(theirs));"
        " localStorage.setItem(key + ':rev', '7'); }",
        [key, theirs],
    )
    page.fill("#gw-about--role", "Teacher")
    wait_saved(page)
    assert page.is_hidden("[data-gw-conflict]")
    assert page.input_value("#gw-about--name") == "Sam"
    assert stored_state(page)["values"] == {NAME: "Sam", "about.role": "Teacher"}
    assert page.evaluate(f"localStorage.getItem({key + ':rev'!r})").startswith("8:")


QUOTA = (
    "Storage.prototype.setItem = function () {"
    " throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };"
)


def test_saved_answers_are_shown_when_storage_is_full(
    browser: Any, guard: Any, origin: str, tmp_path: Path
) -> None:
    context = browser.new_context(accept_downloads=True)
    guard.install(context)
    page = context.new_page()
    try:
        open_form(page, origin)
        values = fill_basic(page)
        wait_saved(page)
        context.add_init_script(QUOTA)
        page.reload()
        page.wait_for_function("() => window.Gesprekswijzer.forms.length === 1")
        assert page.input_value("#gw-about--name") == values["about.name"]
        assert page.input_value(question("wellbeing-energy")) == values["wellbeing-energy"]
        notice = folded(page.text_content("[data-gw-autosave-off]"))
        assert page.is_visible("[data-gw-autosave-off]")
        assert "storage is full" in notice
        assert "the answers saved earlier on this device" in notice
        assert "new changes are not being saved" in notice
        assert "Export your answers" in notice and "everything shown here" in notice
        violations = axe_violations(page)
        assert violations == [], describe_violations(violations)
        page.fill("#gw-about--role", "Teacher")
        data = export(page, tmp_path)
        answers = data["answers"]
        assert answers[NAME]["answer"] == values["about.name"]
        assert answers["wellbeing-energy"]["answer"] == values["wellbeing-energy"]
        assert answers["about.role"]["answer"] == "Teacher"
    finally:
        context.close()


def test_the_form_works_when_storage_is_full(browser: Any, guard: Any, origin: str) -> None:
    context = browser.new_context(accept_downloads=True)
    guard.install(context)
    context.add_init_script(QUOTA)
    page = context.new_page()
    try:
        open_form(page, origin)
        notice = page.locator("[data-gw-autosave-off]")
        assert notice.is_visible()
        assert "Autosave is off" in notice.text_content()
        assert "new changes are not being saved" in notice.text_content()
        assert "saved earlier" not in notice.text_content()
        page.fill("#gw-about--name", "Still works")
        page.check('[data-gw-theme="wellbeing"]')
        page.fill(question("wellbeing-energy"), "An answer")
        assert state(page)["values"]["wellbeing-energy"] == "An answer"
        with page.expect_download() as info:
            page.click("[data-gw-export]")
        assert info.value.suggested_filename.endswith(".json")
    finally:
        context.close()


def test_the_form_works_when_storage_is_blocked(browser: Any, guard: Any, site_url: str) -> None:
    context = browser.new_context()
    guard.install(context)
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', { get() {"
        " throw new DOMException('Access is denied.', 'SecurityError'); } });"
    )
    page = context.new_page()
    try:
        page.goto(form_url(site_url))
        page.wait_for_function(
            "() => window.Gesprekswijzer && window.Gesprekswijzer.forms.length === 1"
        )
        assert "does not let this page store" in page.text_content("[data-gw-autosave-off]")
        page.click("#gw-section--about .gw-fold__button")
        page.fill("#gw-about--name", "Works")
        assert state(page)["values"]["about.name"] == "Works"
    finally:
        context.close()


def test_clear_all_asks_first(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    page.fill("#gw-about--name", "Sam")
    page.click("[data-gw-clear]")
    panel = page.locator("[data-gw-clear-confirm]")
    assert panel.is_visible()
    assert page.evaluate("document.activeElement.id") == "gw-clear-confirm-title"
    page.click("[data-gw-clear-no]")
    assert panel.is_hidden()
    assert page.input_value("#gw-about--name") == "Sam"
    page.click("[data-gw-clear]")
    page.click("[data-gw-clear-yes]")
    assert page.input_value("#gw-about--name") == ""
    wait_saved(page)
    page.reload()
    wait_started(page)
    assert page.input_value("#gw-about--name") == ""


def test_two_unzipped_copies_do_not_share_answers(
    page: Any, built_site: Path, tmp_path: Path
) -> None:
    """Chrome gives every file:// page one localStorage; the key keeps the copies apart."""
    copy = tmp_path / "second-copy"
    shutil.copytree(built_site / "en", copy / "en")
    open_form(page, built_site.resolve().as_uri())
    page.fill("#gw-about--name", "In the first copy")
    wait_saved(page)
    open_form(page, copy.resolve().as_uri())
    assert page.input_value("#gw-about--name") == ""
    assert page.is_hidden("[data-gw-conflict]")
    open_form(page, built_site.resolve().as_uri())
    assert page.input_value("#gw-about--name") == "In the first copy"


def test_saved_answers_to_removed_questions_are_kept(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    key = page.evaluate("window.Gesprekswijzer.forms[0].autosave.key")
    saved = {
        "rev": 1,
        "state": {
            "values": {"about.name": "Sam", "question-removed-since": "Still my words"},
            "lists": {"section-removed-since": [{"key": "i1", "text": "An old item"}]},
        },
    }
    page.evaluate(
        "([key, saved]) => { localStorage.setItem(key, JSON.stringify(saved));"
        " localStorage.setItem(key + ':rev', '1'); }",
        [key, saved],
    )
    page.reload()
    page.wait_for_function("() => window.Gesprekswijzer.forms.length === 1")
    assert page.input_value("#gw-about--name") == "Sam"
    legacy = page.locator("#gw-legacy")
    assert legacy.is_visible()
    assert "Still my words" in legacy.text_content()
    assert "An old item" in legacy.text_content()
