"""The content schemas share one definition of a text in both languages, and validate fast."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.schema import _validator, schema_for

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
    assert "$ref" not in json.dumps(_validator(kind).schema)
