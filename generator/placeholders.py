"""What a guidance page may use from the organisation profile, and how a page is filled in.

A page is Markdown with a small part of Jinja: ``{{ name }}`` placeholders and
``{% if %}`` blocks over the names below. Pages are rendered in a sandbox with
strict names, so a page can read the profile and nothing else.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from generator import policy
from generator.model import Organisation

BASIC_NAMES = (
    "org_name",
    "hr_system_name",
    "hr_system_url",
    "learning_platform_url",
    "contact_name",
    "contact_email",
)
LIST_NAMES = ("conversations",)
NAMES = BASIC_NAMES + tuple(setting.name for setting in policy.SETTINGS) + LIST_NAMES
ACKNOWLEDGEMENT = "klopt overal:"


@cache
def environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def values(
    organisation: Organisation, language: str, conversations: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Every name a page may use, in ``language``."""
    basic = {
        "org_name": organisation.name.get(language) if organisation.name else "",
        "hr_system_name": organisation.hr_system_name,
        "hr_system_url": organisation.hr_system_url,
        "learning_platform_url": organisation.learning_platform_url,
        "contact_name": (
            organisation.contact_name.get(language) if organisation.contact_name else ""
        ),
        "contact_email": organisation.contact_email,
    }
    in_cycle = tuple(moment.conversation_type for moment in organisation.cycle)
    return {
        **basic,
        **policy.page_values(organisation.policy, language),
        "conversations": in_cycle or conversations,
    }


def fill(text: str, context: dict[str, Any]) -> str:
    """The page with its placeholders and blocks filled in; the checker has vetted it."""
    return environment().from_string(text).render(context)
