"""GW202 translations-complete: every text and page in Dutch and English."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import translations_complete

CODE = "GW202"
ALPHA = "questions/alpha.yml"


def test_documented() -> None:
    assert_documented(translations_complete, CODE, "translations-complete")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_dutch_question_text_deleted(project, check) -> None:
    project.delete_lines(ALPHA, 15)
    result = check()
    assert result.code == 1
    # The text now starts at the English line, which moved up to line 15.
    problem = assert_problem(result.output, ALPHA, 15, 7, CODE)
    assert problem.message == "question 'alpha-energy' has no Dutch (nl) text"


def test_english_title_deleted(project, check) -> None:
    project.delete_lines(ALPHA, 6)
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 5, 3, CODE)
    assert problem.message == "title of theme 'alpha' has no English (en) text"


def test_english_smart_definition_deleted(project, check) -> None:
    project.delete_lines("content/smart.yml", 16)
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/smart.yml", 15, 7, CODE)
    assert problem.message == "SMART definition for 'M' has no English (en) text"


def test_page_without_english_version(project, check) -> None:
    project.remove("content/pages/en/interim.md")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/pages/nl/interim.md", 1, 1, CODE)
    assert "content/pages/en/interim.md" in problem.message
