"""GW002 yaml-syntax: syntax errors, tabs, duplicate keys, anchors, tags, deep nesting."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import yaml_syntax

CODE = "GW002"
ALPHA = "questions/alpha.yml"


def test_documented() -> None:
    assert_documented(yaml_syntax, CODE, "yaml-syntax")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_duplicate_key(project, check) -> None:
    project.insert_lines(ALPHA, 4, "order: 11")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 4, 1, CODE)
    assert problem.message == "duplicate key 'order' (first used on line 3)"


def test_tab_used_for_indentation(project, check) -> None:
    project.replace(ALPHA, "      nl: Wat geeft je energie?", "\t  nl: Wat geeft je energie?")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 15, 1, CODE)
    assert "tab" in problem.message and "spaces" in problem.message


def test_unquoted_colon_in_a_text(project, check) -> None:
    project.replace(ALPHA, "nl: Wat kost je energie?", "nl: Wat: kost je energie?")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 22, 14, CODE)
    assert "quotes" in problem.message


def test_unclosed_flow_list(project, check) -> None:
    project.replace(ALPHA, "audiences: [employees]", "audiences: [employees")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 11, 19, CODE)
    assert problem.message.startswith("YAML syntax error")


def test_anchor_and_alias_are_refused(project, check) -> None:
    project.replace(ALPHA, "audiences: [employees]", "audiences: &who [employees]")
    project.insert_lines(ALPHA, 24, "    audiences: *who")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 24, 16, CODE)  # at the alias, not the anchor
    assert "anchors and aliases" in problem.message


def test_text_starting_with_an_exclamation_mark_is_a_tag(project, check) -> None:
    project.replace(ALPHA, "nl: Wat kost je energie?", "nl: !Belangrijk wat kost je energie?")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 22, 11, CODE)
    assert "between quotes" in problem.message


def test_invalid_value_for_a_standard_tag(project, check) -> None:
    project.replace(ALPHA, "order: 10", "order: !!int ten")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 3, 8, CODE)
    assert problem.message == "'ten' is not a valid !!int value; remove '!!int'"


def test_control_character(project, check) -> None:
    project.replace(ALPHA, "Wat kost je", "Wat\x07kost je")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 22, 14, CODE)
    assert "U+0007" in problem.message


def test_nesting_too_deep(project, check) -> None:
    project.replace(ALPHA, "order: 10", "order: " + "[" * 100 + "]" * 100)
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 3, 8 + 63, CODE)  # the root mapping is level 1
    assert "nested too deeply" in problem.message


def test_second_document(project, check) -> None:
    project.write(ALPHA, project.read(ALPHA) + "---\nid: alpha\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 36, 1, CODE)
    assert "single document" in problem.message
