"""Turn schema-valid located YAML data into content model objects.

Every function here may assume the data passed its JSON Schema, so types are
right, but optional keys (and keys that semantic rules check, such as a theme's
questions) may be missing.
"""

from __future__ import annotations

from typing import Any

from generator import policy
from generator.located import LocatedDict, LocatedList
from generator.location import Location
from generator.model import (
    Directional,
    Form,
    FormSection,
    GlossaryTerm,
    NamedItem,
    NavigationEntry,
    Organisation,
    Question,
    Reference,
    RetiredId,
    Smart,
    SmartLetter,
    Text,
    Theme,
)


def _loc(data: LocatedDict, key: str) -> Location:
    return data.value_locations.get(key, data.location)


def references(data: LocatedDict, key: str, kind: str) -> tuple[Reference, ...]:
    """The ids named under ``key`` (one id or a list of ids), each with its exact place."""
    value = data.get(key)
    if isinstance(value, LocatedList):
        return tuple(
            Reference(kind, str(v), at) for v, at in zip(value, value.item_locations, strict=True)
        )
    if isinstance(value, str):
        return (Reference(kind, value, _loc(data, key)),)
    return ()


def text(data: LocatedDict, key: str) -> Text | None:
    value = data.get(key)
    if not isinstance(value, LocatedDict):
        return None
    values = {lang: str(v) if v is not None else "" for lang, v in value.items()}
    return Text(values, value.location, dict(value.value_locations))


def _items(data: LocatedDict, key: str) -> list[LocatedDict]:
    value = data.get(key)
    return [item for item in value if isinstance(item, LocatedDict)] if value else []


def _ids(data: LocatedDict, key: str) -> tuple[str, ...]:
    return tuple(str(v) for v in data.get(key) or ())


def theme(data: LocatedDict) -> Theme:
    audiences = _ids(data, "audiences")
    questions = tuple(
        Question(
            id=str(q["id"]),
            text=text(q, "text"),
            hint=text(q, "hint"),
            audiences=_ids(q, "audiences") or audiences,
            location=q.location,
            id_location=_loc(q, "id"),
            explicit_audiences="audiences" in q,
            references=references(q, "audiences", "audience"),
        )
        for q in _items(data, "questions")
    )
    return Theme(
        id=str(data["id"]),
        order=int(data.get("order", 1000)),
        title=text(data, "title"),
        summary=text(data, "summary"),
        audiences=audiences,
        conversation_types=_ids(data, "conversation_types"),
        questions=questions,
        location=data.location,
        id_location=_loc(data, "id"),
        has_questions_key=isinstance(data.get("questions"), LocatedList),
        references=references(data, "audiences", "audience")
        + references(data, "conversation_types", "conversation type"),
    )


def named_items(data: LocatedDict, key: str) -> tuple[NamedItem, ...]:
    return tuple(
        NamedItem(
            str(item["id"]),
            text(item, "title"),
            _loc(item, "id"),
            item.get("page"),
            references(item, "page", "page"),
        )
        for item in _items(data, key)
    )


def navigation(data: LocatedDict) -> tuple[NavigationEntry, ...]:
    return tuple(
        NavigationEntry(
            location=item.location,
            page=item.get("page"),
            section=text(item, "section"),
            pages=_ids(item, "pages"),
            themes=bool(item.get("themes", False)),
            forms=bool(item.get("forms", False)),
            references=references(item, "page", "page") + references(item, "pages", "page"),
        )
        for item in _items(data, "navigation")
    )


def retired_ids(data: LocatedDict) -> tuple[RetiredId, ...]:
    return tuple(
        RetiredId(
            str(item["id"]), str(item["retired_on"]), str(item.get("reason", "")), _loc(item, "id")
        )
        for item in _items(data, "retired")
    )


def smart(data: LocatedDict) -> Smart:
    letters = tuple(
        SmartLetter(
            str(item["letter"]), text(item, "word"), text(item, "definition"), item.location
        )
        for item in _items(data, "letters")
    )
    found = data.get("directional")
    directional = None
    if isinstance(found, LocatedDict):
        directional = Directional(
            text(found, "word"),
            text(found, "definition"),
            text(found, "when_to_choose"),
            found.location,
        )
    return Smart(letters, directional, data.location)


def glossary(data: LocatedDict) -> tuple[GlossaryTerm, ...]:
    terms = []
    for item in _items(data, "terms"):
        also_data: dict[str, Any] = item.get("also") or {}
        also = {lang: tuple(str(v) for v in values or ()) for lang, values in also_data.items()}
        terms.append(
            GlossaryTerm(
                str(item["id"]), text(item, "term"), text(item, "definition"), also, item.location
            )
        )
    return tuple(terms)


def organisation(data: LocatedDict) -> Organisation:
    hr, contact = data.get("hr_system") or {}, data.get("contact") or LocatedDict(data.location)
    colours, repository = data.get("colours") or {}, data.get("repository") or {}
    return Organisation(
        name=text(data, "name"),
        hr_system_name=str(hr.get("name", "")),
        hr_system_url=str(hr.get("url", "")),
        learning_platform_url=str(data.get("learning_platform_url", "")),
        contact_name=text(contact, "name"),
        contact_email=str(contact.get("email", "")),
        primary_colour=str(colours.get("primary", "#1f4e79")),
        accent_colour=str(colours.get("accent", colours.get("primary", "#1f4e79"))),
        logo=str(data.get("logo", "")),
        repository_url=str(repository.get("url", "")),
        repository_branch=str(repository.get("branch", "main")),
        content_version=str(data.get("content_version", "")),
        content_date=str(data.get("content_date", "")),
        location=data.location,
        saved_answers_days=_whole_number(data.get("saved_answers_days")),
        policy=policy.values_for(data),
        cycle=policy.cycle_for(data),
        field_locations=_field_locations(data),
    )


def _whole_number(value: object) -> int:
    """A count from the content, or 0 when it is missing or no whole number (the schema says so)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _field_locations(data: LocatedDict, prefix: str = "") -> dict[str, Location]:
    """Every value's place by dotted key, e.g. ``colours.primary``."""
    found: dict[str, Location] = {}
    for key, value in data.items():
        found[prefix + key] = data.value_locations[key]
        if isinstance(value, LocatedDict):
            found.update(_field_locations(value, f"{prefix}{key}."))
    return found


def form(data: LocatedDict) -> Form:
    sections = tuple(
        FormSection(
            id=str(item["id"]),
            kind=str(item["kind"]),
            title=text(item, "title"),
            intro=text(item, "intro"),
            themes=_ids(item, "themes"),
            location=item.location,
            id_location=_loc(item, "id"),
            references=references(item, "themes", "theme")
            + references(item, "blank_sheet_themes", "theme"),
            blank_sheet_themes=references(item, "blank_sheet_themes", "theme"),
        )
        for item in _items(data, "sections")
    )
    return Form(
        id=str(data["id"]),
        version=int(data["version"]),
        order=int(data.get("order", 1000)),
        audiences=_ids(data, "audiences"),
        title=text(data, "title"),
        summary=text(data, "summary"),
        intro=text(data, "intro"),
        sections=sections,
        location=data.location,
        id_location=_loc(data, "id"),
        author=str(data.get("author", "employee")),
        file_name=text(data, "file_name"),
        has_sections_key=isinstance(data.get("sections"), LocatedList),
        references=references(data, "audiences", "audience"),
    )
