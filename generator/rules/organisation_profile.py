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

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.model import Organisation
from generator.policy import SETTINGS
from generator.project import Project

ID = "GW214"
NAME = "organisation-profile"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "contrast": Template(
        en="{name} colour {colour} has a contrast of {ratio:.1f}:1 with white; "
        "at least {minimum}:1 is needed",
        nl="kleur '{name}' ({colour}) heeft een contrast van {ratio:.1f}:1 met wit; "
        "er is minstens {minimum}:1 nodig",
    ),
    "logo": Template(
        en="logo '{logo}' is not in content/assets/",
        nl="het logo '{logo}' staat niet in content/assets/",
    ),
    "https": Template(
        en="{label} '{url}' should start with https://",
        nl="{label} '{url}' moet met https:// beginnen",
    ),
    "hr-system": Template(en="HR system address", nl="adres van het HR-systeem"),
    "learning-platform": Template(en="learning platform address", nl="adres van het leerplatform"),
    "repository": Template(en="repository address", nl="adres van de repository"),
    "email": Template(
        en="contact e-mail '{email}' is not an address",
        nl="het e-mailadres van de contactpersoon, '{email}', is geen geldig adres",
    ),
    "rating-scale": Template(
        en="ratings are used: give the rating_scale",
        nl="er wordt een oordeel op een schaal gegeven: vul dan ook rating_scale in",
    ),
    "cycle": Template(
        en="cycle: '{type}' is not a conversation type; known: {known}",
        nl="cycle: '{type}' is geen gesprekstype; wel bekend: {known}",
    ),
}
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
            message = say(
                MESSAGES["contrast"], name=name, colour=colour, ratio=ratio, minimum=minimum
            )
            yield Finding(where(f"colours.{name}"), message)
    logo = project.root / "content" / "assets" / organisation.logo
    if organisation.logo and not logo.is_file():
        yield Finding(where("logo"), say(MESSAGES["logo"], logo=organisation.logo))
    yield from _policy(organisation, {kind.id for kind in project.conversation_types})
    addresses: list[tuple[str, object, str]] = [
        ("hr_system.url", say(MESSAGES["hr-system"]), organisation.hr_system_url),
        (
            "learning_platform_url",
            say(MESSAGES["learning-platform"]),
            organisation.learning_platform_url,
        ),
        ("repository.url", say(MESSAGES["repository"]), organisation.repository_url),
    ]
    addresses += [
        (setting.path, setting.path, str(organisation.policy.get(setting.name, "")))
        for setting in SETTINGS
        if setting.kind == "url"
    ]
    for key, label, url in addresses:
        if url and not url.startswith("https://"):
            yield Finding(where(key), say(MESSAGES["https"], label=label, url=url))
    email = organisation.contact_email
    if email and not EMAIL.fullmatch(email):
        yield Finding(where("contact.email"), say(MESSAGES["email"], email=email))


def _policy(organisation: Organisation, known: set[str]) -> Iterator[Finding]:
    policy = organisation.policy
    if policy.get("ratings") == "used" and not policy.get("rating_scale"):
        yield Finding(organisation.location_of("ratings"), say(MESSAGES["rating-scale"]))
    for moment in organisation.cycle:
        if known and moment.conversation_type not in known:
            where = organisation.location_of(f"cycle.{moment.conversation_type}")
            names = ", ".join(sorted(known))
            message = say(MESSAGES["cycle"], type=moment.conversation_type, known=names)
            yield Finding(where, message)
