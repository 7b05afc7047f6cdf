"""Read YAML safely into plain values that remember where they came from.

PyYAML's composer gives nodes with marks; we build dicts, lists and scalars
ourselves so that every key and value keeps its line and column, duplicate keys
are caught, and anchors/aliases are refused (an alias bomb then costs nothing).
Problems are returned as data; nothing here raises on bad input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.location import Location

MAX_BYTES = 1024 * 1024
# libyaml's composer recurses in C and crashes on very deep flow nesting such as
# "[[[[...". Text with that many brackets goes through the pure-Python loader,
# which raises a catchable RecursionError instead.
MAX_BRACKETS_FOR_C_LOADER = 1000
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOM = b"\xef\xbb\xbf"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class LocatedDict(dict):  # type: ignore[type-arg]
    """A mapping that knows where it, each key and each value stand."""

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location
        self.key_locations: dict[str, Location] = {}
        self.value_locations: dict[str, Location] = {}


class LocatedList(list):  # type: ignore[type-arg]
    """A sequence that knows where it and each item stand."""

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location
        self.item_locations: list[Location] = []


@dataclass(frozen=True)
class SourceIssue:
    """Why a file could not be read as YAML: a message at a location."""

    location: Location
    message: str
    kind: str  # "encoding" or "syntax"


@dataclass
class YamlDocument:
    path: Path
    display: str
    data: Any = None
    issues: list[SourceIssue] = field(default_factory=list)

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
            message = f"file is {size // 1024} KiB; content files may be at most 1024 KiB"
            return None, SourceIssue(Location(display), message, "encoding")
        raw = path.read_bytes()
    except OSError as error:
        message = f"cannot read file: {error.strerror}"
        return None, SourceIssue(Location(display), message, "encoding")
    if raw.startswith(_BOM):
        message = "file starts with a byte-order mark (BOM); save it as UTF-8 without BOM"
        return None, SourceIssue(Location(display), message, "encoding")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        message = f"byte 0x{raw[error.start]:02x} is not valid UTF-8; save the file as UTF-8"
        return None, SourceIssue(Location(display, line, column), message, "encoding")


def load_yaml(path: Path, display: str | None = None) -> YamlDocument:
    shown = display or str(path)
    document = YamlDocument(path, shown)
    text, issue = read_text(path, shown)
    if issue is not None:
        document.issues.append(issue)
        return document
    assert text is not None
    try:
        node = yaml.compose(text, Loader=_loader_for(text))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        document.issues.append(SourceIssue(location_of(shown, mark), _explain(error), "syntax"))
        return document
    except RecursionError:
        document.issues.append(
            SourceIssue(Location(shown), "the file is nested too deeply", "syntax")
        )
        return document
    except yaml.YAMLError as error:
        document.issues.append(SourceIssue(Location(shown), str(error), "syntax"))
        return document
    builder = _Builder(shown)
    document.data = builder.build(node) if node is not None else None
    document.issues.extend(builder.issues)
    return document


def _loader_for(text: str) -> type:
    brackets = text.count("[") + text.count("{")
    return _FAST_LOADER if brackets <= MAX_BRACKETS_FOR_C_LOADER else yaml.SafeLoader


def _explain(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or "invalid YAML"
    if "'\\t'" in problem:
        return "a tab character is used for indentation; use spaces instead"
    if "mapping values are not allowed" in problem:
        return "unexpected ':'; put text containing ': ' between quotes"
    context = f"{error.context}, " if error.context else ""
    return f"YAML syntax error: {context}{problem}"


class _Builder:
    """Turns composed nodes into located values, collecting issues on the way."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.issues: list[SourceIssue] = []
        self._seen: set[int] = set()
        self._scalars = yaml.SafeLoader("")

    def at(self, node: yaml.Node) -> Location:
        return location_of(self.display, node.start_mark)

    def build(self, node: yaml.Node) -> Any:
        if id(node) in self._seen:
            message = "anchors and aliases (& and *) are not allowed in content files"
            self.issues.append(SourceIssue(self.at(node), message, "syntax"))
            return None
        self._seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node)
        if isinstance(node, yaml.SequenceNode):
            return self._sequence(node)
        if node.tag == _TIMESTAMP:
            return node.value
        return self._scalars.construct_object(node)

    def _mapping(self, node: yaml.MappingNode) -> LocatedDict:
        result = LocatedDict(self.at(node))
        for key_node, value_node in node.value:
            key = str(self.build(key_node))
            if key in result:
                first = result.key_locations[key]
                message = f"duplicate key '{key}' (first used on line {first.line})"
                self.issues.append(SourceIssue(self.at(key_node), message, "syntax"))
                continue
            result[key] = self.build(value_node)
            result.key_locations[key] = self.at(key_node)
            result.value_locations[key] = self.at(value_node)
        return result

    def _sequence(self, node: yaml.SequenceNode) -> LocatedList:
        result = LocatedList(self.at(node))
        for item in node.value:
            result.append(self.build(item))
            result.item_locations.append(self.at(item))
        return result
