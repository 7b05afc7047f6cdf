"""Run every enabled rule over a loaded project and collect problems."""

from __future__ import annotations

from pathlib import Path

from generator.check.config import RuleSettings, load_settings
from generator.check.result import CheckResult, Problem
from generator.project import Project, cyclic_gc_paused, load_project
from generator.rules import RULES


def run_rules(project: Project, settings: dict[str, RuleSettings]) -> CheckResult:
    result = CheckResult(files_checked=len(project.files) + len(project.pages))
    for rule in RULES:
        rule_settings = settings[rule.NAME]
        if not rule_settings.enabled:
            continue
        for finding in rule.check(project, rule_settings.options):
            result.problems.append(
                Problem(finding.location, rule.ID, finding.message, rule_settings.level, rule.NAME)
            )
    result.problems = sorted(set(result.problems))
    return result


def check_project(root: Path) -> tuple[Project, CheckResult]:
    settings = load_settings(root, RULES)
    with cyclic_gc_paused():  # the rules walk the model without making garbage cycles
        project = load_project(root)
        return project, run_rules(project, settings)
