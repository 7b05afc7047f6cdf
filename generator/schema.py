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
from typing import TYPE_CHECKING, Any, cast

from generator.located import LocatedDict, LocatedList
from generator.location import Location
from generator.schemafast import Check, compile_schema
from generator.sectionkinds import KIND_NAMES

if TYPE_CHECKING:  # jsonschema is imported only when a file fails the quick check
    import jsonschema

_LOCAL = "#/$defs/"
_SUFFIX = ".schema.json"
_ROOT_ONLY = ("$schema", "$id", "title", "$defs")


@dataclass(frozen=True)
class SchemaIssue:
    """Where a file breaks its format. ``key`` names the message, which the rule for
    the kind words in both languages; ``values`` fill it in. A ``name`` value is
    the key concerned, or "" for the file as a whole."""

    location: Location
    kind: str  # "unknown-key", "wrong-type", "missing-field" or "invalid-value"
    key: str
    values: tuple[tuple[str, Any], ...] = ()


def _issue(location: Location, kind: str, key: str, /, **values: Any) -> SchemaIssue:
    return SchemaIssue(location, kind, key, tuple(values.items()))


@cache
def schema_for(kind: str) -> dict[str, Any]:
    source = resources.files("generator") / "schemas" / f"{kind}.schema.json"
    schema: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    if kind == "form":
        _offer_section_kinds(schema)
    return schema


def _offer_section_kinds(schema: dict[str, Any]) -> None:
    """A section's kinds are the generator's table of them, not a list kept here too."""
    kind = schema["$defs"]["section"]["properties"]["kind"]
    kind["enum"] = list(KIND_NAMES)
    kind["description"] = "Built-in section kind: " + ", ".join(KIND_NAMES) + "."


def _referenced(ref: str, defs: dict[str, Any]) -> tuple[Any, dict[str, Any]] | None:
    """What a reference names: a definition of this schema (``#/$defs/question``) or a
    shared schema beside it (``text.schema.json``), with the definitions it uses."""
    if ref.startswith(_LOCAL):
        name = ref.removeprefix(_LOCAL)
        return (defs[name], defs) if name in defs else None
    if ref.endswith(_SUFFIX) and "/" not in ref and "#" not in ref:
        shared = schema_for(ref.removesuffix(_SUFFIX))
        body = {key: value for key, value in shared.items() if key not in _ROOT_ONLY}
        return body, shared.get("$defs", {})
    return None


def inline_refs(node: Any, defs: dict[str, Any], seen: frozenset[str] = frozenset()) -> Any:
    """The schema with every reference replaced by what it names.

    jsonschema looks a reference up each time it meets one, which was a third of
    the validation time at 100 times the shipped content. A reference that leads
    back into itself is kept as it is.
    """
    if isinstance(node, list):
        return [inline_refs(item, defs, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    found = _referenced(ref, defs) if isinstance(ref, str) and ref not in seen else None
    if found is not None and isinstance(ref, str):
        target, target_defs = found
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return {**inline_refs(target, target_defs, seen | {ref}), **siblings}
    return {key: inline_refs(value, defs, seen) for key, value in node.items()}


class SchemaCheck:
    """A schema's quick yes/no, and jsonschema's where and why once a document fails it."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.quick: Check | None = compile_schema(schema)
        self._validator: jsonschema.Draft202012Validator | None = None

    @property
    def validator(self) -> jsonschema.Draft202012Validator:
        if self._validator is None:
            import jsonschema

            self._validator = jsonschema.Draft202012Validator(self.schema)
        return self._validator

    def validate(self, data: Any, display: str) -> list[SchemaIssue]:
        """Where ``data``, read from the file ``display``, breaks the schema, in order."""
        if self.quick is not None and self.quick(data):
            return []
        issues = [_describe(error, data, display) for error in self.validator.iter_errors(data)]
        return sorted(issues, key=lambda issue: issue.location)


@cache
def schema_check(kind: str) -> SchemaCheck:
    """The check for one kind of content file, with every reference inlined."""
    schema = schema_for(kind)
    return SchemaCheck(inline_refs(schema, schema.get("$defs", {})))


def validate(kind: str, data: Any, display: str) -> list[SchemaIssue]:
    """Where ``data``, read from the file ``display``, breaks the schema of its kind."""
    return schema_check(kind).validate(data, display)


def type_of(value: Any) -> str:
    """The JSON Schema name of a value's type ("object", "array", "string", ...)."""
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "string"
    return "other"


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
    """The last key on the path, or "" when the path is the file itself."""
    keys = [str(step) for step in path if not isinstance(step, int)]
    return keys[-1] if keys else ""


def _describe(error: jsonschema.ValidationError, root: Any, display: str) -> SchemaIssue:
    path, instance, schema = list(error.absolute_path), cast(Any, error.instance), error.schema
    if error.validator == "additionalProperties":
        allowed = sorted(schema.get("properties", {}) if isinstance(schema, dict) else {})
        extra = next(k for k in instance if isinstance(instance, dict) and k not in allowed)
        where = _locate(root, [*path, extra], display, key=True)
        close = difflib.get_close_matches(extra, allowed, n=1, cutoff=0.6)
        if close:
            return _issue(where, "unknown-key", "unknown-key-close", key=extra, close=close[0])
        return _issue(where, "unknown-key", "unknown-key", key=extra, allowed=", ".join(allowed))
    if error.validator == "required":
        missing = str(error.message).split("'")[1]
        where = _locate(root, path, display)
        return _issue(where, "missing-field", "missing", key=missing, name=_name(path))
    return _describe_value(error, _locate(root, path, display), _name(path), instance)


def _describe_value(
    error: jsonschema.ValidationError, where: Location, name: str, instance: Any
) -> SchemaIssue:
    """A value of the wrong type, or of the right type but not an allowed one."""
    expected: Any = error.validator_value
    if error.validator == "type":
        wanted = (expected,) if isinstance(expected, str) else tuple(expected)
        found = type_of(instance)
        return _issue(where, "wrong-type", "type", name=name, wanted=wanted, found=found)
    value = str(instance)
    if error.validator == "pattern":
        return _issue(where, "invalid-value", "pattern", name=name, value=value)
    if error.validator == "enum":
        choices = ", ".join(str(choice) for choice in expected)
        return _issue(where, "invalid-value", "one-of", name=name, value=value, allowed=choices)
    if error.validator == "minimum":
        return _issue(where, "invalid-value", "minimum", name=name, value=value, minimum=expected)
    return _issue(where, "invalid-value", "invalid", name=name, detail=str(error.message))
