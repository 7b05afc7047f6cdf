"""Every id a project defines, with its place: shared by the id rules."""

from __future__ import annotations

from collections.abc import Iterator

from generator.location import Location
from generator.project import Project


def defined_ids(project: Project) -> Iterator[tuple[str, str, Location]]:
    """Triples of (kind, id, location of the id)."""
    for theme in project.themes:
        yield "theme", theme.id, theme.id_location
        for question in theme.questions:
            yield "question", question.id, question.id_location
    for audience in project.audiences:
        yield "audience", audience.id, audience.location
    for kind in project.conversation_types:
        yield "conversation type", kind.id, kind.location
    for term in project.glossary:
        yield "glossary term", term.id, term.location
    for form in project.forms:
        yield "form", form.id, form.id_location
        for section in form.sections:
            yield f"section of form '{form.id}'", section.id, section.id_location
