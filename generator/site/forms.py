"""Render the fillable forms (content/forms/*.yml) into docs/forms/<id>.md.

A form page is one raw HTML block inside Markdown, so that MkDocs wraps it in
the site's theme. Its data for the scripts is embedded as JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.formdata import reflection_themes
from generator.model import Form

if TYPE_CHECKING:
    from generator.site.render import RenderContext


def form_sections(context: RenderContext, form: Form) -> list[dict[str, Any]]:
    return [
        {
            "section": section,
            "themes": reflection_themes(context.project, form, section)
            if section.kind == "reflection"
            else [],
        }
        for section in form.sections
    ]


def without_blank_lines(html: str) -> str:
    """A blank line would end Markdown's raw HTML block and let Markdown loose inside it."""
    return "\n".join(line for line in html.splitlines() if line.strip()) + "\n"


def render_form(context: RenderContext, form: Form) -> str:
    organisation = context.project.organisation
    html = context.render(
        "forms/form.html.j2",
        form=form,
        sections=form_sections(context, form),
        organisation=organisation,
        content_version=organisation.content_version if organisation else "",
    )
    front_matter = f"---\nedit_url: {context.edit_url(form.path)}\n---\n"
    title = form.title.get(context.language) if form.title else form.id
    return f"{front_matter}# {title}\n\n{without_blank_lines(html)}"
