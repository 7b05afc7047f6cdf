"""GW218 disable-unused: a disable comment that switches nothing off is reported."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes, problems

from generator.rules import disable_unused

CODE = "GW218"
THEME = "questions/delta.yml"
# Five questions; {one} ends the first question's Dutch line, {plan} the last question,
# which is an instruction rather than a question (GW209, a warning).
DELTA = """\
id: delta
order: 40
title:
  nl: Samenwerken
  en: Working together
summary:
  nl: Hoe je samenwerkt.
  en: How you work together.
audiences: [employees]
conversation_types: [annual]
questions:
  - id: delta-who
    text:
      nl: Met wie werk je graag samen?{one}
      en: Who do you like working with?
  - id: delta-how
    text:
      nl: Hoe verdeel je het werk?
      en: How do you share the work?
  - id: delta-when
    text:
      nl: Wanneer overleg je?
      en: When do you meet?
  - id: delta-what
    text:
      nl: Wat kan beter?
      en: What could be better?
  - id: delta-plan
    text:
      nl: Noem een afspraak{plan}
      en: Name one agreement{plan}
"""
SILENCED = "  # gesprekswijzer: disable=GW209"


def write_theme(project, one: str = "", plan: str = SILENCED) -> None:
    project.write(THEME, DELTA.format(one=one, plan=plan))


def test_documented() -> None:
    assert_documented(disable_unused, CODE, "disable-unused")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_a_comment_in_use_is_not_reported(project, check) -> None:
    write_theme(project)
    result = check()
    assert not [p for p in problems(result.output) if p.path == THEME], result.output


def test_a_comment_on_a_line_without_that_warning(project, check) -> None:
    write_theme(project, one=SILENCED)
    result = check()
    assert result.code == 0  # a warning
    line = project.line_of(THEME, "Met wie werk je graag samen?")
    column = project.column_of(THEME, line, "#")
    problem = assert_problem(result.output, THEME, line, column, CODE, level="warning")
    assert problem.message == (
        f"this comment switches off GW209, but line {line} has no GW209: remove it"
    )
    dutch = check("--lang", "nl")
    assert f"maar regel {line} heeft geen GW209: haal haar weg [GW218]" in dutch.output


def test_only_the_unused_code_of_two(project, check) -> None:
    write_theme(project, plan="  # gesprekswijzer: disable=GW209, GW208")
    found = [p for p in problems(check().output) if p.code == CODE]
    assert len(found) == 2  # the Dutch and the English line each have no GW208
    assert all("switches off GW208" in p.message for p in found)


def test_strict_makes_it_fail(project, check) -> None:
    write_theme(project, one=SILENCED)
    plain = check()
    assert codes(plain.output) == {CODE} and plain.code == 0
    assert check("--strict").code == 1


def test_not_reported_in_a_file_that_cannot_be_read(project, check) -> None:
    write_theme(project, one=SILENCED)
    project.replace(THEME, "audiences: [employees]", "audiences: [employees")
    result = check()
    assert "GW002" in codes(result.output)
    assert CODE not in codes(result.output)
