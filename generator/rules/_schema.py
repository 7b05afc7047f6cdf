"""Shared by the three schema rules: findings of one kind of schema issue."""

from __future__ import annotations

from collections.abc import Iterator

from generator.check.result import Finding
from generator.project import Project


def schema_findings(project: Project, kinds: frozenset[str]) -> Iterator[Finding]:
    for source in project.files:
        for issue in source.schema_issues:
            if issue.kind in kinds:
                yield Finding(issue.location, issue.message)
