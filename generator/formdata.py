"""What a form offers, derived from the content model; shared by the checker and the site."""

from __future__ import annotations

from generator.model import Form, FormSection, Question, Theme
from generator.project import Project


def reflection_themes(
    project: Project, form: Form, section: FormSection
) -> list[tuple[Theme, list[Question]]]:
    """The themes a reflection section offers, each with its questions for the form's audiences.

    Without an explicit ``themes`` list, every theme for one of the form's
    audiences is offered. Themes left with no question are left out.
    """
    wanted = list(section.themes)
    audiences = set(form.audiences)
    themes = project.themes
    if wanted:
        by_id = {theme.id: theme for theme in themes}
        themes = [by_id[theme_id] for theme_id in wanted if theme_id in by_id]
    else:
        themes = [theme for theme in themes if audiences & set(theme.audiences)]
    offered = []
    for theme in themes:
        questions = [q for q in theme.questions if audiences & set(q.audiences)]
        if questions:
            offered.append((theme, questions))
    return offered


# Without a choice, a blank sheet prints this many themes: enough to start, few enough to print.
BLANK_SHEET_DEFAULT = 2


def blank_sheet_themes(project: Project, form: Form, section: FormSection) -> list[str]:
    """The themes a blank sheet prints when none are chosen: the section's own list, in the
    offered order, or the first offered themes."""
    offered = [theme.id for theme, _ in reflection_themes(project, form, section)]
    if section.blank_sheet_themes:
        wanted = {reference.target for reference in section.blank_sheet_themes}
        return [theme_id for theme_id in offered if theme_id in wanted]
    return offered[:BLANK_SHEET_DEFAULT]
