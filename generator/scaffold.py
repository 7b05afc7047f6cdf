"""``gesprekswijzer new theme <id>``: start a file from a template that checks once filled in."""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

from generator.errors import UsageError
from generator.project import display_path
from generator.rules.id_format import ID_PATTERN

KINDS = {"theme": ("questions", "theme.yml")}


def new_file(root: Path, kind: str, new_id: str) -> Path:
    if not ID_PATTERN.fullmatch(new_id):
        raise UsageError(f"'{new_id}' is not a valid id: use a-z, 0-9 and single hyphens")
    folder, template = KINDS[kind]
    target = root / folder / f"{new_id}.yml"
    if target.exists():
        raise UsageError(f"{display_path(target)} already exists; nothing was changed")
    text = (resources.files("generator") / "scaffolds" / template).read_text(encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.replace("{id}", new_id), encoding="utf-8")
    return target


def run_new(args: argparse.Namespace) -> int:
    target = new_file(Path(args.path), args.kind, args.id)
    print(
        f'Created {display_path(target)}. Fill in every empty text ("") in nl and en, '
        "then run the checker."
    )
    return 0


def add_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = commands.add_parser(
        "new",
        help="start a new content file from a template",
        description="Start a new content file from a template, with empty texts to fill in.",
    )
    new.add_argument("kind", choices=sorted(KINDS), help="what to create")
    new.add_argument("id", help="the permanent id, e.g. onboarding")
    new.add_argument("--path", default=".", help="project folder (default: .)")
    new.set_defaults(handler=run_new)
