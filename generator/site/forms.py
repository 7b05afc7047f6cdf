"""Render the fillable forms (content/forms/*.yml) into docs/forms/<id>.md.

A form page is one raw HTML block inside Markdown, so that MkDocs wraps it in
the site's theme. The server-rendered HTML holds every section and question,
so the page can be read and printed without JavaScript; the scripts under
assets/javascripts/gesprekswijzer/ read the form's data from embedded JSON.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from generator.formdata import blank_sheet_themes, reflection_themes
from generator.model import Form, FormSection
from generator.sectionkinds import KIND_BY_NAME
from generator.site.bundles import FORM
from generator.site.formfields import (
    SOFT_LIMIT,
    Field,
    html_id,
    item_fields,
    key,
    load_form_strings,
    question_field,
    section_fields,
    smart_texts,
)

if TYPE_CHECKING:
    from generator.site.render import RenderContext

# The form page is <language>/forms/<id>.html; the scripts key their storage on the site root.
SITE_ROOT_FROM_FORM = "../../"
FORMAT_VERSION = 2


def text_in(text: Any, language: str, fallback: str) -> str:
    return text.get(language) if text else fallback


def _section(
    context: RenderContext, form: Form, section: FormSection, strings: dict[str, str]
) -> dict[str, Any]:
    language = context.language
    smart = smart_texts(context.project.smart, language)
    private_allowed = form.author != "both"
    kind = KIND_BY_NAME[section.kind]
    item: dict[str, Any] = {
        "section": section,
        "kind": section.kind,
        "part": kind.part,
        "html_id": html_id("section", section.id),
        "title": text_in(section.title, language, strings[key("section", section.kind, "title")]),
        "intro": text_in(section.intro, language, strings[key("section", section.kind, "intro")]),
        "fields": section_fields(section, strings, private_allowed),
        "themes": [],
        "list": None,
        "private_allowed": private_allowed,
        "folds": kind.folds,
    }
    if kind.part == "reflection":
        item["blank_sheet"] = blank_sheet_themes(context.project, form, section)
        item["themes"] = [
            (theme, [question_field(q, theme.id, language) for q in questions])
            for theme, questions in reflection_themes(context.project, form, section)
        ]
    if kind.is_list:
        item["list"] = {
            "item_label": strings[key("item", section.kind)],
            "add_label": "" if kind.fixed else strings[key("add", section.kind)],
            "fixed": kind.fixed,
            "template": item_fields(section, "__key__", strings, smart),
            "first": item_fields(section, "1", strings, smart),
        }
    return item


def form_sections(
    context: RenderContext, form: Form, strings: dict[str, str]
) -> list[dict[str, Any]]:
    return [_section(context, form, section, strings) for section in form.sections]


def field_data(field: Field) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": field.id,
        "label": field.label,
        "control": field.control,
    }
    if field.short and field.short != field.label:
        data["short"] = field.short
    if field.private:
        data["private"] = True
    if field.theme:
        data["theme"] = field.theme
    if field.choices:
        data["choices"] = [{"value": c.value, "label": c.label} for c in field.choices]
    if field.default:
        data["default"] = field.default
    if field.when:
        data["when"] = {"field": field.when[0], "value": field.when[1]}
    if field.format:
        data["format"] = field.format
    if field.meta and field.meta != field.label:
        data["meta"] = field.meta
    return data


def _section_data(item: dict[str, Any], language: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": item["section"].id,
        "kind": item["kind"],
        "title": item["title"],
        "fields": [field_data(field) for field in item["fields"]],
    }
    if item["themes"]:
        # The themes' titles and questions are read from the page, which holds them once.
        data["themes"] = [theme.id for theme, _fields in item["themes"]]
        data["blank_sheet"] = item["blank_sheet"]
    if item["list"]:
        # The item's label and fields are its kind's, which form-texts.js holds.
        data["list"] = {"fixed": item["list"]["fixed"]}
    return data


def form_strings(context: RenderContext) -> dict[str, str]:
    organisation = context.project.organisation
    strings = load_form_strings(context.templates_dir, context.language)
    hr_system = organisation.hr_system_name if organisation else "HR"
    return {name: text.replace("{hr_system}", hr_system) for name, text in strings.items()}


def form_data(context: RenderContext, form: Form, sections: list[dict[str, Any]]) -> dict[str, Any]:
    """What the scripts need of this form; the labels of its questions they read from the page."""
    language = context.language
    organisation = context.project.organisation
    return {
        "format_version": FORMAT_VERSION,
        "form": {
            "id": form.id,
            "version": form.version,
            "title": text_in(form.title, language, ""),
            "author": form.author,
            "file_name": text_in(form.file_name, language, form.id),
        },
        "language": language,
        "content_version": organisation.content_version if organisation else "",
        "signing": organisation.signing if organisation else "seen",
        "root": SITE_ROOT_FROM_FORM,
        "saved_days": organisation.saved_answers_days if organisation else 0,
        "limit": SOFT_LIMIT,
        "sections": [_section_data(item, language) for item in sections],
    }


def script_json(data: dict[str, Any]) -> Markup:
    """JSON that cannot end its <script> element early, whatever the content's texts hold."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def newline_entities(text: str) -> Markup:
    """Line breaks as character references, so a multi-line text has no blank line."""
    return Markup(str(escape(text)).replace("\n", "&#10;"))


def without_blank_lines(html: str) -> str:
    """A blank line would end Markdown's raw HTML block and let Markdown loose inside it."""
    return "\n".join(line for line in html.splitlines() if line.strip()) + "\n"


# The calendar file's choices: (RFC 5545 value, string key, chosen at first). The values go
# into the file as they are: DURATION of the conversation, TRIGGER of its reminder.
CALENDAR_CHOICES = {
    "durations": (
        ("PT30M", "calendar_duration_30", False),
        ("PT1H", "calendar_duration_60", True),
        ("PT1H30M", "calendar_duration_90", False),
        ("PT2H", "calendar_duration_120", False),
    ),
    "reminders": (
        ("", "calendar_reminder_none", False),
        ("-PT1H", "calendar_reminder_hour", False),
        ("-P1D", "calendar_reminder_day", True),
        ("-P7D", "calendar_reminder_week", False),
    ),
}


def render_form(context: RenderContext, form: Form) -> str:
    organisation = context.project.organisation
    strings = form_strings(context)
    sections = form_sections(context, form, strings)
    html = context.render(
        "forms/form.html.j2",
        form=form,
        sections=sections,
        organisation=organisation,
        content_version=organisation.content_version if organisation else "",
        f=strings,
        signing=organisation.signing if organisation else "seen",
        limit=SOFT_LIMIT,
        nl_entities=newline_entities,
        data_json=script_json(form_data(context, form, sections)),
        calendar=CALENDAR_CHOICES,
    )
    edit_url = context.edit_url(form.path)
    summary = form.summary.get(context.language) if form.summary else ""
    lines = [f"edit_url: {edit_url}"] if edit_url else []
    # The page loads the form bundle (overrides/main.html).
    lines.append(f"page_type: {FORM.name}")
    lines.append(f"description: {json.dumps(summary, ensure_ascii=False)}")
    front_matter = "---\n" + "\n".join(lines) + "\n---\n"
    title = text_in(form.title, context.language, form.id)
    return f"{front_matter}# {title}\n\n{without_blank_lines(html)}"
