"""GW204 smart-complete: SMART has all five letters, in order, each with a word and a definition.

The letters are S, M, A, R and T. Each needs its word and its definition in
both languages. The directional agreement needs its definition and when to
choose it.

Passes:

    letters:
      - letter: S
        word:
          nl: Specifiek
          en: Specific
        definition:
          nl: Je beschrijft precies wat je wilt bereiken.
          en: You describe exactly what you want to achieve.
      # ... M, A, R and T in the same way

Fails (the letter M has no definition, and T is missing):

    letters:
      - letter: M
        word:
          nl: Meetbaar
          en: Measurable
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.project import Project

ID = "GW204"
NAME = "smart-complete"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "missing-letter": Template(
        en="SMART letter '{letter}' is missing",
        nl="de SMART-letter '{letter}' ontbreekt",
    ),
    "order": Template(
        en="SMART letters are not in the order S, M, A, R, T",
        nl="de SMART-letters staan niet in de volgorde S, M, A, R, T",
    ),
    "not-smart": Template(
        en="'{letter}' is not a SMART letter",
        nl="'{letter}' is geen SMART-letter",
    ),
    "twice": Template(
        en="SMART letter '{letter}' is given twice",
        nl="de SMART-letter '{letter}' staat er twee keer",
    ),
    "no-definition": Template(
        en="SMART letter '{letter}' has no definition",
        nl="de SMART-letter '{letter}' heeft geen uitleg",
    ),
    "no-directional": Template(
        en="the directional agreement ('directional:') is missing",
        nl="de richtinggevende afspraak ('directional:') ontbreekt",
    ),
}
SMART = "SMART"


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    smart = project.smart
    if smart is None:
        return
    letters = [letter.letter for letter in smart.letters]
    for expected in SMART:
        if expected not in letters:
            yield Finding(smart.location, say(MESSAGES["missing-letter"], letter=expected))
    present = [letter for letter in letters if letter in SMART]
    if len(set(present)) == len(present) and present != [c for c in SMART if c in present]:
        yield Finding(smart.location, say(MESSAGES["order"]))
    for letter in smart.letters:
        if letter.letter not in SMART:
            yield Finding(letter.location, say(MESSAGES["not-smart"], letter=letter.letter))
        elif letters.count(letter.letter) > 1:
            yield Finding(letter.location, say(MESSAGES["twice"], letter=letter.letter))
        if letter.definition is None:
            yield Finding(letter.location, say(MESSAGES["no-definition"], letter=letter.letter))
    if smart.directional is None:
        yield Finding(smart.location, say(MESSAGES["no-directional"]))
