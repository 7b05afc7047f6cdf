"""GW208 no-duplicate-text: no two questions have the same text.

Texts are compared per language, ignoring capitals and extra spaces, across
all themes. The same question twice makes a form longer without making it
better, and it usually means a copy was forgotten when a theme was split.

Passes:

    - id: wellbeing-energy
      text:
        nl: Wat geeft je energie?
        en: What gives you energy?
    - id: wellbeing-drain
      text:
        nl: Wat kost je energie?
        en: What drains your energy?

Fails (the Dutch texts differ only in capitals and spaces):

    - id: wellbeing-energy
      text:
        nl: Wat geeft je energie?
    - id: strengths-energy
      text:
        nl: wat geeft  je ENERGIE?

Fix: remove one of the two, or make the difference clear.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.location import Location
from generator.project import Project

ID = "GW208"
NAME = "no-duplicate-text"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "same": Template(
        en="question '{id}' has the same {language} text as question '{first}' ({at})",
        nl="vraag '{id}' heeft dezelfde tekst ({language}) als vraag '{first}' ({at})",
    ),
}


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    first_seen: dict[tuple[str, str], tuple[str, Location]] = {}
    for _theme, question in project.questions():
        if question.text is None:
            continue
        for language, value in question.text.values.items():
            key = (language, fold(value))
            if not key[1]:
                continue
            here = question.text.location_of(language)
            first_id, first_at = first_seen.setdefault(key, (question.id, here))
            if first_at != here:
                message = say(
                    MESSAGES["same"], id=question.id, language=language, first=first_id, at=first_at
                )
                yield Finding(here, message)
