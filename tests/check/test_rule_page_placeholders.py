"""GW212 page-placeholders: pages use only the known {{ placeholders }}."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import page_placeholders

CODE = "GW212"
INDEX = "content/pages/nl/index.md"


def test_documented() -> None:
    assert_documented(page_placeholders, CODE, "page-placeholders")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_misspelt_placeholder(project, check) -> None:
    project.replace(INDEX, "{{ org_name }}", "{{ org_nme }}")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, INDEX, 3, 36, CODE)
    assert problem.message == "unknown placeholder 'org_nme'; did you mean 'org_name'?"


def test_unfinished_placeholder(project, check) -> None:
    project.replace("content/pages/en/glossary.md", "{{ contact_email }}", "{{ contact_email")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/pages/en/glossary.md", 3, 18, CODE)
    assert problem.message == "unfinished placeholder: write it as {{ name }}"


def test_template_tag(project, check) -> None:
    project.write("content/pages/en/smart.md", "# SMART\n\n{% if x %}hi{% endif %}\n")
    result = check()
    assert result.code == 1
    assert_problem(result.output, "content/pages/en/smart.md", 3, 1, CODE)
    assert_problem(result.output, "content/pages/en/smart.md", 3, 13, CODE)
