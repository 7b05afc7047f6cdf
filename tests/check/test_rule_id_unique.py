"""GW206 id-unique: no id used twice for the same kind of item."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes, problems

from generator.rules import id_unique

CODE = "GW206"


def test_documented() -> None:
    assert_documented(id_unique, CODE, "id-unique")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_question_id_used_in_two_themes(project, check) -> None:
    project.replace("questions/beta.yml", "- id: beta-team", "- id: alpha-energy")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "questions/beta.yml", 13, 9, CODE)
    assert problem.message == (
        "question id 'alpha-energy' is already used at questions/alpha.yml:13:9"
    )
    assert [p.path for p in problems(result.output) if p.code == CODE] == ["questions/beta.yml"]


def test_question_id_twice_in_one_theme(project, check) -> None:
    project.replace("questions/alpha.yml", "- id: alpha-next", "- id: alpha-drain")
    result = check()
    assert result.code == 1
    assert_problem(result.output, "questions/alpha.yml", 32, 9, CODE)


def test_same_id_for_different_kinds_is_allowed(project, check) -> None:
    project.replace("content/glossary.yml", "- id: jaargesprek", "- id: employees")
    result = check()
    assert CODE not in codes(result.output)
