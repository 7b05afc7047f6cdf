"""The fields of each built-in form section, and the interface strings of the forms.

A field's id is what the autosave, the export file and the print use, so it
must stay stable: ``<section id>.<field name>`` for the built-in fields of a
section, the question id for a reflection question, and the section id for a
list (agenda, examples, ...). See docs/answers-format.md.

The strings of a field live in site_templates/forms/strings.yml under
``field_<kind>_<name>`` (the label), ``hint_<kind>_<name>``, ``short_<kind>_<name>``
(a short label for reading someone else's file and the record) and
``choice_<name>_<value>`` for each choice (shared by every kind with that field).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.model import FormSection, Question, Smart
from generator.sectionkinds import KIND_BY_NAME, SMART_PARTS, FieldSpec
from generator.site.templates import strings_for

SOFT_LIMIT = 5000


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class Field:
    """One control as the template renders it and the scripts know it."""

    id: str  # the stable id; inside a list item, the item field's name
    html_id: str
    control: str
    label: str
    hint: str = ""
    short: str = ""
    private: bool = False
    rows: int = 3
    theme: str = ""
    choices: tuple[Choice, ...] = ()
    default: str = ""
    when: tuple[str, str] | None = None
    format: str = ""
    meta: str = ""  # its label in the print's heading rows


def key(*parts: str) -> str:
    """A strings.yml key: ``field_check_in_how_are_you`` for ("field", "check-in", ...)."""
    return "_".join(parts).replace("-", "_")


def html_id(*parts: str) -> str:
    return "gw-" + "--".join(part.replace(".", "-") for part in parts)


def load_form_strings(templates_dir: Path, language: str) -> dict[str, str]:
    return strings_for(templates_dir, language, "forms/strings.yml")


def smart_texts(smart: Smart | None, language: str) -> dict[str, tuple[str, str]]:
    """SMART part name -> (word, definition) from content/smart.yml."""
    texts: dict[str, tuple[str, str]] = {}
    for letter in smart.letters if smart else ():
        part = SMART_PARTS.get(letter.letter)
        if part and letter.word:
            definition = letter.definition.get(language) if letter.definition else ""
            texts[part] = (letter.word.get(language), " ".join(definition.split()))
    return texts


def spec_field(
    spec: FieldSpec, kind: str, field_id: str, field_html_id: str, strings: dict[str, str]
) -> Field:
    label = strings[key("field", kind, spec.name)]
    return Field(
        id=field_id,
        html_id=field_html_id,
        control=spec.control,
        label=label,
        hint=strings.get(key("hint", kind, spec.name), ""),
        short=strings.get(key("short", kind, spec.name), label),
        private=spec.private,
        rows=spec.rows,
        choices=tuple(
            Choice(value, strings[key("choice", spec.name, value)]) for value in spec.choices
        ),
        default=spec.default,
        when=spec.when,
        format=spec.format,
        meta=strings[spec.meta] if spec.meta else "",
    )


def section_fields(
    section: FormSection, strings: dict[str, str], private_allowed: bool = True
) -> list[Field]:
    fields = []
    for spec in KIND_BY_NAME[section.kind].fields:
        made = spec_field(
            spec, section.kind, f"{section.id}.{spec.name}", html_id(section.id, spec.name), strings
        )
        if made.private and not private_allowed:
            made = replace(made, private=False)
        fields.append(made)
    return fields


def question_field(question: Question, theme_id: str, language: str) -> Field:
    return Field(
        id=question.id,
        html_id=html_id("q", question.id),
        control="textarea",
        label=question.text.get(language) if question.text else question.id,
        hint=question.hint.get(language) if question.hint else "",
        rows=3,
        theme=theme_id,
    )


def kind_fields(
    kind: str,
    section_id: str,
    item_key: str,
    strings: dict[str, str],
    smart: dict[str, tuple[str, str]],
) -> list[Field]:
    """The fields of one item of a list kind; ``item_key`` is ``__key__`` in the template."""
    fields = []
    for spec in KIND_BY_NAME[kind].items:
        made = spec_field(spec, kind, spec.name, html_id(section_id, item_key, spec.name), strings)
        if spec.name in smart:
            word, definition = smart[spec.name]
            made = replace(made, label=word, hint=definition, short=word)
        fields.append(made)
    return fields


def item_fields(
    section: FormSection, item_key: str, strings: dict[str, str], smart: dict[str, tuple[str, str]]
) -> list[Field]:
    return kind_fields(section.kind, section.id, item_key, strings, smart)
