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

from generator.check.result import Finding
from generator.located import LocatedDict
from generator.location import Location
from generator.model import Theme
from generator.project import Project

ID = "GW201"
NAME = "theme-has-questions"
LEVEL = "error"
OPTIONS: dict[str, Any] = {"min-questions": 1}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    minimum = options["min-questions"]
    for theme in project.themes:
        count = len(theme.questions)
        if count == 0:
            yield Finding(_where(project, theme), f"theme '{theme.id}' has no questions")
        elif count < minimum:
            yield Finding(
                _where(project, theme),
                f"theme '{theme.id}' has {count} question{'s' if count > 1 else ''}; "
                f"at least {minimum} are needed",
            )


def _where(project: Project, theme: Theme) -> Location:
    """The theme's 'questions:' key, or the start of the theme when it has none."""
    for source in project.files:
        data = source.document.data
        if source.display == theme.path and isinstance(data, LocatedDict):
            return data.key_locations.get("questions", theme.location)
    return theme.location
