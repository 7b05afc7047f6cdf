"""What a check found, kept apart from how it is reported (and in which language)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from generator.check.messages import Message
from generator.location import Location


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """What a rule yields: a place and a message from the rule's MESSAGES.

    ``follows_from`` names a file that could not be read (or broke its format)
    when the finding is only a consequence of that: an id that would be defined
    there looks unknown elsewhere. Such findings are left out while that file
    has errors of its own, so the cause is what the editor sees.
    """

    location: Location
    message: Message
    follows_from: str | None = None


@dataclass(frozen=True)
class Problem:
    """A finding with the rule's code and level attached by the engine."""

    location: Location
    code: str
    message: Message
    level: Level
    rule: str

    @property
    def order(self) -> tuple[bool, Location, str, str]:
        """Problems that keep a file from being read or used (GW0xx, GW1xx) first, then the
        rest: each group by place. What the rest finds may follow from the first group."""
        first = self.code.startswith(("GW0", "GW1"))
        return (not first, self.location, self.code, str(self.message))


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
