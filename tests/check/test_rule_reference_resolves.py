"""GW207 reference-resolves: named audiences, conversation types, pages and links exist."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import reference_resolves

CODE = "GW207"
ALPHA = "questions/alpha.yml"


def test_documented() -> None:
    assert_documented(reference_resolves, CODE, "reference-resolves")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_misspelt_audience(project, check) -> None:
    project.replace(ALPHA, "audiences: [employees]", "audiences: [employes]")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 10, 13, CODE)
    assert problem.message == "unknown audience 'employes'; did you mean 'employees'?"


def test_unknown_conversation_type(project, check) -> None:
    project.replace(ALPHA, "[annual, interim]", "[annual, appraisal]")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ALPHA, 11, 30, CODE)
    assert problem.message == "unknown conversation type 'appraisal'; known: annual, interim"


def test_question_audience(project, check) -> None:
    project.replace("questions/beta.yml", "    audiences: [managers]", "    audiences: [manager]")
    result = check()
    assert result.code == 1
    assert_problem(result.output, "questions/beta.yml", 30, 17, CODE)


def test_menu_names_a_missing_page(project, check) -> None:
    project.replace("content/navigation.yml", "pages: [annual, interim]", "pages: [annual, intrim]")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/navigation.yml", 7, 21, CODE)
    assert problem.message == "unknown page 'intrim'; did you mean 'interim'?"


def test_broken_link_in_a_page(project, check) -> None:
    project.replace("content/pages/nl/interim.md", "(annual.md)", "(anual.md)")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/pages/nl/interim.md", 3, 47, CODE)
    assert problem.message == "unknown page link 'anual.md'; did you mean 'annual.md'?"


def test_external_links_are_not_checked(project, check) -> None:
    project.write("content/pages/en/smart.md", "# SMART\n\nSee [x](https://example.org/a.md).\n")
    assert CODE not in codes(check().output)
