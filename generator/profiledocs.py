"""The organisation-profile reference (docs/organisation-profile.md), from generator.policy.

The settings' help texts live in the declaration, so the reference, the pages'
names and the checker cannot drift apart; a test keeps the committed file current.
"""

from __future__ import annotations

from generator.placeholders import BASIC_NAMES
from generator.policy import SETTINGS, STARTERS

REFERENCE_PATH = "docs/organisation-profile.md"


def reference() -> str:
    lines = [
        "# Organisatieprofiel · Organisation profile",
        "",
        "<!-- Generated from generator/policy.py by "
        "`gesprekswijzer check --profile-reference > docs/organisation-profile.md`. "
        "Do not edit by hand. -->",
        "",
        "Elke regel die per organisatie verschilt, is een instelling in "
        "`content/organisation.yml`. Laat je een instelling weg, dan geldt de neutrale "
        "standaard: de gids zegt dan dat het per organisatie verschilt en verwijst naar je "
        "contactpersoon. Een pagina leest een instelling onder de naam in de eerste kolom, "
        "bijvoorbeeld `{{ record_signing }}` of `{% if ratings == \"used\" %}`.",
        "",
        "Every rule that differs per organisation is a setting in `content/organisation.yml`. "
        "A setting left out has the neutral default: the guide then says it differs per "
        "organisation and points to the contact. A page reads a setting under the name in the "
        "first column.",
        "",
        "| naam · name | in organisation.yml | waarden · values | standaard · default "
        "| uitleg | explanation |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for setting in SETTINGS:
        values = " / ".join(f"`{choice}`" for choice in setting.choices) or setting.kind
        default = f"`{setting.default}`" if setting.default else "(leeg · empty)"
        lines.append(
            f"| `{setting.name}` | `{setting.path}` | {values} | {default} "
            f"| {setting.help_nl} | {setting.help_en} |"
        )
    starters = " / ".join(f"`{starter}`" for starter in STARTERS)
    lines += [
        "",
        "## cycle",
        "",
        "Welke gesprekken de organisatie voert, per gesprekssoort uit "
        "`content/conversation-types.yml`: de maanden (`months`, 1 = januari) en wie het "
        f"initiatief neemt (`started_by`: {starters}; standaard `either`). De pagina "
        "`timeline` toont dit als tabel; `{{ conversations }}` is de lijst van deze soorten.",
        "",
        "The conversations the organisation holds, by conversation type: the months and who "
        "takes the initiative. The `timeline` page shows them as a table; pages test "
        '`{% if "appraisal" in conversations %}`. Left out: all conversation types.',
        "",
        "```yaml",
        "cycle:",
        "  annual:",
        "    months: [10, 11]",
        "    started_by: manager",
        "```",
        "",
        "## Andere namen · Other names",
        "",
        ", ".join(f"`{name}`" for name in BASIC_NAMES),
        "",
    ]
    return "\n".join(lines)
