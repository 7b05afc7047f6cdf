"""GW102 wrong-type: a value of the wrong type or form."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import wrong_type

CODE = "GW102"
ALPHA = "questions/alpha.yml"


def test_documented() -> None:
    assert_documented(wrong_type, CODE, "wrong-type")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_single_text_where_a_list_belongs(project, check) -> None:
    project.replace(ALPHA, "audiences: [employees]", "audiences: employees")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 10, 12, CODE)
    assert problem.message == "'audiences' must be a list (lines starting with '- '), not a text"


def test_number_where_a_text_belongs(project, check) -> None:
    project.replace(ALPHA, "en: Energy\n", "en: 1.5\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 6, 7, CODE)
    assert problem.message == "'en' must be a text, not a number"


def test_empty_value(project, check) -> None:
    project.replace(ALPHA, "nl: Wat kost je energie?", "nl:")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 22, 10, CODE)
    assert problem.message == "'nl' must be a text, not empty"


def test_colour_not_in_hex_form(project, check) -> None:
    project.replace("content/organisation.yml", 'primary: "#1f4e79"', "primary: blue")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/organisation.yml", 15, 12, CODE)
    assert "'primary' has value 'blue'" in problem.message


def test_whole_file_is_a_list(project, check) -> None:
    project.write(ALPHA, "- id: alpha\n- order: 10\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 1, 1, CODE)
    assert problem.message.startswith("the file must be a mapping (key: value lines), not a list")
