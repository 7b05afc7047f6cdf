"""GW217 disable-allowed: disable comments switch off warnings only, and name real codes."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes, problems

from generator.rules import disable_allowed

CODE = "GW217"
THEME = "questions/gamma.yml"
# A theme whose last question is an instruction, not a question (GW209, a warning).
GAMMA = """\
id: gamma
order: 30
title:
  nl: Groei
  en: Growth
summary:
  nl: Waar je naartoe wilt.
  en: Where you want to go.
audiences: [employees]
conversation_types: [annual]
questions:
  - id: gamma-goal
    text:
      nl: Wat wil je leren?
      en: What do you want to learn?
  - id: gamma-help
    text:
      nl: Wie kan je helpen?
      en: Who can help you?
  - id: gamma-time
    text:
      nl: Hoeveel tijd heb je?
      en: How much time do you have?
  - id: gamma-next
    text:
      nl: Wat is je volgende stap?
      en: What is your next step?
  - id: gamma-plan
    text:
      nl: Beschrijf je plan{nl_comment}
      en: Describe your plan{en_comment}
"""


def write_theme(project, nl_comment: str = "", en_comment: str = "") -> None:
    project.write(THEME, GAMMA.format(nl_comment=nl_comment, en_comment=en_comment))


def test_documented() -> None:
    assert_documented(disable_allowed, CODE, "disable-allowed")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_a_warning_is_switched_off_on_its_line_or_the_line_before(project, check) -> None:
    write_theme(project)
    before = [p for p in problems(check().output) if p.path == THEME]
    line = project.line_of(THEME, "nl: Beschrijf je plan")
    assert [(p.code, p.line) for p in before] == [("GW209", line), ("GW209", line + 1)]
    write_theme(
        project,
        nl_comment="  # gesprekswijzer: disable=GW209",
        en_comment="\n      # gesprekswijzer: disable=gw209",  # on its own line: covers the next
    )
    text = project.read(THEME)
    # Move 'en' below the comment that stands on its own line.
    text = text.replace(
        "      en: Describe your plan\n      # gesprekswijzer: disable=gw209\n",
        "      # gesprekswijzer: disable=gw209\n      en: Describe your plan\n",
    )
    project.write(THEME, text)
    result = check()
    assert not [p for p in problems(result.output) if p.path == THEME], result.output
    assert result.code == 0


def test_an_error_cannot_be_switched_off(project, check) -> None:
    text = GAMMA.format(nl_comment="", en_comment="")
    text = text.replace("      en: What do you want to learn?\n", "")
    text = text.replace(
        "      nl: Wat wil je leren?",
        "      # gesprekswijzer: disable=GW202\n      nl: Wat wil je leren?",
    )
    project.write(THEME, text)
    result = check()
    assert result.code == 1
    line = project.line_of(THEME, "disable=GW202")
    refused = assert_problem(result.output, THEME, line, 7, CODE)
    assert refused.message == (
        f"GW202 on line {line + 1} is an error and cannot be switched off: fix it instead"
    )
    assert_problem(result.output, THEME, line + 1, 7, "GW202")  # the error itself stays
    assert "GW218" not in codes(result.output)  # not 'unused' as well


def test_unknown_code_and_a_comment_not_understood(project, check) -> None:
    write_theme(
        project,
        nl_comment="  # gesprekswijzer: disable=GW299",
        en_comment="  # gesprekswijzer: disabel=GW209",
    )
    result = check("--lang", "nl")
    assert result.code == 1
    line = project.line_of(THEME, "nl: Beschrijf je plan")
    unknown = assert_problem(result.output, THEME, line, 30, CODE)
    assert unknown.message == (
        "'GW299' is geen code van de checker; kijk bij 'gesprekswijzer check --list-rules'"
    )
    unread = assert_problem(result.output, THEME, line + 1, 31, CODE)
    assert "niet te begrijpen" in unread.message
    assert len([p for p in problems(result.output) if p.code == CODE]) == 2
