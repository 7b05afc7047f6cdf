"""GW206 id-unique: no id is used twice for the same kind of item.

Question ids must be unique across all themes, because answers are stored
under them.

Passes:

    - id: wellbeing-energy
    - id: wellbeing-balance

Fails (in two different theme files):

    - id: wellbeing-energy      # questions/wellbeing.yml
    - id: wellbeing-energy      # questions/strengths.yml

Fix: give the newer question a new id.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Message, Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.location import Location
from generator.project import Project
from generator.rules._ids import defined_ids

ID = "GW206"
NAME = "id-unique"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "used": Template(
        en="{kind} id '{id}' is already used at {first}",
        nl="het id '{id}' ({kind}) wordt al gebruikt op {first}",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    first_seen: dict[tuple[Message, str], Location] = {}
    for kind, item_id, location in defined_ids(project):
        first = first_seen.setdefault((kind, item_id), location)
        if first != location:
            yield Finding(location, say(MESSAGES["used"], kind=kind, id=item_id, first=first))
