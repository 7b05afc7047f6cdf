"""GW217 disable-allowed: a '# gesprekswijzer: disable=' comment switches off warnings only.

A comment such as `# gesprekswijzer: disable=GW209` at the end of a line, or
on the line before it, leaves out that warning on that line. Errors cannot be
switched off: they must be fixed. The comment must name existing codes.

Passes (GW209 is a warning: a question without "?"):

    text:
      nl: Beschrijf wat je energie geeft  # gesprekswijzer: disable=GW209

Fails (GW202 is an error, so the missing English text is still reported; and
GW299 does not exist):

    # gesprekswijzer: disable=GW202
    text:
      nl: Wat geeft je energie?
    hint:  # gesprekswijzer: disable=GW299

Fix: fix the error itself; name only warning codes, as in `--list-rules`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding, Level, Problem
from generator.directives import covers
from generator.project import Project

ID = "GW217"
NAME = "disable-allowed"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "not-understood": Template(
        en="this checker comment is not understood: write it as '# gesprekswijzer: disable=GW209'",
        nl="deze opmerking voor de checker is niet te begrijpen: schrijf haar als "
        "'# gesprekswijzer: disable=GW209'",
    ),
    "unknown-code": Template(
        en="'{code}' is not a checker code; see 'gesprekswijzer check --list-rules'",
        nl="'{code}' is geen code van de checker; kijk bij 'gesprekswijzer check --list-rules'",
    ),
    "error": Template(
        en="{code} on line {line} is an error and cannot be switched off: fix it instead",
        nl="{code} op regel {line} is een fout en kan niet uit: verbeter hem",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    from generator.rules import find_rule  # the registry imports this module

    for directive in project.directives:
        if not directive.codes:
            yield Finding(directive.location, say(MESSAGES["not-understood"]))
        for code in directive.codes:
            found = find_rule(code)
            if found is None or code != found.ID:
                yield Finding(directive.location, say(MESSAGES["unknown-code"], code=code))


def review(project: Project, problems: list[Problem], options: dict[str, Any]) -> Iterator[Finding]:
    """After the other rules: a comment that names an error found on its line."""
    for directive in project.directives:
        for code in directive.codes:
            if any(
                problem.code == code
                and problem.level is Level.ERROR
                and covers(directive, problem.location, code)
                for problem in problems
            ):
                message = say(MESSAGES["error"], code=code, line=directive.line)
                yield Finding(directive.location, message)
