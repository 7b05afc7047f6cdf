"""GW215 changelog-current: CHANGELOG.md's newest section matches the content version."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import changelog_current

CODE = "GW215"
ORGANISATION = "content/organisation.yml"
CURRENT = "# Content changelog\n\n## 2026.1.0 — 2026-01-31\n\n### Added\n- Everything.\n"


def test_documented() -> None:
    assert_documented(changelog_current, CODE, "changelog-current")


def test_no_changelog_is_not_checked(project, check) -> None:
    assert CODE not in codes(check().output)


def test_current_changelog_passes(project, check) -> None:
    project.write("CHANGELOG.md", CURRENT)
    assert CODE not in codes(check().output)


def test_version_raised_without_a_section(project, check) -> None:
    project.write("CHANGELOG.md", CURRENT)
    project.replace(ORGANISATION, "content_version: 2026.1.0", "content_version: 2026.2.0")
    result = check()
    assert result.code == 1
    line = project.line_of(ORGANISATION, "content_version:")
    problem = assert_problem(result.output, ORGANISATION, line, 18, CODE)
    assert problem.message == (
        "content version 2026.2.0 has no section in CHANGELOG.md; its newest section is 2026.1.0"
    )


def test_date_differs(project, check) -> None:
    project.write("CHANGELOG.md", CURRENT.replace("2026-01-31", "2026-01-30"))
    result = check()
    line = project.line_of(ORGANISATION, "content_date:")
    problem = assert_problem(result.output, ORGANISATION, line, 15, CODE)
    assert "differs from CHANGELOG.md's 2026-01-30" in problem.message


def test_changelog_without_sections(project, check) -> None:
    project.write("CHANGELOG.md", "# Content changelog\n\nNothing yet.\n")
    result = check()
    line = project.line_of(ORGANISATION, "content_version:")
    assert_problem(result.output, ORGANISATION, line, 18, CODE)
