"""GW213 form-sections: every form has sections, and every reflection offers questions.

A form in content/forms/ is built from sections of built-in kinds (GW102
lists them when a kind is misspelt). A reflection section offers the questions
of its themes that are meant for the form's audience; if none are, the
section would be empty. The themes a blank sheet prints when none are chosen
(blank_sheet_themes) must be among the themes the section offers.

Passes:

    audiences: [employees]
    sections:
      - id: reflection
        kind: reflection
        themes: [wellbeing, looking-back]
        blank_sheet_themes: [looking-back]

Fails (no sections; a reflection whose themes have no questions for managers
preparing; or a blank sheet theme the section does not offer):

    audiences: [managers]
    sections:
      - id: reflection
        kind: reflection
        themes: [strengths]
        blank_sheet_themes: [wellbeing]

Fix: add sections, choose themes with questions for the form's audience, and
name only offered themes for the blank sheet.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.formdata import reflection_themes
from generator.project import Project

ID = "GW213"
NAME = "form-sections"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "no-sections": Template(
        en="form '{id}' has no sections",
        nl="formulier '{id}' heeft geen onderdelen",
    ),
    "empty-reflection": Template(
        en="reflection '{id}' offers no questions for the form's audiences ({audiences})",
        nl="reflectie '{id}' biedt geen vragen voor de doelgroepen van het formulier ({audiences})",
    ),
    "blank-sheet": Template(
        en="blank sheet theme '{theme}' is not offered by reflection '{id}'",
        nl="thema '{theme}' voor het lege vel zit niet in reflectie '{id}'",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for form in project.forms:
        if not form.sections:
            yield Finding(form.location, say(MESSAGES["no-sections"], id=form.id))
        for section in form.sections:
            if section.kind != "reflection":
                continue
            offered = {theme.id for theme, _ in reflection_themes(project, form, section)}
            if not offered:
                audiences = ", ".join(form.audiences)
                message = say(MESSAGES["empty-reflection"], id=section.id, audiences=audiences)
                yield Finding(section.location, message, _unread_theme(project, section.themes))
            known = {theme.id for theme in project.themes}
            for reference in section.blank_sheet_themes:
                # An unknown id is GW205's to report.
                if reference.target in known and reference.target not in offered:
                    message = say(MESSAGES["blank-sheet"], theme=reference.target, id=section.id)
                    yield Finding(reference.location, message)


def _unread_theme(project: Project, themes: tuple[str, ...]) -> str | None:
    """A theme file the section names that could not be read: then it may be why it is empty."""
    found = (project.unread_file_for("theme", theme_id) for theme_id in themes)
    return next((path for path in found if path is not None), None)
