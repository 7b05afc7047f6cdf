"""GW201 theme-has-questions: a theme with no, or too few, questions."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import theme_has_questions

CODE = "GW201"
ALPHA = "questions/alpha.yml"


def test_documented() -> None:
    assert_documented(theme_has_questions, CODE, "theme-has-questions")
    option = theme_has_questions.OPTIONS["min-questions"]
    assert (option.type, option.default, option.minimum) == ("integer", 1, 1)


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_empty_question_list(project, check) -> None:
    lines = project.lines(ALPHA)
    project.write(ALPHA, "\n".join([*lines[:11], "questions: []", ""]))
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 12, 1, CODE)
    assert problem.message == "theme 'alpha' has no questions"


def test_questions_key_missing(project, check) -> None:
    lines = project.lines(ALPHA)
    project.write(ALPHA, "\n".join([*lines[:11], ""]))
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 2, 1, CODE)
    assert problem.message == "theme 'alpha' has no questions"


def test_fewer_than_the_configured_minimum(project, check) -> None:
    project.delete_lines(ALPHA, 32, 4)
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 12, 1, CODE)
    assert problem.message == "theme 'alpha' has 4 questions; at least 5 are needed"


def test_default_minimum_is_one(project, check) -> None:
    project.remove("gesprekswijzer.yml")
    project.delete_lines(ALPHA, 20, 16)
    result = check()
    assert result.code == 0, result.output
    assert CODE not in codes(result.output)
