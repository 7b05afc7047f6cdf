"""Derive each language's mkdocs.yml from the shipped site_templates/mkdocs.base.yml.

That file is the one source of theme, plugin and Markdown settings. Each generated
tree gets a plain copy with the language, the menu and the page bundles filled in,
and nothing an engine other than MkDocs would ignore (no hooks, no absolute paths).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from generator import LANGUAGES
from generator.project import Project
from generator.site.bundles import Bundle
from generator.site.csp import CONTENT_SECURITY_POLICY
from generator.site.templates import read_mapping

SERVE_ONLY_KEYS = ("hooks", "watch", "docs_dir", "site_dir")


BASE_CONFIG = "mkdocs.base.yml"


def base_config(templates_dir: Path) -> dict[str, Any]:
    return read_mapping(templates_dir / BASE_CONFIG, "MkDocs settings")


THEMES_INDEX = "themes/index"


def navigation(project: Project, language: str) -> list[Any]:
    nav: list[Any] = []
    available = project.page_ids(language)
    for entry in project.navigation:
        if entry.page and entry.page in available:
            nav.append(f"{entry.page}.md")
            continue
        items = [f"{page}.md" for page in entry.pages if page in available]
        if entry.themes and project.themes:
            # One index page rather than every theme: each page carries the menu, so its
            # size would otherwise grow with the number of themes.
            items.append(f"{THEMES_INDEX}.md")
        if entry.forms:
            items += [f"forms/{form.id}.md" for form in project.forms]
        title = entry.section.get(language) if entry.section else ""
        if items:
            nav.append({title: items})
    return nav


def other_language(language: str) -> str:
    return next(lang for lang in LANGUAGES if lang != language)


def _is_search(plugin: Any) -> bool:
    return plugin == "search" or (isinstance(plugin, dict) and "search" in plugin)


def _plugins(base: dict[str, Any], language: str) -> list[Any]:
    plugins: list[Any] = []
    for plugin in base.get("plugins", []):
        if _is_search(plugin):
            plugins.append({"search": {"lang": [language]}})
        else:
            plugins.append(plugin)
    return plugins


def _markdown_extensions(base: dict[str, Any], strings: dict[str, str]) -> list[Any]:
    extensions: list[Any] = []
    for extension in base.get("markdown_extensions", []):
        if isinstance(extension, dict) and "toc" in extension:
            toc = {**(extension["toc"] or {}), "permalink_title": strings["permalink"]}
            extension = {"toc": toc}
        extensions.append(extension)
    return extensions


def _extra(
    base: dict[str, Any],
    project: Project,
    language: str,
    strings: dict[str, str],
    other_strings: dict[str, str],
    bundles: Sequence[Bundle],
) -> dict[str, Any]:
    organisation = project.organisation
    other = other_language(language)
    extra = dict(base.get("extra") or {})
    extra["gesprekswijzer"] = {
        "language": language,
        "other_language": other,
        "other_language_name": other_strings["language_name"],
        "switch_label": other_strings["switch_language"],
        "strings": strings,
        "content_security_policy": CONTENT_SECURITY_POLICY,
        "search": any(_is_search(plugin) for plugin in base.get("plugins", [])),
        # Each page type's script and stylesheet, which overrides/main.html links.
        "bundles": {
            bundle.page_type: {"script": bundle.script_path, "stylesheet": bundle.stylesheet_path}
            for bundle in bundles
        },
        "organisation": organisation.name.get(language)
        if organisation and organisation.name
        else "",
        "content_version": organisation.content_version if organisation else "",
        "content_date": organisation.content_date if organisation else "",
        "contact_email": organisation.contact_email if organisation else "",
        "contact_name": organisation.contact_name.get(language)
        if organisation and organisation.contact_name
        else "",
    }
    return extra


def language_config(
    project: Project,
    language: str,
    strings: dict[str, dict[str, str]],
    templates_dir: Path,
    bundles: Sequence[Bundle],
    live_preview: bool = False,
) -> str:
    """The mkdocs.yml text for one language; ``strings`` holds interface strings per language.

    A live preview (``gesprekswijzer serve``) has no search, so that an edit rebuilds
    only its own page."""
    base = base_config(templates_dir)
    if live_preview:
        # MkDocs rebuilds only the edited pages, which the theme's search cannot index.
        base["plugins"] = [plugin for plugin in base.get("plugins", []) if not _is_search(plugin)]
    config = {key: value for key, value in base.items() if key not in SERVE_ONLY_KEYS}
    organisation = project.organisation
    org_name = organisation.name.get(language) if organisation and organisation.name else ""
    other = other_language(language)
    theme = dict(base.get("theme") or {})
    theme.update(language=language, custom_dir="overrides")
    if organisation and organisation.logo:
        theme["logo"] = f"assets/organisation/{organisation.logo}"
    config.update(
        site_name=" · ".join(filter(None, [strings[language]["site_name"], org_name])),
        docs_dir="docs",
        site_dir="site",
        nav=navigation(project, language),
        theme=theme,
        plugins=_plugins(base, language),
        markdown_extensions=_markdown_extensions(base, strings[language]),
        extra=_extra(base, project, language, strings[language], strings[other], bundles),
    )
    header = f"# Generated by gesprekswijzer from {BASE_CONFIG}. Do not edit.\n"
    return header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
