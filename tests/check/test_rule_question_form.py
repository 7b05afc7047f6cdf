"""GW209 question-form: a question ends with a question mark (a warning)."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import question_form

CODE = "GW209"


def test_documented() -> None:
    assert_documented(question_form, CODE, "question-form")
    assert question_form.LEVEL == "warning"


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_question_without_question_mark(project, check) -> None:
    project.replace(
        "questions/alpha.yml", "en: What gives you energy?", "en: Describe what gives you energy"
    )
    result = check()
    assert result.code == 0, "a warning alone does not fail the check"
    problem = assert_problem(result.output, "questions/alpha.yml", 16, 11, CODE, level="warning")
    assert problem.message == "question 'alpha-energy' does not end with '?' in 'en'"
    assert result.output.rstrip().endswith("0 errors, 1 warning")


def test_strict_makes_it_fail(project, check) -> None:
    project.replace("questions/alpha.yml", "nl: Wat kost je energie?", "nl: Wat kost je energie")
    result = check("--strict")
    assert result.code == 1
    assert_problem(result.output, "questions/alpha.yml", 22, 11, CODE, level="warning")


def test_trailing_spaces_after_question_mark(project, check) -> None:
    project.replace(
        "questions/alpha.yml", "nl: Wat kost je energie?", 'nl: "Wat kost je energie?  "'
    )
    assert CODE not in codes(check().output)
