"""Write a folder of generated files, touching only what changed.

``mkdocs serve`` watches the generated docs tree, so rewriting identical files
would trigger endless rebuilds. Files that a run no longer produces are removed.
"""

from __future__ import annotations

import shutil
from pathlib import Path


class TreeWriter:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.written: set[Path] = set()

    def write(self, relative: str, content: str | bytes) -> Path:
        target = self.root / relative
        data = content.encode("utf-8") if isinstance(content, str) else content
        if not target.is_file() or target.read_bytes() != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        self.written.add(target)
        return target

    def copy_folder(
        self, source: Path, relative: str, skip: frozenset[str] | set[str] = frozenset()
    ) -> None:
        """Copy ``source`` into ``relative``, except the files ``skip`` names (relative to it)."""
        for path in sorted(source.rglob("*")):
            name = path.relative_to(source).as_posix()
            if path.is_file() and name not in skip:
                self.write(f"{relative}/{name}", path.read_bytes())

    def remove_stale(self) -> None:
        if not self.root.is_dir():
            return
        for path in sorted(self.root.rglob("*"), reverse=True):
            if path.is_file() and path not in self.written:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                shutil.rmtree(path)
