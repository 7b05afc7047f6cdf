"""Shared by the rules that report why a file could not be read or validated."""

from __future__ import annotations

from collections.abc import Iterator

from generator.check.result import Finding
from generator.project import Project


def schema_findings(project: Project, kinds: frozenset[str]) -> Iterator[Finding]:
    for source in project.files:
        for issue in source.schema_issues:
            if issue.kind in kinds:
                yield Finding(issue.location, issue.message)


def source_findings(project: Project, kind: str) -> Iterator[Finding]:
    """Findings for the files that could not be read as YAML, of one kind of reason."""
    for source in project.files:
        for issue in source.document.issues:
            if issue.kind == kind:
                yield Finding(issue.location, issue.message)
