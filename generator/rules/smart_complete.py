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

from generator.check.result import Finding
from generator.project import Project

ID = "GW204"
NAME = "smart-complete"
LEVEL = "error"
OPTIONS: dict[str, Any] = {}
SMART = "SMART"


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    smart = project.smart
    if smart is None:
        return
    letters = [letter.letter for letter in smart.letters]
    for expected in SMART:
        if expected not in letters:
            yield Finding(smart.location, f"SMART letter '{expected}' is missing")
    present = [letter for letter in letters if letter in SMART]
    if len(set(present)) == len(present) and present != [c for c in SMART if c in present]:
        yield Finding(smart.location, "SMART letters are not in the order S, M, A, R, T")
    for letter in smart.letters:
        if letter.letter not in SMART:
            yield Finding(letter.location, f"'{letter.letter}' is not a SMART letter")
        elif letters.count(letter.letter) > 1:
            yield Finding(letter.location, f"SMART letter '{letter.letter}' is given twice")
        if letter.definition is None:
            yield Finding(letter.location, f"SMART letter '{letter.letter}' has no definition")
    if smart.directional is None:
        yield Finding(smart.location, "the directional agreement ('directional:') is missing")
