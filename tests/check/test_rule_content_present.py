"""GW003 content-present: question banks and every required content file exist."""

from __future__ import annotations

import shutil

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import content_present

CODE = "GW003"


def test_documented() -> None:
    assert_documented(content_present, CODE, "content-present")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_missing_required_file(project, check) -> None:
    project.remove("content/glossary.yml")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/glossary.yml", 1, 1, CODE)
    assert problem.message == "required file is missing"


def test_misspelt_content_file(project, check) -> None:
    project.path("content/retired-ids.yml").rename(project.path("content/retired-id.yml"))
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/retired-id.yml", 1, 1, CODE)
    assert (
        problem.message == "unknown content file 'retired-id.yml'; did you mean 'retired-ids.yml'?"
    )
    assert_problem(result.output, "content/retired-ids.yml", 1, 1, CODE)


def test_no_question_banks(project, check) -> None:
    shutil.rmtree(project.path("questions"))
    project.path("questions").mkdir()
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "questions", 1, 1, CODE)
    assert "no question banks" in problem.message and "questions/" in problem.message
