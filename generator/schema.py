"""Validate located YAML data against the JSON Schemas kept in generator/schemas/.

jsonschema's errors are turned into plain-language issues that point at the
exact key or value, with a did-you-mean for misspelt keys.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from generator.located import LocatedDict, LocatedList
from generator.location import Location

TYPE_NAMES = {
    "object": "a mapping (key: value lines)",
    "array": "a list (lines starting with '- ')",
    "string": "a text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "empty",
}


_LOCAL = "#/$defs/"


@dataclass(frozen=True)
class SchemaIssue:
    location: Location
    message: str
    kind: str  # "unknown-key", "wrong-type", "missing-field" or "invalid-value"


@cache
def schema_for(kind: str) -> dict[str, Any]:
    source = resources.files("generator") / "schemas" / f"{kind}.schema.json"
    return json.loads(source.read_text(encoding="utf-8"))


def inline_refs(node: Any, defs: dict[str, Any], seen: frozenset[str] = frozenset()) -> Any:
    """The schema with every local ``$ref`` replaced by the definition it names.

    jsonschema looks a reference up each time it meets one, which was a third of
    the validation time at 100 times the shipped content. A reference that leads
    back into itself is kept as it is.
    """
    if isinstance(node, list):
        return [inline_refs(item, defs, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    name = ref.removeprefix(_LOCAL) if isinstance(ref, str) and ref.startswith(_LOCAL) else None
    if name is not None and name in defs and name not in seen:
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return {**inline_refs(defs[name], defs, seen | {name}), **siblings}
    return {key: inline_refs(value, defs, seen) for key, value in node.items()}


@cache
def _validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = schema_for(kind)
    return jsonschema.Draft202012Validator(inline_refs(schema, schema.get("$defs", {})))


def validate(kind: str, data: Any, display: str) -> list[SchemaIssue]:
    issues = [_describe(error, data, display) for error in _validator(kind).iter_errors(data)]
    return sorted(issues, key=lambda issue: issue.location)


def describe_type(value: Any) -> str:
    if isinstance(value, dict):
        return TYPE_NAMES["object"]
    if isinstance(value, list):
        return TYPE_NAMES["array"]
    if isinstance(value, bool):
        return TYPE_NAMES["boolean"]
    if isinstance(value, int):
        return TYPE_NAMES["integer"]
    if isinstance(value, float):
        return TYPE_NAMES["number"]
    if value is None:
        return TYPE_NAMES["null"]
    if isinstance(value, str):
        return TYPE_NAMES["string"]
    return "a value of another kind"


def _locate(root: Any, path: list[Any], display: str, key: bool = False) -> Location:
    """The location of the value at ``path``, or of its key when ``key`` is true."""
    node, found = root, Location(display)
    for step in path:
        if isinstance(node, LocatedDict) and step in node:
            found = node.value_locations[step]
            if key and step == path[-1]:
                found = node.key_locations[step]
            node = node[step]
        elif isinstance(node, LocatedList) and isinstance(step, int) and step < len(node):
            found, node = node.item_locations[step], node[step]
    if isinstance(node, LocatedDict | LocatedList) and not path:
        return node.location
    return found


def _name(path: list[Any]) -> str:
    keys = [str(step) for step in path if not isinstance(step, int)]
    return f"'{keys[-1]}'" if keys else "the file"


def _describe(error: jsonschema.ValidationError, root: Any, display: str) -> SchemaIssue:
    path = list(error.absolute_path)
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = next(k for k in error.instance if k not in allowed)
        message = f"unknown key '{extra}'"
        close = difflib.get_close_matches(extra, allowed, n=1, cutoff=0.6)
        message += f"; did you mean '{close[0]}'?" if close else f"; allowed: {', '.join(allowed)}"
        return SchemaIssue(_locate(root, [*path, extra], display, key=True), message, "unknown-key")
    if error.validator == "required":
        missing = str(error.message).split("'")[1]
        where = _locate(root, path, display)
        container = f" in {_name(path)}" if path else ""
        return SchemaIssue(where, f"missing key '{missing}'{container}", "missing-field")
    where = _locate(root, path, display)
    if error.validator == "type":
        expected = error.validator_value
        expected_names = [expected] if isinstance(expected, str) else list(expected)
        wanted = " or ".join(TYPE_NAMES.get(t, t) for t in expected_names)
        found = describe_type(error.instance)
        message = f"{_name(path)} must be {wanted}, not {found}"
        return SchemaIssue(where, message, "wrong-type")
    if error.validator == "pattern":
        message = f"{_name(path)} has value '{error.instance}', which is not in the expected form"
        return SchemaIssue(where, message, "invalid-value")
    return SchemaIssue(where, f"{_name(path)}: {error.message}", "invalid-value")
