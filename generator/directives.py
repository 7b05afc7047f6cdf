"""Comments that speak to the checker: ``# gesprekswijzer: disable=GW209``.

Such a comment at the end of a YAML line covers that line; on a line of its
own it covers the next line. It lists codes separated by commas. The checker
leaves out a warning with one of those codes on the covered line; see the
rules disable-allowed (GW217) and disable-unused (GW218).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.location import Location

MARKER = "gesprekswijzer:"
_COMMENT = re.compile(r"(?:^|\s)#\s*gesprekswijzer:(?P<body>.*)$")
_DISABLE = re.compile(r"\s*disable\s*=\s*(?P<codes>[A-Za-z0-9]+(?:\s*,\s*[A-Za-z0-9]+)*)\s*$")


@dataclass(frozen=True)
class Directive:
    """One checker comment: where it stands, the line it covers, and the codes it names.

    ``codes`` is empty when the comment could not be understood."""

    location: Location
    line: int
    codes: tuple[str, ...]
    text: str


def find_directives(text: str, display: str) -> list[Directive]:
    """Every checker comment in a YAML file's text."""
    if MARKER not in text:
        return []
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _COMMENT.search(line) if MARKER in line else None
        if match is None:
            continue
        hash_at = line.index("#", match.start())
        covers = number + 1 if not line[:hash_at].strip() else number
        disable = _DISABLE.match(match["body"])
        codes = (
            tuple(code.upper() for code in re.split(r"\s*,\s*", disable["codes"]))
            if disable
            else ()
        )
        where = Location(display, number, hash_at + 1)
        found.append(Directive(where, covers, codes, line[hash_at:].strip()))
    return found


def covers(directive: Directive, where: Location, code: str) -> bool:
    """Whether the comment names ``code`` for the line of ``where``."""
    return (
        directive.line == where.line
        and directive.location.path == where.path
        and code in directive.codes
    )
