"""Values read from YAML that remember where they stand, and why a file could not be read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.location import Location


class LocatedDict(dict):  # type: ignore[type-arg]
    """A mapping that knows where it, each key and each value stand."""

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location
        self.key_locations: dict[str, Location] = {}
        self.value_locations: dict[str, Location] = {}


class LocatedList(list):  # type: ignore[type-arg]
    """A sequence that knows where it and each item stand."""

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location
        self.item_locations: list[Location] = []


@dataclass(frozen=True)
class SourceIssue:
    """Why a file could not be read as YAML, at a location.

    ``key`` names the message; its words are with the rule that reports the
    kind (file-readable for "encoding", yaml-syntax for "syntax"), in both
    languages. ``values`` fill it in.
    """

    location: Location
    kind: str  # "encoding" or "syntax"
    key: str
    values: tuple[tuple[str, Any], ...] = ()


def source_issue(location: Location, kind: str, key: str, /, **values: Any) -> SourceIssue:
    return SourceIssue(location, kind, key, tuple(values.items()))
