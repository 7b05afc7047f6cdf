"""Root cause first: a bank that cannot be read is reported first, without its consequences.

A theme file with a syntax error is left out of the model, so its theme id looks
unknown to the form that offers it and to the pages that link to it. Those
follow-on findings are left out while the file's own error is reported.
"""

from __future__ import annotations

import json

from checkhelpers import FORM_TEXT, SUMMARY_LINE, problems

BROKEN_BANK = """\
id: alpha
order: 10
title:
  nl: Energie
  en: Energy
summary:
  nl: Wat je energie geeft.
  en: What gives you energy.
audiences: [employees
conversation_types: [annual, interim]
questions:
  - id: alpha-energy
    text:
      nl: Wat geeft je energie?
      en: What gives you energy?
"""
ALPHA = "questions/alpha.yml"
FORM = "content/forms/prepare.yml"  # offers the themes [alpha]


def _break_alpha(project) -> None:
    project.write(FORM, FORM_TEXT)
    project.write(ALPHA, BROKEN_BANK)
    # An unrelated problem in a file that sorts before questions/, to show the order.
    project.replace("content/pages/nl/index.md", "{{ org_name }}", "{{ org_nme }}")


def test_syntax_error_first_and_no_follow_ons(project, check) -> None:
    _break_alpha(project)
    result = check()
    assert result.code == 1
    found = problems(result.output)
    assert (found[0].path, found[0].line, found[0].code) == (ALPHA, 10, "GW002")
    assert found[0].message.startswith("YAML syntax error")
    assert [p.code for p in found] == ["GW002", "GW212"]
    assert not [p for p in found if "alpha" in p.message]  # no unknown theme or page link
    last = result.output.rstrip("\n").split("\n")[-1]
    assert last.startswith("20 files checked: 2 errors, 0 warnings (4 more left out: they follow")
    assert SUMMARY_LINE.match(last)


def test_json_counts_what_was_left_out(project, check) -> None:
    _break_alpha(project)
    report = json.loads(check("--format", "json").output)
    assert report["problems"][0]["code"] == "GW002"
    assert report["summary"] == {"files": 20, "errors": 2, "warnings": 0, "left_out": 4}


def test_an_id_defined_nowhere_is_still_reported(project, check) -> None:
    project.write(FORM, FORM_TEXT.replace("themes: [alpha]", "themes: [gamma]"))
    project.write(ALPHA, BROKEN_BANK)
    found = problems(check().output)
    assert any(p.code == "GW207" and "unknown theme 'gamma'" in p.message for p in found)


def test_follow_ons_show_when_the_cause_is_not_reported(project, check) -> None:
    _break_alpha(project)
    project.write("gesprekswijzer.yml", "rules:\n  yaml-syntax: disable\n")
    found = problems(check().output)
    assert any(p.code == "GW207" and "unknown theme 'alpha'" in p.message for p in found)
    assert any(p.code == "GW207" and "themes/alpha.md" in p.message for p in found)
