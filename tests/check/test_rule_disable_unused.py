"""GW218 disable-unused: a disable comment that switches nothing off is reported."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes, problems
from test_rule_disable_allowed import THEME, write_theme

from generator.rules import disable_unused

CODE = "GW218"


def test_documented() -> None:
    assert_documented(disable_unused, CODE, "disable-unused")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_a_comment_in_use_is_not_reported(project, check) -> None:
    write_theme(project, nl_comment="  # gesprekswijzer: disable=GW209")
    assert CODE not in codes(check().output)


def test_a_comment_on_a_line_without_that_warning(project, check) -> None:
    write_theme(project)
    project.replace(
        THEME,
        "      nl: Wat wil je leren?",
        "      nl: Wat wil je leren?  # gesprekswijzer: disable=GW209",
    )
    result = check()
    assert result.code == 0  # a warning
    line = project.line_of(THEME, "Wat wil je leren?")
    problem = assert_problem(result.output, THEME, line, 30, CODE, level="warning")
    assert problem.message == (
        f"this comment switches off GW209, but line {line} has no GW209: remove it"
    )
    dutch = check("--lang", "nl")
    assert f"maar regel {line} heeft geen GW209: haal haar weg [GW218]" in dutch.output


def test_only_the_unused_code_of_two(project, check) -> None:
    write_theme(project, nl_comment="  # gesprekswijzer: disable=GW209, GW208")
    found = [p for p in problems(check().output) if p.code == CODE]
    assert len(found) == 1 and "switches off GW208" in found[0].message


def test_strict_makes_it_fail(project, check) -> None:
    silenced = "  # gesprekswijzer: disable=GW209"
    write_theme(project, nl_comment=silenced, en_comment=silenced)
    project.replace(THEME, "      nl: Wat wil je leren?", "      nl: Wat wil je leren?" + silenced)
    plain = check()
    assert codes(plain.output) == {CODE} and plain.code == 0
    assert check("--strict").code == 1


def test_not_reported_in_a_file_that_cannot_be_read(project, check) -> None:
    write_theme(project, nl_comment="  # gesprekswijzer: disable=GW209")
    project.replace(THEME, "audiences: [employees]", "audiences: [employees")
    result = check()
    assert "GW002" in codes(result.output)
    assert CODE not in codes(result.output)
