"""GW213 form-sections: every form has sections, and every reflection offers questions.

A form in content/forms/ is built from sections of built-in kinds (about,
parties, preparations, check-in, reflection, agenda, examples, feedback,
development, agreements, look-back, follow-up, remarks, signatures,
employee-file). A reflection section offers the questions
of its themes that are meant for the form's audience; if none are, the
section would be empty.

Passes:

    audiences: [employees]
    sections:
      - id: reflection
        kind: reflection
        themes: [wellbeing, looking-back]

Fails (no sections; or a reflection whose themes have no questions for managers preparing):

    audiences: [managers]
    sections:
      - id: reflection
        kind: reflection
        themes: [strengths]

Fix: add sections, or choose themes with questions for the form's audience.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.result import Finding
from generator.formdata import reflection_themes
from generator.project import Project

ID = "GW213"
NAME = "form-sections"
LEVEL = "error"
OPTIONS: dict[str, Any] = {}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for form in project.forms:
        if not form.sections:
            yield Finding(form.location, f"form '{form.id}' has no sections")
        for section in form.sections:
            if section.kind == "reflection" and not reflection_themes(project, form, section):
                audiences = ", ".join(form.audiences)
                yield Finding(
                    section.location,
                    f"reflection '{section.id}' offers no questions for the form's "
                    f"audiences ({audiences})",
                )
