"""The editor guide's walk-through, as a new HR editor would do it.

Start a theme from the template, see the checker point at every empty text, fill
in five questions in both languages, get a green check, and find the built page.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.project import copy_project

NEW_TEXTS = {
    "title": ("Inwerken", "Getting started"),
    "summary": ("Hoe je eerste maanden gaan.", "How your first months are going."),
    "1": ("Wat ging er goed in je eerste weken?", "What went well in your first weeks?"),
    "2": ("Wie heeft je het meest geholpen?", "Who helped you most?"),
    "3": ("Wat had je eerder willen weten?", "What would you have liked to know sooner?"),
    "4": ("Welke kennis mis je nog?", "Which knowledge are you still missing?"),
    "5": ("Waar wil je over drie maanden staan?", "Where do you want to be in three months?"),
}


def gesprekswijzer(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        env={**os.environ, "LC_ALL": "C.UTF-8"},  # English messages, whatever the machine's locale
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def project(tmp_path: Path, repo_root: Path) -> Path:
    return copy_project(repo_root, tmp_path)


def fill_in(path: Path) -> None:
    """Replace each empty text, in order, as an editor would type them in."""
    lines = path.read_text(encoding="utf-8").splitlines()
    owner = ""
    for number, line in enumerate(lines):
        key = re.match(r"\s*(?:- id: onboarding-(\d)|(title|summary):)", line)
        if key:
            owner = key.group(1) or key.group(2)
        empty = re.match(r"(\s*)(nl|en): \"\"$", line)
        if empty:
            text = NEW_TEXTS[owner][0 if empty.group(2) == "nl" else 1]
            lines[number] = f"{empty.group(1)}{empty.group(2)}: {text}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_new_theme_from_template_to_built_page(project: Path) -> None:
    created = gesprekswijzer(project, "new", "theme", "onboarding")
    assert created.returncode == 0, created.stderr
    theme_file = project / "questions" / "onboarding.yml"

    unfilled = gesprekswijzer(project, "check")
    assert unfilled.returncode == 1
    empty_lines = [
        n for n, line in enumerate(theme_file.read_text().splitlines(), 1) if line.endswith('""')
    ]
    for number in empty_lines:
        assert f"questions/onboarding.yml:{number}:" in unfilled.stdout
    assert "[GW203]" in unfilled.stdout

    fill_in(theme_file)
    checked = gesprekswijzer(project, "check")
    assert checked.returncode == 0, checked.stdout
    assert "no problems" in checked.stdout

    built = gesprekswijzer(project, "build", "--out", "site")
    assert built.returncode == 0, built.stderr
    for language, column in (("nl", 0), ("en", 1)):
        page = (project / "site" / language / "themes" / "onboarding.html").read_text()
        assert NEW_TEXTS["title"][column] in page
        for key in "12345":
            assert NEW_TEXTS[key][column] in page


def test_new_refuses_to_overwrite(project: Path) -> None:
    existing = project / "questions" / "wellbeing.yml"
    before = existing.read_bytes()
    result = gesprekswijzer(project, "new", "theme", "wellbeing")
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert existing.read_bytes() == before


def test_new_refuses_a_bad_id(project: Path) -> None:
    result = gesprekswijzer(project, "new", "theme", "Nieuw Thema")
    assert result.returncode == 2
    assert "not a valid id" in result.stderr
