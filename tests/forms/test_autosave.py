"""Autosave: restore after reload, storage keys per site, two tabs, storage unavailable."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.forms.helpers import (
    SAVED,
    fill_basic,
    form_url,
    open_form,
    question,
    state,
    wait_saved,
)

pytestmark = pytest.mark.browser


def test_answers_come_back_after_a_reload(page: Any, origin: str, page_errors: list[str]) -> None:
    open_form(page, origin)
    values = fill_basic(page)
    page.check('[data-gw-private="wellbeing-energy"]')
    wait_saved(page)
    assert "Saved on this device at" in page.text_content(SAVED)
    page.reload()
    page.wait_for_function("window.Gesprekswijzer.forms.length === 1")
    assert page.input_value("#gw-about--name") == values["about.name"]
    assert page.input_value("#gw-check-in--how-are-you") == values["check-in.how-are-you"]
    assert page.is_checked('[data-gw-theme="wellbeing"]')
    assert page.is_visible(question("wellbeing-energy"))
    assert page.input_value(question("wellbeing-energy")) == values["wellbeing-energy"]
    assert page.is_checked('[data-gw-private="wellbeing-energy"]')
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


def test_autosave_is_quick_to_follow_a_change(page: Any, site_url: str) -> None:
    open_form(page, site_url)
    page.fill("#gw-about--name", "Sam")
    page.wait_for_timeout(450)
    key = page.evaluate("window.Gesprekswijzer.forms[0].autosave.key")
    saved = page.evaluate(f"JSON.parse(localStorage.getItem({key!r}))")
    assert saved["state"]["values"]["about.name"] == "Sam"


def test_the_storage_key_holds_the_site_root_form_and_language(
    page: Any, built_site: Path, site_url: str
) -> None:
    open_form(page, built_site.resolve().as_uri(), language="nl")
    key = page.evaluate("window.Gesprekswijzer.forms[0].autosave.key")
    root = built_site.resolve().as_posix().rstrip("/") + "/"
    assert key == f"gesprekswijzer:v1:{root}:employee-annual:nl"
    open_form(page, site_url, form="good-conversation")
    assert page.evaluate("window.Gesprekswijzer.forms[0].autosave.key") == (
        "gesprekswijzer:v1:/:good-conversation:en"
    )


def test_a_second_tab_never_silently_overwrites_the_first(context: Any, site_url: str) -> None:
    first, second = context.new_page(), context.new_page()
    open_form(first, site_url)
    open_form(second, site_url)
    first.fill("#gw-about--name", "From the first tab")
    wait_saved(first)
    second.wait_for_selector("[data-gw-conflict]", state="visible")
    assert "changed in another tab" in second.text_content("[data-gw-conflict]")
    second.fill("#gw-about--name", "From the second tab")
    second.wait_for_timeout(500)
    first.reload()
    first.wait_for_function("window.Gesprekswijzer.forms.length === 1")
    assert first.input_value("#gw-about--name") == "From the first tab"
    second.click("[data-gw-conflict-keep]")
    assert second.is_hidden("[data-gw-conflict]")
    first.wait_for_selector("[data-gw-conflict]", state="visible")
    first.click("[data-gw-conflict-load]")
    assert first.input_value("#gw-about--name") == "From the second tab"
    assert "version from the other tab is loaded" in first.text_content(SAVED)


def test_a_conflict_is_found_before_saving_without_a_storage_event(
    context: Any, site_url: str
) -> None:
    page = context.new_page()
    open_form(page, site_url)
    key = page.evaluate("window.Gesprekswijzer.forms[0].autosave.revKey")
    # Another tab's write whose storage event never arrived (the event is not guaranteed).
    page.evaluate(f"localStorage.setItem({key!r}, '7')")
    page.fill("#gw-about--name", "Mine")
    page.wait_for_selector("[data-gw-conflict]", state="visible")
    assert page.evaluate(f"localStorage.getItem({key!r})") == "7"


def test_the_form_works_when_storage_is_full(browser: Any, guard: Any, origin: str) -> None:
    context = browser.new_context(accept_downloads=True)
    guard.install(context)
    context.add_init_script(
        "Storage.prototype.setItem = function () {"
        " throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };"
    )
    page = context.new_page()
    try:
        open_form(page, origin)
        notice = page.locator("[data-gw-autosave-off]")
        assert notice.is_visible()
        assert "Autosave is off" in notice.text_content()
        assert "Export" in notice.text_content()
        page.fill("#gw-about--name", "Still works")
        page.check('[data-gw-theme="wellbeing"]')
        page.fill(question("wellbeing-energy"), "An answer")
        assert state(page)["values"]["wellbeing-energy"] == "An answer"
        with page.expect_download() as info:
            page.click("[data-gw-export]")
        assert info.value.suggested_filename.startswith("employee-annual-")
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
        page.wait_for_function("window.Gesprekswijzer && window.Gesprekswijzer.forms.length === 1")
        assert "does not let this page store" in page.text_content("[data-gw-autosave-off]")
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
    page.wait_for_function("window.Gesprekswijzer.forms.length === 1")
    assert page.input_value("#gw-about--name") == "Sam"
    legacy = page.locator("#gw-legacy")
    assert legacy.is_visible()
    assert "Still my words" in legacy.text_content()
    assert "An old item" in legacy.text_content()
