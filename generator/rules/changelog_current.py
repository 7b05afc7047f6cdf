"""GW215 changelog-current: CHANGELOG.md has a section for the content version being published.

The content version and date in content/organisation.yml are shown in every
page footer and stored in every exported answers file. When they are raised,
CHANGELOG.md gets a section that says what changed, headed with the same
version and date, newest first. Projects without a CHANGELOG.md are not checked.

Passes (content/organisation.yml has content_version: 2026.11.0 and
content_date: 2026-11-22):

    ## 2026.11.0 — 2026-11-22

    ### Added
    - The theme onboarding, with five questions.

Fails (the newest section is still the previous version):

    ## 2026.10.0 — 2026-10-01

Fix: add a section for the new version at the top of CHANGELOG.md, or correct
content_version and content_date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.project import Project

ID = "GW215"
NAME = "changelog-current"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "no-section": Template(
        en="CHANGELOG.md has no section '## {version} — {date}'",
        nl="CHANGELOG.md heeft geen kopje '## {version} — {date}'",
    ),
    "version": Template(
        en="content version {version} has no section in CHANGELOG.md; "
        "its newest section is {newest}",
        nl="inhoudsversie {version} heeft geen kopje in CHANGELOG.md; "
        "het nieuwste kopje is {newest}",
    ),
    "date": Template(
        en="content date {date} differs from CHANGELOG.md's {newest}",
        nl="inhoudsdatum {date} verschilt van de datum in CHANGELOG.md ({newest})",
    ),
}
SECTION = re.compile(r"^## (\S+)\s+[—–-]\s+(\S+)\s*$", re.MULTILINE)


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    organisation = project.organisation
    changelog = project.root / "CHANGELOG.md"
    if organisation is None or not organisation.content_version or not changelog.is_file():
        return
    text = changelog.read_text(encoding="utf-8", errors="replace")
    newest = SECTION.search(text)
    version, date = organisation.content_version, organisation.content_date
    where = organisation.location_of("content_version")
    if newest is None:
        yield Finding(where, say(MESSAGES["no-section"], version=version, date=date))
    elif newest.group(1) != version:
        yield Finding(where, say(MESSAGES["version"], version=version, newest=newest.group(1)))
    elif newest.group(2) != date:
        message = say(MESSAGES["date"], date=date, newest=newest.group(2))
        yield Finding(organisation.location_of("content_date"), message)
