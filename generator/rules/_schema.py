"""Shared by the rules that report why a file could not be read or validated."""

from __future__ import annotations

from collections.abc import Iterator

from generator.check.messages import Template, say
from generator.check.result import Finding
from generator.project import Project
from generator.schema import SchemaIssue


def schema_issues(project: Project, kinds: frozenset[str]) -> Iterator[SchemaIssue]:
    for source in project.files:
        for issue in source.schema_issues:
            if issue.kind in kinds:
                yield issue


def source_findings(
    project: Project, kind: str, messages: dict[str, Template]
) -> Iterator[Finding]:
    """Findings for the files that could not be read as YAML, of one kind of reason."""
    for source in project.files:
        for issue in source.document.issues:
            if issue.kind == kind:
                yield Finding(issue.location, say(messages[issue.key], **dict(issue.values)))


def key_name(name: str, the_file: Template) -> object:
    """A key as messages show it ('title'), or the words for the file as a whole."""
    return f"'{name}'" if name else say(the_file)
