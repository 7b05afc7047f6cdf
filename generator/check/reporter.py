"""Print a CheckResult as text, GitHub workflow annotations, or JSON."""

from __future__ import annotations

import json
import os
from collections.abc import Callable

from generator.check.result import CheckResult, Problem


def _one_line(value: str) -> str:
    """The text with line breaks and other invisible characters escaped, as in Python."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)


def _text_line(problem: Problem) -> str:
    message = _one_line(problem.message)
    return f"{problem.location}: {problem.level.value} {message} [{problem.code}]"


def text(result: CheckResult) -> str:
    lines = [_text_line(problem) for problem in result.ordered()]
    return "\n".join([*lines, result.summary()])


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(result: CheckResult) -> str:
    """Workflow commands; GitHub shows them as annotations on the pull request's lines."""
    lines = []
    for problem in result.ordered():
        where = problem.location
        properties = ",".join(
            [
                f"file={_escape_property(where.path)}",
                f"line={where.line}",
                f"col={where.column}",
                f"title={_escape_property(problem.code + ' ' + problem.rule)}",
            ]
        )
        lines.append(f"::{problem.level.value} {properties}::{_escape_data(problem.message)}")
    return "\n".join([*lines, result.summary()])


def json_report(result: CheckResult) -> str:
    problems = [
        {
            "path": p.location.path,
            "line": p.location.line,
            "column": p.location.column,
            "level": p.level.value,
            "code": p.code,
            "rule": p.rule,
            "message": p.message,
        }
        for p in result.ordered()
    ]
    summary = {
        "files": result.files_checked,
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "left_out": len(result.follow_ons),
    }
    return json.dumps({"problems": problems, "summary": summary}, ensure_ascii=False, indent=2)


REPORTERS: dict[str, Callable[[CheckResult], str]] = {
    "text": text,
    "github": github,
    "json": json_report,
}


def default_format() -> str:
    """GitHub annotations inside GitHub Actions, plain text elsewhere."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
