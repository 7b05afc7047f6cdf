"""Copies of the real project for tests that change content or build it elsewhere."""

from __future__ import annotations

import shutil
from pathlib import Path

# What an organisation's project holds; the templates come with the generator package.
PROJECT_PARTS = ("questions", "content", "gesprekswijzer.yml")


def copy_project(root: Path, target: Path) -> Path:
    """Copy the parts of the project that check and build read into ``target``."""
    for part in PROJECT_PARTS:
        source = root / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target
