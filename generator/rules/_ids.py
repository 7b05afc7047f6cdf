"""Every id a project defines, with its place and kind: shared by the id rules."""

from __future__ import annotations

from collections.abc import Iterator

from generator.check.messages import Message, Template, say
from generator.location import Location
from generator.project import Project

KINDS = {
    "theme": Template(en="theme", nl="thema"),
    "question": Template(en="question", nl="vraag"),
    "audience": Template(en="audience", nl="doelgroep"),
    "conversation type": Template(en="conversation type", nl="gesprekstype"),
    "glossary term": Template(en="glossary term", nl="begrip"),
    "form": Template(en="form", nl="formulier"),
    "page": Template(en="page", nl="pagina"),
    "section": Template(en="section of form '{form}'", nl="onderdeel van formulier '{form}'"),
}


def defined_ids(project: Project) -> Iterator[tuple[Message, str, Location]]:
    """Triples of (kind, id, location of the id)."""
    theme, question, form = say(KINDS["theme"]), say(KINDS["question"]), say(KINDS["form"])
    for item in project.themes:
        yield theme, item.id, item.id_location
        for asked in item.questions:
            yield question, asked.id, asked.id_location
    for audience in project.audiences:
        yield say(KINDS["audience"]), audience.id, audience.location
    for kind in project.conversation_types:
        yield say(KINDS["conversation type"]), kind.id, kind.location
    for term in project.glossary:
        yield say(KINDS["glossary term"]), term.id, term.location
    for found in project.forms:
        yield form, found.id, found.id_location
        for section in found.sections:
            yield say(KINDS["section"], form=found.id), section.id, section.id_location
