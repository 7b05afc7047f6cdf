"""Messages in Dutch and English: the same problems and codes, words from each rule's MESSAGES."""

from __future__ import annotations

import json
import string
from pathlib import Path
from types import ModuleType

import pytest
from checkhelpers import problems

from generator.check import config, reporter
from generator.check.config import load_settings
from generator.check.engine import run_rules
from generator.check.messages import Message, Template, language_from_environment
from generator.project import load_project
from generator.rules import RULES, _ids, _texts

ALPHA = "questions/alpha.yml"
# Shared words that are not one rule's: labels of texts, kinds of ids, the summary.
SHARED_TABLES = {
    "_texts.LABELS": _texts.LABELS,
    "_ids.KINDS": _ids.KINDS,
    "reporter.SUMMARY": reporter.SUMMARY,
    "reporter.NOUNS": reporter.NOUNS,
    "config.MESSAGES": config.MESSAGES,
}


def _break(project) -> None:
    """Problems for many rules at once: syntax, format, meaning, a page and a warning."""
    project.replace(ALPHA, "audiences: [employees]", "audiences: [employes]")
    project.replace(ALPHA, "nl: Wat kost je energie?", "nl: Wat kost je energie")
    project.replace("questions/beta.yml", "order: 20", "order: ten")
    project.replace("content/pages/nl/index.md", "{{ org_name }}", "{{ org_nme }}")
    project.replace("content/glossary.yml", "terms:", "termen: []\nterms:")
    project.write("content/smart.yml", "letters: [\n")


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _tables() -> list[tuple[str, dict[str, Template]]]:
    return [(rule.ID, rule.MESSAGES) for rule in RULES] + list(SHARED_TABLES.items())


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.ID)
def test_every_rule_declares_its_messages(rule: ModuleType) -> None:
    assert isinstance(rule.MESSAGES, dict) and rule.MESSAGES, f"{rule.ID} has no MESSAGES"
    assert all(isinstance(template, Template) for template in rule.MESSAGES.values())


@pytest.mark.parametrize(("owner", "table"), _tables(), ids=lambda value: str(value)[:20])
def test_every_message_has_both_languages_with_the_same_names(owner, table) -> None:
    for key, template in table.items():
        assert template.en.strip() and template.nl.strip(), f"{owner} {key}: a language is empty"
        assert _names(template.en) == _names(template.nl), f"{owner} {key}: names differ"
        words = "".join(part for part, *_ in string.Formatter().parse(template.en))
        if any(c.isalpha() for c in words) and key not in ("type-boolean",):
            assert template.en != template.nl, f"{owner} {key}: Dutch is a copy of English"


def test_same_codes_and_places_in_both_languages(project, check) -> None:
    _break(project)
    english, dutch = check("--lang", "en"), check("--lang", "nl")
    assert english.code == dutch.code == 1
    where = [(p.path, p.line, p.column, p.level, p.code) for p in problems(english.output)]
    assert where == [(p.path, p.line, p.column, p.level, p.code) for p in problems(dutch.output)]
    assert {"GW002", "GW101", "GW102", "GW207", "GW209", "GW212"} <= {w[4] for w in where}
    assert "'order' moet een heel getal zijn; nu is het een tekst" in dutch.output
    assert "'order' must be a whole number, not a text" in english.output
    assert "onbekende sleutel 'termen'; bedoel je 'terms'?" in dutch.output
    assert "vraag 'alpha-drain' eindigt niet op '?' in 'nl'" in dutch.output
    assert "doelgroep 'employes' bestaat niet; bedoel je 'employees'?" in dutch.output
    assert dutch.output.rstrip().splitlines()[-1].startswith("19 bestanden gecontroleerd: ")
    assert "files checked" not in dutch.output and "bestanden" not in english.output


def test_json_and_github_in_dutch(project, check) -> None:
    _break(project)
    report = json.loads(check("--lang", "nl", "--format", "json").output)
    messages = {p["code"]: p["message"] for p in report["problems"]}
    assert messages["GW101"] == "onbekende sleutel 'termen'; bedoel je 'terms'?"
    annotations = check("--lang", "nl", "--format", "github").output
    assert "::error file=content/glossary.yml" in annotations and "onbekende sleutel" in annotations


def test_every_finding_uses_its_own_rules_words(project) -> None:
    _break(project)
    root = Path(project.root)
    result = run_rules(load_project(root), load_settings(root, RULES))
    owners = {rule.ID: list(rule.MESSAGES.values()) for rule in RULES}
    assert result.problems
    for problem in result.problems:
        assert isinstance(problem.message, Message)
        assert problem.message.template in owners[problem.code], problem


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, "en"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"}, "en"),
        ({"LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_GB.UTF-8"}, "nl"),
        ({"LC_ALL": "", "LANG": "nl_NL.UTF-8"}, "nl"),
    ],
)
def test_language_from_the_environment(environment: dict[str, str], expected: str) -> None:
    assert language_from_environment(environment) == expected


def test_dutch_locale_chooses_dutch_and_lang_overrides_it(project, check, monkeypatch) -> None:
    _break(project)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert "bestanden gecontroleerd" in check().output
    assert "files checked" in check("--lang", "en").output
