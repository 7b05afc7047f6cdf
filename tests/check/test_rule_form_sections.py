"""GW213 form-sections: a form has sections, and every reflection offers questions.

The minimal fixture has no forms (they are optional), so these tests add one.
"""

from __future__ import annotations

from checkhelpers import FORM_TEXT, ProjectCopy, assert_documented, assert_problem, codes

from generator.rules import form_sections

CODE = "GW213"
FORM = "content/forms/prepare.yml"


def add_form(project: ProjectCopy, text: str = FORM_TEXT) -> None:
    project.write(FORM, text)


def test_documented() -> None:
    assert_documented(form_sections, CODE, "form-sections")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_form_with_sections_passes(project, check) -> None:
    add_form(project)
    result = check()
    assert result.code == 0, result.output
    assert result.output.strip() == "20 files checked, no problems"


def test_form_without_sections(project, check) -> None:
    add_form(project, FORM_TEXT.split("sections:")[0] + "sections: []\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, FORM, 2, 1, CODE)
    assert problem.message == "form 'prepare' has no sections"


def test_reflection_without_questions_for_the_audience(project, check) -> None:
    add_form(project, FORM_TEXT.replace("audiences: [employees]", "audiences: [managers]"))
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, FORM, 17, 5, CODE)
    assert problem.message == (
        "reflection 'reflection' offers no questions for the form's audiences (managers)"
    )


def test_reflection_with_a_theme_for_managers_passes(project, check) -> None:
    text = FORM_TEXT.replace("audiences: [employees]", "audiences: [managers]")
    add_form(project, text.replace("themes: [alpha]", "themes: [beta]"))
    assert CODE not in codes(check().output)


def test_blank_sheet_theme_among_the_offered_passes(project, check) -> None:
    add_form(project, FORM_TEXT + "    blank_sheet_themes: [alpha]\n")
    assert CODE not in codes(check().output)


def test_blank_sheet_theme_the_section_does_not_offer(project, check) -> None:
    add_form(project, FORM_TEXT + "    blank_sheet_themes: [beta]\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, FORM, 20, 26, CODE)
    assert problem.message == "blank sheet theme 'beta' is not offered by reflection 'reflection'"
