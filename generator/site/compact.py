"""Drop the indentation and blank lines that the theme's templates leave in every page.

Each line keeps its line break, so words never run together; text whose whitespace is
meaningful (pre, textarea, script, style) is left as it is. This is lossless for the
reader and works on any engine's output, so it runs on the built site.
"""

from __future__ import annotations

import re
from pathlib import Path

_KEEP = re.compile(r"<(pre|textarea|script|style)\b.*?</\1>", re.S | re.I)
_INDENTED = re.compile(r"\n[ \t\r\n]+")


def compact_html(html: str) -> str:
    parts: list[str] = []
    position = 0
    for kept in _KEEP.finditer(html):
        parts.append(_INDENTED.sub("\n", html[position : kept.start()]))
        parts.append(kept.group(0))
        position = kept.end()
    parts.append(_INDENTED.sub("\n", html[position:]))
    return "".join(parts)


def compact_site(site_dir: Path) -> None:
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        page.write_text(compact_html(text), encoding="utf-8")
