"""Helpers for the form tests: open a form page, fill it, export, import, print."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "site_templates" / "assets" / "javascripts" / "gesprekswijzer"
STRINGS = REPO / "site_templates" / "forms" / "strings.yml"
FORM = "employee-annual"
SAVED = "[data-gw-save-status]"


def form_url(origin: str, form: str = FORM, language: str = "en") -> str:
    return f"{origin}/{language}/forms/{form}.html"


def open_form(
    page: Any, origin: str, form: str = FORM, language: str = "en", unfold: bool = True
) -> None:
    """Open a form; with unfold, click "Show all sections" as a user filling it all would."""
    page.goto(form_url(origin, form, language))
    wait_started(page)
    if unfold:
        show_all_sections(page)


def wait_started(page: Any) -> None:
    page.wait_for_function(
        "() => window.Gesprekswijzer && window.Gesprekswijzer.forms.length === 1"
    )


def show_all_sections(page: Any) -> None:
    """Open every folded section through the "Show all sections" button, if any is folded."""
    button = page.locator("[data-gw-fold-all]")
    if button.count() and button.get_attribute("aria-expanded") == "false":
        button.click()
    page.wait_for_function("() => !document.querySelector('.gw-section--folded')")


def wait_saved(page: Any) -> None:
    """Wait until every pending autosave has run."""
    page.wait_for_function(
        "() => { const a = window.Gesprekswijzer.forms[0].autosave;"
        " return !a.dirty && !a.schedule.pending(); }"
    )


def wait_print_view(page: Any) -> None:
    page.wait_for_function("() => !window.Gesprekswijzer.forms[0].printView.schedule.pending()")


def choose_theme(page: Any, theme: str) -> None:
    page.check(f'[data-gw-theme="{theme}"]')


def question(question_id: str) -> str:
    return f"#gw-q--{question_id}"


def fill_basic(page: Any) -> dict[str, str]:
    """Fill a representative set of fields; returns the values by field id."""
    values = {
        "about.name": "Sam de Vries",
        "about.date": "2027-03-12",
        "check-in.how-are-you": "Busy but good.\nThe new team is settling in.",
        "wellbeing-energy": "Working with students.",
    }
    page.fill("#gw-about--name", values["about.name"])
    page.fill("#gw-about--date", values["about.date"])
    page.fill("#gw-check-in--how-are-you", values["check-in.how-are-you"])
    choose_theme(page, "wellbeing")
    page.fill(question("wellbeing-energy"), values["wellbeing-energy"])
    page.fill('[data-gw-list="agenda"] [data-gw-item-field="text"] >> nth=0', "Workload")
    page.click('[data-gw-list="agenda"] [data-gw-list-add]')
    page.keyboard.type("Training budget")
    return values


def export(page: Any, tmp_path: Path, name: str = "export.json") -> dict[str, Any]:
    """Click Export; returns the downloaded file's data (also saved to tmp_path/name)."""
    with page.expect_download() as info:
        page.click("[data-gw-export]")
    download = info.value
    target = tmp_path / name
    download.save_as(target)
    data: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    data["_filename"] = download.suggested_filename
    return data


def import_file(page: Any, path: Path) -> None:
    """Choose a file and load it; waits for the outcome: done, refused or a question."""
    open_action(page, "gw-import")
    page.set_input_files("#gw-import-file", str(path))
    page.click("[data-gw-import]")
    page.wait_for_selector(
        "[data-gw-import-status]:not(:empty), [data-gw-import-error]:not([hidden]),"
        " [data-gw-import-confirm]:not([hidden])"
    )


def open_action(page: Any, module: str) -> None:
    """Unfold one of the actions that fold to their title (open a file, copy, calendar)."""
    details = page.locator(f'details[data-module="{module}"]')
    if not details.evaluate("element => element.open"):
        details.locator("summary").click()


def state(page: Any) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(
        "JSON.parse(JSON.stringify(window.Gesprekswijzer.forms[0].state))"
    )
    return result


def pdf_text(page: Any) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return "\n".join(page_.extract_text() or "" for page_ in reader.pages)


def folded(text: str) -> str:
    return " ".join(text.split())


def answers_file(answers: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "gesprekswijzer-answers",
        "format_version": 1,
        "form": {"id": FORM, "version": 1, "title": "My preparation for the annual conversation"},
        "language": "en",
        "content_version": "2026.11.0",
        "exported_at": "2026-01-15T10:00:00Z",
        "themes": [],
        "answers": answers,
    }
    data.update(overrides)
    return data


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
