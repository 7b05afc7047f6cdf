"""The generated tree is plain: another engine builds it, from wherever it is moved.

ProperDocs, the maintained fork of MkDocs 1.6, builds the tree the generator keeps,
after the tree has been moved away from where it was written. The pages keep what the
generator's config gives them: the search box, the page type's bundle, the policy.
(Zensical is checked by .ci/zensical-compat, as it cannot be installed beside MkDocs.)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from generator.check.engine import check_project
from generator.site.render import write_docs_tree
from generator.site.templates import packaged_templates

REPO = Path(__file__).resolve().parents[2]


def test_properdocs_builds_the_moved_tree_with_search_bundles_and_policy(tmp_path: Path) -> None:
    written = tmp_path / "written"
    project, _result = check_project(REPO)
    for language in ("nl", "en"):
        write_docs_tree(project, language, written / language, packaged_templates())
    moved = tmp_path / "elsewhere" / "tree"
    shutil.move(str(written), moved)

    for language in ("nl", "en"):
        tree = moved / language
        assert str(tmp_path) not in (tree / "mkdocs.yml").read_text(encoding="utf-8")
        built = subprocess.run(
            [
                sys.executable,
                "-m",
                "properdocs",
                "build",
                "--strict",
                "-d",
                str(tmp_path / language),
            ],
            cwd=tree,
            capture_output=True,
            text=True,
            check=False,
        )
        assert built.returncode == 0, built.stderr[-2000:]
        home = (tmp_path / language / "index.html").read_text(encoding="utf-8")
        form = (tmp_path / language / "forms" / "employee-annual.html").read_text(encoding="utf-8")
        assert 'for="__search"' in home
        assert "Content-Security-Policy" in home
        assert re.search(
            r'<script defer src="(\./)?assets/gesprekswijzer/page\.\w+\.min\.js"', home
        )
        assert re.search(r'<script defer src="\.\./assets/gesprekswijzer/form\.\w+\.min\.js"', form)
        assert "<abbr" in (tmp_path / language / "annual.html").read_text(encoding="utf-8")
