"""GW212 page-placeholders: pages use only the known profile names, in {{ }} and {% if %}.

A page can show a value from content/organisation.yml with a placeholder,
and show a passage only for some organisations with an if-block. The names
are: org_name, hr_system_name, hr_system_url, learning_platform_url,
contact_name, contact_email, conversations (the conversation types in use),
and every policy setting in docs/organisation-profile.md, such as ratings,
pay_link, record_signing and disagreement_url. A choice setting is compared
with one of its own values.

Passes:

    Leg het verslag vast in [{{ hr_system_name }}]({{ hr_system_url }}).
    {% if ratings == "used" %}
    Je krijgt een oordeel op de schaal {{ rating_scale }}.
    {% else %}
    Vraag {{ contact_name }} of er een oordeel aan het gesprek vastzit.
    {% endif %}

Fails (a misspelt name, a value the setting does not have, a block never closed):

    Leg het verslag vast in {{ hr_systeem }}.
    {% if ratings == "yes" %}
    Je krijgt een oordeel.

Fix: use one of the names above, compare with a value the setting has, and
close every {% if %} with {% endif %}.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

import jinja2
from jinja2 import nodes

from generator import policy
from generator.check.messages import Message, Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.location import Location
from generator.placeholders import NAMES, environment
from generator.project import Project

ID = "GW212"
NAME = "page-placeholders"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "unfinished-placeholder": Template(
        en="unfinished placeholder: write it as {{{{ name }}}}",
        nl="dit invulveld is niet afgesloten: schrijf het als {{{{ naam }}}}",
    ),
    "unfinished-block": Template(
        en="unfinished block: write it as {{% if name %}}",
        nl="dit blok is niet afgesloten: schrijf het als {{% if naam %}}",
    ),
    "if-not-closed": Template(
        en="an {{% if %}} block is not closed: end it with {{% endif %}}",
        nl="een {{% if %}}-blok is niet afgesloten: sluit het af met {{% endif %}}",
    ),
    "unreadable": Template(
        en="this placeholder or block cannot be read: {detail}",
        nl="dit invulveld of blok is niet te lezen: {detail}",
    ),
    "not-allowed": Template(
        en="pages can only use {{{{ name }}}} and {{% if %}} blocks, not '{kind}'",
        nl="een pagina kan alleen {{{{ naam }}}} en {{% if %}}-blokken gebruiken, geen '{kind}'",
    ),
    "unknown-close": Template(
        en="unknown placeholder '{name}'; did you mean '{close}'?",
        nl="onbekend invulveld '{name}'; bedoel je '{close}'?",
    ),
    "unknown": Template(
        en="unknown placeholder '{name}'; see docs/organisation-profile.md",
        nl="onbekend invulveld '{name}'; kijk in docs/organisation-profile.md",
    ),
    "never": Template(
        en="'{setting}' is never \"{value}\"; it is one of {known}",
        nl="'{setting}' is nooit \"{value}\"; het is een van {known}",
    ),
}
ALLOWED_NODES = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.If,
    nodes.Name,
    nodes.Const,
    nodes.Compare,
    nodes.Operand,
    nodes.And,
    nodes.Or,
    nodes.Not,
    nodes.List,
    nodes.Tuple,
)


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for page in project.pages.values():
        lines = page.text.splitlines()
        path = page.location.path
        try:
            tree = environment().parse(page.text)
        except jinja2.TemplateSyntaxError as error:
            line = error.lineno or 1
            source = lines[line - 1] if 0 < line <= len(lines) else ""
            message, opening = _syntax_message(error, source)
            yield Finding(_where(path, lines, line, opening), message)
            continue
        for node in tree.find_all(nodes.Node):
            for message, word in _problems(node):
                yield Finding(_where(path, lines, node.lineno, word), message)


def _syntax_message(error: jinja2.TemplateSyntaxError, source: str) -> tuple[Message, str]:
    """A message an editor can act on, and the text on the line to point at."""
    detail = error.message or "syntax error"
    if source.count("{{") > source.count("}}"):
        return say(MESSAGES["unfinished-placeholder"]), "{{"
    if source.count("{%") > source.count("%}"):
        return say(MESSAGES["unfinished-block"]), "{%"
    if "'if'" in detail or "endif" in detail:
        return say(MESSAGES["if-not-closed"]), ""
    return say(MESSAGES["unreadable"], detail=detail), "{"


def _problems(node: nodes.Node) -> Iterator[tuple[Message, str]]:
    if not isinstance(node, ALLOWED_NODES):
        yield say(MESSAGES["not-allowed"], kind=type(node).__name__.lower()), ""
    elif isinstance(node, nodes.Name) and node.name not in NAMES:
        close = difflib.get_close_matches(node.name, NAMES, n=1)
        if close:
            yield say(MESSAGES["unknown-close"], name=node.name, close=close[0]), node.name
        else:
            yield say(MESSAGES["unknown"], name=node.name), node.name
    elif isinstance(node, nodes.Compare) and isinstance(node.expr, nodes.Name):
        setting = policy.SETTINGS_BY_NAME.get(node.expr.name)
        for operand in node.ops:
            value = operand.expr
            if not (setting and setting.choices and isinstance(value, nodes.Const)):
                continue
            if value.value not in setting.choices:
                known = ", ".join(f'"{choice}"' for choice in setting.choices)
                message = say(
                    MESSAGES["never"], setting=setting.name, value=value.value, known=known
                )
                yield message, str(value.value)


def _where(path: str, lines: list[str], line: int, word: str) -> Location:
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    column = text.find(word) + 1 if word and word in text else 1
    return Location(path, line, column)
