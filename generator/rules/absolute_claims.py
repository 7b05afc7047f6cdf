"""GW216 absolute-claims: guidance states no rule as true everywhere unless it is.

Words such as "altijd", "nooit", "recht op", "verplicht", "always", "never"
or "you have the right" make a claim about every organisation. Rules on pay,
ratings, objections and the record differ per organisation, so such a claim
in a page or a glossary definition must either sit inside an {% if %} block
on the organisation profile, or be acknowledged as true everywhere with the
comment "klopt overal:" and the reason, on the same line or the line before
(in a page as {# klopt overal: ... #}, in a YAML file as # klopt overal: ...).

Passes:

    {% if disagreement_url %}
    Je kunt altijd de [{{ disagreement_name }}]({{ disagreement_url }}) inschakelen.
    {% endif %}
    {# klopt overal: de AVG geldt voor elke werkgever #}
    Je hebt het recht om je verslag in te zien.

Fails:

    Je kunt altijd bezwaar maken tegen je beoordeling.

Fix: say what is true everywhere ("vraag HR hoe dat bij ons gaat"), move the
sentence into an {% if %} block on the profile, or, only if it is the law
for every employer, add the acknowledgement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.location import Location
from generator.placeholders import ACKNOWLEDGEMENT, environment
from generator.project import Project

ID = "GW216"
NAME = "absolute-claims"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "claim": Template(
        en="'{claim}' states a rule as true everywhere: put it in an {{% if %}} block on the "
        "profile, say it neutrally, or add 'klopt overal:' with the reason",
        nl="'{claim}' brengt een regel als iets dat overal geldt: zet het in een {{% if %}}-blok "
        "op het profiel, zeg het neutraal, of zet er 'klopt overal:' met de reden bij",
    ),
}
CLAIM = re.compile(
    r"\b(altijd|nooit|recht op|het recht om|verplicht\w*|wettelijk\w*|geen gevolgen|"
    r"in alle gevallen|always|never|right to|entitled|mandatory|compulsory|by law|"
    r"no consequences|in all cases)\b",
    re.IGNORECASE,
)


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for page in project.pages.values():
        yield from _check_page(page.location.path, page.text)
    acknowledged_by_file: dict[str, set[int]] = {}
    for term in project.glossary:
        if term.definition is None:
            continue
        for language, text in term.definition.values.items():
            where = term.definition.value_locations.get(language, term.location)
            if where.path not in acknowledged_by_file:
                acknowledged_by_file[where.path] = _acknowledged_yaml_lines(Path(where.path))
            if where.line in acknowledged_by_file[where.path]:
                continue
            for match in CLAIM.finditer(text):
                yield _finding(where, match.group(0))


def _check_page(path: str, text: str) -> Iterator[Finding]:
    lines = text.splitlines()
    try:
        tokens = list(environment().lex(text))
    except jinja2.TemplateSyntaxError:
        return  # GW212 reports it
    acknowledged = {
        line + offset
        for line, kind, value in tokens
        if kind == "comment" and ACKNOWLEDGEMENT in value.lower()
        for offset in (0, 1)
    }
    depth, previous = 0, ""
    for line, kind, value in tokens:
        if kind == "name" and previous == "block_begin":
            depth += value == "if"
            depth -= value == "endif"
        if kind not in ("whitespace",):
            previous = kind
        if kind != "data" or depth > 0:
            continue
        for offset, text_line in enumerate(value.split("\n")):
            number = line + offset
            if number in acknowledged:
                continue
            for match in CLAIM.finditer(text_line):
                source = lines[number - 1] if number <= len(lines) else ""
                column = max(source.lower().find(match.group(0).lower()), 0) + 1
                yield _finding(Location(path, number, column), match.group(0))


def _finding(where: Location, claim: str) -> Finding:
    return Finding(where, say(MESSAGES["claim"], claim=claim))


def _acknowledged_yaml_lines(path: Path) -> set[int]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    marker = f"# {ACKNOWLEDGEMENT}"
    found = {number for number, line in enumerate(lines, start=1) if marker in line}
    return found | {number + 1 for number in found}
