"""GW101 unknown-key: a key the format does not know, with a did-you-mean."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import unknown_key

CODE = "GW101"
ALPHA = "questions/alpha.yml"


def test_documented() -> None:
    assert_documented(unknown_key, CODE, "unknown-key")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_dutch_key_instead_of_english(project, check) -> None:
    project.replace(ALPHA, "title:\n", "titel:\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 4, 1, CODE)
    assert problem.message == "unknown key 'titel'; did you mean 'title'?"


def test_unknown_key_in_a_question(project, check) -> None:
    project.insert_lines(ALPHA, 21, "    hnt: extra")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 21, 5, CODE)
    assert problem.message == "unknown key 'hnt'; did you mean 'hint'?"


def test_unknown_language(project, check) -> None:
    project.replace(
        ALPHA, "      en: What drains your energy?", "      de: Was kostet dich Energie?"
    )
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 23, 7, CODE)
    assert problem.message.startswith("unknown key 'de'")


def test_unknown_key_in_smart(project, check) -> None:
    project.replace("content/smart.yml", "directional:\n", "directionel:\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/smart.yml", 38, 1, CODE)
    assert "did you mean 'directional'?" in problem.message
