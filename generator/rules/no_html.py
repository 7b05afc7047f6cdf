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

from generator.check.result import Finding
from generator.location import Location
from generator.project import Project
from generator.rules._texts import all_texts

ID = "GW210"
NAME = "no-html"
LEVEL = "error"
OPTIONS: dict[str, Any] = {}
HTML = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^>]*)?/?>|<!--|javascript:|&#?[a-zA-Z0-9]+;", re.IGNORECASE
)


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for label, text in all_texts(project):
        if text is None:
            continue
        for language, value in text.values.items():
            match = HTML.search(value)
            if match:
                yield Finding(
                    text.location_of(language),
                    f"{label} contains HTML ('{match.group(0)[:30]}') in '{language}'",
                )
    for page in project.pages.values():
        for number, line in enumerate(page.text.splitlines(), start=1):
            match = HTML.search(line)
            if match:
                yield Finding(
                    Location(page.location.path, number, match.start() + 1),
                    f"page contains HTML ('{match.group(0)[:30]}'); use Markdown",
                )
