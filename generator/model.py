"""The content model: typed, immutable, and every item knows its source location."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.location import Location
from generator.policy import CycleMoment


@dataclass(frozen=True)
class Text:
    """One text in several languages, with the place of each translation."""

    values: dict[str, str]
    location: Location
    value_locations: dict[str, Location] = field(default_factory=dict)

    def get(self, language: str) -> str:
        return self.values.get(language, "")

    def location_of(self, language: str) -> Location:
        return self.value_locations.get(language, self.location)


@dataclass(frozen=True)
class Reference:
    """A named link from one item to another, e.g. a theme to an audience."""

    kind: str  # "audience", "conversation type", "page", "theme"
    target: str
    location: Location


@dataclass(frozen=True)
class Question:
    id: str
    text: Text | None
    hint: Text | None
    audiences: tuple[str, ...]
    location: Location
    id_location: Location
    explicit_audiences: bool = False
    references: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class Theme:
    id: str
    order: int
    title: Text | None
    summary: Text | None
    audiences: tuple[str, ...]
    conversation_types: tuple[str, ...]
    questions: tuple[Question, ...]
    location: Location
    id_location: Location
    has_questions_key: bool = True
    references: tuple[Reference, ...] = ()

    @property
    def path(self) -> str:
        return self.location.path


@dataclass(frozen=True)
class NamedItem:
    """An audience or a conversation type: an id, a title, maybe a page."""

    id: str
    title: Text | None
    location: Location
    page: str | None = None
    references: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class NavigationEntry:
    location: Location
    page: str | None = None
    section: Text | None = None
    pages: tuple[str, ...] = ()
    themes: bool = False
    forms: bool = False
    references: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class RetiredId:
    id: str
    retired_on: str
    reason: str
    location: Location


@dataclass(frozen=True)
class SmartLetter:
    letter: str
    word: Text | None
    definition: Text | None
    location: Location


@dataclass(frozen=True)
class Directional:
    word: Text | None
    definition: Text | None
    when_to_choose: Text | None
    location: Location


@dataclass(frozen=True)
class Smart:
    letters: tuple[SmartLetter, ...]
    directional: Directional | None
    location: Location


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: Text | None
    definition: Text | None
    also: dict[str, tuple[str, ...]]
    location: Location


@dataclass(frozen=True)
class Organisation:
    name: Text | None
    hr_system_name: str
    hr_system_url: str
    learning_platform_url: str
    contact_name: Text | None
    contact_email: str
    primary_colour: str
    accent_colour: str
    logo: str
    repository_url: str
    repository_branch: str
    content_version: str
    content_date: str
    location: Location
    # Answers saved in a browser are wiped after this many days without a change (0: kept).
    saved_answers_days: int = 0
    # Policy settings by page name (generator.policy.SETTINGS) and the year's conversations.
    policy: dict[str, Any] = field(default_factory=dict)
    cycle: tuple[CycleMoment, ...] = ()
    field_locations: dict[str, Location] = field(default_factory=dict)

    @property
    def signing(self) -> str:
        """What a signature on the record form means: agreed (akkoord), else seen (voor gezien).

        Having read the record is the least any signature means, so it is the default.
        """
        return "agreed" if self.policy.get("record_signing") == "agreed" else "seen"

    def location_of(self, dotted_key: str) -> Location:
        return self.field_locations.get(dotted_key, self.location)


@dataclass(frozen=True)
class Page:
    """A guidance page in one language: content/pages/<language>/<id>.md."""

    id: str
    language: str
    text: str
    location: Location


@dataclass(frozen=True)
class FormSection:
    id: str
    kind: str
    title: Text | None
    intro: Text | None
    themes: tuple[str, ...]
    location: Location
    id_location: Location
    references: tuple[Reference, ...] = ()
    blank_sheet_themes: tuple[Reference, ...] = ()  # also in references


@dataclass(frozen=True)
class Form:
    """A fillable preparation form: content/forms/<id>.yml."""

    id: str
    version: int
    order: int
    audiences: tuple[str, ...]
    title: Text | None
    summary: Text | None
    intro: Text | None
    sections: tuple[FormSection, ...]
    location: Location
    id_location: Location
    author: str = "employee"  # whose preparation: employee, manager, or both (the record)
    file_name: Text | None = None  # the start of an exported file's name, per language
    has_sections_key: bool = True
    references: tuple[Reference, ...] = ()

    @property
    def path(self) -> str:
        return self.location.path
