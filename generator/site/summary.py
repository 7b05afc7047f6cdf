"""A page's meta description: its first paragraph as plain text, cut to a search snippet."""

from __future__ import annotations

import re

LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?")
MARKUP = re.compile(r"[*_`#>]|\{[^}]*\}")
LIMIT = 160


def description(markdown: str) -> str:
    for paragraph in re.split(r"\n\s*\n", markdown):
        text = paragraph.strip()
        if not text or text.startswith(("#", "-", "|", "<", "{%", "---", "!!!")):
            continue
        plain = " ".join(MARKUP.sub("", LINK.sub(r"\1", text)).split())
        if len(plain) <= LIMIT:
            return plain
        return plain[: LIMIT - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return ""
