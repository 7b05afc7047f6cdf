"""The command's help is plain text: docstrings' reStructuredText or Markdown stays out."""

from __future__ import annotations

import argparse
import re

import pytest

from generator.cli import _parser

MARKUP = re.compile(r"``|`[^`\n]+`|::|\*\*|:(?:ref|func|class|mod|meth):")


def parsers() -> dict[str, argparse.ArgumentParser]:
    """The command and each of its subcommands, by name."""
    parser = _parser()
    found = {"gesprekswijzer": parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def test_every_subcommand_is_covered() -> None:
    assert set(parsers()) == {"gesprekswijzer", "check", "build", "serve", "new"}


@pytest.mark.parametrize("name", sorted(parsers()))
def test_help_is_plain_text_with_a_description(name: str) -> None:
    parser = parsers()[name]
    assert parser.description, f"{name} --help says nothing about what it does"
    text = parser.format_help()
    assert not MARKUP.search(text), f"markup in {name} --help: {MARKUP.findall(text)}"
