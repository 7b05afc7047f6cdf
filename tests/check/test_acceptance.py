"""Acceptance tests: the shipped content, the "done when" mutations, output formats, exit codes.

The mutations work on a copy of the real content at the repository root; their expected
line numbers are computed from the files, so the tests keep working as the content grows.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from checkhelpers import (
    REPO_ROOT,
    SUMMARY_LINE,
    ProjectCopy,
    assert_problem,
    codes,
    problems,
)

from generator.rules import RULES


def errors(output: str) -> set[str]:
    return {p.code for p in problems(output) if p.level == "error"}


def theme_files(project: ProjectCopy) -> list[str]:
    return sorted(f"questions/{p.name}" for p in project.path("questions").glob("*.yml"))


def indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def block_end(lines: list[str], start: int) -> int:
    """The index just past the lines indented deeper than ``lines[start]`` (0-based)."""
    end = start + 1
    while end < len(lines) and (
        not lines[end].strip() or indent(lines[end]) > indent(lines[start])
    ):
        end += 1
    return end


# --- the shipped content --------------------------------------------------------------


def test_shipped_content_passes(monkeypatch: pytest.MonkeyPatch, check) -> None:
    monkeypatch.chdir(REPO_ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    result = check(str(REPO_ROOT))
    assert result.code == 0, result.output
    assert result.output.rstrip().splitlines()[-1].endswith("no problems"), result.output


def test_minimal_fixture_passes(project, check) -> None:
    result = check()
    assert result.code == 0, result.output
    assert result.output.strip() == "19 files checked, no problems"


# --- the four "done when" mutations on a copy of the shipped content ---------------------


def _single_line_dutch_text(project: ProjectCopy) -> tuple[str, int, str]:
    """A theme file, the 1-based line of a one-line Dutch question text, and the question id."""
    pattern = re.compile(r"^\s+nl: [^>|\s]")
    for path in theme_files(project):
        lines = project.lines(path)
        question = ""
        for index, line in enumerate(lines[:-2]):
            if line.lstrip().startswith("- id:"):
                question = line.split("- id:", 1)[1].strip()
            following = lines[index + 2]
            if (
                line.strip() == "text:"
                and pattern.match(lines[index + 1])
                and following.lstrip().startswith("en: ")
                and indent(following) == indent(lines[index + 1]) > indent(line)
            ):
                return path, index + 2, question
    raise AssertionError("no question with a one-line Dutch text found")


def test_deleting_a_dutch_question_text(shipped: ProjectCopy, check) -> None:
    path, line, question = _single_line_dutch_text(shipped)
    english_column = indent(shipped.lines(path)[line]) + 1
    shipped.delete_lines(path, line)
    result = check()
    assert result.code == 1
    # The text mapping now starts at the English line, which moved up into the gap.
    problem = assert_problem(result.output, path, line, english_column, "GW202")
    assert problem.message == f"question '{question}' has no Dutch (nl) text"
    assert errors(result.output) == {"GW202"}


def test_deleting_a_smart_definition(shipped: ProjectCopy, check) -> None:
    path = "content/smart.yml"
    lines = shipped.lines(path)
    letter = shipped.line_of(path, "- letter: M")
    end = block_end(lines, letter - 1)
    definition = next(
        n for n in range(letter, end) if lines[n].strip() == "definition:"
    )  # 0-based index
    del lines[definition : block_end(lines, definition)]
    shipped.write(path, "\n".join(lines))
    assert "definition:" not in "\n".join(shipped.lines(path)[letter - 1 : letter + 3])
    result = check()
    assert result.code == 1
    column = shipped.column_of(path, letter, "letter:")
    problem = assert_problem(result.output, path, letter, column, "GW204")
    assert problem.message == "SMART letter 'M' has no definition"
    assert errors(result.output) == {"GW204"}


def test_deleting_all_questions_of_a_theme(shipped: ProjectCopy, check) -> None:
    path = theme_files(shipped)[0]
    theme_id = yaml.safe_load(shipped.read(path))["id"]
    lines = shipped.lines(path)
    start = lines.index("questions:")
    lines[start : block_end(lines, start)] = ["questions: []"]
    shipped.write(path, "\n".join(lines) + "\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, path, start + 1, 1, "GW201")
    assert problem.message == f"theme '{theme_id}' has no questions"
    assert errors(result.output) == {"GW201"}


def test_reusing_a_retired_id(shipped: ProjectCopy, check) -> None:
    retired = yaml.safe_load(shipped.read("content/retired-ids.yml"))["retired"][0]
    path = theme_files(shipped)[-1]
    line = shipped.line_of(path, "- id: ")
    old_id = shipped.lines(path)[line - 1].split("- id: ", 1)[1].strip()
    shipped.replace(path, f"- id: {old_id}\n", f"- id: {retired['id']}\n")
    result = check()
    assert result.code == 1
    column = shipped.column_of(path, line, retired["id"])
    problem = assert_problem(result.output, path, line, column, "GW211")
    assert f"'{retired['id']}' was retired on {retired['retired_on']}" in problem.message
    assert errors(result.output) == {"GW211"}


# --- exit codes ------------------------------------------------------------------------


def test_exit_code_clean_is_0(project, check) -> None:
    assert check().code == 0


def test_exit_code_problems_is_1(project, check) -> None:
    project.replace("questions/alpha.yml", "audiences: [employees]", "audiences: [employes]")
    assert check().code == 1


def test_exit_code_missing_folder_is_2(project, check) -> None:
    result = check("no-such-folder")
    assert result.code == 2
    assert "no-such-folder: no such folder" in result.output
    assert "Traceback" not in result.output


def test_exit_code_unknown_explain_is_2(check) -> None:
    result = check("--explain", "GW999")
    assert result.code == 2
    assert "unknown rule 'GW999'" in result.output


def test_exit_code_unknown_option_is_2(check, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        check("--no-such-option")
    assert stopped.value.code == 2


def test_warning_fails_only_with_strict(project, check) -> None:
    project.replace("questions/beta.yml", "nl: Welk overleg zou korter kunnen?", "nl: Welk overleg")
    plain = check()
    assert plain.code == 0
    assert codes(plain.output) == {"GW209"}
    assert plain.output.rstrip().endswith("0 errors, 1 warning")
    strict = check("--strict")
    assert strict.code == 1
    assert strict.output == plain.output


# --- output formats --------------------------------------------------------------------


def _break_two_files(project: ProjectCopy) -> None:
    project.delete_lines("questions/alpha.yml", 15)  # GW202 at questions/alpha.yml:15:7
    project.replace("questions/beta.yml", "nl: Welk overleg zou korter kunnen?", "nl: Welk overleg")
    project.replace("content/pages/nl/index.md", "{{ org_name }}", "{{ org_nme }}")
    project.replace("questions/alpha.yml", "audiences: [employees]", "audiences: [employes]")


def test_text_output_is_sorted_with_summary_last(project, check) -> None:
    _break_two_files(project)
    result = check()
    lines = result.output.rstrip("\n").split("\n")
    found = problems(result.output)
    assert len(found) == len(lines) - 1 == 4
    keys = [(p.path, p.line, p.column, p.code) for p in found]
    assert keys == sorted(keys)
    assert SUMMARY_LINE.match(lines[-1])
    assert lines[-1] == "19 files checked: 3 errors, 1 warning"


def test_json_format(project, check) -> None:
    _break_two_files(project)
    result = check("--format", "json")
    assert result.code == 1
    report = json.loads(result.output)
    assert report["summary"] == {"files": 19, "errors": 3, "warnings": 1, "left_out": 0}
    first = report["problems"][0]
    assert set(first) == {"path", "line", "column", "level", "code", "rule", "message"}
    assert {
        "path": "questions/alpha.yml",
        "line": 15,
        "column": 7,
        "level": "error",
        "code": "GW202",
        "rule": "translations-complete",
        "message": "question 'alpha-energy' has no Dutch (nl) text",
    } in report["problems"]
    keys = [(p["path"], p["line"], p["column"], p["code"]) for p in report["problems"]]
    assert keys == sorted(keys)


def test_json_format_when_clean(project, check) -> None:
    report = json.loads(check("--format", "json").output)
    assert report == {
        "problems": [],
        "summary": {"files": 19, "errors": 0, "warnings": 0, "left_out": 0},
    }


GITHUB_LINE = re.compile(
    r"^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=GW\d{3} [a-z-]+::.+$"
)


def test_github_format(project, check) -> None:
    _break_two_files(project)
    result = check("--format", "github")
    assert result.code == 1
    lines = result.output.rstrip("\n").split("\n")
    assert all(GITHUB_LINE.match(line) for line in lines[:-1]), result.output
    assert (
        "::error file=questions/alpha.yml,line=15,col=7,title=GW202 translations-complete"
        "::question 'alpha-energy' has no Dutch (nl) text"
    ) in lines
    assert any(
        line.startswith("::warning file=questions/beta.yml,line=27,col=11,") for line in lines
    )
    assert SUMMARY_LINE.match(lines[-1])


def test_github_format_inside_github_actions(project, check, monkeypatch) -> None:
    _break_two_files(project)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    automatic = check()
    assert automatic.output == check("--format", "github").output
    assert automatic.output.startswith("::error file=")
    assert not check("--format", "text").output.startswith("::")


# --- the rule catalogue ------------------------------------------------------------------


def test_list_rules_lists_every_rule(check) -> None:
    result = check("--list-rules")
    assert result.code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == len(RULES)
    for rule, line in zip(RULES, lines, strict=True):
        assert line.split()[:3] == [rule.ID, rule.NAME, rule.LEVEL]


def test_rule_codes_are_unique_and_well_formed() -> None:
    ids = [rule.ID for rule in RULES]
    names = [rule.NAME for rule in RULES]
    assert len(set(ids)) == len(ids) >= 18
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"GW\d{3}", code) for code in ids)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", name) for name in names)
    assert ids == sorted(ids)


def test_every_rule_has_its_own_test_module() -> None:
    here = REPO_ROOT / "tests" / "check"
    for rule in RULES:
        module = here / f"test_rule_{rule.NAME.replace('-', '_')}.py"
        assert module.is_file(), f"no tests for {rule.ID} {rule.NAME}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.ID)
def test_explain_prints_the_docstring(rule, check) -> None:
    for asked in (rule.ID, rule.ID.lower(), rule.NAME):
        result = check("--explain", asked)
        assert result.code == 0
        assert result.output == (rule.__doc__ or "").strip() + "\n"


# --- gesprekswijzer.yml ----------------------------------------------------------------


def test_config_min_questions(project, check) -> None:
    project.replace("gesprekswijzer.yml", "min-questions: 5", "min-questions: 6")
    result = check()
    assert result.code == 1
    for theme in ("alpha", "beta"):
        problem = assert_problem(result.output, f"questions/{theme}.yml", 12, 1, "GW201")
        assert problem.message == f"theme '{theme}' has 5 questions; at least 6 are needed"


def test_config_unknown_rule_name(project, check) -> None:
    project.replace("gesprekswijzer.yml", "  theme-has-questions:", "  theme-has-question:")
    result = check()
    assert result.code == 2
    assert "gesprekswijzer.yml:3:3: unknown rule 'theme-has-question'" in result.output
    assert "Traceback" not in result.output


def test_config_unknown_option(project, check) -> None:
    project.replace("gesprekswijzer.yml", "min-questions: 5", "minimum: 5")
    result = check()
    assert result.code == 2
    assert result.output == (
        "gesprekswijzer: gesprekswijzer.yml:4:5: unknown key 'minimum'; "
        "allowed: level, min-questions [GW101]\n"
    )


def test_config_option_of_wrong_type(project, check) -> None:
    project.replace("gesprekswijzer.yml", "min-questions: 5", "min-questions: five")
    result = check()
    assert result.code == 2
    assert result.output == (
        "gesprekswijzer: gesprekswijzer.yml:4:20: "
        "'min-questions' must be a whole number, not a text [GW102]\n"
    )


def test_config_broken_yaml(project, check) -> None:
    project.write("gesprekswijzer.yml", "rules:\n\ttheme-has-questions: disable\n")
    result = check()
    assert result.code == 2
    assert "gesprekswijzer.yml:2:1: a tab character" in result.output


def test_config_disable_and_level(project, check) -> None:
    project.replace("questions/beta.yml", "nl: Welk overleg zou korter kunnen?", "nl: Welk overleg")
    project.write("gesprekswijzer.yml", "rules:\n  question-form: disable\n")
    assert check().output.strip() == "19 files checked, no problems"
    project.write("gesprekswijzer.yml", "rules:\n  GW209:\n    level: error\n")
    result = check()
    assert result.code == 1
    assert_problem(result.output, "questions/beta.yml", 27, 11, "GW209", level="error")


@pytest.mark.parametrize("text", ["", "# nothing set\n", "rules:\n", "rules: {}\n"])
def test_config_empty_is_fine(project, check, text: str) -> None:
    project.write("gesprekswijzer.yml", text)
    assert check().code == 0


def test_without_config_defaults_apply(project, check) -> None:
    project.remove("gesprekswijzer.yml")
    assert check().code == 0


# --- the installed command ------------------------------------------------------------


def test_console_script(project) -> None:
    # Next to the interpreter running the tests: make test runs .venv/bin/python without
    # activating the virtualenv, so the script is not on PATH there.
    command = Path(sys.executable).with_name("gesprekswijzer")
    assert command.is_file(), f"the console script is not installed next to {sys.executable}"
    completed = subprocess.run(
        [command, "check", "."], capture_output=True, text=True, check=False, timeout=60
    )
    assert completed.returncode == 0
    assert completed.stdout.strip() == "19 files checked, no problems"


def test_module_entry_point(project) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "generator.cli", "check", "--list-rules"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=REPO_ROOT,
    )
    assert completed.returncode == 0
    assert len(completed.stdout.strip().splitlines()) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.ID)
def test_every_rule_documents_passing_and_failing_examples(rule) -> None:
    doc = rule.__doc__ or ""
    assert doc.startswith(f"{rule.ID} {rule.NAME}: ")
    assert "Passes" in doc and "Fails" in doc
    assert doc.index("Passes") < doc.index("Fails")


def test_a_message_never_spans_two_lines(project, check) -> None:
    project.write("questions/alpha.yml", project.read("questions/alpha.yml") + '"ti\\ntel": 1\n')
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "questions/alpha.yml", 36, 1, "GW101")
    assert problem.message == "unknown key 'ti\\ntel'; did you mean 'title'?"
    assert len(result.output.rstrip("\n").split("\n")) == len(problems(result.output)) + 1
