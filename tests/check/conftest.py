"""Fixtures for the checker tests: a copy of the minimal project and ways to run the checker.

Every test that uses ``project`` works in a fresh copy of tests/check/fixtures/minimal
and runs from inside it, so problems print with short relative paths such as
``questions/alpha.yml:15:11``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from checkhelpers import FIXTURE, REPO_ROOT, ProjectCopy, Run, copy_tree, run_subprocess

from generator.cli import main


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English unless a test asks for Dutch (a Dutch LANG would choose Dutch)."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ProjectCopy:
    """A fresh copy of the minimal fixture; the test runs from inside it."""
    root = copy_tree(FIXTURE, tmp_path / "project")
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return ProjectCopy(root)


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ProjectCopy:
    """A copy of the real shipped content (questions/, content/, gesprekswijzer.yml)."""
    root = tmp_path / "shipped"
    root.mkdir()
    for folder in ("questions", "content"):
        shutil.copytree(REPO_ROOT / folder, root / folder)
    shutil.copy(REPO_ROOT / "gesprekswijzer.yml", root / "gesprekswijzer.yml")
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return ProjectCopy(root)


@pytest.fixture
def check(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run ``gesprekswijzer check ARGS`` in-process; give its exit code and stdout + stderr."""

    def run(*args: str) -> Run:
        capsys.readouterr()
        code = main(["check", *args])
        captured = capsys.readouterr()
        return Run(code, captured.out + captured.err)

    return run


@pytest.fixture
def check_subprocess(project: ProjectCopy) -> Callable[..., Run]:
    """Run the checker as a subprocess inside the project copy."""

    def run(*args: str, timeout: float = 60, **kwargs: object) -> Run:
        return run_subprocess(*args, cwd=project.root, timeout=timeout, **kwargs)

    return run
