"""GW001 file-readable: every content file is UTF-8 text of a sensible size.

Editors sometimes save a file in another encoding, or with a byte-order mark,
or paste a huge export into the repository. The checker cannot read such a
file, so nothing in it can be checked or published.

Passes: a file saved as "UTF-8" (without BOM), smaller than 1 MiB.

Fails:

    questions/wellbeing.yml saved as "UTF-8 with BOM" or as Windows-1252
    (for example with an é typed in an old editor).

Fix: in your editor choose "Save with encoding" and pick UTF-8.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.result import Finding
from generator.project import Project
from generator.rules._schema import source_findings

ID = "GW001"
NAME = "file-readable"
LEVEL = "error"
OPTIONS: dict[str, Any] = {}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    yield from source_findings(project, "encoding")
    for location, message in project.page_problems:
        yield Finding(location, message)
