"""gesprekswijzer.yml: validated by a schema built from the rules' declared options."""

from __future__ import annotations

import pytest

from generator.check.config import load_settings
from generator.check.options import Option, settings_schema
from generator.errors import UsageError
from generator.rules import RULES, theme_has_questions

CONFIG = "gesprekswijzer.yml"


def test_the_schema_is_built_from_the_declarations() -> None:
    schema = settings_schema(RULES)
    entries = schema["properties"]["rules"]["properties"]
    assert set(entries) == {rule.NAME for rule in RULES} | {rule.ID for rule in RULES}
    option = entries["theme-has-questions"]["else"]["properties"]["min-questions"]
    assert option == {
        "type": "integer",
        "default": 1,
        "description": "The fewest questions a theme may have.",
        "minimum": 1,
    }
    assert entries["GW201"] == entries["theme-has-questions"]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.ID)
def test_every_option_is_declared_with_a_type(rule) -> None:
    for name, option in rule.OPTIONS.items():
        assert isinstance(option, Option), (rule.ID, name)
        assert option.description.strip(), (rule.ID, name)


def test_a_default_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(TypeError):
        Option("integer", True, "a boolean is no whole number")
    with pytest.raises(TypeError):
        Option("string", 1, "a number is no text")


def test_settings_reach_the_rule(project) -> None:
    project.write(CONFIG, "rules:\n  GW201:\n    min-questions: 7\n    level: warning\n")
    settings = load_settings(project.root, RULES)["theme-has-questions"]
    assert settings.enabled and settings.level.value == "warning"
    assert settings.options == {"min-questions": 7}
    project.write(CONFIG, "rules:\n  theme-has-questions: enable\n")
    assert load_settings(project.root, RULES)["theme-has-questions"].options == {
        "min-questions": theme_has_questions.OPTIONS["min-questions"].default
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rules:\n  theme-has-questions: disabled\n",
            "gesprekswijzer.yml:2:24: 'theme-has-questions' is 'disabled'; "
            "choose one of: enable, disable [GW102]",
        ),
        (
            "rules:\n  question-form:\n    level: fatal\n",
            "gesprekswijzer.yml:3:12: 'level' is 'fatal'; choose one of: error, warning [GW102]",
        ),
        (
            "rules:\n  theme-has-questions:\n    min-questions: 0\n",
            "gesprekswijzer.yml:3:20: 'min-questions' must be at least 1, not 0 [GW102]",
        ),
        (
            "rules:\n  theme-has-questions:\n    min-questions: true\n",
            "gesprekswijzer.yml:3:20: 'min-questions' must be a whole number, not true or false "
            "[GW102]",
        ),
        (
            "rules:\n  no-html: [disable]\n",
            "gesprekswijzer.yml:2:12: 'no-html' must be a text or a mapping (key: value lines) "
            "or empty, not a list (lines starting with '- ') [GW102]",
        ),
        (
            "rule:\n  no-html: disable\n",
            "gesprekswijzer.yml:1:1: unknown key 'rule'; did you mean 'rules'? [GW101]",
        ),
        (
            "rules:\n  no-htm: disable\n",
            "gesprekswijzer.yml:2:3: unknown rule 'no-htm'; did you mean 'no-html'? [GW101]",
        ),
        (
            "rules:\n  spelling: disable\n",
            "gesprekswijzer.yml:2:3: unknown rule 'spelling'; "
            "see 'gesprekswijzer check --list-rules' [GW101]",
        ),
    ],
)
def test_each_problem_at_its_place(project, check, text: str, expected: str) -> None:
    project.write(CONFIG, text)
    result = check()
    assert result.code == 2
    assert result.output == f"gesprekswijzer: {expected}\n"


def test_in_dutch(project, check) -> None:
    project.write(CONFIG, "rules:\n  theme-has-questions:\n    min-questions: vijf\n")
    result = check("--lang", "nl")
    assert result.output == (
        "gesprekswijzer: gesprekswijzer.yml:3:20: "
        "'min-questions' moet een heel getal zijn; nu is het een tekst [GW102]\n"
    )
    project.write(CONFIG, "rules:\n  spelling: disable\n")
    assert "onbekende regel 'spelling'" in check("--lang", "nl").output


def test_the_first_problem_in_the_file_is_reported(project) -> None:
    project.write(CONFIG, "rules:\n  no-htm: disable\n  question-form:\n    level: fatal\n")
    with pytest.raises(UsageError, match=r"gesprekswijzer.yml:2:3: unknown rule 'no-htm'"):
        load_settings(project.root, RULES, "en")


SETTINGS_TEXTS = [
    "",
    "rules:\n",
    "rules:\n  no-html: disable\n  GW209: enable\n  question-form:\n",
    "rules:\n  theme-has-questions:\n    min-questions: 5\n    level: warning\n",
    "rules:\n  theme-has-questions: disabled\n",
    "rules:\n  question-form:\n    level: fatal\n",
    "rules:\n  theme-has-questions:\n    min-questions: 0\n",
    "rules:\n  theme-has-questions:\n    min-questions: true\n",
    "rules:\n  theme-has-questions:\n    min-questions: 2.5\n",
    "rules:\n  no-html: [disable]\n",
    "rules:\n  no-html:\n    min-questions: 3\n",
    "rules: [no-html]\n",
    "rule:\n  no-html: disable\n",
    "- rules\n",
]


@pytest.mark.parametrize("text", SETTINGS_TEXTS)
def test_the_quick_check_agrees_with_jsonschema(tmp_path, text: str) -> None:
    from generator.check.config import _schema_check
    from generator.yamlsource import load_yaml

    path = tmp_path / CONFIG
    path.write_text(text, encoding="utf-8")
    data = load_yaml(path).data
    check = _schema_check(RULES)
    assert check.quick is not None
    assert check.quick(data) == check.validator.is_valid(data)


def test_jsonschema_is_not_loaded_when_everything_is_valid(project) -> None:
    import os
    import subprocess
    import sys

    from checkhelpers import REPO_ROOT

    program = (
        "import sys; from pathlib import Path; from generator.check.engine import check_project; "
        "_, result = check_project(Path('.')); "
        "print(len(result.problems), 'jsonschema' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=project.root, env=env, capture_output=True, text=True
    )
    assert done.stdout.split() == ["0", "False"], done.stdout + done.stderr
