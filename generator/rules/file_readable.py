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

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.project import Project
from generator.rules._schema import source_findings

ID = "GW001"
NAME = "file-readable"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "too-large": Template(
        en="file is {kib} KiB; content files may be at most 1024 KiB",
        nl="het bestand is {kib} KiB; een inhoudsbestand mag hoogstens 1024 KiB zijn",
    ),
    "unreadable": Template(
        en="cannot read file: {reason}",
        nl="het bestand is niet te openen: {reason}",
    ),
    "bom": Template(
        en="file starts with a byte-order mark (BOM); save it as UTF-8 without BOM",
        nl="het bestand begint met een byte-order mark (BOM); sla het op als UTF-8 zonder BOM",
    ),
    "not-utf8": Template(
        en="byte {byte} is not valid UTF-8; save the file as UTF-8",
        nl="byte {byte} is geen geldige UTF-8; sla het bestand op als UTF-8",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    yield from source_findings(project, "encoding", MESSAGES)
    for issue in project.page_problems:
        yield Finding(issue.location, say(MESSAGES[issue.key], **dict(issue.values)))
