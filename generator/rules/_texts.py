"""Walk every translatable text in a project, with a label for messages in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Message, Template, say
from generator.model import Text
from generator.project import Project

LABELS = {
    "theme-title": Template(en="title of theme '{id}'", nl="titel van thema '{id}'"),
    "theme-summary": Template(en="summary of theme '{id}'", nl="samenvatting van thema '{id}'"),
    "question": Template(en="question '{id}'", nl="vraag '{id}'"),
    "hint": Template(en="hint of question '{id}'", nl="toelichting bij vraag '{id}'"),
    "item-title": Template(en="title of '{id}'", nl="titel van '{id}'"),
    "menu-section": Template(en="menu section", nl="kop in het menu"),
    "smart-word": Template(en="SMART word for '{letter}'", nl="SMART-woord bij '{letter}'"),
    "smart-definition": Template(
        en="SMART definition for '{letter}'", nl="SMART-uitleg bij '{letter}'"
    ),
    "directional-word": Template(
        en="directional agreement name", nl="naam van de richtinggevende afspraak"
    ),
    "directional-definition": Template(
        en="directional agreement definition", nl="uitleg van de richtinggevende afspraak"
    ),
    "directional-when": Template(
        en="when to choose a directional agreement",
        nl="wanneer je een richtinggevende afspraak kiest",
    ),
    "form-title": Template(en="title of form '{id}'", nl="titel van formulier '{id}'"),
    "form-summary": Template(en="summary of form '{id}'", nl="samenvatting van formulier '{id}'"),
    "form-intro": Template(en="introduction of form '{id}'", nl="inleiding van formulier '{id}'"),
    "section-title": Template(
        en="title of section '{section}' in form '{form}'",
        nl="titel van onderdeel '{section}' in formulier '{form}'",
    ),
    "section-intro": Template(
        en="introduction of section '{section}' in form '{form}'",
        nl="inleiding van onderdeel '{section}' in formulier '{form}'",
    ),
    "glossary-term": Template(en="glossary term '{id}'", nl="begrip '{id}' in de woordenlijst"),
    "glossary-definition": Template(
        en="definition of glossary term '{id}'", nl="uitleg van begrip '{id}' in de woordenlijst"
    ),
    "organisation-name": Template(en="organisation name", nl="naam van de organisatie"),
    "contact-name": Template(en="contact name", nl="naam van de contactpersoon"),
}


def _label(key: str, **values: Any) -> Message:
    return say(LABELS[key], **values)


def all_texts(project: Project) -> Iterator[tuple[Message, Text | None]]:
    """Pairs of (what it is, text). A text is None where an optional one is absent."""
    for theme in project.themes:
        yield _label("theme-title", id=theme.id), theme.title
        yield _label("theme-summary", id=theme.id), theme.summary
        for question in theme.questions:
            yield _label("question", id=question.id), question.text
            if question.hint is not None:
                yield _label("hint", id=question.id), question.hint
    for item in (*project.audiences, *project.conversation_types):
        yield _label("item-title", id=item.id), item.title
    for entry in project.navigation:
        if entry.section is not None:
            yield _label("menu-section"), entry.section
    yield from _smart_texts(project)
    yield from _form_texts(project)
    for term in project.glossary:
        yield _label("glossary-term", id=term.id), term.term
        yield _label("glossary-definition", id=term.id), term.definition
    if project.organisation is not None:
        yield _label("organisation-name"), project.organisation.name
        yield _label("contact-name"), project.organisation.contact_name


def _smart_texts(project: Project) -> Iterator[tuple[Message, Text | None]]:
    if project.smart is None:
        return
    for letter in project.smart.letters:
        yield _label("smart-word", letter=letter.letter), letter.word
        if letter.definition is not None:
            yield _label("smart-definition", letter=letter.letter), letter.definition
    directional = project.smart.directional
    if directional is not None:
        yield _label("directional-word"), directional.word
        yield _label("directional-definition"), directional.definition
        yield _label("directional-when"), directional.when_to_choose


def _form_texts(project: Project) -> Iterator[tuple[Message, Text | None]]:
    for form in project.forms:
        yield _label("form-title", id=form.id), form.title
        yield _label("form-summary", id=form.id), form.summary
        yield _label("form-intro", id=form.id), form.intro
        for section in form.sections:
            names = {"section": section.id, "form": form.id}
            if section.title is not None:
                yield _label("section-title", **names), section.title
            if section.intro is not None:
                yield _label("section-intro", **names), section.intro
