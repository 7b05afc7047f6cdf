"""Rule documentation from the rules' own docstrings, for --explain and docs/rules.md.

Both read the same docstring through ``explain``, so the reference and the
command line cannot drift apart; a test keeps the committed file current.
"""

from __future__ import annotations

from types import ModuleType

from generator.check.options import Option
from generator.rules import RULES

REFERENCE_PATH = "docs/rules.md"


def explain(rule: ModuleType) -> str:
    """The rule's documentation: its docstring, as written."""
    return (rule.__doc__ or "").strip()


def title_and_body(rule: ModuleType) -> tuple[str, str]:
    first, _, rest = explain(rule).partition("\n")
    return first.split(": ", 1)[-1], rest.strip()


def reference() -> str:
    lines = [
        "# Checker rule reference",
        "",
        "<!-- Generated from the rule docstrings by "
        "`gesprekswijzer check --rule-reference > docs/rules.md`. Do not edit by hand. -->",
        "",
        "Every problem the checker reports ends with a code, such as `[GW202]`. Find the code",
        "below: it says what the rule wants, shows a passing and a failing example, and how to",
        "fix it. `gesprekswijzer check --explain GW202` prints the same text.",
        "",
        "The messages come in Dutch or English (`--lang nl` or `--lang en`; by default Dutch",
        "when `LC_ALL`, `LC_MESSAGES` or `LANG` starts with `nl`), with the same codes. Each",
        "rule keeps the words of its messages, in both languages, in its `MESSAGES`.",
        "",
        "| code | name | level | rule |",
        "| --- | --- | --- | --- |",
    ]
    for rule in RULES:
        summary, _ = title_and_body(rule)
        anchor = f"{rule.ID.lower()}-{rule.NAME}"
        lines.append(f"| [{rule.ID}](#{anchor}) | {rule.NAME} | {rule.LEVEL} | {summary} |")
    for rule in RULES:
        summary, body = title_and_body(rule)
        lines += ["", f"## {rule.ID} {rule.NAME}", "", f"*{rule.LEVEL}*: {summary}", "", body]
        lines += _options(rule)
    return "\n".join(lines) + "\n"


def _options(rule: ModuleType) -> list[str]:
    """The rule's options for gesprekswijzer.yml, from their declarations."""
    options: dict[str, Option] = rule.OPTIONS
    if not options:
        return []
    lines = ["", "Options in `gesprekswijzer.yml`:", ""]
    for name, option in options.items():
        least = f", at least {option.minimum}" if option.minimum is not None else ""
        kind = f"{option.type}, default {option.default!r}{least}"
        lines.append(f"- `{name}` ({kind}): {option.description}")
    return lines
