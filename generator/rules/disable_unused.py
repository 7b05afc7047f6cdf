"""GW218 disable-unused: every '# gesprekswijzer: disable=' comment switches something off.

A comment that names a code no problem has on its line does nothing, and may
hide a warning later by surprise: when the text changes, the comment stays.

Passes (the question has no "?", so GW209 has something to switch off):

    text:
      nl: Beschrijf wat je energie geeft  # gesprekswijzer: disable=GW209

Fails (the question ends with "?": there is no GW209 on this line):

    text:
      nl: Wat geeft je energie?  # gesprekswijzer: disable=GW209

Fix: remove the comment, or the code that is no longer needed from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding, Problem
from generator.directives import covers
from generator.project import Project

ID = "GW218"
NAME = "disable-unused"
LEVEL = "warning"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "unused": Template(
        en="this comment switches off {code}, but line {line} has no {code}: remove it",
        nl="deze opmerking zet {code} uit, maar regel {line} heeft geen {code}: haal haar weg",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    """Nothing to find before the other rules ran: see ``review``."""
    return iter(())


def review(project: Project, problems: list[Problem], options: dict[str, Any]) -> Iterator[Finding]:
    """After the other rules: a code in a comment that no problem on its line has."""
    from generator.rules import find_rule  # the registry imports this module

    # In a file that cannot be used, the other rules found nothing to switch off.
    unusable = {source.display for source in project.files if not source.usable}
    for directive in project.directives:
        path = directive.location.path
        for code in directive.codes:
            known = find_rule(code)
            if known is None or code != known.ID:
                continue  # disable-allowed reports an unknown code
            if not any(
                problem.code == code and covers(directive, problem.location, code)
                for problem in problems
            ):
                message = say(MESSAGES["unused"], code=code, line=directive.line)
                yield Finding(directive.location, message, path if path in unusable else None)
