"""A quick yes or no for the usual case: a file that meets its schema.

jsonschema makes a validator object for every part of a schema it descends
into, which made validation the largest cost of ``check`` at 100 times the
shipped content. Nearly every file is valid, so it is tested here first, with
the few keywords the content schemas use. Only a file that fails goes through
jsonschema, which says where and why; so does every file of a schema that uses
another keyword. A "no" here may be wrong (then jsonschema finds nothing); a
"yes" may not, and tests/check/test_schemas.py holds it to that.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]
ANNOTATIONS = frozenset({"description", "title", "$schema", "$id", "$defs", "default", "examples"})


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


TYPES: dict[str, Check] = {
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": _is_number,
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
}


def compile_schema(schema: Any) -> Check | None:
    """A function that says whether a value meets ``schema``, or None if it has other keywords."""
    if not isinstance(schema, dict):
        return None
    checks = []
    for keyword, value in schema.items():
        if keyword in ANNOTATIONS:
            continue
        make = _KEYWORDS.get(keyword)
        check = make(value, schema) if make is not None else None
        if check is None:
            return None
        checks.append(check)
    return _all_of(checks)


def _all_of(checks: list[Check]) -> Check:
    # Plain loops rather than all() over a generator: these run for every value of every
    # file, and at 100 times the shipped content the generators were most of their cost.
    if len(checks) == 1:
        return checks[0]

    def meets(value: Any) -> bool:
        for check in checks:  # noqa: SIM110 (see above: all() was the cost)
            if not check(value):
                return False
        return True

    return meets


def _type(expected: Any, schema: dict[str, Any]) -> Check | None:
    names = [expected] if isinstance(expected, str) else list(expected)
    if not all(name in TYPES for name in names):
        return None
    tests = [TYPES[name] for name in names]
    if len(tests) == 1:
        return tests[0]
    return lambda value: any(test(value) for test in tests)


def _properties(properties: Any, schema: dict[str, Any]) -> Check | None:
    compiled = {name: compile_schema(part) for name, part in properties.items()}
    if any(check is None for check in compiled.values()):
        return None
    found = [(name, check) for name, check in compiled.items() if check is not None]

    def meets(value: Any) -> bool:
        if isinstance(value, dict):
            for name, check in found:
                if name in value and not check(value[name]):
                    return False
        return True

    return meets


def _additional(allowed: Any, schema: dict[str, Any]) -> Check | None:
    """No keys but the named ones (false), or every other key's value meets a schema."""
    if "patternProperties" in schema:
        return None
    names = frozenset(schema.get("properties", {}))
    if allowed is False:
        return lambda value: not isinstance(value, dict) or value.keys() <= names
    check = compile_schema({} if allowed is True else allowed)
    if check is None:
        return None
    return lambda value: (
        not isinstance(value, dict)
        or all(check(item) for name, item in value.items() if name not in names)
    )


def _items(items: Any, schema: dict[str, Any]) -> Check | None:
    check = compile_schema(items)
    if check is None:
        return None

    def meets(value: Any) -> bool:
        if isinstance(value, list):
            for item in value:
                if not check(item):
                    return False
        return True

    return meets


def _enum(choices: Any, schema: dict[str, Any]) -> Check:
    # Of the same type too: in Python True == 1, in JSON Schema not.
    return lambda value: any(type(value) is type(c) and value == c for c in choices)


def _pattern(pattern: Any, schema: dict[str, Any]) -> Check:
    found = re.compile(pattern)
    return lambda value: not isinstance(value, str) or found.search(value) is not None


def _if(condition: Any, schema: dict[str, Any]) -> Check | None:
    """if/then/else: the branch the condition chooses (a missing branch allows anything)."""
    test = compile_schema(condition)
    then = compile_schema(schema.get("then", {}))
    otherwise = compile_schema(schema.get("else", {}))
    if test is None or then is None or otherwise is None:
        return None
    return lambda value: then(value) if test(value) else otherwise(value)


_KEYWORDS: dict[str, Callable[[Any, dict[str, Any]], Check | None]] = {
    "type": _type,
    "if": _if,
    "then": lambda branch, schema: lambda value: True,  # checked with "if"
    "else": lambda branch, schema: lambda value: True,
    "properties": _properties,
    "additionalProperties": _additional,
    "required": lambda names, schema: (
        lambda value: not isinstance(value, dict) or all(name in value for name in names)
    ),
    "items": _items,
    "enum": _enum,
    "pattern": _pattern,
    "minimum": lambda least, schema: lambda value: not _is_number(value) or value >= least,
    "maximum": lambda most, schema: lambda value: not _is_number(value) or value <= most,
    "minItems": lambda least, schema: (
        lambda value: not isinstance(value, list) or len(value) >= least
    ),
}
