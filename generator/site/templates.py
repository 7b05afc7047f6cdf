"""The Jinja2 environment over site_templates/, with filters for safe Markdown."""

from __future__ import annotations

import html
import os
import re
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import yaml

from generator.errors import BuildError

MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]#|])")


def markdown_text(value: object) -> str:
    """Plain text as Markdown that shows it literally: no formatting, no HTML."""
    escaped = html.escape(str(value), quote=False)
    return MARKDOWN_SPECIALS.sub(r"\\\1", escaped).replace("\n", " ")


def packaged_templates() -> Path:
    """site_templates/, shipped inside the package, or beside it in a source checkout."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "site_templates", package.parent / "site_templates"):
        if (candidate / "strings.yml").is_file():
            return candidate
    raise BuildError(f"the site templates are missing from {package}: reinstall gesprekswijzer")


# Interface strings merge key by key: a project changes the words it wants, and keys a
# newer package adds still come from the package.
STRINGS_FILES = ("strings.yml", "forms/strings.yml")


def templates_for(project_root: Path, merged: Path) -> Path:
    """The packaged templates with the project's own site_templates/ laid over them.

    As MkDocs' custom_dir does for a theme: a file the project has replaces the packaged
    file of the same path, and every other file comes from the package; the strings files
    merge key by key. The merged folder is ``merged`` (inside the build's staging folder,
    or the preview's), rewritten only where a file changed."""
    from generator.site.tree import TreeWriter

    packaged = packaged_templates()
    own = project_root / "site_templates"
    if not own.is_dir() or own.resolve() == packaged.resolve():
        return packaged
    files = {
        path.relative_to(folder).as_posix(): path
        for folder in (packaged, own)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
    writer = TreeWriter(merged)
    for name, path in files.items():
        if name in STRINGS_FILES and path.is_relative_to(own):
            writer.write(name, _merged_strings(packaged / name, path))
        else:
            writer.write(name, path.read_bytes())
    writer.remove_stale()
    return writer.root


def read_mapping(path: Path, what: str) -> dict[str, Any]:
    """A YAML file of settings shipped with, or laid over, the templates."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as error:
        raise BuildError(f"{path}: cannot read the {what}: {error}") from error
    if not isinstance(data, dict):
        raise BuildError(f"{path}: expected a mapping of {what}")
    return data


def _merged_strings(packaged: Path, own: Path) -> str:
    merged = dict(_read_strings(packaged, packaged.stat().st_mtime_ns))
    data = read_mapping(own, "interface strings (key: nl and en texts)")
    for key, texts in data.items():
        merged[key] = {**merged.get(key, {}), **texts} if isinstance(texts, dict) else texts
    return yaml.safe_dump(merged, allow_unicode=True, sort_keys=False)


@cache
def bytecode_cache(user: str) -> jinja2.BytecodeCache | None:
    """Where compiled templates are kept between runs: compiling the form templates, and
    Material's for MkDocs, costs more than rendering them. Jinja checks each template's
    source against its cached copy, so one cache serves every install. Each environment
    (``user``) has its own: a template compiles differently under other settings."""
    cache_dir = Path(tempfile.gettempdir()) / f"gesprekswijzer-jinja-{os.getuid()}" / user
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(cache_dir))


@cache
def environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        bytecode_cache=bytecode_cache("generator"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=jinja2.select_autoescape(["html", "html.j2"]),
    )
    env.filters["md"] = markdown_text
    return env


@cache
def _read_strings(path: Path, modified_ns: int) -> dict[str, dict[str, str]]:
    # Keyed on the modification time too, so `mkdocs serve` picks up an edit.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        data: dict[str, dict[str, str]] = yaml.load(handle, Loader=loader)
    return data


def interface_strings(templates_dir: Path, name: str = "strings.yml") -> dict[str, dict[str, str]]:
    path = templates_dir / name
    return _read_strings(path, path.stat().st_mtime_ns)


def strings_for(templates_dir: Path, language: str, name: str = "strings.yml") -> dict[str, str]:
    """Interface strings of one language from a strings file under site_templates/."""
    return {key: texts[language] for key, texts in interface_strings(templates_dir, name).items()}


def render(templates_dir: Path, name: str, **context: Any) -> str:
    return environment(templates_dir).get_template(name).render(**context)
