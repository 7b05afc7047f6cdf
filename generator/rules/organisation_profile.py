"""GW214 organisation-profile: the organisation profile gives a usable, accessible site.

Checks content/organisation.yml: the logo file exists in content/assets/, web
addresses start with https://, the contact e-mail address looks like one, the
cycle names conversation types from content/conversation-types.yml, a rating
scale is given when ratings are used, and the colours keep text readable
(WCAG 2.2 AA): white text on the primary colour needs a contrast of at least
4.5:1, and the accent colour (used for the keyboard focus ring and links) at
least 3:1 against white.

Passes:

    colours:
      primary: "#1f4e79"
      accent: "#b5451b"
    logo: logo.svg            # content/assets/logo.svg exists
    ratings: used
    rating_scale: ["++", "+", "+/-", "-"]
    cycle:
      annual: {months: [10, 11], started_by: manager}

Fails:

    colours:
      primary: "#7fb2e5"      # white text on light blue: 2.2:1
    logo: logo.png            # no such file in content/assets/
    ratings: used             # but no rating_scale
    cycle:
      jaargesprek: {}         # not an id in conversation-types.yml

Fix: pick a darker primary colour (a contrast checker helps), put the logo
file in content/assets/, give the scale, and use the conversation type ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.check.result import Finding
from generator.model import Organisation
from generator.policy import SETTINGS
from generator.project import Project

ID = "GW214"
NAME = "organisation-profile"
LEVEL = "error"
OPTIONS: dict[str, Any] = {}
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(colour: str) -> float:
    return 1.05 / (relative_luminance(colour) + 0.05)


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    organisation = project.organisation
    if organisation is None:
        return
    where = organisation.location_of
    for name, colour, minimum in (
        ("primary", organisation.primary_colour, 4.5),
        ("accent", organisation.accent_colour, 3.0),
    ):
        ratio = contrast_with_white(colour)
        if ratio < minimum:
            message = (
                f"{name} colour {colour} has a contrast of {ratio:.1f}:1 with white; "
                f"at least {minimum}:1 is needed"
            )
            yield Finding(where(f"colours.{name}"), message)
    logo = project.root / "content" / "assets" / organisation.logo
    if organisation.logo and not logo.is_file():
        yield Finding(where("logo"), f"logo '{organisation.logo}' is not in content/assets/")
    yield from _policy(organisation, {kind.id for kind in project.conversation_types})
    addresses = [
        ("hr_system.url", "HR system address", organisation.hr_system_url),
        ("learning_platform_url", "learning platform address", organisation.learning_platform_url),
        ("repository.url", "repository address", organisation.repository_url),
    ]
    addresses += [
        (setting.path, setting.path, str(organisation.policy.get(setting.name, "")))
        for setting in SETTINGS
        if setting.kind == "url"
    ]
    for key, label, url in addresses:
        if url and not url.startswith("https://"):
            yield Finding(where(key), f"{label} '{url}' should start with https://")
    email = organisation.contact_email
    if email and not EMAIL.fullmatch(email):
        yield Finding(where("contact.email"), f"contact e-mail '{email}' is not an address")


def _policy(organisation: Organisation, known: set[str]) -> Iterator[Finding]:
    policy = organisation.policy
    if policy.get("ratings") == "used" and not policy.get("rating_scale"):
        message = "ratings are used: give the rating_scale"
        yield Finding(organisation.location_of("ratings"), message)
    for moment in organisation.cycle:
        if known and moment.conversation_type not in known:
            where = organisation.location_of(f"cycle.{moment.conversation_type}")
            message = (
                f"cycle: '{moment.conversation_type}' is not a conversation type; "
                f"known: {', '.join(sorted(known))}"
            )
            yield Finding(where, message)
