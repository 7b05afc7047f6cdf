"""The one table of section kinds (generator/sectionkinds.py) and what comes from it."""

from __future__ import annotations

import json
import re

import yaml

from generator import LANGUAGES
from generator.schema import schema_for
from generator.sectionkinds import KIND_BY_NAME, KIND_NAMES, KINDS, FieldSpec, SectionKind
from tests.forms.helpers import REPO, SCRIPTS, STRINGS

SECTIONS = REPO / "site_templates" / "forms" / "sections.html.j2"
ROLES = {
    "own-name",
    "own-role",
    "other-name",
    "employee-name",
    "employee-role",
    "manager-name",
    "manager-role",
    "conversation-date",
    "due",
}


def _names(specs: tuple[FieldSpec, ...]) -> set[str]:
    return {spec.name for spec in specs}


def _string_keys(kind: SectionKind) -> set[str]:
    """The strings a kind needs: its section's, its list's, and each field's and choice's."""
    flat = kind.name.replace("-", "_")
    keys = {f"section_{flat}_title", f"section_{flat}_intro"}
    if kind.is_list:
        keys.add(f"item_{flat}")
    if kind.is_list and not kind.fixed:
        keys.add(f"add_{flat}")
    if kind.take_over:
        keys.add(f"take_over_{flat}")
    for spec in kind.fields + kind.items:
        keys.add(f"field_{flat}_{spec.name.replace('-', '_')}")
        keys |= {f"choice_{spec.name}_{value}".replace("-", "_") for value in spec.choices}
        keys |= {spec.meta} - {""}
    return keys | {column.title for column in kind.table}


def test_the_form_schema_offers_exactly_the_kinds_of_the_table() -> None:
    kind = schema_for("form")["$defs"]["section"]["properties"]["kind"]
    assert kind["enum"] == list(KIND_NAMES)
    committed = json.loads((REPO / "generator" / "schemas" / "form.schema.json").read_text("utf-8"))
    assert "enum" not in committed["$defs"]["section"]["properties"]["kind"], "a second list"


def test_every_kind_has_its_strings_in_both_languages() -> None:
    strings = yaml.safe_load(STRINGS.read_text(encoding="utf-8"))
    for kind in KINDS:
        missing = sorted(
            key for key in _string_keys(kind) if set(strings.get(key, {})) != set(LANGUAGES)
        )
        assert not missing, f"{kind.name}: {missing}"


def test_the_layout_names_only_fields_roles_and_kinds_that_exist() -> None:
    declared = {spec.role for kind in KINDS for spec in kind.fields + kind.items} - {""}
    assert declared <= ROLES, sorted(declared - ROLES)
    for kind in KINDS:
        items = _names(kind.items)
        named = set(kind.line) | {kind.main} - {""}
        for column in kind.table:
            named |= set(column.plain) | set(column.labelled)
        assert named <= items, f"{kind.name}: {sorted(named - items)}"
        assert kind.print in {"answers", "meta", "signatures"}, kind.name
        assert kind.items_print in {"records", "lines", "table"}, kind.name
        assert bool(kind.line) == (kind.items_print == "lines"), kind.name
        assert bool(kind.table) == (kind.items_print == "table"), kind.name
        assert kind.calendar in {"", "conversation", "items"}, kind.name
        assert not (kind.take_over or kind.joins_record) or kind.main, kind.name
        roles = [spec.role for spec in kind.fields + kind.items if spec.role]
        assert len(roles) == len(set(roles)), f"{kind.name}: a role twice"
        for spec in kind.fields + kind.items:
            assert {role for _side, role in spec.prefill} <= declared, spec.name
            assert {side for side, _role in spec.prefill} <= {"employee", "manager"}, spec.name
        for carry in kind.carries:
            source = KIND_BY_NAME[carry.source]
            into = KIND_BY_NAME[carry.into] if carry.into else kind
            assert source.is_list and into.is_list, kind.name
            assert {new for new, _old in carry.fields} <= _names(into.items), kind.name
            assert {old for _new, old in carry.fields} - {""} <= _names(source.items), kind.name


def test_the_templates_draw_every_part_the_table_names() -> None:
    drawn = set(
        re.findall(r'^\s*"(\w+)": \w+,$', SECTIONS.read_text(encoding="utf-8"), re.MULTILINE)
    )
    named = {kind.part for kind in KINDS} - {""}
    assert named == drawn, (sorted(named - drawn), sorted(drawn - named))


def test_no_script_branches_on_a_kinds_name() -> None:
    """The scripts read a kind's layout; a kind's name only ever travels as data."""
    kinds = "|".join(re.escape(name) for name in KIND_NAMES)
    patterns = (
        rf"kind\s*[!=]==?\s*'({kinds})'",  # section.kind === 'agenda'
        rf"'({kinds})'\s*[!=]==?\s*[\w.]*kind\b",  # 'agenda' === kind
        r"OfKind\('",  # listOfKind('agenda')
        rf"kinds(\.|\[')({kinds.replace('-', '_')}|{kinds})\b",  # kinds.agreements
        rf"\[\s*'({kinds})'\s*,",  # ['about', 'parties'].indexOf(kind)
    )
    for script in SCRIPTS.glob("*.js"):
        text = script.read_text(encoding="utf-8")
        for pattern in patterns:
            found = re.search(pattern, text)
            assert not found, f"{script.name}: {found.group(0) if found else ''}"
