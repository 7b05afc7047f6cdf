"""Print a CheckResult as text, GitHub workflow annotations, or JSON, in Dutch or English.

The language is the reporter's choice: ``--lang``, else the environment's
locale (see ``messages.language_from_environment``). Codes, levels and places
are the same in both.
"""

from __future__ import annotations

import json
import os
from typing import Protocol

from generator.check.messages import Template, language_from_environment
from generator.check.result import CheckResult, Problem

SUMMARY = {
    "clean": Template(
        en="{files} checked, no problems", nl="{files} gecontroleerd, geen problemen"
    ),
    "counts": Template(
        en="{files} checked: {errors}, {warnings}", nl="{files} gecontroleerd: {errors}, {warnings}"
    ),
    "left-out": Template(
        en=" ({count} more left out: they follow from the files above that cannot be read or "
        "break their format; check again once those are fixed)",
        nl=" (nog {count} weggelaten: die volgen uit de bestanden hierboven die niet te lezen "
        "zijn of niet de goede opbouw hebben; controleer opnieuw als je die hebt verbeterd)",
    ),
}
# (one, more than one)
NOUNS = {
    "file": Template(en="{n} file|{n} files", nl="{n} bestand|{n} bestanden"),
    "error": Template(en="{n} error|{n} errors", nl="{n} fout|{n} fouten"),
    "warning": Template(en="{n} warning|{n} warnings", nl="{n} waarschuwing|{n} waarschuwingen"),
}


def _count(noun: str, n: int, language: str) -> str:
    one, more = NOUNS[noun].text(language).split("|")
    return (one if n == 1 else more).format(n=n)


def summary(result: CheckResult, language: str) -> str:
    """The last line: files checked, errors and warnings, and what was left out."""
    files = _count("file", result.files_checked, language)
    if not result.problems:
        return SUMMARY["clean"].text(language).format(files=files)
    errors = _count("error", len(result.errors), language)
    warnings = _count("warning", len(result.warnings), language)
    line = SUMMARY["counts"].text(language).format(files=files, errors=errors, warnings=warnings)
    if result.follow_ons:
        line += SUMMARY["left-out"].text(language).format(count=len(result.follow_ons))
    return line


def _one_line(value: str) -> str:
    """The text with line breaks and other invisible characters escaped, as in Python."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)


def _text_line(problem: Problem, language: str) -> str:
    message = _one_line(problem.message.render(language))
    return f"{problem.location}: {problem.level.value} {message} [{problem.code}]"


def text(result: CheckResult, language: str | None = None) -> str:
    language = language or language_from_environment()
    lines = [_text_line(problem, language) for problem in result.ordered()]
    return "\n".join([*lines, summary(result, language)])


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(result: CheckResult, language: str | None = None) -> str:
    """Workflow commands; GitHub shows them as annotations on the pull request's lines."""
    language = language or language_from_environment()
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
        message = _escape_data(problem.message.render(language))
        lines.append(f"::{problem.level.value} {properties}::{message}")
    return "\n".join([*lines, summary(result, language)])


def json_report(result: CheckResult, language: str | None = None) -> str:
    language = language or language_from_environment()
    problems = [
        {
            "path": p.location.path,
            "line": p.location.line,
            "column": p.location.column,
            "level": p.level.value,
            "code": p.code,
            "rule": p.rule,
            "message": p.message.render(language),
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


class Reporter(Protocol):
    def __call__(self, result: CheckResult, language: str | None = None) -> str: ...


REPORTERS: dict[str, Reporter] = {
    "text": text,
    "github": github,
    "json": json_report,
}


def default_format() -> str:
    """GitHub annotations inside GitHub Actions, plain text elsewhere."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
