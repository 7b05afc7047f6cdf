"""Walk every translatable text in a project, with a label for messages."""

from __future__ import annotations

from collections.abc import Iterator

from generator.model import Text
from generator.project import Project


def all_texts(project: Project) -> Iterator[tuple[str, Text | None]]:
    """Pairs of (what it is, text). A text is None where an optional one is absent."""
    for theme in project.themes:
        yield f"title of theme '{theme.id}'", theme.title
        yield f"summary of theme '{theme.id}'", theme.summary
        for question in theme.questions:
            yield f"question '{question.id}'", question.text
            if question.hint is not None:
                yield f"hint of question '{question.id}'", question.hint
    for item in (*project.audiences, *project.conversation_types):
        yield f"title of '{item.id}'", item.title
    for entry in project.navigation:
        if entry.section is not None:
            yield "menu section", entry.section
    yield from _smart_texts(project)
    yield from _form_texts(project)
    for term in project.glossary:
        yield f"glossary term '{term.id}'", term.term
        yield f"definition of glossary term '{term.id}'", term.definition
    if project.organisation is not None:
        yield "organisation name", project.organisation.name
        yield "contact name", project.organisation.contact_name


def _smart_texts(project: Project) -> Iterator[tuple[str, Text | None]]:
    if project.smart is None:
        return
    for letter in project.smart.letters:
        yield f"SMART word for '{letter.letter}'", letter.word
        if letter.definition is not None:
            yield f"SMART definition for '{letter.letter}'", letter.definition
    directional = project.smart.directional
    if directional is not None:
        yield "directional agreement name", directional.word
        yield "directional agreement definition", directional.definition
        yield "when to choose a directional agreement", directional.when_to_choose


def _form_texts(project: Project) -> Iterator[tuple[str, Text | None]]:
    for form in project.forms:
        yield f"title of form '{form.id}'", form.title
        yield f"summary of form '{form.id}'", form.summary
        yield f"introduction of form '{form.id}'", form.intro
        for section in form.sections:
            if section.title is not None:
                yield f"title of section '{section.id}' in form '{form.id}'", section.title
            if section.intro is not None:
                yield f"introduction of section '{section.id}' in form '{form.id}'", section.intro
