"""Make each language's 404 page work from the zip and from any host folder.

MkDocs writes 404.html with root paths ("/assets/...") so that a web server can
show it for any missing address. Opened from the zip, or from a site hosted in
a sub-folder, those paths lead nowhere: no styles, and every link another 404.
The guide's pages are flat per language, so paths relative to the page work in
both places.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT_PATH = re.compile(r'(\b(?:href|src)=")/(?!/)')
BASE = re.compile(r'("base":\s*)"/"')


def make_relative(page: Path) -> None:
    if not page.is_file():
        return
    text = page.read_text(encoding="utf-8")
    text = BASE.sub(r'\1"."', ROOT_PATH.sub(r"\1./", text))
    page.write_text(text, encoding="utf-8")
