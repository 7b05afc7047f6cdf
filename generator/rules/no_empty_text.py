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

from generator.check.result import Finding
from generator.project import Project
from generator.rules._texts import all_texts

ID = "GW203"
NAME = "no-empty-text"
LEVEL = "error"
OPTIONS: dict[str, Any] = {}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for label, text in all_texts(project):
        if text is None:
            continue
        for language, value in text.values.items():
            if not value.strip():
                yield Finding(text.location_of(language), f"{label} is empty in '{language}'")
    for page in project.pages.values():
        if not page.text.strip():
            yield Finding(page.location, f"page '{page.id}' ({page.language}) is empty")
