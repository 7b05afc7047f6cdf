"""GW203 no-empty-text: no text is empty or only spaces.

Passes:

    hint:
      nl: Denk aan een concrete week.
      en: Think of one specific week.

Fails:

    hint:
      nl: ""
      en: "   "

Fix: write the text, or remove the whole optional key (such as hint).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.project import Project
from generator.rules._texts import all_texts

ID = "GW203"
NAME = "no-empty-text"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "empty": Template(
        en="{label} is empty in '{language}'",
        nl="{label} is leeg in '{language}'",
    ),
    "empty-page": Template(
        en="page '{id}' ({language}) is empty",
        nl="pagina '{id}' ({language}) is leeg",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for label, text in all_texts(project):
        if text is None:
            continue
        for language, value in text.values.items():
            if not value.strip():
                message = say(MESSAGES["empty"], label=label, language=language)
                yield Finding(text.location_of(language), message)
    for page in project.pages.values():
        if not page.text.strip():
            message = say(MESSAGES["empty-page"], id=page.id, language=page.language)
            yield Finding(page.location, message)
