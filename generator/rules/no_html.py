"""GW210 no-html: texts and pages hold no HTML, scripts or javascript: links.

Texts are shown on the site and in the forms as plain text, and pages are
Markdown. HTML would be shown literally, or worse, run in a reader's browser.

Passes:

    text:
      nl: Wat was je **belangrijkste** resultaat?

Fails:

    text:
      nl: Wat was je <b>belangrijkste</b> resultaat?<script>alert(1)</script>

Fix: remove the HTML. In pages use Markdown: **bold**, [link](page.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.location import Location
from generator.project import Project
from generator.rules._texts import all_texts

ID = "GW210"
NAME = "no-html"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "text": Template(
        en="{label} contains HTML ('{html}') in '{language}'",
        nl="{label} bevat HTML ('{html}') in '{language}'",
    ),
    "page": Template(
        en="page contains HTML ('{html}'); use Markdown",
        nl="de pagina bevat HTML ('{html}'); gebruik Markdown",
    ),
}
HTML = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^>]*)?/?>|<!--|javascript:|&#?[a-zA-Z0-9]+;", re.IGNORECASE
)


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for label, text in all_texts(project):
        if text is None:
            continue
        for language, value in text.values.items():
            match = HTML.search(value) if _may_hold_html(value) else None
            if match:
                html = match.group(0)[:30]
                message = say(MESSAGES["text"], label=label, html=html, language=language)
                yield Finding(text.location_of(language), message)
    for page in project.pages.values():
        for number, line in enumerate(page.text.splitlines(), start=1):
            match = HTML.search(line) if _may_hold_html(line) else None
            if match:
                yield Finding(
                    Location(page.location.path, number, match.start() + 1),
                    say(MESSAGES["page"], html=match.group(0)[:30]),
                )


def _may_hold_html(text: str) -> bool:
    """Whether HTML could match at all: it needs a '<', an '&' or the ':' of 'javascript:'."""
    return "<" in text or "&" in text or ":" in text
