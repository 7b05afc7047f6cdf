"""Copies of the shipped project for the benchmarks, larger ones included.

``copy_project`` copies what ``gesprekswijzer check`` and ``build`` read (with the
tests' helper), and what ``mkdocs serve`` reads from the project root; ``add_themes``
and ``add_questions`` make the question banks larger with new, valid ids and texts;
``verify`` stops unless the copy passes ``gesprekswijzer check`` with no errors.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # tests.support.project
HEADER = "# yaml-language-server: $schema=../generator/schemas/theme.schema.json\n"


def gesprekswijzer() -> list[str]:
    """The ``gesprekswijzer`` command of this interpreter's environment."""
    script = Path(sys.executable).with_name("gesprekswijzer")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "generator.cli"]


def compile_like_an_install() -> str:
    """Byte-compile our package as ``pip install`` does, and say so for the report.

    An editable install writes its bytecode on first import, unless
    PYTHONDONTWRITEBYTECODE is set (as on this machine and in CI): then every timed run
    would first compile the whole package again (0.1 to 0.2 s of a check at 100x), which
    no installed copy pays.
    """
    import compileall

    package = REPO / "generator"
    compileall.compile_dir(package, quiet=1)
    unset = "set" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "not set"
    return f"our package byte-compiled first, as an install does (PYTHONDONTWRITEBYTECODE {unset})"


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.pop("GITHUB_ACTIONS", None)
    return env


def copy_project(dest: Path) -> Path:
    """The parts that check, build and serve read: an organisation's own project."""
    from tests.support.project import copy_project as copy_parts

    dest.mkdir(parents=True, exist_ok=True)
    copy_parts(REPO, dest)
    return dest


def _variant(text: str, word: str) -> str:
    """The same text with a counter word, still ending in '?' when the original did."""
    stripped = text.rstrip()
    if stripped.endswith("?"):
        return f"{stripped[:-1].rstrip()} {word}?"
    return f"{stripped} {word}"


def _copy_question(question: dict[str, Any], qid: str, copy: int) -> dict[str, Any]:
    words = {"nl": f"(kopie {copy})", "en": f"(copy {copy})"}
    new = dict(question)
    new["id"] = qid
    new["text"] = {
        lang: _variant(value, words.get(lang, f"({copy})"))
        for lang, value in question["text"].items()
    }
    return new


def _themes(dest: Path) -> list[tuple[Path, dict[str, Any]]]:
    files = sorted((dest / "questions").glob("*.yml"))
    return [(path, yaml.safe_load(path.read_text(encoding="utf-8"))) for path in files]


class _NoAliases(yaml.SafeDumper):
    """Writes a value shared by two questions (a copied hint) twice, not as an alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _write(path: Path, theme: dict[str, Any]) -> None:
    text = yaml.dump(theme, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=10_000)
    path.write_text(HEADER + text, encoding="utf-8")


def add_themes(dest: Path, factor: int) -> None:
    """Make ``factor`` times as many themes: copies of every theme, as new files such as
    questions/wellbeing-x7.yml with theme id wellbeing-x7 and question ids wellbeing-x7-…"""
    for path, theme in _themes(dest):
        old = theme["id"]
        for copy in range(1, factor):
            new = f"{old}-x{copy}"
            variant = dict(theme, id=new)
            if isinstance(theme.get("title"), dict):
                variant["title"] = {
                    lang: f"{value} {copy}" for lang, value in theme["title"].items()
                }
            variant["questions"] = [
                _copy_question(q, f"{new}-{str(q['id']).removeprefix(old + '-')}", copy)
                for q in theme.get("questions") or []
            ]
            _write(path.with_name(f"{new}.yml"), variant)


def add_questions(dest: Path, factor: int) -> None:
    """Make every theme hold ``factor`` times as many questions, with ids such as
    wellbeing-energy-q7 and texts ending in "(copy 7)?"."""
    for path, theme in _themes(dest):
        questions = theme.get("questions") or []
        theme["questions"] = questions + [
            _copy_question(q, f"{q['id']}-q{copy}", copy)
            for copy in range(1, factor)
            for q in questions
        ]
        _write(path, theme)


def count_questions(dest: Path) -> int:
    return sum(len(theme.get("questions") or []) for _, theme in _themes(dest))


def verify(path: Path, timeout: float = 900) -> None:
    """Stop unless the project passes ``gesprekswijzer check`` with no errors."""
    done = subprocess.run(
        [*gesprekswijzer(), "check", "--format", "json", str(path)],
        cwd=REPO,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    try:
        report = json.loads(done.stdout)
        errors = report["summary"]["errors"]
    except (ValueError, KeyError, TypeError):
        sys.exit(
            f"could not read the check report of {path}:\n"
            f"{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    if errors or done.returncode != 0:
        first = "\n".join(
            f"  {p.get('path', '?')}:{p.get('line', '?')} {p.get('code', '')} {p.get('message', p)}"
            for p in report["problems"][:10]
        )
        sys.exit(f"{path} fails check ({errors} errors, exit {done.returncode}):\n{first}")
