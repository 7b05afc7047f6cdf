"""Source locations, carried by every item the content model holds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Location:
    """A 1-based line and column in a file, as editors and GitHub count them."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"

    @classmethod
    def file(cls, path: Path | str) -> Location:
        return cls(str(path), 1, 1)
