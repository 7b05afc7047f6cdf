"""GW102 wrong-type: every value has the right type and form.

For example a list where a mapping belongs, a single text where a list
belongs, or a colour that is not written as #rrggbb.

Passes:

    audiences: [employees]

Fails (a single text where a list is expected):

    audiences: employees

Fix: follow the message. A list puts each item on a line starting with "- ",
or between [ and ].
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.result import Finding
from generator.project import Project
from generator.rules._schema import schema_findings

ID = "GW102"
NAME = "wrong-type"
LEVEL = "error"
OPTIONS: dict[str, Any] = {}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    return schema_findings(project, frozenset({"wrong-type", "invalid-value"}))
