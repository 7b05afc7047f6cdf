"""Each section kind's layout as the form scripts read it: what differs from a plain
section, and the role each field plays, from the one table in generator.sectionkinds.

``python3 -m generator.kindlayout`` prints every kind's layout with bare fields (a
field's label is its name): what the scripts' Node tests load. Like the table, this
needs nothing beyond Python itself.
"""

from __future__ import annotations

import json
from typing import Any

from generator.sectionkinds import KINDS, Carry, Column, FieldSpec, SectionKind

_LAYOUT_DEFAULTS = SectionKind("")
# The kind's settings that the scripts read as they are, when not the default.
_SETTINGS = (
    "print",
    "items_print",
    "on_blank_sheet",
    "blank_lines",
    "main",
    "take_over",
    "joins_record",
    "keeps_origin",
    "perspective",
    "calendar",
)


def layout(kind: SectionKind) -> dict[str, Any]:
    """What the scripts know of a kind besides its fields' labels: only what differs
    from a plain section, so that every form page carries little."""
    data: dict[str, Any] = {
        name: getattr(kind, name)
        for name in _SETTINGS
        if getattr(kind, name) != getattr(_LAYOUT_DEFAULTS, name)
    }
    if kind.line:
        data["line"] = list(kind.line)
    if kind.table:
        data["table"] = [_column(column) for column in kind.table]
    if kind.carries:
        data["carries"] = [_carry(carry) for carry in kind.carries]
    specs = kind.fields + kind.items
    roles = {spec.role: spec.name for spec in specs if spec.role}
    if roles:
        data["roles"] = roles
    prefill = {
        spec.name: [list(source) for source in spec.prefill] for spec in specs if spec.prefill
    }
    if prefill:
        data["prefill"] = prefill
    return data


def _column(column: Column) -> dict[str, Any]:
    data: dict[str, Any] = {"title": column.title}
    if column.plain:
        data["plain"] = list(column.plain)
    if column.labelled:
        data["labelled"] = list(column.labelled)
    if column.conditional:
        data["conditional"] = True
    if column.gap != "\n":
        data["gap"] = column.gap
    return data


def _carry(carry: Carry) -> dict[str, Any]:
    data: dict[str, Any] = {"source": carry.source, "fields": [list(pair) for pair in carry.fields]}
    if carry.into:
        data["into"] = carry.into
    if carry.open_until:
        data["open_until"] = carry.open_until
    return data


def layouts() -> dict[str, dict[str, Any]]:
    """Every kind's layout, with its fields' names, controls and conditions (no labels):
    what the scripts' Node tests load, as the pages get it with labels added."""
    out = {}
    for kind in KINDS:
        data = layout(kind)
        data["fields"] = [_bare_field(spec) for spec in kind.items]
        out[kind.name] = data
    return out


def _bare_field(spec: FieldSpec) -> dict[str, Any]:
    data: dict[str, Any] = {"id": spec.name, "label": spec.name, "control": spec.control}
    if spec.choices:
        data["choices"] = [{"value": value, "label": value} for value in spec.choices]
    if spec.default:
        data["default"] = spec.default
    if spec.when:
        data["when"] = {"field": spec.when[0], "value": spec.when[1]}
    if spec.format:
        data["format"] = spec.format
    return data


if __name__ == "__main__":
    print(json.dumps(layouts(), indent=1, ensure_ascii=False))
