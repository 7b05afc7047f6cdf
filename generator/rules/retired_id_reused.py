"""GW211 retired-id-reused: an id in content/retired-ids.yml is never used again.

When a question is removed, its id goes into content/retired-ids.yml. Old
exported answers still carry that id, so a new question with the same id would
show someone's old answer under a different question.

Passes (content/retired-ids.yml lists wellbeing-stress-2024; no question uses it):

    - id: wellbeing-workload

Fails:

    - id: wellbeing-stress-2024

Fix: choose a new id for the new question.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.project import Project

ID = "GW211"
NAME = "retired-id-reused"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "reused": Template(
        en="question id '{id}' was retired on {when} and may not be used again; choose a new id",
        nl="het vraag-id '{id}' is op {when} buiten gebruik gesteld en mag niet terugkomen; "
        "kies een nieuw id",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    retired = {item.id: item for item in project.retired}
    for theme in project.themes:
        for question in theme.questions:
            if question.id in retired:
                when = retired[question.id].retired_on
                message = say(MESSAGES["reused"], id=question.id, when=when)
                yield Finding(question.id_location, message)
