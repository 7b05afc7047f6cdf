"""The whole conversation cycle, from disk, as two people would walk it.

The employee prepares and exports; the manager prepares, opens the employee's file and
takes over an agenda item; the record opens both files, is completed, signed and
exported; its PDF has both names, the signature block and the fingerprint; next year's
preparation opens the record and lists last year's agreements.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.forms.helpers import STRINGS, export, folded, open_form, pdf_text, wait_print_view
from tests.support.browser import axe_violations, describe_violations

pytestmark = pytest.mark.browser
FINGERPRINT = re.compile(r"[0-9A-F]{4}-[0-9A-F]{4}")
# Names with an underscore: "cancel" could be an ordinary word.
STRING_NAMES = re.compile(
    r"\b("
    + "|".join(name for name in yaml.safe_load(STRINGS.read_text(encoding="utf-8")) if "_" in name)
    + r")\b"
)


def item(list_id: str, field: str, index: int = 0) -> str:
    return f'[data-gw-list="{list_id}"] [data-gw-item-field="{field}"] >> nth={index}'


def assert_accessible(page: Any) -> None:
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)


def assert_worded(page: Any) -> None:
    """No string's name on screen or in the print view: a script that asks for a string
    the page lacks shows its name instead (the bundle carries only what scripts name)."""
    text = page.evaluate(
        "() => document.body.innerText + '\\n' +"
        " document.querySelector('[data-module~=gw-print-view]').textContent"
    )
    assert STRING_NAMES.findall(text) == []


def settled_fingerprint(page: Any) -> str:
    """The fingerprint on screen, once it shows the record as it is now."""
    page.wait_for_function(
        "() => { const GW = window.Gesprekswijzer;"
        " return document.querySelector('[data-gw-fingerprint]').textContent"
        " === GW.Record.fingerprint(GW.forms[0]); }"
    )
    text: str = page.text_content("[data-gw-fingerprint]").strip()
    return text


def employee_prepares(page: Any, origin: str, tmp_path: Path) -> Path:
    open_form(page, origin, "employee-annual", "nl")
    page.fill("#gw-about--name", "Sam de Vries")
    page.fill("#gw-about--role", "Beleidsadviseur")
    page.fill("#gw-about--date", "2027-03-12")
    page.fill("#gw-about--other-party", "Noor Bakker")
    page.fill(item("agenda", "text"), "Werkdruk in het voorjaar")
    agreements = '[data-gw-list="agreements"]'
    page.fill(item("agreements", "outcome"), "Cursus projectleiding volgen")
    page.fill(item("agreements", "specific"), "Verborgen SMART-tekst")
    page.check(f"{agreements} [value=directional] >> nth=0")
    page.fill(item("agreements", "direction"), "Meer projecten trekken")
    page.check(f"{agreements} [value=employee] >> nth=0")
    page.fill(item("agreements", "date"), "2027-09-01")
    data = export(page, tmp_path, "employee.json")
    assert data["_filename"].startswith("jaargesprek-voorbereiding-sam-de-vries-")
    assert data["format_version"] == 2 and data["form"]["author"] == "employee"
    agreement = data["answers"]["agreements"]["answer"][0]
    assert "specific" not in agreement, "SMART text hidden by 'directional' left the page"
    return tmp_path / "employee.json"


def manager_prepares(page: Any, origin: str, tmp_path: Path, employee_file: Path) -> Path:
    open_form(page, origin, "manager-preparation", "nl")
    page.fill("#gw-about--name", "Noor Bakker")
    page.fill("#gw-about--role", "Teamleider")
    page.fill(item("agenda", "text"), "Rol in het nieuwe team")
    page.set_input_files("#gw-employee-file--file", str(employee_file))
    page.click("[data-gw-file-open]")
    view = page.locator("[data-gw-file-view]")
    view.wait_for(state="visible")
    text = folded(view.inner_text())
    assert "Naam medewerker" in text and "Sam de Vries" in text
    assert "Leidinggevende" in text and "Noor Bakker" in text
    assert "12 maart 2027" in text and "2027-03-12" not in text
    assert "Richtinggevende afspraak" in text and "directional" not in text
    assert "De medewerker" in text and "1 september 2027" in text
    assert "Verborgen SMART-tekst" not in text
    assert_accessible(page)
    assert_worded(page)
    page.click("[data-gw-file-view] button:has-text('Zet op mijn agenda')")
    page.wait_for_selector("[data-gw-file-view] .gw-readonly__taken:visible")
    agenda = page.locator('[data-gw-list="agenda"] [data-gw-item]')
    assert agenda.count() == 2
    assert page.input_value(item("agenda", "text", 1)) == "Werkdruk in het voorjaar"
    assert "Ingebracht door de medewerker" in agenda.nth(1).inner_text()
    data = export(page, tmp_path, "manager.json")
    assert data["_filename"].startswith("jaargesprek-voorbereiding-leidinggevende-sam-de-vries-")
    raised = [entry.get("raised_by") for entry in data["answers"]["agenda"]["answer"]]
    assert raised == [None, "employee"]
    return tmp_path / "manager.json"


def record_is_made(page: Any, origin: str, tmp_path: Path, files: tuple[Path, Path]) -> Path:
    open_form(page, origin, "conversation-record", "nl")
    assert page.locator("[data-gw-private]").count() == 0, "the record has no private marks"
    page.set_input_files("#gw-preparations--employee", str(files[0]))
    page.set_input_files("#gw-preparations--manager", str(files[1]))
    page.click("[data-module~=gw-preparations] [data-gw-file-open]")
    page.wait_for_selector("[data-module~=gw-preparations] [data-gw-file-status]:not(:empty)")
    assert page.input_value("#gw-parties--employee-name") == "Sam de Vries"
    assert page.input_value("#gw-parties--manager-name") == "Noor Bakker"
    assert page.input_value("#gw-parties--manager-role") == "Teamleider"
    assert page.input_value("#gw-parties--date") == "12-3-2027"
    agenda = page.locator('[data-gw-list="agenda"] [data-gw-item]')
    assert agenda.count() == 2, "the item the manager took over is on the agenda once"
    assert "Ingebracht door de medewerker" in agenda.nth(0).inner_text()
    assert "Ingebracht door de leidinggevende" in agenda.nth(1).inner_text()
    assert page.input_value(item("agreements", "outcome")) == "Cursus projectleiding volgen"
    assert_accessible(page)
    assert_worded(page)
    page.fill("#gw-parties--period", "2026")
    page.fill("#gw-remarks--employee", "Fijn gesprek.")
    page.fill(item("follow-up", "date"), "2099-06-01")
    page.fill(item("follow-up", "note"), "Voortgang cursus bespreken")
    fingerprint = settled_fingerprint(page)
    assert FINGERPRINT.fullmatch(fingerprint)
    page.click('[data-gw-signature="signatures.employee"] [data-gw-sign]')
    page.click('[data-gw-signature="signatures.manager"] [data-gw-sign]')
    status = page.text_content(
        '[data-gw-signature="signatures.employee"] [data-gw-signature-status]'
    )
    assert "Voor gezien getekend door Sam de Vries" in status and fingerprint in status
    assert page.text_content("[data-gw-fingerprint]").strip() == fingerprint
    assert_accessible(page)
    assert_worded(page)
    data = export(page, tmp_path, "record.json")
    assert data["_filename"].startswith("jaargesprek-verslag-sam-de-vries-")
    assert data["fingerprint"] == fingerprint
    assert data["answers"]["remarks.employee"]["answer"] == "Fijn gesprek."
    wait_print_view(page)
    pdf = folded(pdf_text(page))
    for text in ("Naam medewerker", "Sam de Vries", "Naam leidinggevende", "Noor Bakker"):
        assert text in pdf
    assert "Handtekeningen" in pdf and "Handtekening" in pdf
    assert f"Vingerafdruk van het verslag: {fingerprint}" in pdf
    assert "ingebracht door de medewerker" in pdf
    return tmp_path / "record.json"


def next_year_looks_back(page: Any, origin: str, record: Path) -> None:
    open_form(page, origin, "employee-annual", "en")
    page.set_input_files("#gw-look-back--record", str(record))
    page.click("[data-module~=gw-look-back] [data-gw-file-open]")
    page.wait_for_selector("[data-module~=gw-look-back] [data-gw-file-status]:not(:empty)")
    items = page.locator('[data-gw-list="look-back"] [data-gw-item]')
    assert items.count() == 1
    text = folded(items.nth(0).inner_text())
    assert "Cursus projectleiding volgen" in text and "Meer projecten trekken" in text
    assert "The employee" in text and "1 September 2027" in text
    items.nth(0).locator("[value=partly]").check()
    items.nth(0).locator("textarea").fill("Half of the course done.")
    agenda = page.locator('[data-gw-list="agenda"] [data-gw-item]')
    assert "Voortgang cursus bespreken" in [
        agenda.nth(i).locator("textarea").input_value() for i in range(agenda.count())
    ]
    assert "From last year's record" in agenda.last.inner_text()
    assert_accessible(page)
    assert_worded(page)


def test_the_whole_cycle_from_disk(
    page: Any, built_site: Path, tmp_path: Path, page_errors: list[str]
) -> None:
    origin = built_site.resolve().as_uri()
    employee = employee_prepares(page, origin, tmp_path)
    manager = manager_prepares(page, origin, tmp_path, employee)
    record = record_is_made(page, origin, tmp_path, (employee, manager))
    next_year_looks_back(page, origin, record)
    assert page_errors == [], page_errors[:6]
