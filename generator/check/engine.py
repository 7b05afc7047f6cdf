"""Run every enabled rule over a loaded project and collect problems."""

from __future__ import annotations

from pathlib import Path

from generator.check.config import RuleSettings, load_settings
from generator.check.result import CheckResult, Problem
from generator.project import Project, cyclic_gc_paused, load_project
from generator.rules import RULES


def run_rules(project: Project, settings: dict[str, RuleSettings]) -> CheckResult:
    result = CheckResult(files_checked=len(project.files) + len(project.pages))
    following: list[tuple[str, Problem]] = []
    for rule in RULES:
        rule_settings = settings[rule.NAME]
        if not rule_settings.enabled:
            continue
        for finding in rule.check(project, rule_settings.options):
            problem = Problem(
                finding.location, rule.ID, finding.message, rule_settings.level, rule.NAME
            )
            if finding.follows_from is None:
                result.problems.append(problem)
            else:
                following.append((finding.follows_from, problem))
    _leave_out_follow_ons(result, following)
    result.problems = sorted(set(result.problems), key=lambda problem: problem.order)
    return result


def _leave_out_follow_ons(result: CheckResult, following: list[tuple[str, Problem]]) -> None:
    """Keep a consequence of an unreadable file out while that file's own error is reported."""
    broken = {problem.location.path for problem in result.errors}
    for cause, problem in following:
        (result.follow_ons if cause in broken else result.problems).append(problem)


def check_project(root: Path) -> tuple[Project, CheckResult]:
    settings = load_settings(root, RULES)
    with cyclic_gc_paused():  # the rules walk the model without making garbage cycles
        project = load_project(root)
        return project, run_rules(project, settings)
