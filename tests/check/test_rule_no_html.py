"""GW210 no-html: no HTML, scripts or javascript: links in texts and pages."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import no_html

CODE = "GW210"


def test_documented() -> None:
    assert_documented(no_html, CODE, "no-html")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_bold_tag_in_question(project, check) -> None:
    project.replace(
        "questions/alpha.yml", "nl: Wat geeft je energie?", "nl: Wat geeft je <b>energie</b>?"
    )
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "questions/alpha.yml", 15, 11, CODE)
    assert problem.message == "question 'alpha-energy' contains HTML ('<b>') in 'nl'"


def test_script_in_page(project, check) -> None:
    project.write(
        "content/pages/en/smart.md", "# SMART\n\nMake it clear.<script>alert(1)</script>\n"
    )
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/pages/en/smart.md", 3, 15, CODE)
    assert problem.message == "page contains HTML ('<script>'); use Markdown"


def test_javascript_link_in_page(project, check) -> None:
    project.write("content/pages/nl/smart.md", "# SMART\n\n[klik](javascript:alert(1))\n")
    result = check()
    assert result.code == 1
    assert_problem(result.output, "content/pages/nl/smart.md", 3, 8, CODE)


def test_markdown_and_comparisons_are_fine(project, check) -> None:
    project.write("content/pages/nl/smart.md", "# SMART\n\n**Vet**, a < b en b > c.\n")
    assert CODE not in codes(check().output)
