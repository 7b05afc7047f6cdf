"""Property-based tests: random damage to content files never crashes the checker.

Each example mutates the minimal fixture's files (delete or duplicate a line, insert a
YAML-significant character or random text, change indentation, replace a value), runs
the checker in-process, and checks that it ends with exit 0 or 1, reports no internal
error, and prints only well-formed problem lines followed by the summary.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from checkhelpers import FIXTURE, FORM_TEXT, PROBLEM_LINE, SUMMARY_LINE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main

STRICT_LINE = re.compile(r"^[^:]+:\d+:\d+: (error|warning) .+ \[GW\d{3}\]$")
TOKENS = [
    ":",
    ": ",
    "-",
    "- ",
    "\t",
    '"',
    "'",
    "&a ",
    "*a",
    "[",
    "]",
    "{",
    "}",
    "#",
    "!",
    "!!int ",
    "|",
    ">",
    "%",
    "@",
    "`",
    "? ",
    ",",
    "---\n",
    "...\n",
    "\n",
    "\r",
    "\x00",
    "\ufeff",
    "\u2028",
    "<b>",
    "{{ ",
    "  ",
]
VALUES = ["[]", "{}", "[a, b]", "{nl: x}", "42", "1.5", "", "~", "null", "true", "2026-01-01"]
FUZZ_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def tree() -> Iterator[Path]:
    """One copy of the fixture for the whole module; each example rewrites single files."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "project"
        shutil.copytree(FIXTURE, root)
        yield root


def run(root: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(root)])
    return code, out.getvalue(), err.getvalue()


def assert_well_behaved(root: Path) -> None:
    code, out, err = run(root)
    assert code in (0, 1), (code, out, err)
    assert "internal error" not in err, err
    assert err == ""
    lines = out.rstrip("\n").split("\n")
    assert SUMMARY_LINE.match(lines[-1]), out
    for line in lines[:-1]:
        assert STRICT_LINE.match(line), line
        match = PROBLEM_LINE.match(line)
        assert match is not None, line
        assert int(match["line"]) >= 1 and int(match["column"]) >= 1, line
    assert (code == 1) == (" error " in out)


@st.composite
def mutation(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    kind = draw(st.sampled_from(["delete", "duplicate", "insert", "indent", "value"]))
    index = draw(st.integers(0, len(lines) - 1))
    line = lines[index]
    if kind == "delete":
        del lines[index]
    elif kind == "duplicate":
        lines.insert(index, line)
    elif kind == "insert":
        token = draw(st.sampled_from(TOKENS) | st.text(min_size=1, max_size=8))
        at = draw(st.integers(0, len(line)))
        lines[index] = line[:at] + token + line[at:]
    elif kind == "indent":
        shift = draw(st.integers(-4, 4))
        stripped = line.lstrip(" ")
        lines[index] = " " * max(0, len(line) - len(stripped) + shift) + stripped
    elif ": " in line:
        key = line.split(": ", 1)[0]
        lines[index] = f"{key}: {draw(st.sampled_from(VALUES))}"
    return "\n".join(lines)


@st.composite
def damaged(draw: st.DrawFn, text: str) -> str:
    for _ in range(draw(st.integers(1, 3))):
        text = draw(mutation(text))
    return text


def _fuzz_file(tree: Path, relative: str, text: str) -> None:
    path = tree / relative
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(text, encoding="utf-8")
        assert_well_behaved(tree)
    finally:
        path.write_text(original, encoding="utf-8")


ALPHA_TEXT = (FIXTURE / "questions" / "alpha.yml").read_text(encoding="utf-8")
SMART_TEXT = (FIXTURE / "content" / "smart.yml").read_text(encoding="utf-8")
NAVIGATION_TEXT = (FIXTURE / "content" / "navigation.yml").read_text(encoding="utf-8")
PAGE_TEXT = (FIXTURE / "content" / "pages" / "nl" / "index.md").read_text(encoding="utf-8")


def test_fixture_is_well_behaved(tree: Path) -> None:
    assert run(tree) == (0, "19 files checked, no problems\n", "")


@FUZZ_SETTINGS
@given(text=damaged(ALPHA_TEXT))
def test_damaged_theme_file(tree: Path, text: str) -> None:
    _fuzz_file(tree, "questions/alpha.yml", text)


@settings(FUZZ_SETTINGS, max_examples=60)
@given(text=damaged(SMART_TEXT))
def test_damaged_smart_file(tree: Path, text: str) -> None:
    _fuzz_file(tree, "content/smart.yml", text)


@settings(FUZZ_SETTINGS, max_examples=40)
@given(text=damaged(NAVIGATION_TEXT))
def test_damaged_navigation_file(tree: Path, text: str) -> None:
    _fuzz_file(tree, "content/navigation.yml", text)


@settings(FUZZ_SETTINGS, max_examples=40)
@given(text=damaged(PAGE_TEXT))
def test_damaged_page(tree: Path, text: str) -> None:
    _fuzz_file(tree, "content/pages/nl/index.md", text)


@settings(FUZZ_SETTINGS, max_examples=60)
@given(
    at=st.integers(0, len(ALPHA_TEXT.encode("utf-8"))),
    junk=st.binary(min_size=1, max_size=4),
)
def test_random_bytes_in_theme_file(tree: Path, at: int, junk: bytes) -> None:
    path = tree / "questions" / "alpha.yml"
    data = ALPHA_TEXT.encode("utf-8")
    try:
        path.write_bytes(data[:at] + junk + data[at:])
        assert_well_behaved(tree)
    finally:
        path.write_bytes(data)


@settings(FUZZ_SETTINGS, max_examples=60)
@given(text=st.text(max_size=200))
def test_arbitrary_text_as_theme_file(tree: Path, text: str) -> None:
    _fuzz_file(tree, "questions/alpha.yml", text)


CONFIG_TEXT = (FIXTURE / "gesprekswijzer.yml").read_text(encoding="utf-8")


@settings(FUZZ_SETTINGS, max_examples=60)
@given(text=damaged(CONFIG_TEXT))
def test_damaged_settings_file(tree: Path, text: str) -> None:
    """A broken gesprekswijzer.yml is a usage error (exit 2) at worst, never a crash."""
    path = tree / "gesprekswijzer.yml"
    try:
        path.write_text(text, encoding="utf-8")
        code, out, err = run(tree)
        assert code in (0, 1, 2), (code, out, err)
        assert "internal error" not in err, err
        if code == 2:
            assert (
                err.startswith("gesprekswijzer: gesprekswijzer.yml") or "gesprekswijzer.yml" in err
            )
            assert err.count("\n") == 1, err
    finally:
        path.write_text(CONFIG_TEXT, encoding="utf-8")


ORGANISATION_TEXT = (FIXTURE / "content" / "organisation.yml").read_text(encoding="utf-8")


@settings(FUZZ_SETTINGS, max_examples=40)
@given(text=damaged(ORGANISATION_TEXT))
def test_damaged_organisation_file(tree: Path, text: str) -> None:
    _fuzz_file(tree, "content/organisation.yml", text)


@settings(FUZZ_SETTINGS, max_examples=40)
@given(text=damaged(FORM_TEXT))
def test_damaged_form(tree: Path, text: str) -> None:
    """Forms are optional; this one exists only while the example runs."""
    form = tree / "content" / "forms" / "prepare.yml"
    form.parent.mkdir(exist_ok=True)
    try:
        form.write_text(text, encoding="utf-8")
        assert_well_behaved(tree)
    finally:
        shutil.rmtree(form.parent)
