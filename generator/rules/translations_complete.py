"""GW202 translations-complete: every text and every page exists in Dutch and in English.

Passes:

    text:
      nl: Wat geeft je energie?
      en: What gives you energy?

Fails (the English text is missing):

    text:
      nl: Wat geeft je energie?

A guidance page must also exist in both folders: content/pages/nl/before.md
needs content/pages/en/before.md.

Fix: add the missing translation. Ask a colleague to review it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator import LANGUAGES
from generator.check.messages import Template, say
from generator.check.options import Option
from generator.check.result import Finding
from generator.project import Project
from generator.rules._texts import all_texts

ID = "GW202"
NAME = "translations-complete"
LEVEL = "error"
OPTIONS: dict[str, Option] = {}
MESSAGES = {
    "no-text": Template(
        en="{label} has no {language} text",
        nl="{label} heeft geen {language} tekst",
    ),
    "no-page": Template(
        en="page '{id}' has no {language} version: add content/pages/{code}/{id}.md",
        nl="pagina '{id}' heeft geen {language} versie: voeg content/pages/{code}/{id}.md toe",
    ),
    "language-nl": Template(en="Dutch (nl)", nl="Nederlandse (nl)"),
    "language-en": Template(en="English (en)", nl="Engelse (en)"),
}


def check(project: Project, options: dict[str, Any]) -> Iterator[Finding]:
    for label, text in all_texts(project):
        if text is None:
            continue
        for language in LANGUAGES:
            if language not in text.values:
                language_name = say(MESSAGES[f"language-{language}"])
                message = say(MESSAGES["no-text"], label=label, language=language_name)
                yield Finding(text.location, message)
    for (_language, page_id), page in sorted(project.pages.items()):
        for other in LANGUAGES:
            # A page that exists but cannot be read is reported by file-readable.
            other_file = project.root / "content" / "pages" / other / f"{page_id}.md"
            if (other, page_id) not in project.pages and not other_file.is_file():
                language_name = say(MESSAGES[f"language-{other}"])
                message = say(MESSAGES["no-page"], id=page_id, language=language_name, code=other)
                yield Finding(page.location, message)
