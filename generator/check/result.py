"""What a check found, kept apart from how it is reported."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from generator.location import Location


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """What a rule yields: a place and a plain-language message."""

    location: Location
    message: str


@dataclass(frozen=True, order=True)
class Problem:
    """A finding with the rule's code and level attached by the engine."""

    location: Location
    code: str
    message: str
    level: Level
    rule: str


@dataclass
class CheckResult:
    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.WARNING]

    def failed(self, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings))

    def summary(self) -> str:
        errors, warnings = len(self.errors), len(self.warnings)
        files = f"{self.files_checked} file{'s' if self.files_checked != 1 else ''}"
        if not self.problems:
            return f"{files} checked, no problems"
        return (
            f"{files} checked: {errors} error{'s' if errors != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''}"
        )
