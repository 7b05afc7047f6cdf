"""GW205 id-format: lowercase ids with hyphens; a theme's id is its file name."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import id_format

CODE = "GW205"
ALPHA = "questions/alpha.yml"


def test_documented() -> None:
    assert_documented(id_format, CODE, "id-format")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_question_id_with_capitals_and_underscore(project, check) -> None:
    project.replace(ALPHA, "- id: alpha-rest", "- id: Alpha_Rest")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 24, 9, CODE)
    assert problem.message == (
        "question id 'Alpha_Rest' may only use a-z, 0-9 and single hyphens; "
        "for example 'alpha-rest'"
    )


def test_theme_id_differs_from_file_name(project, check) -> None:
    project.replace(ALPHA, "id: alpha\n", "id: alfa\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 2, 5, CODE)
    assert problem.message == "theme id 'alfa' differs from its file name 'alpha'"


def test_audience_id_with_space(project, check) -> None:
    project.replace("content/audiences.yml", "- id: managers", "- id: all managers")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/audiences.yml", 7, 9, CODE)
    assert "'all managers'" in problem.message and "'all-managers'" in problem.message


def test_double_hyphen(project, check) -> None:
    project.replace("content/glossary.yml", "- id: smart", "- id: smart--goal")
    result = check()
    assert result.code == 1
    assert_problem(result.output, "content/glossary.yml", 13, 5, CODE)  # the term, not its id value
