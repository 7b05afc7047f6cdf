"""Checker settings from ``gesprekswijzer.yml`` at the project root, typed and validated.

rules:
  theme-has-questions:
    min-questions: 5
  question-form:
    level: error      # or warning
  no-duplicate-text: disable

The file is read like a content file and validated against a JSON Schema built
from the rules' declared options (``settings_schema`` in generator/check/options.py),
so a problem points at its place, in the words the content checks use, in Dutch
or English. The first one stops the check (exit 2): without usable settings it
is unclear what to check.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.check.messages import Message, Template, language_from_environment, say
from generator.check.options import defaults, settings_schema
from generator.check.result import Level
from generator.errors import UsageError
from generator.located import LocatedDict, SourceIssue
from generator.location import Location
from generator.project import display_path
from generator.schema import SchemaCheck, SchemaIssue
from generator.yamlsource import load_yaml

CONFIG_NAME = "gesprekswijzer.yml"
MESSAGES = {
    "unknown-rule": Template(
        en="unknown rule '{name}'; see 'gesprekswijzer check --list-rules'",
        nl="onbekende regel '{name}'; kijk bij 'gesprekswijzer check --list-rules'",
    ),
    "unknown-rule-close": Template(
        en="unknown rule '{name}'; did you mean '{close}'?",
        nl="onbekende regel '{name}'; bedoel je '{close}'?",
    ),
}


@dataclass(frozen=True)
class RuleSettings:
    enabled: bool
    level: Level
    options: dict[str, Any] = field(default_factory=dict)


def settings_for(rule: ModuleType, raw: Any) -> RuleSettings:
    """A rule's settings from its (validated) entry: enable, disable, empty or a mapping."""
    options = defaults(rule)
    if raw == "disable":
        return RuleSettings(False, Level(rule.LEVEL), options)
    if not isinstance(raw, dict):
        return RuleSettings(True, Level(rule.LEVEL), options)
    options.update({key: value for key, value in raw.items() if key != "level"})
    return RuleSettings(True, Level(raw.get("level", rule.LEVEL)), options)


def load_settings(
    root: Path, rules: tuple[ModuleType, ...], language: str | None = None
) -> dict[str, RuleSettings]:
    path = root / CONFIG_NAME
    found = _raw_rules(path, rules, language) if path.is_file() else {}
    return {
        rule.NAME: settings_for(rule, found.get(rule.NAME if rule.NAME in found else rule.ID))
        for rule in rules
    }


@cache
def _schema_check(rules: tuple[ModuleType, ...]) -> SchemaCheck:
    return SchemaCheck(settings_schema(rules))


def _raw_rules(path: Path, rules: tuple[ModuleType, ...], language: str | None) -> dict[str, Any]:
    """The 'rules:' mapping of the settings file, once the whole file is known to be right."""
    language = language or language_from_environment()
    document = load_yaml(path, display_path(path))
    if document.issues:
        message, code = _reading_message(document.issues[0])
        raise _fail(document.issues[0].location, message, code, language)
    data = document.data
    issues = _schema_check(rules).validate(data, document.display)
    found = data.get("rules") if isinstance(data, LocatedDict) else None
    if issues:
        message, code = _format_message(issues[0], found, rules)
        raise _fail(issues[0].location, message, code, language)
    return found if isinstance(found, LocatedDict) else {}


def _fail(where: Location, message: Message, code: str, language: str) -> UsageError:
    return UsageError(f"{where}: {message.render(language)} [{code}]")


def _reading_message(issue: SourceIssue) -> tuple[Message, str]:
    """Why the settings file cannot be read, in the words of the rules for reading files."""
    from generator.rules import file_readable, yaml_syntax

    rule = file_readable if issue.kind == "encoding" else yaml_syntax
    return say(rule.MESSAGES[issue.key], **dict(issue.values)), rule.ID


def _format_message(
    issue: SchemaIssue, found: Any, rules: tuple[ModuleType, ...]
) -> tuple[Message, str]:
    """Where the file breaks its schema, in the words of the content checks' format rules."""
    from generator.rules import missing_field, unknown_key, wrong_type

    by_kind = {"unknown-key": unknown_key, "missing-field": missing_field}
    rule = by_kind.get(issue.kind, wrong_type)
    name = str(dict(issue.values).get("key"))
    places = found.key_locations if isinstance(found, LocatedDict) else {}
    if rule is unknown_key and places.get(name) == issue.location:  # a rule name, not an option
        close = difflib.get_close_matches(name, sorted(known.NAME for known in rules), n=1)
        if close:
            return say(MESSAGES["unknown-rule-close"], name=name, close=close[0]), rule.ID
        return say(MESSAGES["unknown-rule"], name=name), rule.ID
    message: Message = rule.message_for(issue)
    return message, rule.ID
