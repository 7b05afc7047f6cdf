"""Build located values from PyYAML's parser events: one pass, no recursion, no aliases.

PyYAML's C composer recurses without a limit and crashes the interpreter on deep
nesting, in flow style ("[[[[...") and in block style ("- - - - ...") alike, and
turns aliases into shared nodes. It is not used: the parser itself is not
recursive, so the values are built from its events with a stack, and an alias or
a file nested deeper than MAX_DEPTH is refused where it comes. Content files
need five or six levels.
"""

from __future__ import annotations

from typing import Any

import yaml

from generator.located import LocatedDict, LocatedList, SourceIssue
from generator.location import Location

MAX_DEPTH = 64
TOO_DEEP_MESSAGE = f"the file is nested too deeply (more than {MAX_DEPTH} levels)"
ALIAS_MESSAGE = "anchors and aliases (& and *) are not allowed in content files"
SECOND_DOCUMENT_MESSAGE = (
    "YAML syntax error: expected a single document in the stream, but found another document"
)
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STRING = "tag:yaml.org,2002:str"


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


class _Frame:
    """A mapping or list being filled, and for a mapping the key read last."""

    __slots__ = ("container", "key", "key_at")

    def __init__(self, container: LocatedDict | LocatedList) -> None:
        self.container = container
        self.key: str | None = None
        self.key_at = container.location


class Builder:
    """Builds located values straight from the parser's events, in one pass, without recursion.

    PyYAML's C composer recurses without a limit (deep nesting would crash the
    interpreter) and turns aliases into shared nodes, so it is not used: the
    events are read once, aliases and nesting deeper than MAX_DEPTH are refused
    as they come, and every key and value keeps its place.
    """

    def __init__(self, text: str, display: str) -> None:
        self.display = display
        self.issues: list[SourceIssue] = []
        self.loader = _FAST_LOADER(text)
        self.stack: list[_Frame] = []
        self.root: Any = None

    def build(self) -> tuple[Any, list[SourceIssue]]:
        documents = 0
        while (event := self.loader.get_event()) is not None:
            kind = type(event)
            if kind is yaml.ScalarEvent:
                self._add(self._scalar(event), self._at(event.start_mark))
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if len(self.stack) >= MAX_DEPTH:
                    return None, [self._issue(event.start_mark, TOO_DEEP_MESSAGE)]
                at = self._at(event.start_mark)
                mapping = kind is yaml.MappingStartEvent
                self.stack.append(_Frame(LocatedDict(at) if mapping else LocatedList(at)))
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                container = self.stack.pop().container
                self._add(container, container.location)
            elif kind is yaml.AliasEvent:
                return None, [self._issue(event.start_mark, ALIAS_MESSAGE)]
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    return None, [self._issue(event.start_mark, SECOND_DOCUMENT_MESSAGE)]
        return self.root, self.issues

    def _at(self, mark: Any) -> Location:
        return Location(self.display, mark.line + 1, mark.column + 1)

    def _issue(self, mark: Any, message: str) -> SourceIssue:
        return SourceIssue(self._at(mark), message, "syntax")

    def _scalar(self, event: Any) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag in (_STRING, _TIMESTAMP):
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.loader.construct_object(node)
        except (yaml.YAMLError, ValueError, LookupError, TypeError):
            self.issues.append(self._issue(event.start_mark, _tag_problem(node)))
            return None

    def _add(self, value: Any, at: Location) -> None:
        """Put a finished value into the mapping or list being filled (or make it the root)."""
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        container = frame.container
        if isinstance(container, LocatedList):
            container.append(value)
            container.item_locations.append(at)
        elif frame.key is None:
            frame.key, frame.key_at = str(value), at
        else:
            key, frame.key = frame.key, None
            if key in container:
                first = container.key_locations[key]
                message = f"duplicate key '{key}' (first used on line {first.line})"
                self.issues.append(SourceIssue(frame.key_at, message, "syntax"))
                return
            container[key] = value
            container.key_locations[key] = frame.key_at
            container.value_locations[key] = at
