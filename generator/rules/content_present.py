"""GW003 content-present: the project has question banks and every required content file.

The checker looks for themes in questions/*.yml and for these files in
content/: audiences.yml, conversation-types.yml, navigation.yml,
retired-ids.yml, organisation.yml, smart.yml and glossary.yml. A YAML file in
content/ with any other name is probably a typo, so it is reported too.

Passes:

    questions/wellbeing.yml
    content/glossary.yml   (and the other content files)

Fails:

    content/glosary.yml    (unknown file: did you mean glossary.yml?)
    questions/             (an empty folder: no themes at all)
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.location import Location
from generator.project import CONTENT_FILES, Project, display_path

ID = "GW003"
NAME = "content-present"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "no-banks": Template(
        en="no question banks found: add questions/<theme>.yml",
        nl="geen vragenbanken gevonden: voeg questions/<thema>.yml toe",
    ),
    "missing-file": Template(
        en="required file is missing",
        nl="dit verplichte bestand ontbreekt",
    ),
    "unknown-file-close": Template(
        en="unknown content file '{name}'; did you mean '{close}'?",
        nl="onbekend inhoudsbestand '{name}'; bedoel je '{close}'?",
    ),
    "unknown-file": Template(
        en="unknown content file '{name}'",
        nl="onbekend inhoudsbestand '{name}'",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    if not any(source.kind == "theme" for source in project.files):
        folder = display_path(project.root / "questions")
        yield Finding(Location(folder), say(MESSAGES["no-banks"]))
    for missing in project.missing_files:
        where = Location(display_path(project.root / missing))
        yield Finding(where, say(MESSAGES["missing-file"]))
    for location in project.unknown_files:
        name = Path(location.path).name
        close = difflib.get_close_matches(name, list(CONTENT_FILES), n=1)
        if close:
            yield Finding(location, say(MESSAGES["unknown-file-close"], name=name, close=close[0]))
        else:
            yield Finding(location, say(MESSAGES["unknown-file"], name=name))
