"""A rule's options, declared with their types: the settings file's schema is built from them.

A rule lists its options in ``OPTIONS``::

    OPTIONS = {"min-questions": Option("integer", 1, "The fewest questions a theme needs.", 1)}

and ``check`` receives their values, each the default unless gesprekswijzer.yml
sets it. The settings file is validated against ``settings_schema`` (see
generator/check/config.py), so a value of the wrong type never reaches a rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

# JSON Schema type -> the Python types a value of it may have (bool is no integer here).
PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "boolean": (bool,),
}
LEVELS = ("error", "warning")
SWITCHES = ("enable", "disable")


@dataclass(frozen=True)
class Option:
    """One option of a rule: its JSON Schema type, its default and what it does."""

    type: str
    default: Any
    description: str
    minimum: int | float | None = None

    def __post_init__(self) -> None:
        allowed = PYTHON_TYPES[self.type]
        if isinstance(self.default, bool) != (self.type == "boolean") or not isinstance(
            self.default, allowed
        ):
            raise TypeError(f"default {self.default!r} is not of type {self.type}")

    def schema(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "type": self.type,
            "default": self.default,
            "description": self.description,
        }
        if self.minimum is not None:
            found["minimum"] = self.minimum
        return found


def defaults(rule: ModuleType) -> dict[str, Any]:
    """The values ``check`` receives when the settings file sets none."""
    options: dict[str, Option] = rule.OPTIONS
    return {name: option.default for name, option in options.items()}


def rule_schema(rule: ModuleType) -> dict[str, Any]:
    """A rule's entry under 'rules:': enable, disable, empty, or a level and its options."""
    options: dict[str, Option] = rule.OPTIONS
    properties = {"level": {"enum": list(LEVELS)}}
    properties.update({name: option.schema() for name, option in options.items()})
    return {
        "description": f"{rule.ID} {rule.NAME}",
        "type": ["string", "object", "null"],
        "if": {"type": "string"},
        "then": {"enum": list(SWITCHES)},
        "else": {"properties": properties, "additionalProperties": False},
    }


def settings_schema(rules: tuple[ModuleType, ...]) -> dict[str, Any]:
    """The JSON Schema of gesprekswijzer.yml: each rule by its name or its code."""
    entries: dict[str, Any] = {}
    for rule in rules:
        entries[rule.NAME] = entries[rule.ID] = rule_schema(rule)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Settings of gesprekswijzer check (gesprekswijzer.yml)",
        "type": ["object", "null"],
        "properties": {
            "rules": {
                "type": ["object", "null"],
                "properties": entries,
                "additionalProperties": False,
            }
        },
        "additionalProperties": False,
    }
