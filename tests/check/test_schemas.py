"""The content schemas share one definition of a text in both languages, and validate fast."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.schema import schema_check, schema_for

SCHEMAS = Path(__file__).resolve().parents[2] / "generator" / "schemas"
KINDS = sorted(p.name.removesuffix(".schema.json") for p in SCHEMAS.glob("*.schema.json"))
CONTENT_KINDS = [kind for kind in KINDS if kind not in ("text", "answers")]


def test_text_is_defined_once() -> None:
    for kind in KINDS:
        if kind != "text":
            assert "text" not in schema_for(kind).get("$defs", {}), kind
    assert schema_for("text")["properties"] == {"nl": {"type": "string"}, "en": {"type": "string"}}


@pytest.mark.parametrize("kind", CONTENT_KINDS)
def test_texts_refer_to_the_shared_definition(kind: str) -> None:
    source = json.dumps(schema_for(kind))
    assert "#/$defs/text" not in source
    if kind != "retired-ids":  # the only content file without a text in two languages
        assert '"$ref": "text.schema.json"' in source


@pytest.mark.parametrize("kind", KINDS)
def test_the_validator_has_every_reference_inlined(kind: str) -> None:
    assert "$ref" not in json.dumps(schema_check(kind).schema)


# --- the quick check (generator/schemafast.py) -----------------------------------------------

REPO = SCHEMAS.parents[1]
SAMPLES = {
    "theme": "questions/wellbeing.yml",
    "form": "content/forms/conversation-record.yml",
    **{kind: f"content/{kind}.yml" for kind in CONTENT_KINDS if kind not in ("theme", "form")},
}
ODD_VALUES = [
    None,
    True,
    0,
    -1,
    1.5,
    2.0,
    "",
    "x",
    "#1f4e79",
    [],
    ["x"],
    {},
    {"nl": 1},
    {"zz": "x"},
]


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _paths(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [path]
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else []
    )
    for key, item in items:
        found += _paths(item, (*path, key))
    return found


def _variants(data: object) -> list[object]:
    """The document with each value in turn replaced by an odd one, or its key removed."""
    variants = []
    for path in _paths(data)[1:]:
        for odd in [*ODD_VALUES, "DELETE"]:
            copy = json.loads(json.dumps(data))
            parent = copy
            for step in path[:-1]:
                parent = parent[step]
            if odd == "DELETE":
                del parent[path[-1]]
            else:
                parent[path[-1]] = odd
            variants.append(copy)
    return variants


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_the_quick_check_never_passes_what_jsonschema_refuses(kind: str) -> None:
    from generator.yamlsource import load_yaml

    quick, validator = schema_check(kind).quick, schema_check(kind).validator
    assert quick is not None, f"{kind}: the schema uses a keyword the quick check does not know"
    data = _plain(load_yaml(REPO / SAMPLES[kind]).data)
    assert quick(data) and validator.is_valid(data)
    refused = 0
    for variant in _variants(data):
        if quick(variant):
            assert validator.is_valid(variant), variant
        else:
            refused += 1
    assert refused  # the odd values do break the schema somewhere
