"""GW201 theme-has-questions: every theme has at least a minimum number of questions.

The minimum is the option min-questions (default 1). This project sets it to 5
in gesprekswijzer.yml.

Passes:

    questions:
      - id: wellbeing-energy
        text:
          nl: Wat geeft je energie?
          en: What gives you energy?
      # ... and more, up to the minimum

Fails:

    questions: []

Fix: add questions, or remove the theme (and list its question ids in
content/retired-ids.yml).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.located import LocatedDict
from generator.location import Location
from generator.model import Theme
from generator.project import Project

ID = "GW201"
NAME = "theme-has-questions"
LEVEL = "error"
OPTIONS = {
    "min-questions": Option("integer", 1, "The fewest questions a theme may have.", minimum=1),
}
MESSAGES = {
    "none": Template(
        en="theme '{id}' has no questions",
        nl="thema '{id}' heeft geen vragen",
    ),
    "one": Template(
        en="theme '{id}' has 1 question; at least {minimum} are needed",
        nl="thema '{id}' heeft 1 vraag; er zijn er minstens {minimum} nodig",
    ),
    "too-few": Template(
        en="theme '{id}' has {count} questions; at least {minimum} are needed",
        nl="thema '{id}' heeft {count} vragen; er zijn er minstens {minimum} nodig",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    minimum = options["min-questions"]
    for theme in project.themes:
        count = len(theme.questions)
        if count == 0:
            yield Finding(_where(project, theme), say(MESSAGES["none"], id=theme.id))
        elif count < minimum:
            template = MESSAGES["one" if count == 1 else "too-few"]
            message = say(template, id=theme.id, count=count, minimum=minimum)
            yield Finding(_where(project, theme), message)


def _where(project: Project, theme: Theme) -> Location:
    """The theme's 'questions:' key, or the start of the theme when it has none."""
    for source in project.files:
        data = source.document.data
        if source.display == theme.path and isinstance(data, LocatedDict):
            return data.key_locations.get("questions", theme.location)
    return theme.location
