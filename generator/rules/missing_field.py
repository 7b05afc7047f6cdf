"""GW103 missing-field: every required key is present.

Passes:

    - id: wellbeing-energy
      text:
        nl: Wat geeft je energie?
        en: What gives you energy?

Fails (the question has no id):

    - text:
        nl: Wat geeft je energie?
        en: What gives you energy?

Fix: add the missing key. A question id is permanent, so choose it with care.
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

ID = "GW103"
NAME = "missing-field"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "missing": Template(
        en="missing key '{key}'",
        nl="de sleutel '{key}' ontbreekt",
    ),
    "missing-in": Template(
        en="missing key '{key}' in '{name}'",
        nl="de sleutel '{key}' ontbreekt in '{name}'",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for issue in schema_issues(project, frozenset({"missing-field"})):
        yield Finding(issue.location, message_for(issue))


def message_for(issue: SchemaIssue) -> Message:
    """The words for a missing key, in a content file or the settings file."""
    values = dict(issue.values)
    return say(MESSAGES["missing-in" if values["name"] else "missing"], **values)
