"""GW209 question-form: a question reads as a question: it ends with a question mark.

A warning, not an error: some prompts are deliberately phrased as an
invitation. Use --strict to make warnings fail the check too.

Passes:

    text:
      nl: Wat geeft je energie?
      en: What gives you energy?

Fails:

    text:
      nl: Beschrijf wat je energie geeft
      en: Describe what gives you energy

Fix: rephrase as a question, ending with "?".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.project import Project

ID = "GW209"
NAME = "question-form"
LEVEL = "warning"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "no-question-mark": Template(
        en="question '{id}' does not end with '?' in '{language}'",
        nl="vraag '{id}' eindigt niet op '?' in '{language}'",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for _theme, question in project.questions():
        if question.text is None:
            continue
        for language, value in question.text.values.items():
            if value.strip() and not value.rstrip().endswith("?"):
                message = say(MESSAGES["no-question-mark"], id=question.id, language=language)
                yield Finding(question.text.location_of(language), message)
