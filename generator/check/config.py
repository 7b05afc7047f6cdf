"""Checker settings from ``gesprekswijzer.yml`` at the project root, typed and validated.

rules:
  theme-has-questions:
    min-questions: 5
  question-mark:
    level: error      # or warning
  no-duplicate-text: disable
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.check.messages import Message, say
from generator.check.result import Level
from generator.errors import UsageError
from generator.located import LocatedDict, SourceIssue
from generator.location import Location
from generator.project import display_path
from generator.yamlsource import load_yaml

CONFIG_NAME = "gesprekswijzer.yml"


@dataclass(frozen=True)
class RuleSettings:
    enabled: bool
    level: Level
    options: dict[str, Any] = field(default_factory=dict)


def _fail(where: str, message: str) -> UsageError:
    return UsageError(f"{where}: {message}")


def settings_for(rule: ModuleType, raw: Any, where: str) -> RuleSettings:
    defaults: dict[str, Any] = dict(getattr(rule, "OPTIONS", {}))
    if raw == "disable":
        return RuleSettings(False, Level(rule.LEVEL), defaults)
    if raw is None or raw == "enable":
        return RuleSettings(True, Level(rule.LEVEL), defaults)
    if not isinstance(raw, dict):
        raise _fail(where, f"settings for '{rule.NAME}' must be 'enable', 'disable' or a mapping")
    level = raw.get("level", rule.LEVEL)
    if level not in ("error", "warning"):
        raise _fail(where, f"level for '{rule.NAME}' must be 'error' or 'warning'")
    for key, value in raw.items():
        if key == "level":
            continue
        if key not in defaults:
            known = ", ".join(sorted(defaults)) or "none"
            raise _fail(where, f"rule '{rule.NAME}' has no option '{key}' (options: {known})")
        if type(value) is not type(defaults[key]):
            raise _fail(where, f"option '{key}' of '{rule.NAME}' must be like {defaults[key]!r}")
        defaults[key] = value
    return RuleSettings(True, Level(level), defaults)


def _reading_message(issue: SourceIssue) -> Message:
    """Why the settings file cannot be read, in the words of the rules for reading files."""
    from generator.rules import file_readable, yaml_syntax

    messages = file_readable.MESSAGES if issue.kind == "encoding" else yaml_syntax.MESSAGES
    return say(messages[issue.key], **dict(issue.values))


def load_settings(root: Path, rules: tuple[ModuleType, ...]) -> dict[str, RuleSettings]:
    path = root / CONFIG_NAME
    raw_rules = _raw_rules(path, rules) if path.is_file() else LocatedDict(Location(CONFIG_NAME))
    settings = {}
    for rule in rules:
        name = rule.NAME if rule.NAME in raw_rules else rule.ID
        where = raw_rules.key_locations.get(name)
        shown = str(where) if where is not None else display_path(path)
        settings[rule.NAME] = settings_for(rule, raw_rules.get(name), shown)
    return settings


def _raw_rules(path: Path, rules: tuple[ModuleType, ...]) -> LocatedDict:
    """The 'rules:' mapping of the settings file, with every rule name checked."""
    document = load_yaml(path, display_path(path))
    if document.issues:
        issue = document.issues[0]
        raise _fail(str(issue.location), str(_reading_message(issue)))
    data = document.data if document.data is not None else LocatedDict(Location(document.display))
    found = data.get("rules") if isinstance(data, LocatedDict) else None
    if found is None and isinstance(data, LocatedDict) and set(data) <= {"rules"}:
        return LocatedDict(data.location)
    if not isinstance(found, LocatedDict):
        raise _fail(document.display, "expected 'rules:' with one entry per rule name")
    names = {rule.NAME for rule in rules} | {rule.ID for rule in rules}
    for name in found:
        if name not in names:
            message = f"unknown rule '{name}'; see 'gesprekswijzer check --list-rules'"
            raise _fail(str(found.key_locations[name]), message)
    return found
