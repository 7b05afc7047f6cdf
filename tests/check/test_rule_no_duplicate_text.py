"""GW208 no-duplicate-text: no two questions share a text."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import no_duplicate_text

CODE = "GW208"


def test_documented() -> None:
    assert_documented(no_duplicate_text, CODE, "no-duplicate-text")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_same_dutch_text_in_another_theme(project, check) -> None:
    project.replace(
        "questions/beta.yml",
        "nl: Welk overleg zou korter kunnen?",
        "nl: wat geeft  je ENERGIE?",
    )
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "questions/beta.yml", 27, 11, CODE)
    assert problem.message == (
        "question 'beta-meetings' has the same nl text as question 'alpha-energy' "
        "(questions/alpha.yml:15:11)"
    )


def test_same_english_text_in_one_theme(project, check) -> None:
    project.replace(
        "questions/alpha.yml",
        "en: What drains your energy?",
        "en: What gives you energy?",
    )
    result = check()
    assert result.code == 1
    assert_problem(result.output, "questions/alpha.yml", 23, 11, CODE)
