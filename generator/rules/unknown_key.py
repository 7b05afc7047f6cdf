"""GW101 unknown-key: every key in a file is one the format knows.

A misspelt key would otherwise be ignored without a word. Here it is an error,
with a suggestion for the key you probably meant.

Passes:

    title:
      nl: Welbevinden
      en: Wellbeing

Fails ("titel" is Dutch; the keys of the format are English):

    titel:
      nl: Welbevinden
      en: Wellbeing

Fix: use the suggested key. Your editor completes keys for you when the first
line of the file names its schema (see the editor guide).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Message, Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.project import Project
from generator.rules._schema import schema_issues
from generator.schema import SchemaIssue

ID = "GW101"
NAME = "unknown-key"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "unknown-key-close": Template(
        en="unknown key '{key}'; did you mean '{close}'?",
        nl="onbekende sleutel '{key}'; bedoel je '{close}'?",
    ),
    "unknown-key": Template(
        en="unknown key '{key}'; allowed: {allowed}",
        nl="onbekende sleutel '{key}'; wel mogelijk: {allowed}",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for issue in schema_issues(project, frozenset({"unknown-key"})):
        yield Finding(issue.location, message_for(issue))


def message_for(issue: SchemaIssue) -> Message:
    """The words for an unknown key, in a content file or the settings file."""
    return say(MESSAGES[issue.key], **dict(issue.values))
