"""GW205 id-format: ids use lowercase letters, digits and hyphens; a theme's id is its file name.

Ids are permanent: exported answers are stored under the question id. Keep them
short and readable, and never change one once it has been published.

The same holds for a form in content/forms/.

Passes (in questions/wellbeing.yml):

    id: wellbeing
    questions:
      - id: wellbeing-energy

Fails:

    id: Well Being
    questions:
      - id: wellbeing_Energy

Fix: use only a-z, 0-9 and single hyphens, and name the file after the theme id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.check.result import Finding
from generator.location import Location
from generator.project import Project
from generator.rules._ids import defined_ids

ID = "GW205"
NAME = "id-format"
LEVEL = "error"
OPTIONS: dict[str, Any] = {}
ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for kind, item_id, location in defined_ids(project):
        if not ID_PATTERN.fullmatch(item_id):
            suggestion = "-".join(re.findall(r"[a-z0-9]+", item_id.lower()))
            hint = f"; for example '{suggestion}'" if suggestion else ""
            yield Finding(
                location, f"{kind} id '{item_id}' may only use a-z, 0-9 and single hyphens{hint}"
            )
    for kind, item_id, path, location in _file_ids(project):
        stem = Path(path).stem
        if item_id != stem:
            yield Finding(location, f"{kind} id '{item_id}' differs from its file name '{stem}'")


def _file_ids(project: Project) -> Iterator[tuple[str, str, str, Location]]:
    for theme in project.themes:
        yield "theme", theme.id, theme.path, theme.id_location
    for form in project.forms:
        yield "form", form.id, form.path, form.id_location
