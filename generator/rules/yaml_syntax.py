"""GW002 yaml-syntax: every YAML file can be read: no syntax errors, tabs or repeated keys.

Passes:

    title:
      nl: Welbevinden
      en: Wellbeing

Fails (the key "nl" appears twice, and the second line is indented with a tab):

    title:
      nl: Welbevinden
      nl: Wellbeing
    →	en: Wellbeing

Fix: indent with two spaces, give each key once, and put a text that contains
": " between quotes. Anchors and aliases (& and *) are not allowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.result import Finding
from generator.project import Project
from generator.rules._schema import source_findings

ID = "GW002"
NAME = "yaml-syntax"
LEVEL = "error"
OPTIONS: dict[str, Any] = {}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    return source_findings(project, "syntax")
