"""Export and import of the answers file: round trip, schema, and every refusal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.forms.helpers import (
    answers_file,
    export,
    fill_basic,
    import_file,
    open_action,
    open_form,
    question,
    state,
    wait_print_view,
    wait_started,
    write_json,
)

pytestmark = pytest.mark.browser
SCHEMA = Path(__file__).resolve().parents[2] / "generator" / "schemas" / "answers.schema.json"
PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
ERROR = "[data-gw-import-error]"
BROKEN_IMAGE_FAILED = """() => new Promise(resolve => {
  const probe = new Image();
  probe.onerror = resolve;
  probe.src = 'x';
})"""


def without_time(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key not in ("exported_at", "_filename")}


def fill_everything(page: Any) -> None:
    fill_basic(page)
    page.fill("#gw-about--other-party", "Noor")
    page.fill('[data-gw-list="examples"] [data-gw-item-field="what"] >> nth=0', "Ran the intake")
    agreements = '[data-gw-list="agreements"]'
    page.check(f"{agreements} [value=directional] >> nth=0")
    page.fill(f"{agreements} [data-gw-item-field=outcome] >> nth=0", "Grow as a trainer")
    page.fill(f"{agreements} [data-gw-item-field=direction] >> nth=0", "Train new staff")
    page.fill('[data-gw-list="follow-up"] [data-gw-item-field="date"] >> nth=0', "2027-06-01")


def test_export_clear_import_gives_the_same_file(
    page: Any, origin: str, tmp_path: Path, page_errors: list[str]
) -> None:
    open_form(page, origin)
    fill_everything(page)
    first = export(page, tmp_path, "first.json")
    assert first["_filename"].startswith("annual-conversation-preparation-sam-de-vries-")
    assert first["_filename"].endswith(".json")
    page.click("[data-gw-clear]")
    page.click("[data-gw-clear-yes]")
    assert page.input_value("#gw-about--name") == ""
    import_file(page, tmp_path / "first.json")
    assert "answers loaded from the file" in page.text_content("[data-gw-import-status]")
    assert page.input_value(question("wellbeing-energy")) == "Working with students."
    second = export(page, tmp_path, "second.json")
    assert without_time(second) == without_time(first)
    assert page_errors == []


def test_the_export_matches_the_schema_and_documented_ids(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    open_form(page, site_url)
    fill_everything(page)
    data = export(page, tmp_path)
    data.pop("_filename")
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert data["format"] == "gesprekswijzer-answers" and data["format_version"] == 2
    assert data["form"] == {
        "id": "employee-annual",
        "version": 1,
        "title": "My preparation for the annual conversation",
        "author": "employee",
    }
    assert data["language"] == "en" and data["content_version"] == "2026.11.0"
    answers = data["answers"]
    assert answers["check-in.how-are-you"]["question"] == "How are you, really?"
    assert answers["wellbeing-energy"]["theme"] == "wellbeing"
    assert [item["text"] for item in answers["agenda"]["answer"]] == ["Workload", "Training budget"]
    assert answers["agreements"]["answer"][0]["type"] == "directional"
    assert data["themes"] == ["wellbeing"]


def test_import_asks_before_replacing_answers(page: Any, site_url: str, tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "file.json",
        answers_file({"about.name": {"question": "Your name", "answer": "From the file"}}),
    )
    open_form(page, site_url)
    page.fill("#gw-about--name", "Typed here")
    import_file(page, path)
    panel = page.locator("[data-gw-import-confirm]")
    assert panel.is_visible()
    summary = page.text_content("[data-gw-import-summary]")
    assert (
        "My preparation for the annual conversation" in summary
        and "1 answer" in summary
        and "1 answers" not in summary
    )
    assert "15 January 2026" in summary
    page.click("[data-gw-import-no]")
    assert page.input_value("#gw-about--name") == "Typed here"
    import_file(page, path)
    page.click("[data-gw-import-yes]")
    assert page.input_value("#gw-about--name") == "From the file"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{ this is not json", "not a valid JSON file"),
        (json.dumps({"hello": "world"}), "not a file with answers"),
        (
            json.dumps(answers_file({}, form={"id": "manager-preparation"})),
            "belongs to the form 'Preparation for the manager', not to this form "
            "('My preparation for the annual conversation')",
        ),
        (json.dumps(answers_file({}, format_version=99)), "made by a newer version"),
        (json.dumps(answers_file({"about.name": {"answer": ["not", "text"]}})), "damaged"),
        (json.dumps(answers_file({"about.name": {"answer": 12}})), "damaged"),
    ],
    ids=["malformed", "not-answers", "other-form", "newer", "wrong-type", "number"],
)
def test_bad_files_are_refused_and_change_nothing(
    page: Any, site_url: str, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    open_form(page, site_url)
    page.fill("#gw-about--name", "Unchanged")
    before = state(page)
    import_file(page, path)
    page.wait_for_selector(ERROR, state="visible")
    assert message in page.text_content(ERROR)
    assert page.get_attribute(ERROR, "role") == "alert"
    assert page.locator("[data-gw-import-confirm]").is_hidden()
    assert state(page) == before


def test_a_5_mb_file_is_refused_without_reading_it(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(answers_file({"x": {"answer": "a" * (5 * 1024 * 1024)}})))
    open_form(page, site_url)
    page.fill("#gw-about--name", "Unchanged")
    import_file(page, path)
    page.wait_for_selector(ERROR, state="visible")
    assert "at most 2 MB" in page.text_content(ERROR)
    assert page.input_value("#gw-about--name") == "Unchanged"


def test_answers_to_removed_questions_are_kept_and_shown(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    path = write_json(
        tmp_path / "old.json",
        answers_file(
            {
                "wellbeing-energy": {
                    "question": "Energy?",
                    "answer": "Still here",
                    "theme": "wellbeing",
                },
                "retired-question": {
                    "question": "A question we removed",
                    "answer": "Kept\nin full",
                },
            }
        ),
    )
    open_form(page, site_url)
    import_file(page, path)
    legacy = page.locator("#gw-legacy")
    assert legacy.is_visible()
    assert "no longer in this form" in legacy.text_content()
    assert "A question we removed" in legacy.text_content()
    assert "Kept\nin full" in legacy.locator(".gw-readonly__text").first.text_content()
    assert page.is_checked('[data-gw-theme="wellbeing"]')
    data = export(page, tmp_path)
    assert data["answers"]["retired-question"]["answer"] == "Kept\nin full"
    page.reload()
    wait_started(page)
    assert page.locator("#gw-legacy").is_visible()


def test_a_file_carrying_script_is_shown_as_text_and_never_runs(
    page: Any, origin: str, tmp_path: Path
) -> None:
    path = write_json(
        tmp_path / "evil.json",
        answers_file(
            {
                "about.name": {"question": PAYLOAD, "answer": PAYLOAD},
                "wellbeing-energy": {"question": PAYLOAD, "answer": PAYLOAD},
                "agenda": {
                    "question": PAYLOAD,
                    "answer": [{"text": PAYLOAD}],
                    "item_labels": {"text": PAYLOAD},
                },
                "gone-question": {"question": PAYLOAD, "answer": PAYLOAD},
            },
            form={"id": "employee-annual", "title": PAYLOAD},
            themes=["wellbeing"],
        ),
    )
    open_form(page, origin)
    import_file(page, path)
    page.wait_for_selector("#gw-legacy", state="visible")
    # Markup in the file, had it become elements, would have run its script at once and
    # started loading the broken image; wait until an image with that source, started
    # only now, has failed, so the payload's onerror would have had its turn.
    page.evaluate(BROKEN_IMAGE_FAILED)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.input_value("#gw-about--name") == PAYLOAD
    assert page.input_value(question("wellbeing-energy")) == PAYLOAD
    assert PAYLOAD in page.text_content("#gw-legacy")
    assert page.locator("#gw-legacy img, #gw-legacy script, .gw-print img").count() == 0
    # The print view is rebuilt a moment after the import; wait for that, not the clock.
    wait_print_view(page)
    page.emulate_media(media="print")
    assert PAYLOAD in page.text_content(".gw-print")
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_private_answers_stay_out_of_the_export(page: Any, site_url: str, tmp_path: Path) -> None:
    open_form(page, site_url)
    fill_basic(page)
    page.check('[data-gw-private="theme:wellbeing"]')
    page.check('[data-gw-private="check-in.how-are-you"]')
    page.check('[data-gw-private="agenda"]')
    data = export(page, tmp_path)
    assert "wellbeing-energy" not in data["answers"]
    assert "check-in.how-are-you" not in data["answers"]
    assert "agenda" not in data["answers"]
    assert "Working with students" not in json.dumps(data)
    assert data["answers"]["about.name"]["answer"] == "Sam de Vries"


def test_text_the_screen_hides_never_leaves_the_page(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    """SMART parts typed before switching to 'directional' stay on the device only."""
    page.add_init_script(
        "Object.defineProperty(navigator, 'clipboard', { value: { writeText: () =>"
        " Promise.reject(new DOMException('denied', 'NotAllowedError')) } });"
    )
    open_form(page, site_url)
    agreements = '[data-gw-list="agreements"]'
    page.fill(f"{agreements} [data-gw-item-field=outcome] >> nth=0", "Grow as a trainer")
    page.fill(f"{agreements} [data-gw-item-field=specific] >> nth=0", "HIDDEN-SMART-TEXT")
    page.check(f"{agreements} [value=directional] >> nth=0")
    page.fill(f"{agreements} [data-gw-item-field=direction] >> nth=0", "Train new staff")
    data = export(page, tmp_path)
    assert "HIDDEN-SMART-TEXT" not in json.dumps(data)
    assert data["answers"]["agreements"]["answer"][0]["direction"] == "Train new staff"
    open_action(page, "gw-copy")
    page.click('[data-gw-copy="text"]')
    page.wait_for_selector("[data-gw-copy-fallback]", state="visible")
    copied = page.input_value("#gw-copy-text")
    assert "Train new staff" in copied and "HIDDEN-SMART-TEXT" not in copied
    wait_print_view(page)
    page.emulate_media(media="print")
    printed = page.text_content(".gw-print")
    assert "Train new staff" in printed and "HIDDEN-SMART-TEXT" not in printed
    page.emulate_media(media="screen")
    page.check(f"{agreements} [value=smart] >> nth=0")
    specific = f"{agreements} [data-gw-item-field=specific] >> nth=0"
    assert page.input_value(specific) == "HIDDEN-SMART-TEXT", "typed text is never lost"


def test_a_version_1_record_imports_with_every_answer_kept(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    answers = {
        "about.name": {"question": "Your name", "answer": "Sam", "section": "about"},
        "remarks.employee": {"question": "The employee's remarks", "answer": "Fine."},
        "remarks.signed": {"question": "I have read the record (signed as seen)", "answer": True},
        "agreements": {
            "question": "Agreements",
            "answer": [{"type": "smart", "outcome": "Finish the course"}],
            "section": "agreements",
        },
    }
    old = answers_file(answers, form={"id": "conversation-record", "version": 1})
    path = write_json(tmp_path / "record-v1.json", old)
    open_form(page, site_url, form="conversation-record")
    import_file(page, path)
    assert "4 answers loaded" in page.text_content("[data-gw-import-status]")
    assert page.input_value("#gw-remarks--employee") == "Fine."
    outcome = '[data-gw-list="agreements"] [data-gw-item-field=outcome] >> nth=0'
    assert page.input_value(outcome) == "Finish the course"
    legacy = page.locator("#gw-legacy").text_content()
    assert "Your name" in legacy and "I have read the record (signed as seen)" in legacy
    data = export(page, tmp_path)
    assert data["format_version"] == 2
    assert set(answers) <= set(data["answers"])
    assert data["answers"]["remarks.signed"]["answer"] is True
    jsonschema.validate(
        {k: v for k, v in data.items() if k != "_filename"},
        json.loads(SCHEMA.read_text(encoding="utf-8")),
    )
