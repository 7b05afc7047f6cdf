"""GW102 wrong-type: every value has the right type and form.

For example a list where a mapping belongs, a single text where a list
belongs, or a colour that is not written as #rrggbb.

Passes:

    audiences: [employees]

Fails (a single text where a list is expected):

    audiences: employees

Fix: follow the message. A list puts each item on a line starting with "- ",
or between [ and ].
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Message, Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.project import Project
from generator.rules._schema import key_name, schema_issues
from generator.schema import SchemaIssue

ID = "GW102"
NAME = "wrong-type"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "type": Template(
        en="{name} must be {wanted}, not {found}",
        nl="{name} moet {wanted} zijn; nu is het {found}",
    ),
    "pattern": Template(
        en="{name} has value '{value}', which is not in the expected form",
        nl="{name} heeft de waarde '{value}', en die heeft niet de goede vorm",
    ),
    "invalid": Template(
        en="{name}: {detail}",
        nl="{name}: deze waarde kan hier niet ({detail})",
    ),
    "one-of": Template(
        en="{name} is '{value}'; choose one of: {allowed}",
        nl="{name} is '{value}'; kies uit: {allowed}",
    ),
    "minimum": Template(
        en="{name} must be at least {minimum}, not {value}",
        nl="{name} moet minstens {minimum} zijn; nu is het {value}",
    ),
    "the-file": Template(en="the file", nl="het bestand"),
    "or": Template(en="{first} or {second}", nl="{first} of {second}"),
    "type-object": Template(
        en="a mapping (key: value lines)",
        nl="een groep regels 'sleutel: waarde'",
    ),
    "type-array": Template(
        en="a list (lines starting with '- ')",
        nl="een lijst (regels die met '- ' beginnen)",
    ),
    "type-string": Template(en="a text", nl="een tekst"),
    "type-integer": Template(en="a whole number", nl="een heel getal"),
    "type-number": Template(en="a number", nl="een getal"),
    "type-boolean": Template(en="true or false", nl="true of false"),
    "type-null": Template(en="empty", nl="leeg"),
    "type-other": Template(en="a value of another kind", nl="een ander soort waarde"),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for issue in schema_issues(project, frozenset({"wrong-type", "invalid-value"})):
        yield Finding(issue.location, message_for(issue))


def message_for(issue: SchemaIssue) -> Message:
    """The words for a value of the wrong type or form, in a content or the settings file."""
    values = dict(issue.values)
    values["name"] = key_name(values["name"], MESSAGES["the-file"])
    if issue.key == "type":
        values["wanted"] = _either(values["wanted"])
        values["found"] = _type_name(values["found"])
    return say(MESSAGES[issue.key], **values)


def _type_name(kind: str) -> Message:
    return say(MESSAGES.get(f"type-{kind}", MESSAGES["type-other"]))


def _either(kinds: tuple[str, ...]) -> Message:
    """'a text', or 'a text or a list', ... in the reader's language."""
    wanted = _type_name(kinds[0])
    for kind in kinds[1:]:
        wanted = say(MESSAGES["or"], first=wanted, second=_type_name(kind))
    return wanted
