"""Render one language of the guide into a plain docs tree: Markdown, assets, mkdocs.yml."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from generator import LANGUAGES
from generator.formdata import reflection_themes
from generator.model import Page, Theme
from generator.placeholders import fill, values
from generator.project import Project
from generator.site import mkconfig
from generator.site.bundles import FORM_TEXTS_JS, ORGANISATION_CSS, build_bundles, source_files
from generator.site.forms import render_form
from generator.site.formscripts import form_texts_script
from generator.site.summary import description
from generator.site.templates import render, strings_for
from generator.site.tree import TreeWriter

PAGE_TEMPLATES = {
    "smart": "smart.md.j2",
    "glossary": "glossary.md.j2",
    "prepare": "prepare.md.j2",
    "timeline": "timeline.md.j2",
    "checklist": "checklist.md.j2",
}


@dataclass(frozen=True)
class RenderContext:
    project: Project
    language: str
    templates_dir: Path
    editor_links: bool = False  # a preview for editors; never in the published site or zip

    @property
    def strings(self) -> dict[str, str]:
        return strings_for(self.templates_dir, self.language)

    def edit_url(self, display_path: str) -> str:
        organisation = self.project.organisation
        if not self.editor_links or organisation is None or not organisation.repository_url:
            return ""
        source = os.path.relpath(Path(display_path).resolve(), self.project.root.resolve())
        base = organisation.repository_url.rstrip("/")
        return f"{base}/edit/{organisation.repository_branch}/{Path(source).as_posix()}"

    def render(self, template: str, **context: Any) -> str:
        return render(self.templates_dir, template, t=self.strings, lang=self.language, **context)

    @cached_property
    def employee_forms(self) -> list[tuple[str, frozenset[str]]]:
        """Each employee form with the themes it offers, worked out once: every theme page
        asks, so working it out per page would grow with the square of the themes."""
        project = self.project
        return [
            (
                form.id,
                frozenset(
                    theme.id
                    for section in form.sections
                    if section.kind == "reflection"
                    for theme, _ in reflection_themes(project, form, section)
                ),
            )
            for form in project.forms
            if form.author == "employee"
        ]


def write_docs_tree(
    project: Project,
    language: str,
    tree: Path,
    templates_dir: Path,
    editor_links: bool = False,
    live_preview: bool = False,
) -> Path:
    """Write ``tree``/mkdocs.yml, docs/ and overrides/; return the config file.

    The tree is plain and relocatable: no hooks, no plugin of ours, no absolute path."""
    context = RenderContext(project, language, templates_dir, editor_links)
    writer = TreeWriter(tree)
    # Every page ends with the glossary's abbreviations, so that its terms are marked.
    abbreviations = _abbreviations(context)
    for path, text in _pages(context):
        writer.write(f"docs/{path}.md", f"{text.rstrip()}\n\n{abbreviations}")
    writer.copy_folder(templates_dir / "assets", "docs/assets", skip=source_files())
    generated = {
        ORGANISATION_CSS: _organisation_css(context),
        FORM_TEXTS_JS: form_texts_script(context),
    }
    bundles = build_bundles(templates_dir / "assets", generated)
    for bundle in bundles:
        writer.write(f"docs/{bundle.script_path}", bundle.script)
        writer.write(f"docs/{bundle.stylesheet_path}", bundle.stylesheet)
    writer.copy_folder(templates_dir / "overrides", "overrides")
    writer.copy_folder(project.root / "content" / "assets", "docs/assets/organisation")
    strings = {lang: strings_for(templates_dir, lang) for lang in LANGUAGES}
    config_text = mkconfig.language_config(
        project, language, strings, templates_dir, bundles, live_preview
    )
    config_file = writer.write("mkdocs.yml", config_text)
    writer.remove_stale()
    return config_file


def _pages(context: RenderContext) -> Iterator[tuple[str, str]]:
    """Every page of the language: its path under docs/ (without .md) and its Markdown."""
    project, language = context.project, context.language
    for page_id in sorted(project.page_ids(language)):
        yield page_id, _page(context, project.pages[(language, page_id)])
    for theme in project.themes:
        yield f"themes/{theme.id}", _theme(context, theme)
    if project.themes:
        yield mkconfig.THEMES_INDEX, _themes_index(context)
    for form in project.forms:
        yield f"forms/{form.id}", render_form(context, form)


def _page(context: RenderContext, page: Page) -> str:
    project, language = context.project, context.language
    body = page.text
    if project.organisation:
        types = tuple(kind.id for kind in project.conversation_types)
        body = fill(page.text, values(project.organisation, language, types))
    template = PAGE_TEMPLATES.get(page.id, "page.md.j2")
    kinds = [kind for kind in project.conversation_types if kind.page == page.id]
    if kinds:
        template = "conversation-type.md.j2"
    themes = [
        theme
        for theme in project.themes
        if any(kind.id in theme.conversation_types for kind in kinds)
    ]
    title_line, _, body_rest = body.partition("\n")
    form_id = start_form(context) if page.id == "index" or kinds else ""
    return context.render(
        f"pages/{template}",
        body=body.rstrip() + "\n",
        title_line=title_line,
        description=description(body_rest) or title_line.lstrip("# ").strip(),
        body_rest=body_rest.strip() + "\n",
        start_form=f"forms/{form_id}.md" if form_id else "",
        edit_url=context.edit_url(page.location.path),
        smart=project.smart,
        terms=project.glossary,
        themes=themes,
        moments=_cycle_rows(context),
        contact=project.organisation.contact_name.get(language)
        if project.organisation and project.organisation.contact_name
        else "HR",
        forms=[
            {
                "id": form.id,
                "title": form.title.get(language) if form.title else form.id,
                "summary": form.summary.get(language) if form.summary else "",
            }
            for form in project.forms
        ],
    )


def start_form(context: RenderContext, theme_id: str = "") -> str:
    """The employee's preparation form, offering ``theme_id`` when one is given."""
    for form_id, offered in context.employee_forms:
        if not theme_id or theme_id in offered:
            return form_id
    return ""


def _cycle_rows(context: RenderContext) -> list[dict[str, str]]:
    """The organisation's conversations for the timeline page, in words."""
    organisation, strings = context.project.organisation, context.strings
    if organisation is None:
        return []
    months = strings["month_names"].split()
    kinds = {kind.id: kind for kind in context.project.conversation_types}
    rows = []
    for moment in organisation.cycle:
        kind = kinds.get(moment.conversation_type)
        if kind is None:
            continue
        named = [months[month - 1] for month in moment.months]
        rows.append(
            {
                "title": kind.title.get(context.language) if kind.title else kind.id,
                "page": kind.page or "",
                "months": ", ".join(named) or strings["timeline_months_open"],
                "started_by": strings[f"timeline_started_by_{moment.started_by}"],
            }
        )
    return rows


def _themes_index(context: RenderContext) -> str:
    section = next((entry.section for entry in context.project.navigation if entry.themes), None)
    title = section.get(context.language) if section else context.strings["themes_index_title"]
    return context.render(
        "pages/themes-index.md.j2",
        title=title,
        intro=context.strings["themes_index_intro"],
        themes=context.project.themes,
        # Its title is the menu section's: that is where an editor changes it.
        edit_url=context.edit_url(str(context.project.root / "content" / "navigation.yml")),
    )


def _theme(context: RenderContext, theme: Theme) -> str:
    project, language = context.project, context.language
    titles = {
        item.id: item.title.get(language) if item.title else item.id for item in project.audiences
    }
    groups: dict[tuple[str, ...], list[Any]] = {}
    for question in theme.questions:
        groups.setdefault(question.audiences, []).append(question)
    joiner = f" {context.strings['and']} "
    grouped = [
        {"label": joiner.join(titles.get(a, a).lower() for a in audiences), "questions": items}
        for audiences, items in groups.items()
    ]
    conversations = [
        kind for kind in project.conversation_types if kind.id in theme.conversation_types
    ]
    form_id = start_form(context, theme.id)
    return context.render(
        "pages/theme.md.j2",
        theme=theme,
        start_form=f"forms/{form_id}.md?theme={theme.id}" if form_id else "",
        groups=grouped,
        conversations=conversations,
        edit_url=context.edit_url(theme.path),
    )


def _abbreviations(context: RenderContext) -> str:
    language = context.language
    terms = []
    for term in context.project.glossary:
        if term.term is None or term.definition is None:
            continue
        words = [term.term.get(language), *term.also.get(language, ())]
        definition = " ".join(term.definition.get(language).split())
        terms.append({"words": [w for w in words if w], "definition": definition})
    return context.render("pages/abbreviations.md.j2", terms=terms)


def _organisation_css(context: RenderContext) -> str:
    organisation = context.project.organisation
    primary = organisation.primary_colour if organisation else "#1f4e79"
    accent = organisation.accent_colour if organisation else primary
    return (
        "/* Generated from content/organisation.yml. */\n"
        ":root {\n"
        f"  --md-primary-fg-color: {primary};\n"
        f"  --md-primary-fg-color--light: {primary};\n"
        f"  --md-primary-fg-color--dark: {primary};\n"
        f"  --md-accent-fg-color: {accent};\n"
        f"  --gw-accent: {accent};\n"
        "}\n"
    )
