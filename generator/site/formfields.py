"""The fields of each built-in form section, and the interface strings of the forms.

A field's id is what the autosave, the export file and the print use, so it
must stay stable: ``<section id>.<field name>`` for the built-in fields of a
section, the question id for a reflection question, and the section id for a
list (agenda, examples, ...). See docs/answers-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.model import FormSection, Question, Smart
from generator.site.templates import strings_for

SOFT_LIMIT = 5000
LIST_KINDS = ("agenda", "examples", "feedback", "development", "agreements", "follow-up")
SMART_PARTS = {
    "S": "specific",
    "M": "measurable",
    "A": "acceptable",
    "R": "realistic",
    "T": "time-bound",
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    control: str  # text, textarea, date, checkbox or choice
    private: bool = False
    rows: int = 3


@dataclass(frozen=True)
class Field:
    """One control as the template renders it and the scripts know it."""

    id: str  # the stable id; inside a list item, the item field's name
    html_id: str
    control: str
    label: str
    hint: str = ""
    private: bool = False
    rows: int = 3
    limit: int = SOFT_LIMIT
    theme: str = ""


SECTION_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "about": (
        FieldSpec("name", "text"),
        FieldSpec("role", "text"),
        FieldSpec("date", "date"),
        FieldSpec("other-party", "text"),
    ),
    "check-in": (FieldSpec("how-are-you", "textarea", private=True, rows=4),),
    "remarks": (
        FieldSpec("employee", "textarea", private=True, rows=5),
        FieldSpec("manager", "textarea", private=True, rows=5),
        FieldSpec("signed", "checkbox"),
        FieldSpec("disagreement", "textarea", private=True, rows=3),
    ),
}

LIST_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "agenda": (FieldSpec("text", "textarea", rows=2),),
    "examples": (FieldSpec("what", "textarea"), FieldSpec("shows", "textarea", rows=2)),
    "feedback": (FieldSpec("from", "text"), FieldSpec("said", "textarea")),
    "development": (
        FieldSpec("what", "textarea", rows=2),
        FieldSpec("support", "textarea", rows=2),
    ),
    "agreements": (
        FieldSpec("type", "choice"),
        FieldSpec("outcome", "textarea", rows=2),
        *(FieldSpec(part, "textarea", rows=2) for part in SMART_PARTS.values()),
        FieldSpec("direction", "textarea", rows=3),
        FieldSpec("support", "textarea", rows=2),
        FieldSpec("progress", "textarea", rows=2),
        FieldSpec("date", "date"),
    ),
    "follow-up": (FieldSpec("date", "date"), FieldSpec("note", "text")),
}


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


def section_fields(section: FormSection, strings: dict[str, str]) -> list[Field]:
    return [
        Field(
            id=f"{section.id}.{spec.name}",
            html_id=html_id(section.id, spec.name),
            control=spec.control,
            label=strings[key("field", section.kind, spec.name)],
            hint=strings.get(key("hint", section.kind, spec.name), ""),
            private=spec.private,
            rows=spec.rows,
        )
        for spec in SECTION_FIELDS.get(section.kind, ())
    ]


def question_field(question: Question, theme_id: str, language: str) -> Field:
    return Field(
        id=question.id,
        html_id=html_id("q", question.id),
        control="textarea",
        label=question.text.get(language) if question.text else question.id,
        hint=question.hint.get(language) if question.hint else "",
        private=True,
        rows=3,
        theme=theme_id,
    )


def item_fields(
    section: FormSection, item_key: str, strings: dict[str, str], smart: dict[str, tuple[str, str]]
) -> list[Field]:
    """The fields of one list item; ``item_key`` is ``__key__`` in the script's template."""
    fields = []
    for spec in LIST_FIELDS[section.kind]:
        label = strings[key("field", section.kind, spec.name)]
        hint = strings.get(key("hint", section.kind, spec.name), "")
        if spec.name in smart:
            label, hint = smart[spec.name]
        fields.append(
            Field(
                id=spec.name,
                html_id=html_id(section.id, item_key, spec.name),
                control=spec.control,
                label=label,
                hint=hint,
                rows=spec.rows,
            )
        )
    return fields
