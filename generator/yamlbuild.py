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

from generator.located import LocatedDict, LocatedList, SourceIssue, source_issue
from generator.location import Location

MAX_DEPTH = 64
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STRING = "tag:yaml.org,2002:str"


def _tag_problem(node: yaml.Node) -> tuple[str, dict[str, str]]:
    """Why a scalar with an explicit tag (``!name`` or ``!!type``) could not be read."""
    if node.tag == "tag:yaml.org,2002:merge":
        return "merge-key", {}
    if node.tag.startswith("tag:yaml.org,2002:"):
        return "bad-typed-value", {
            "value": node.value,
            "tag": node.tag.replace("tag:yaml.org,2002:", "!!"),
        }
    return "tag", {"tag": node.tag}


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
        # First characters of plain scalars that may be read as something other than a text.
        self.typed_starts = frozenset(self.loader.yaml_implicit_resolvers)
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
                    return None, [self._issue(event.start_mark, "too-deep", depth=MAX_DEPTH)]
                at = self._at(event.start_mark)
                mapping = kind is yaml.MappingStartEvent
                self.stack.append(_Frame(LocatedDict(at) if mapping else LocatedList(at)))
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                container = self.stack.pop().container
                self._add(container, container.location)
            elif kind is yaml.AliasEvent:
                return None, [self._issue(event.start_mark, "alias")]
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    return None, [self._issue(event.start_mark, "second-document")]
        return self.root, self.issues

    def _at(self, mark: Any) -> Location:
        return Location(self.display, mark.line + 1, mark.column + 1)

    def _issue(self, mark: Any, key: str, **values: Any) -> SourceIssue:
        return source_issue(self._at(mark), "syntax", key, **values)

    def _scalar(self, event: Any) -> Any:
        tag, value = event.tag, event.value
        if tag is None and (not event.implicit[0] or (value and value[0] not in self.typed_starts)):
            return value  # quoted, or plain and not starting as a number, true or null can
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, value, event.implicit)
        if tag in (_STRING, _TIMESTAMP):
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.loader.construct_object(node)
        except (yaml.YAMLError, ValueError, LookupError, TypeError):
            key, values = _tag_problem(node)
            self.issues.append(self._issue(event.start_mark, key, **values))
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
                issue = source_issue(
                    frame.key_at, "syntax", "duplicate-key", key=key, line=first.line
                )
                self.issues.append(issue)
                return
            container[key] = value
            container.key_locations[key] = frame.key_at
            container.value_locations[key] = at
