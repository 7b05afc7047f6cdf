"""GW204 smart-complete: five SMART letters in order, each with a definition."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes, problems

from generator.rules import smart_complete

CODE = "GW204"
SMART = "content/smart.yml"


def test_documented() -> None:
    assert_documented(smart_complete, CODE, "smart-complete")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_letter_without_definition(project, check) -> None:
    assert project.lines(SMART)[13] == "    definition:"
    project.delete_lines(SMART, 14, 3)
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, SMART, 10, 5, CODE)
    assert problem.message == "SMART letter 'M' has no definition"


def test_letter_missing(project, check) -> None:
    project.delete_lines(SMART, 31, 7)
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, SMART, 2, 1, CODE)
    assert problem.message == "SMART letter 'T' is missing"


def test_letters_out_of_order(project, check) -> None:
    project.replace(SMART, "letter: S", "letter: X")
    project.replace(SMART, "letter: M", "letter: S")
    project.replace(SMART, "letter: X", "letter: M")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, SMART, 2, 1, CODE)
    assert problem.message == "SMART letters are not in the order S, M, A, R, T"


def test_letter_given_twice_and_unknown_letter(project, check) -> None:
    project.replace(SMART, "letter: A", "letter: S")
    project.replace(SMART, "letter: R", "letter: Q")
    result = check()
    assert result.code == 1
    assert_problem(result.output, SMART, 17, 5, CODE)
    assert_problem(result.output, SMART, 24, 5, CODE)
    messages = {p.message for p in problems(result.output)}
    assert "SMART letter 'S' is given twice" in messages
    assert "'Q' is not a SMART letter" in messages


def test_directional_missing(project, check) -> None:
    lines = project.lines(SMART)
    project.write(SMART, "\n".join([*lines[:37], ""]))
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, SMART, 2, 1, CODE)
    assert problem.message == "the directional agreement ('directional:') is missing"
