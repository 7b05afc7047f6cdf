"""GW103 missing-field: a required key is absent."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import missing_field

CODE = "GW103"
ALPHA = "questions/alpha.yml"


def test_documented() -> None:
    assert_documented(missing_field, CODE, "missing-field")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_theme_without_summary(project, check) -> None:
    project.delete_lines(ALPHA, 7, 3)
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 2, 1, CODE)
    assert problem.message == "missing key 'summary'"


def test_question_without_id(project, check) -> None:
    project.replace_line(ALPHA, 20, "  -")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 21, 5, CODE)
    assert problem.message == "missing key 'id' in 'questions'"


def test_smart_letter_without_word(project, check) -> None:
    project.delete_lines("content/smart.yml", 11, 3)
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/smart.yml", 10, 5, CODE)
    assert problem.message == "missing key 'word' in 'letters'"
