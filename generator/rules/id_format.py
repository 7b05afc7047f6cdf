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

from generator.check.messages import Message, Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.location import Location
from generator.project import Project
from generator.rules._ids import KINDS, defined_ids

ID = "GW205"
NAME = "id-format"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "form": Template(
        en="{kind} id '{id}' may only use a-z, 0-9 and single hyphens",
        nl="het id '{id}' ({kind}) mag alleen a-z, 0-9 en losse streepjes bevatten",
    ),
    "form-example": Template(
        en="{kind} id '{id}' may only use a-z, 0-9 and single hyphens; for example '{example}'",
        nl="het id '{id}' ({kind}) mag alleen a-z, 0-9 en losse streepjes bevatten; "
        "bijvoorbeeld '{example}'",
    ),
    "file-name": Template(
        en="{kind} id '{id}' differs from its file name '{stem}'",
        nl="het id '{id}' ({kind}) is niet gelijk aan de bestandsnaam '{stem}'",
    ),
}
ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for kind, item_id, location in defined_ids(project):
        if not ID_PATTERN.fullmatch(item_id):
            example = "-".join(re.findall(r"[a-z0-9]+", item_id.lower()))
            template = MESSAGES["form-example" if example else "form"]
            yield Finding(location, say(template, kind=kind, id=item_id, example=example))
    for kind, item_id, path, location in _file_ids(project):
        stem = Path(path).stem
        if item_id != stem:
            message = say(MESSAGES["file-name"], kind=kind, id=item_id, stem=stem)
            yield Finding(location, message)


def _file_ids(project: Project) -> Iterator[tuple[Message, str, str, Location]]:
    for theme in project.themes:
        yield say(KINDS["theme"]), theme.id, theme.path, theme.id_location
    for form in project.forms:
        yield say(KINDS["form"]), form.id, form.path, form.id_location
