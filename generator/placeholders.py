"""The few ``{{ placeholders }}`` a guidance page may use, filled from the organisation profile."""

from __future__ import annotations

import re

from generator.model import Organisation

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
NAMES = (
    "org_name",
    "hr_system_name",
    "hr_system_url",
    "learning_platform_url",
    "contact_name",
    "contact_email",
)


def values(organisation: Organisation, language: str) -> dict[str, str]:
    return {
        "org_name": organisation.name.get(language) if organisation.name else "",
        "hr_system_name": organisation.hr_system_name,
        "hr_system_url": organisation.hr_system_url,
        "learning_platform_url": organisation.learning_platform_url,
        "contact_name": (
            organisation.contact_name.get(language) if organisation.contact_name else ""
        ),
        "contact_email": organisation.contact_email,
    }


def fill(text: str, organisation: Organisation, language: str) -> str:
    known = values(organisation, language)
    return PLACEHOLDER.sub(lambda match: known.get(match.group(1), match.group(0)), text)
