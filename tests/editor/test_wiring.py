"""The files that connect editors to the checker: workflows, pre-commit, VS Code, rule docs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from generator import policy, profiledocs, ruledocs
from generator.rules import RULES

WORKFLOWS = ("pull-request.yml", "publish.yml")


def readme_commands(repo_root: Path) -> set[str]:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## The two commands.*?```sh\n(.*?)```", readme, re.DOTALL)
    assert block, "README must show the two commands in a sh block"
    return {line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()}


def test_readme_has_exactly_two_commands(repo_root: Path) -> None:
    assert readme_commands(repo_root) == {"make build", "make test"}


@pytest.mark.parametrize("name", WORKFLOWS)
def test_workflow_parses_and_runs_only_readme_commands(repo_root: Path, name: str) -> None:
    workflow = yaml.safe_load((repo_root / ".github" / "workflows" / name).read_text())
    assert workflow["jobs"], "a workflow needs jobs"
    runs = [
        step["run"].strip()
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
        if "run" in step
    ]
    assert runs, f"{name} runs no command"
    assert set(runs) <= readme_commands(repo_root)
    uses = [
        step["uses"]
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
        if "uses" in step
    ]
    assert all(re.fullmatch(r"actions/[a-z-]+@v\d+", action) for action in uses), uses


def test_pull_request_workflow_uploads_the_site_zip(repo_root: Path) -> None:
    text = (repo_root / ".github" / "workflows" / "pull-request.yml").read_text()
    workflow = yaml.safe_load(text)
    steps = workflow["jobs"]["check-build-test"]["steps"]
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-"))
    assert upload["with"]["path"] == "site/download/gesprekswijzer.zip"


def test_ci_runs_the_readme_test_command(repo_root: Path) -> None:
    script = (repo_root / ".ci" / "run").read_text()
    assert "make test" in script


def test_pre_commit_hook_runs_the_checker(repo_root: Path) -> None:
    hooks = yaml.safe_load((repo_root / ".pre-commit-hooks.yaml").read_text())
    hook = next(hook for hook in hooks if hook["id"] == "gesprekswijzer-check")
    assert hook["entry"] == "gesprekswijzer check"
    assert hook["pass_filenames"] is False


def test_every_yaml_file_names_an_existing_schema(repo_root: Path) -> None:
    files = [*repo_root.glob("questions/*.yml"), *repo_root.glob("content/**/*.yml")]
    assert files
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        assert match, f"{path} must start with its schema line"
        assert (path.parent / match.group(1)).resolve().is_file(), f"{path}: schema not found"


def test_vscode_maps_every_schema(repo_root: Path) -> None:
    settings = json.loads((repo_root / ".vscode" / "settings.json").read_text())
    mapped = {Path(key).name for key in settings["yaml.schemas"]}
    shipped = {p.name for p in (repo_root / "generator" / "schemas").glob("*.schema.json")}
    # answers is read by the forms, text is a part the others share: neither is a content file.
    assert shipped - {"answers.schema.json", "text.schema.json"} <= mapped
    extensions = json.loads((repo_root / ".vscode" / "extensions.json").read_text())
    assert "redhat.vscode-yaml" in extensions["recommendations"]


def test_rule_reference_is_current(repo_root: Path) -> None:
    committed = (repo_root / ruledocs.REFERENCE_PATH).read_text(encoding="utf-8")
    assert committed == ruledocs.reference(), "run: gesprekswijzer check --rule-reference"


def test_profile_reference_is_current(repo_root: Path) -> None:
    committed = (repo_root / profiledocs.REFERENCE_PATH).read_text(encoding="utf-8")
    assert committed == profiledocs.reference(), "run: gesprekswijzer check --profile-reference"


def test_every_setting_is_in_the_profile_schema(repo_root: Path) -> None:
    schema = json.loads(
        (repo_root / "generator" / "schemas" / "organisation.schema.json").read_text()
    )
    for setting in policy.SETTINGS:
        node = schema
        for key in setting.path.split("."):
            node = node["properties"][key]
        if setting.choices:
            assert set(node["enum"]) == set(setting.choices), setting.path


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.ID)
def test_explain_agrees_with_the_reference(repo_root: Path, rule: ModuleType) -> None:
    explained = subprocess.run(
        [sys.executable, "-m", "generator.cli", "check", "--explain", rule.ID],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    reference = (repo_root / ruledocs.REFERENCE_PATH).read_text(encoding="utf-8")
    section = reference.split(f"## {rule.ID} {rule.NAME}\n", 1)[1].split("\n## ", 1)[0]
    summary, body = ruledocs.title_and_body(rule)
    assert explained.strip().startswith(f"{rule.ID} {rule.NAME}: {summary}")
    assert body in section
    assert explained.strip().endswith(body)
