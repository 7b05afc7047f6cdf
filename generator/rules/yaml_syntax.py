"""GW002 yaml-syntax: every YAML file can be read: no syntax errors, tabs or repeated keys.

Passes:

    title:
      nl: Welbevinden
      en: Wellbeing

Fails (the key "nl" appears twice, and the second line is indented with a tab):

    title:
      nl: Welbevinden
      nl: Wellbeing
    →	en: Wellbeing

Fix: indent with two spaces, give each key once, and put a text that contains
": " between quotes. Anchors and aliases (& and *) are not allowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template
from generator.check.options import Option
from generator.check.result import Finding
from generator.project import Project
from generator.rules._schema import source_findings

ID = "GW002"
NAME = "yaml-syntax"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "tab": Template(
        en="a tab character is used for indentation; use spaces instead",
        nl="hier staat een tab om in te springen; gebruik spaties",
    ),
    "colon": Template(
        en="unexpected ':'; put text containing ': ' between quotes",
        nl="onverwachte ':'; zet een tekst met ': ' erin tussen aanhalingstekens",
    ),
    "syntax": Template(
        en="YAML syntax error: {detail}",
        nl="de YAML klopt hier niet; kijk of inspringing, aanhalingstekens en haakjes "
        "kloppen (de YAML-lezer zegt: {detail})",
    ),
    "yaml-error": Template(
        en="YAML error: {detail}",
        nl="de YAML is niet te lezen (de YAML-lezer zegt: {detail})",
    ),
    "invisible-character": Template(
        en="the invisible character {code} is not allowed in YAML; delete it "
        "(it often comes in by copy and paste)",
        nl="het onzichtbare teken {code} kan niet in YAML staan; haal het weg "
        "(het komt vaak mee met kopiëren en plakken)",
    ),
    "too-deep": Template(
        en="the file is nested too deeply (more than {depth} levels)",
        nl="het bestand springt te diep in (meer dan {depth} niveaus)",
    ),
    "alias": Template(
        en="anchors and aliases (& and *) are not allowed in content files",
        nl="ankers en verwijzingen (& en *) kunnen niet in inhoudsbestanden; schrijf alles voluit",
    ),
    "second-document": Template(
        en="YAML syntax error: expected a single document in the stream, "
        "but found another document",
        nl="hier begint een tweede YAML-document, en een bestand mag er maar één hebben; "
        "haal de regel '---' weg",
    ),
    "duplicate-key": Template(
        en="duplicate key '{key}' (first used on line {line})",
        nl="de sleutel '{key}' staat er twee keer (de eerste keer op regel {line})",
    ),
    "merge-key": Template(
        en="merge keys ('<<') are not allowed in content files; write the keys out",
        nl="samenvoegsleutels ('<<') kunnen niet in inhoudsbestanden; schrijf de sleutels voluit",
    ),
    "bad-typed-value": Template(
        en="'{value}' is not a valid {tag} value; remove '{tag}'",
        nl="'{value}' is geen geldige {tag}-waarde; haal '{tag}' weg",
    ),
    "tag": Template(
        en="'{tag}' is read as a YAML tag, which content files do not use; "
        "put a text that starts with '!' between quotes",
        nl="'{tag}' wordt gelezen als YAML-label, en dat gebruiken inhoudsbestanden niet; "
        "zet een tekst die met '!' begint tussen aanhalingstekens",
    ),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    return source_findings(project, "syntax", MESSAGES)
