"""The Jinja2 environment over site_templates/, with filters for safe Markdown."""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import yaml

MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]#|])")


def markdown_text(value: object) -> str:
    """Plain text as Markdown that shows it literally: no formatting, no HTML."""
    escaped = html.escape(str(value), quote=False)
    return MARKDOWN_SPECIALS.sub(r"\\\1", escaped).replace("\n", " ")


@cache
def environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=jinja2.select_autoescape(["html", "html.j2"]),
    )
    env.filters["md"] = markdown_text
    return env


@cache
def interface_strings(templates_dir: Path) -> dict[str, dict[str, str]]:
    with (templates_dir / "strings.yml").open(encoding="utf-8") as handle:
        data: dict[str, dict[str, str]] = yaml.safe_load(handle)
    return data


def strings_for(templates_dir: Path, language: str) -> dict[str, str]:
    return {key: texts[language] for key, texts in interface_strings(templates_dir).items()}


def render(templates_dir: Path, name: str, **context: Any) -> str:
    return environment(templates_dir).get_template(name).render(**context)
