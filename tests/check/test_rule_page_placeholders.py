"""GW212 page-placeholders: pages use only the known profile names, in {{ }} and {% if %}."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import page_placeholders

CODE = "GW212"
INDEX = "content/pages/nl/index.md"
SMART = "content/pages/en/smart.md"


def test_documented() -> None:
    assert_documented(page_placeholders, CODE, "page-placeholders")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_misspelt_placeholder(project, check) -> None:
    project.replace(INDEX, "{{ org_name }}", "{{ org_nme }}")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, INDEX, 3, 39, CODE)
    assert problem.message == "unknown placeholder 'org_nme'; did you mean 'org_name'?"


def test_unfinished_placeholder(project, check) -> None:
    project.replace("content/pages/en/glossary.md", "{{ contact_email }}", "{{ contact_email")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/pages/en/glossary.md", 3, 18, CODE)
    assert problem.message == "unfinished placeholder: write it as {{ name }}"


def test_profile_condition_passes(project, check) -> None:
    project.write(
        SMART,
        "# SMART\n\n"
        '{% if ratings == "used" %}\nScale: {{ rating_scale }}.\n'
        '{% elif "appraisal" in conversations %}\nAsk for an appraisal.\n'
        "{% else %}\nAsk {{ contact_name }}.\n{% endif %}\n",
    )
    assert CODE not in codes(check().output)


def test_unclosed_block(project, check) -> None:
    project.write(SMART, '# SMART\n\n{% if ratings == "used" %}\nA scale.\n')
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, SMART, 4, 1, CODE)
    assert problem.message == "an {% if %} block is not closed: end it with {% endif %}"


def test_value_the_setting_does_not_have(project, check) -> None:
    project.write(SMART, '# SMART\n\n{% if pay_link == "yes" %}\nPay.\n{% endif %}\n')
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, SMART, 3, 20, CODE)
    assert problem.message == (
        "'pay_link' is never \"yes\"; it is one of \"rating\", \"none\", \"unknown\""
    )


def test_unknown_name_in_a_condition(project, check) -> None:
    project.write(SMART, "# SMART\n\n{% if x %}hi{% endif %}\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, SMART, 3, 7, CODE)
    assert problem.message.startswith("unknown placeholder 'x'")


def test_other_template_features_are_refused(project, check) -> None:
    project.write(SMART, '# SMART\n\n{% include "secrets.txt" %}\n')
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, SMART, 3, 1, CODE)
    assert problem.message == "pages can only use {{ name }} and {% if %} blocks, not 'include'"
