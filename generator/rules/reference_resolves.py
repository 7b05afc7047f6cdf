"""GW207 reference-resolves: every audience, conversation type, page and link named exists.

Themes name their audiences and conversation types; conversation types and the
menu name pages; forms name audiences and themes; pages link to each other. A
name that does not exist would give an empty group or a broken link on the site.

Passes (employees is defined in content/audiences.yml):

    audiences: [employees]

Fails:

    audiences: [employes]

Fix: use one of the names the message lists, or define the new one first.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

from generator import LANGUAGES
from generator.check.messages import Message, Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.location import Location
from generator.model import Reference
from generator.project import Project
from generator.rules._ids import KINDS

ID = "GW207"
NAME = "reference-resolves"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "unknown-close": Template(
        en="unknown {kind} '{target}'; did you mean '{close}'?",
        nl="{kind} '{target}' bestaat niet; bedoel je '{close}'?",
    ),
    "unknown": Template(
        en="unknown {kind} '{target}'; known: {known}",
        nl="{kind} '{target}' bestaat niet; wel bekend: {known}",
    ),
    "page link": Template(en="page link", nl="link naar pagina"),
}
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+?\.md)(?:#[^)]*)?\)")


def _known(project: Project) -> dict[str, set[str]]:
    pages: set[str] = set().union(*(project.page_ids(lang) for lang in LANGUAGES))
    return {
        "audience": {item.id for item in project.audiences},
        "conversation type": {item.id for item in project.conversation_types},
        "page": pages,
        "theme": {theme.id for theme in project.themes},
    }


def _all_references(project: Project) -> Iterator[Reference]:
    for theme in project.themes:
        yield from theme.references
        for question in theme.questions:
            yield from question.references
    for item in project.conversation_types:
        yield from item.references
    for entry in project.navigation:
        yield from entry.references
    for form in project.forms:
        yield from form.references
        for section in form.sections:
            yield from section.references


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    known = _known(project)
    for reference in _all_references(project):
        names = known[reference.kind]
        if names and reference.target not in names:
            cause = project.unread_file_for(reference.kind, reference.target)
            message = _message(reference.kind, reference.target, names)
            yield Finding(reference.location, message, cause)
    yield from _page_links(project, known)


def _message(kind: str, target: str, names: set[str]) -> Message:
    close = difflib.get_close_matches(target, sorted(names), n=1)
    what = say(KINDS[kind] if kind in KINDS else MESSAGES[kind])
    if close:
        return say(MESSAGES["unknown-close"], kind=what, target=target, close=close[0])
    return say(MESSAGES["unknown"], kind=what, target=target, known=", ".join(sorted(names)))


def _page_links(project: Project, known: dict[str, set[str]]) -> Iterator[Finding]:
    targets = {f"{page}.md" for page in known["page"]}
    targets |= {f"themes/{theme}.md" for theme in known["theme"]}
    for page in project.pages.values():
        for number, line in enumerate(page.text.splitlines(), start=1):
            for match in MARKDOWN_LINK.finditer(line):
                target = match.group(1)
                if "://" in target or target in targets:
                    continue
                where = Location(page.location.path, number, match.start(1) + 1)
                yield Finding(
                    where, _message("page link", target, targets), _cause(project, target)
                )


def _cause(project: Project, target: str) -> str | None:
    """The unreadable theme or page a broken link would point at, if that is why it breaks."""
    name = target.removesuffix(".md")
    if name.startswith("themes/"):
        return project.unread_file_for("theme", name.removeprefix("themes/"))
    return project.unread_file_for("page", name)
