"""MkDocs hooks for ``mkdocs serve`` from the project root.

Each (re)build regenerates the docs tree from content/, questions/ and
site_templates/, so an HR editor sees an edit within seconds. Content errors
are printed in the checker's format and the last good tree stays in place.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from generator import LANGUAGES
from generator.check.engine import check_project
from generator.check.reporter import text
from generator.site.render import write_docs_tree
from generator.site.templates import packaged_templates

log = logging.getLogger("mkdocs.gesprekswijzer")


def on_config(config: Any) -> Any:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    root = Path(config.config_file_path).resolve().parent
    language = os.environ.get("GESPREKSWIJZER_LANGUAGE", LANGUAGES[0])
    if language not in LANGUAGES:
        log.warning("GESPREKSWIJZER_LANGUAGE=%s is not one of %s", language, LANGUAGES)
        language = LANGUAGES[0]
    tree = root / ".build" / "serve" / language
    project, result = check_project(root)
    if result.problems:
        log.warning("content problems:\n%s", text(result))
    if not result.failed() or not (tree / "mkdocs.yml").is_file():
        write_docs_tree(project, language, tree, packaged_templates(), editor_links=True)
    generated = _load_generated(tree / "mkdocs.yml")
    config.docs_dir = str(tree / "docs")
    config.nav = generated["nav"]
    config.site_name = generated["site_name"]
    config.extra.update(generated["extra"])
    config.theme["language"] = language
    config.theme.dirs.insert(0, str(tree / "overrides"))
    _point_snippets(config, generated)
    return config


def _load_generated(path: Path) -> dict[str, Any]:
    import yaml

    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def _point_snippets(config: Any, generated: dict[str, Any]) -> None:
    for extension in generated.get("markdown_extensions", []):
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            settings = config.mdx_configs.setdefault("pymdownx.snippets", {})
            settings["base_path"] = extension["pymdownx.snippets"]["base_path"]
