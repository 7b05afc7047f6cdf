"""The organisation's policy settings: one declaration for the profile, the pages and the docs.

Every fact that differs per organisation (ratings, pay, the record, how to
disagree, where to find support) is a setting in content/organisation.yml. A
page reads it under the setting's name, its dotted key with ``_`` for ``.``:
``record.finalised_by`` becomes ``{{ record_finalised_by }}``. A setting left
out has the neutral default, which the pages treat as "this differs per
organisation; ask HR".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

UNKNOWN = "unknown"
STARTERS = ("either", "employee", "manager")


@dataclass(frozen=True)
class Setting:
    """One organisation setting, as written in organisation.yml and read by the pages."""

    path: str  # dotted key in content/organisation.yml
    kind: str  # choice | text (nl/en) | string | url | list
    help_nl: str
    help_en: str
    choices: tuple[str, ...] = ()
    default: str = ""

    @property
    def name(self) -> str:
        return self.path.replace(".", "_")


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "ratings", "choice",
        "Krijgt het gesprek een oordeel op een schaal? used (ja) of none (nee).",
        "Is the outcome rated on a scale? used (yes) or none (no).",
        ("used", "none", UNKNOWN), UNKNOWN,
    ),
    Setting(
        "rating_scale", "list",
        "De schaal, van hoog naar laag, bijvoorbeeld [\"++\", \"+\", \"+/-\", \"-\"].",
        "The scale, from high to low, for example [\"++\", \"+\", \"+/-\", \"-\"].",
    ),
    Setting(
        "pay_link", "choice",
        "Kan de uitkomst het salaris, de periodiek of een bonus raken? rating (ja) of none (nee).",
        "Can the outcome affect pay, the yearly pay step or a bonus? rating (yes) or none (no).",
        ("rating", "none", UNKNOWN), UNKNOWN,
    ),
    Setting(
        "record.finalised_by", "choice",
        "Wie stelt het verslag vast? both (samen) of manager (de leidinggevende, "
        "nadat de medewerker heeft gereageerd).",
        "Who finalises the record? both (together) or manager (the manager, after "
        "the employee has responded).",
        ("both", "manager", UNKNOWN), UNKNOWN,
    ),
    Setting(
        "record.signing", "choice",
        "Wat betekent tekenen? seen (voor gezien: gelezen) of agreed (akkoord). Weggelaten: "
        "de formulieren zeggen voor gezien, want dat betekent een handtekening minstens.",
        "What does signing mean? seen (signed as read) or agreed (agreement). Left out: "
        "the forms say signed as read, the least any signature means.",
        ("seen", "agreed", UNKNOWN), UNKNOWN,
    ),
    Setting(
        "record.readers", "text",
        "Wie het verslag mag lezen, bijvoorbeeld: je leidinggevende en HR.",
        "Who may read the record, for example: your manager and HR.",
    ),
    Setting(
        "record.retention", "text",
        "Hoe lang het verslag wordt bewaard.",
        "How long the record is kept.",
    ),
    Setting(
        "disagreement.name", "text",
        "De naam van de klachten- of geschillenregeling, als die er is.",
        "The name of the complaints or disputes procedure, if there is one.",
    ),
    Setting(
        "disagreement.url", "url",
        "Waar die regeling staat.",
        "Where that procedure is described.",
    ),
    Setting(
        "confidential_adviser_url", "url",
        "Waar medewerkers de vertrouwenspersoon vinden.",
        "Where employees find the confidential adviser.",
    ),
    Setting(
        "works_council_url", "url",
        "De pagina van de ondernemingsraad (OR).",
        "The works council's page.",
    ),
    Setting(
        "collective_agreement.name", "string",
        "De naam van de cao, bijvoorbeeld Cao Rijk.",
        "The collective agreement's name, for example Cao Rijk.",
    ),
    Setting(
        "collective_agreement.url", "url",
        "Waar de cao staat.",
        "Where the collective agreement is published.",
    ),
    Setting(
        "ancillary_activities_url", "url",
        "De regels voor nevenwerkzaamheden.",
        "The rules on ancillary activities.",
    ),
)

SETTINGS_BY_NAME = {setting.name: setting for setting in SETTINGS}


@dataclass(frozen=True)
class CycleMoment:
    """One conversation in the organisation's year: ``cycle.<type>`` in organisation.yml."""

    conversation_type: str
    months: tuple[int, ...]
    started_by: str


def lookup(data: Mapping[str, Any], path: str) -> Any:
    value: Any = data
    for key in path.split("."):
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value


def values_for(data: Mapping[str, Any]) -> dict[str, Any]:
    """Each setting's raw value from the profile, or its default; texts keep both languages."""
    found: dict[str, Any] = {}
    for setting in SETTINGS:
        value = lookup(data, setting.path)
        if setting.kind == "list":
            found[setting.name] = tuple(str(item) for item in value or ())
        elif setting.kind == "text":
            texts = value if isinstance(value, Mapping) else {}
            found[setting.name] = {str(lang): str(text) for lang, text in texts.items() if text}
        else:
            found[setting.name] = str(value) if value not in (None, "") else setting.default
    return found


def cycle_for(data: Mapping[str, Any]) -> tuple[CycleMoment, ...]:
    cycle = data.get("cycle")
    if not isinstance(cycle, Mapping):
        return ()
    moments = []
    for type_id, moment in cycle.items():
        moment = moment if isinstance(moment, Mapping) else {}
        months = tuple(m for m in moment.get("months") or () if isinstance(m, int))
        moments.append(CycleMoment(str(type_id), months, str(moment.get("started_by", "either"))))
    return tuple(moments)


def page_values(settings: Mapping[str, Any], language: str) -> dict[str, str]:
    """The settings as the pages read them: plain strings in one language."""
    result: dict[str, str] = {}
    for setting in SETTINGS:
        value = settings.get(setting.name, setting.default)
        if setting.kind == "text":
            result[setting.name] = value.get(language, "") if isinstance(value, Mapping) else ""
        elif setting.kind == "list":
            result[setting.name] = " / ".join(value or ())
        else:
            result[setting.name] = str(value)
    return result
