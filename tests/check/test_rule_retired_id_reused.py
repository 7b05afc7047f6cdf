"""GW211 retired-id-reused: an id from content/retired-ids.yml is never used again."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import retired_id_reused

CODE = "GW211"


def test_documented() -> None:
    assert_documented(retired_id_reused, CODE, "retired-id-reused")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_retired_id_reused(project, check) -> None:
    project.replace("questions/alpha.yml", "- id: alpha-drain", "- id: alpha-stress")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "questions/alpha.yml", 20, 9, CODE)
    assert problem.message == (
        "question id 'alpha-stress' was retired on 2026-01-15 and may not be used again; "
        "choose a new id"
    )
