"""Run every enabled rule over a loaded project and collect problems.

Rules with a ``review`` step (the ones about '# gesprekswijzer: disable=' comments)
run it last, over what the other rules found. Then the warnings those comments
switch off are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from generator.check.config import RuleSettings, load_settings
from generator.check.result import CheckResult, Finding, Level, Problem
from generator.directives import Directive, covers
from generator.project import Project, cyclic_gc_paused, load_project
from generator.rules import RULES


def run_rules(project: Project, settings: dict[str, RuleSettings]) -> CheckResult:
    result = CheckResult(files_checked=len(project.files) + len(project.pages))
    enabled = [rule for rule in RULES if settings[rule.NAME].enabled]
    following: list[tuple[str, Problem]] = []
    for rule in enabled:
        findings = rule.check(project, settings[rule.NAME].options)
        _collect(result, following, rule, settings[rule.NAME], findings)
    _leave_out_follow_ons(result, following)
    found = list(result.problems)
    for rule in (rule for rule in enabled if hasattr(rule, "review")):
        findings = rule.review(project, found, settings[rule.NAME].options)
        _collect(result, following, rule, settings[rule.NAME], findings)
    _leave_out_follow_ons(result, following)
    kept = _switched_on(result.problems, project.directives)
    result.problems = sorted(set(kept), key=lambda problem: problem.order)
    return result


def _collect(
    result: CheckResult,
    following: list[tuple[str, Problem]],
    rule: ModuleType,
    settings: RuleSettings,
    findings: Iterable[Finding],
) -> None:
    for finding in findings:
        problem = Problem(finding.location, rule.ID, finding.message, settings.level, rule.NAME)
        if finding.follows_from is None:
            result.problems.append(problem)
        else:
            following.append((finding.follows_from, problem))


def _leave_out_follow_ons(result: CheckResult, following: list[tuple[str, Problem]]) -> None:
    """Keep a consequence of an unreadable file out while that file's own error is reported."""
    broken = {problem.location.path for problem in result.errors}
    for cause, problem in following:
        (result.follow_ons if cause in broken else result.problems).append(problem)
    following.clear()


def _switched_on(problems: list[Problem], directives: list[Directive]) -> list[Problem]:
    """The problems without the warnings a disable comment switches off. Errors stay."""
    if not directives:
        return problems
    return [
        problem
        for problem in problems
        if problem.level is not Level.WARNING
        or not any(covers(directive, problem.location, problem.code) for directive in directives)
    ]


def check_project(root: Path, language: str | None = None) -> tuple[Project, CheckResult]:
    """Load and check a project; ``language`` words a settings file problem (default: locale)."""
    settings = load_settings(root, RULES, language)
    with cyclic_gc_paused():  # the rules walk the model without making garbage cycles
        project = load_project(root)
        return project, run_rules(project, settings)
