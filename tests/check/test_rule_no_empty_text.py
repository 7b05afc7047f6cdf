"""GW203 no-empty-text: no empty or blank texts and pages."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import no_empty_text

CODE = "GW203"
ALPHA = "questions/alpha.yml"


def test_documented() -> None:
    assert_documented(no_empty_text, CODE, "no-empty-text")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_empty_hint(project, check) -> None:
    project.replace(ALPHA, "nl: Denk aan een concrete week.", 'nl: ""')
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 18, 11, CODE)
    assert problem.message == "hint of question 'alpha-energy' is empty in 'nl'"


def test_blank_question_text(project, check) -> None:
    project.replace(ALPHA, "en: Who helps you when it is busy?", 'en: "   "')
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 31, 11, CODE)
    assert problem.message == "question 'alpha-help' is empty in 'en'"


def test_empty_page(project, check) -> None:
    project.write("content/pages/en/smart.md", "\n\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/pages/en/smart.md", 1, 1, CODE)
    assert problem.message == "page 'smart' (en) is empty"
