"""GW212 page-placeholders: pages use only the known {{ placeholders }}.

A page can show values from content/organisation.yml with a placeholder:
{{ org_name }}, {{ hr_system_name }}, {{ hr_system_url }},
{{ learning_platform_url }}, {{ contact_name }} and {{ contact_email }}.

Passes:

    Leg het verslag vast in [{{ hr_system_name }}]({{ hr_system_url }}).

Fails (misspelt name, and a brace left open):

    Leg het verslag vast in {{ hr_systeem }} of {{ contact_email

Fix: use one of the names above, with two braces on each side.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

from generator.check.result import Finding
from generator.location import Location
from generator.placeholders import NAMES, PLACEHOLDER
from generator.project import Project

ID = "GW212"
NAME = "page-placeholders"
LEVEL = "error"
OPTIONS: dict[str, Any] = {}
OPENING = re.compile(r"\{\{|\{%|\{#")


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for page in project.pages.values():
        for number, line in enumerate(page.text.splitlines(), start=1):
            yield from _check_line(page.location.path, number, line)


def _check_line(path: str, number: int, line: str) -> Iterator[Finding]:
    complete = {match.start(): match for match in PLACEHOLDER.finditer(line)}
    for opening in OPENING.finditer(line):
        where = Location(path, number, opening.start() + 1)
        match = complete.get(opening.start())
        if match is None:
            yield Finding(where, "unfinished placeholder: write it as {{ name }}")
        elif match.group(1) not in NAMES:
            close = difflib.get_close_matches(match.group(1), NAMES, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(NAMES)}"
            yield Finding(where, f"unknown placeholder '{match.group(1)}'; {hint}")
