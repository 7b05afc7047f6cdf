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
    """What a rule yields: a place and a plain-language message.

    ``follows_from`` names a file that could not be read (or broke its format)
    when the finding is only a consequence of that: an id that would be defined
    there looks unknown elsewhere. Such findings are left out while that file
    has errors of its own, so the cause is what the editor sees.
    """

    location: Location
    message: str
    follows_from: str | None = None


@dataclass(frozen=True, order=True)
class Problem:
    """A finding with the rule's code and level attached by the engine."""

    location: Location
    code: str
    message: str
    level: Level
    rule: str

    @property
    def order(self) -> tuple[bool, Location, str, str]:
        """Problems that keep a file from being read (GW0xx) first, then all by place."""
        return (not self.code.startswith("GW0"), self.location, self.code, self.message)


@dataclass
class CheckResult:
    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0
    # Left out: they follow from a file that could not be read, which is reported.
    follow_ons: list[Problem] = field(default_factory=list)

    def ordered(self) -> list[Problem]:
        """The problems in the order to read them: root causes first."""
        return sorted(self.problems, key=lambda problem: problem.order)

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
        counts = (
            f"{files} checked: {errors} error{'s' if errors != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''}"
        )
        if not self.follow_ons:
            return counts
        return (
            f"{counts} ({len(self.follow_ons)} more left out: they follow from the files above "
            "that cannot be read; check again once those are fixed)"
        )
