"""Read YAML safely into plain values that remember where they came from.

PyYAML's parser gives events with marks; we build dicts, lists and scalars
from them ourselves, in one pass, so that every key and value keeps its line and
column, duplicate keys are caught, and anchors/aliases are refused (an alias
bomb then costs nothing). Problems are returned as data; nothing here raises on
bad input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.directives import Directive, find_directives
from generator.located import SourceIssue, source_issue
from generator.location import Location
from generator.yamlbuild import Builder

MAX_BYTES = 1024 * 1024
_BOM = b"\xef\xbb\xbf"


@dataclass
class YamlDocument:
    path: Path
    display: str
    data: Any = None
    issues: list[SourceIssue] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        return not self.issues


def location_of(display: str, mark: yaml.Mark | None) -> Location:
    if mark is None:
        return Location(display)
    return Location(display, mark.line + 1, mark.column + 1)


def read_text(path: Path, display: str) -> tuple[str | None, SourceIssue | None]:
    """The file's text, or why it cannot be used: too large, a BOM, or not UTF-8."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, source_issue(Location(display), "encoding", "too-large", kib=size // 1024)
        raw = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        return None, source_issue(Location(display), "encoding", "unreadable", reason=reason)
    if raw.startswith(_BOM):
        return None, source_issue(Location(display), "encoding", "bom")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        byte = f"0x{raw[error.start]:02x}"
        return None, source_issue(
            Location(display, line, column), "encoding", "not-utf8", byte=byte
        )


def load_yaml(path: Path, display: str | None = None) -> YamlDocument:
    shown = display or str(path)
    document = YamlDocument(path, shown)
    text, issue = read_text(path, shown)
    if issue is not None:
        document.issues.append(issue)
        return document
    assert text is not None
    document.directives = find_directives(text, shown)
    document.data, issues = _read(text, shown)
    document.issues.extend(issues)
    return document


def _read(text: str, shown: str) -> tuple[Any, list[SourceIssue]]:
    """The located data, or the first reason the text is not acceptable YAML (one parse)."""
    builder = Builder(text, shown)
    try:
        return builder.build()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        key, values = _explain(error, _character_at(text, mark))
        return None, [source_issue(location_of(shown, mark), "syntax", key, **values)]
    except yaml.reader.ReaderError as error:
        return None, [_unreadable_character(text, shown, error.character)]
    except yaml.YAMLError as error:
        detail = " ".join(str(error).split())
        return None, [source_issue(Location(shown), "syntax", "yaml-error", detail=detail)]
    finally:
        builder.loader.dispose()


def _unreadable_character(text: str, shown: str, character: int | str) -> SourceIssue:
    code = character if isinstance(character, int) else ord(character)
    position = max(text.find(chr(code)), 0)
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    where = Location(shown, line, column)
    return source_issue(where, "syntax", "invisible-character", code=f"U+{code:04X}")


def _character_at(text: str, mark: yaml.Mark | None) -> str:
    """The character a mark points at ("" past the end); the C parser's messages omit it."""
    if mark is None:
        return ""
    lines = text.split("\n")
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column] if mark.column < len(line) else ""


def _explain(error: yaml.MarkedYAMLError, character: str = "") -> tuple[str, dict[str, str]]:
    """Which syntax message fits the parser's complaint, with its details."""
    problem = error.problem or "invalid YAML"
    if character == "\t" or "'\\t'" in problem:
        return "tab", {}
    if "mapping values are not allowed" in problem:
        return "colon", {}
    context = f"{error.context}, " if error.context else ""
    return "syntax", {"detail": f"{context}{problem}"}
