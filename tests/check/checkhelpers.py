"""Helpers shared by the checker tests: parse output, edit a project copy, run a subprocess."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

from generator.rules import RULES

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "minimal"
REPO_ROOT = HERE.parents[1]
PROBLEM_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<level>error|warning) "
    r"(?P<message>.+) \[(?P<code>GW\d{3})\]$"
)
SUMMARY_LINE = re.compile(
    r"^\d+ files? checked(, no problems|: \d+ errors?, \d+ warnings?"
    r"( \(\d+ more left out: they follow from the files above that cannot be read .+\))?)$"
)

# A small valid form (forms are optional, so the fixture has none).
FORM_TEXT = """\
# yaml-language-server: $schema=../../generator/schemas/form.schema.json
id: prepare
version: 1
audiences: [employees]
title:
  nl: Voorbereiding
  en: Preparation
summary:
  nl: Bereid je gesprek voor.
  en: Prepare your conversation.
intro:
  nl: Schrijf op wat je wilt bespreken.
  en: Write down what you want to discuss.
sections:
  - id: about
    kind: about
  - id: reflection
    kind: reflection
    themes: [alpha]
"""


class Run(NamedTuple):
    """What one run of the checker gave: its exit code and everything it printed."""

    code: int
    output: str


class Problem(NamedTuple):
    path: str
    line: int
    column: int
    level: str
    message: str
    code: str


def problems(output: str) -> list[Problem]:
    """Every problem line of text output, parsed."""
    found = []
    for line in output.splitlines():
        match = PROBLEM_LINE.match(line)
        if match:
            found.append(
                Problem(
                    match["path"],
                    int(match["line"]),
                    int(match["column"]),
                    match["level"],
                    match["message"],
                    match["code"],
                )
            )
    return found


def codes(output: str) -> set[str]:
    return {problem.code for problem in problems(output)}


def find_problem(output: str, path: str, line: int, column: int, code: str) -> Problem:
    """The one problem with this code at exactly ``path:line:column``; fails the test if absent."""
    found = [
        p
        for p in problems(output)
        if (p.path, p.line, p.column, p.code) == (path, line, column, code)
    ]
    assert len(found) == 1, f"expected {code} at {path}:{line}:{column} in:\n{output}"
    return found[0]


def assert_problem(
    output: str, path: str, line: int, column: int, code: str, level: str = "error"
) -> Problem:
    """Assert a problem line starts with ``path:line:column: level`` and ends with ``[code]``."""
    problem = find_problem(output, path, line, column, code)
    assert problem.level == level
    prefix = f"{path}:{line}:{column}: {level} "
    assert any(
        text.startswith(prefix) and text.endswith(f"[{code}]") for text in output.splitlines()
    )
    return problem


@dataclass
class ProjectCopy:
    """A writable copy of a project tree, with small editing helpers (paths are relative)."""

    root: Path

    def path(self, relative: str) -> Path:
        return self.root / relative

    def read(self, relative: str) -> str:
        return self.path(relative).read_text(encoding="utf-8")

    def write(self, relative: str, text: str) -> None:
        target = self.path(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def write_bytes(self, relative: str, data: bytes) -> None:
        self.path(relative).write_bytes(data)

    def lines(self, relative: str) -> list[str]:
        return self.read(relative).split("\n")

    def line_of(self, relative: str, text: str, after: int = 0) -> int:
        """The 1-based number of the first line after line ``after`` that contains ``text``."""
        for number, line in enumerate(self.lines(relative), start=1):
            if number > after and text in line:
                return number
        raise AssertionError(f"{text!r} not found in {relative}")

    def column_of(self, relative: str, line: int, text: str) -> int:
        """The 1-based column where ``text`` starts on ``line``."""
        found = self.lines(relative)[line - 1].find(text)
        assert found >= 0, f"{text!r} not on line {line} of {relative}"
        return found + 1

    def replace(self, relative: str, old: str, new: str) -> None:
        """Replace text that occurs exactly once in the file."""
        text = self.read(relative)
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {relative}"
        self.write(relative, text.replace(old, new))

    def replace_line(self, relative: str, number: int, *new_lines: str) -> None:
        """Replace line ``number`` (1-based) with zero or more lines."""
        lines = self.lines(relative)
        lines[number - 1 : number] = list(new_lines)
        self.write(relative, "\n".join(lines))

    def delete_lines(self, relative: str, number: int, count: int = 1) -> None:
        lines = self.lines(relative)
        del lines[number - 1 : number - 1 + count]
        self.write(relative, "\n".join(lines))

    def insert_lines(self, relative: str, before: int, *new_lines: str) -> None:
        lines = self.lines(relative)
        lines[before - 1 : before - 1] = list(new_lines)
        self.write(relative, "\n".join(lines))

    def remove(self, relative: str) -> None:
        self.path(relative).unlink()


def copy_tree(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def run_subprocess(*args: str, cwd: Path, timeout: float = 60, **kwargs: object) -> Run:
    """Run ``python -m generator.cli check ARGS`` as a separate process."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    env.pop("GITHUB_ACTIONS", None)
    env.pop("GESPREKSWIJZER_DEBUG", None)
    completed = subprocess.run(
        [sys.executable, "-m", "generator.cli", "check", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )
    return Run(completed.returncode, completed.stdout + completed.stderr)


def assert_documented(rule: ModuleType, code: str, name: str) -> None:
    """The rule is registered under its code and name, with a docstring giving examples."""
    assert (code, name) == (rule.ID, rule.NAME)
    assert rule in RULES
    doc = rule.__doc__ or ""
    assert doc.startswith(f"{code} {name}: "), doc[:80]
    assert "Passes" in doc, f"{code} docstring has no 'Passes' example"
    assert "Fails" in doc, f"{code} docstring has no 'Fails' example"
    assert doc.index("Passes") < doc.index("Fails")
    assert rule.LEVEL in ("error", "warning")
    assert isinstance(rule.OPTIONS, dict)
    assert callable(rule.check)
