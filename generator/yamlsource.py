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
# PyYAML's C composer recurses without a limit and crashes the interpreter on
# deep nesting, in flow style ("[[[[...") and in block style ("- - - - ...")
# alike. The parser itself is not recursive, so its events are counted first and
# a file nested deeper than this is refused before anything is composed. Content
# files need five or six levels.
MAX_DEPTH = 64
TOO_DEEP_MESSAGE = f"the file is nested too deeply (more than {MAX_DEPTH} levels)"
ALIAS_MESSAGE = "anchors and aliases (& and *) are not allowed in content files"
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


def location_of(display: str, mark: yaml.Mark | yaml._yaml.Mark | None) -> Location:
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
    node, issue = _compose(text, shown)
    if issue is not None:
        document.issues.append(issue)
        return document
    builder = _Builder(shown)
    document.data = builder.build(node) if node is not None else None
    document.issues.extend(builder.issues)
    return document


def _compose(text: str, shown: str) -> tuple[yaml.Node | None, SourceIssue | None]:
    """The composed node tree, or the first reason the text is not acceptable YAML."""
    try:
        refused = _refused_structure(text)
        if refused is not None:
            mark, message = refused
            return None, SourceIssue(location_of(shown, mark), message, "syntax")
        return yaml.compose(text, Loader=_FAST_LOADER), None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = _explain(error, _character_at(text, mark))
        return None, SourceIssue(location_of(shown, mark), message, "syntax")
    except yaml.reader.ReaderError as error:
        return None, _unreadable_character(text, shown, error.character)
    except yaml.YAMLError as error:
        message = f"YAML error: {' '.join(str(error).split())}"
        return None, SourceIssue(Location(shown), message, "syntax")


def _refused_structure(text: str) -> tuple[yaml.Mark | yaml._yaml.Mark | None, str] | None:
    """The first alias, or the first place nested deeper than MAX_DEPTH, found without recursion."""
    depth = 0
    for event in yaml.parse(text, Loader=_FAST_LOADER):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark, ALIAS_MESSAGE
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return event.start_mark, TOO_DEEP_MESSAGE
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _unreadable_character(text: str, shown: str, character: int | str) -> SourceIssue:
    code = character if isinstance(character, int) else ord(character)
    position = max(text.find(chr(code)), 0)
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    message = (
        f"the invisible character U+{code:04X} is not allowed in YAML; delete it "
        "(it often comes in by copy and paste)"
    )
    return SourceIssue(Location(shown, line, column), message, "syntax")


def _tag_problem(node: yaml.Node) -> str:
    """Why a scalar with an explicit tag (``!name`` or ``!!type``) could not be read."""
    if node.tag == "tag:yaml.org,2002:merge":
        return "merge keys ('<<') are not allowed in content files; write the keys out"
    if node.tag.startswith("tag:yaml.org,2002:"):
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        return f"'{node.value}' is not a valid {tag} value; remove '{tag}'"
    return (
        f"'{node.tag}' is read as a YAML tag, which content files do not use; "
        "put a text that starts with '!' between quotes"
    )


def _character_at(text: str, mark: yaml.Mark | None) -> str:
    """The character a mark points at ("" past the end); the C parser's messages omit it."""
    if mark is None:
        return ""
    lines = text.split("\n")
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column] if mark.column < len(line) else ""


def _explain(error: yaml.MarkedYAMLError, character: str = "") -> str:
    problem = error.problem or "invalid YAML"
    if character == "\t" or "'\\t'" in problem:
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
        self._scalars = yaml.SafeLoader("")

    def at(self, node: yaml.Node) -> Location:
        return location_of(self.display, node.start_mark)

    def build(self, node: yaml.Node) -> Any:
        # Aliases and deep nesting never get here: _refused_structure turned them away.
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node)
        if isinstance(node, yaml.SequenceNode):
            return self._sequence(node)
        if node.tag == _TIMESTAMP:
            return node.value
        try:
            return self._scalars.construct_object(node)
        except (yaml.YAMLError, ValueError, LookupError, TypeError):
            self.issues.append(SourceIssue(self.at(node), _tag_problem(node), "syntax"))
            return None

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
