"""Bad input never gives a traceback: each gives a clear message at its location and exit 1.

These run the checker as a separate process, so that a crash in C code (libyaml) or a
runaway allocation shows up as a failed test rather than taking pytest down with it.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

import pytest
from checkhelpers import SUMMARY_LINE, Run, assert_problem, problems, run_subprocess

ALPHA = "questions/alpha.yml"


def assert_clean_failure(result: Run) -> None:
    """Exit 1, no traceback, no internal error, and the summary as the last line."""
    assert result.code == 1, result.output
    assert "Traceback" not in result.output
    assert "internal error" not in result.output
    assert SUMMARY_LINE.match(result.output.rstrip().splitlines()[-1]), result.output


def limit_memory(megabytes: int) -> None:
    import resource

    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_yaml_syntax_error(project, check_subprocess) -> None:
    project.replace(ALPHA, "nl: Wat kost je energie?", 'nl: "Wat kost je energie?')
    result = check_subprocess()
    assert_clean_failure(result)
    problem = assert_problem(result.output, ALPHA, 36, 1, "GW002")
    assert "quoted scalar" in problem.message


def test_tab_used_for_indentation(project, check_subprocess) -> None:
    project.replace(ALPHA, "  en: Energy", "\ten: Energy")
    result = check_subprocess()
    assert_clean_failure(result)
    problem = assert_problem(result.output, ALPHA, 6, 1, "GW002")
    assert problem.message == "a tab character is used for indentation; use spaces instead"


def test_duplicate_key(project, check_subprocess) -> None:
    project.replace(ALPHA, "      en: What drains your energy?", "      nl: Wat kost je moeite?")
    result = check_subprocess()
    assert_clean_failure(result)
    problem = assert_problem(result.output, ALPHA, 23, 7, "GW002")
    assert problem.message == "duplicate key 'nl' (first used on line 22)"


def test_non_utf8_byte(project, check_subprocess) -> None:
    data = project.path(ALPHA).read_bytes().replace(b"Wie helpt", b"Wi\xe9 helpt")
    project.write_bytes(ALPHA, data)
    result = check_subprocess()
    assert_clean_failure(result)
    problem = assert_problem(result.output, ALPHA, 30, 13, "GW001")
    assert problem.message == "byte 0xe9 is not valid UTF-8; save the file as UTF-8"


def test_byte_order_mark(project, check_subprocess) -> None:
    project.write_bytes(ALPHA, b"\xef\xbb\xbf" + project.path(ALPHA).read_bytes())
    result = check_subprocess()
    assert_clean_failure(result)
    problem = assert_problem(result.output, ALPHA, 1, 1, "GW001")
    assert "byte-order mark" in problem.message and "UTF-8 without BOM" in problem.message


def test_list_where_a_mapping_belongs(project, check_subprocess) -> None:
    lines = project.lines(ALPHA)
    project.write(ALPHA, "\n".join([lines[0], *(f"- {line}" for line in lines[1:3])]) + "\n")
    result = check_subprocess()
    assert_clean_failure(result)
    problem = assert_problem(result.output, ALPHA, 2, 1, "GW102")
    assert problem.message.startswith("the file must be a mapping (key: value lines), not a list")


def test_fifty_megabyte_file(project, check_subprocess) -> None:
    with project.path(ALPHA).open("wb") as file:
        file.write(b"id: ")
        chunk = b"a" * (1024 * 1024)
        for _ in range(50):
            file.write(chunk)
        file.write(b"\n")
    started = time.monotonic()
    result = check_subprocess(timeout=20)
    assert time.monotonic() - started < 10
    assert_clean_failure(result)
    problem = assert_problem(result.output, ALPHA, 1, 1, "GW001")
    assert problem.message == "file is 51200 KiB; content files may be at most 1024 KiB"


def _alias_bomb(levels: int = 9) -> str:
    names = "abcdefghijklmnopqrstuvwxyz"
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in itertools.pairwise(names[:levels]):
        aliases = ",".join([f"*{previous}"] * 9)
        lines.append(f"{name}: &{name} [{aliases}]")
    return "\n".join(lines) + "\n"


@pytest.mark.skipif(sys.platform != "linux", reason="memory limit through RLIMIT_AS")
def test_alias_bomb(project, check_subprocess) -> None:
    project.write(ALPHA, _alias_bomb())
    started = time.monotonic()
    result = check_subprocess(timeout=20, preexec_fn=lambda: limit_memory(1024))
    assert time.monotonic() - started < 10
    assert_clean_failure(result)
    problem = assert_problem(result.output, ALPHA, 2, 8, "GW002")
    assert problem.message == "anchors and aliases (& and *) are not allowed in content files"


def test_deep_flow_nesting(project, check_subprocess) -> None:
    project.write(ALPHA, "[" * 200_000)
    result = check_subprocess(timeout=20)
    assert_clean_failure(result)
    problem = assert_problem(result.output, ALPHA, 1, 65, "GW002")
    assert problem.message == "the file is nested too deeply (more than 64 levels)"


def test_deep_block_nesting(project, check_subprocess) -> None:
    """libyaml's composer recursed in C on this and crashed the interpreter (SIGSEGV)."""
    project.write(ALPHA, "- " * 100_000 + "x\n")
    result = check_subprocess(timeout=20)
    assert_clean_failure(result)
    assert_problem(result.output, ALPHA, 1, 129, "GW002")


def test_deep_but_balanced_nesting_below_the_old_threshold(project, check_subprocess) -> None:
    """900 brackets went to the C loader and then overflowed Python's recursion limit."""
    project.write(ALPHA, "id: " + "[" * 900 + "]" * 900 + "\n")
    result = check_subprocess(timeout=20)
    assert_clean_failure(result)
    assert_problem(result.output, ALPHA, 1, 68, "GW002")


def test_deeply_indented_mappings(project, check_subprocess) -> None:
    project.write(ALPHA, "".join("  " * depth + f"k{depth}:\n" for depth in range(600)))
    result = check_subprocess(timeout=20)
    assert_clean_failure(result)
    assert_problem(result.output, ALPHA, 65, 129, "GW002")


def test_empty_file(project, check_subprocess) -> None:
    project.write(ALPHA, "")
    result = check_subprocess()
    assert_clean_failure(result)
    problem = assert_problem(result.output, ALPHA, 1, 1, "GW102")
    assert problem.message == "the file must be a mapping (key: value lines), not empty"


def test_file_with_only_a_comment(project, check_subprocess) -> None:
    project.write(ALPHA, "# yaml-language-server: $schema=../generator/schemas/theme.schema.json\n")
    result = check_subprocess()
    assert_clean_failure(result)
    assert_problem(result.output, ALPHA, 1, 1, "GW102")


def test_folder_without_banks(tmp_path: Path) -> None:
    result = run_subprocess(cwd=tmp_path)
    assert_clean_failure(result)
    problem = assert_problem(result.output, "questions", 1, 1, "GW003")
    assert "questions/<theme>.yml" in problem.message
    assert {p.path for p in problems(result.output)} >= {"questions", "content/smart.yml"}


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [
        ("order: !!int ten\n", 1, 8, "not a valid !!int value"),
        ("order: !!float x\n", 1, 8, "not a valid !!float value"),
        ("title: !Important text\n", 1, 8, "between quotes"),
        ("id: a\x00b\n", 1, 6, "U+0000"),
        ("id: a\ufffeb\n", 1, 6, "U+FFFE"),
        ("id: alpha\n---\nid: beta\n", 2, 1, "single document"),
        ("base: {id: x}\nother:\n  <<: {id: y}\n", 3, 3, "merge keys"),
        ('id: "\\ud800"\n', 1, 8, "escape"),
        ("? [a, b]\n: c\n", 1, 3, "unknown key"),
    ],
)
def test_odd_yaml(project, check_subprocess, text: str, line: int, column: int, fragment: str):
    project.write(ALPHA, text)
    result = check_subprocess()
    assert_clean_failure(result)
    found = [p for p in problems(result.output) if p.path == ALPHA]
    assert any((p.line, p.column) == (line, column) and fragment in p.message for p in found), (
        result.output
    )


def test_unreadable_page(project, check_subprocess) -> None:
    project.write_bytes("content/pages/en/smart.md", b"# SMART\n\nCaf\xe9\n")
    result = check_subprocess()
    assert_clean_failure(result)
    assert_problem(result.output, "content/pages/en/smart.md", 3, 4, "GW001")


def test_directory_named_like_a_bank(project, check_subprocess) -> None:
    project.path("questions/gamma.yml").mkdir()
    result = check_subprocess()
    assert "Traceback" not in result.output and "internal error" not in result.output
    assert result.code == 1
    assert_problem(result.output, "questions/gamma.yml", 1, 1, "GW001")
