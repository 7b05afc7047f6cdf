"""The rule registry. Each rule is a module with ID, NAME, LEVEL, OPTIONS, MESSAGES and check().

A rule may also have review(project, problems, options): it runs after all the
checks, over the problems they found (the disable-comment rules use it).

The module's docstring is the rule's documentation: ``--explain CODE`` prints
it and the editor guide's rule reference is generated from it.
"""

from __future__ import annotations

from types import ModuleType

from generator.rules import (
    absolute_claims,
    changelog_current,
    content_present,
    disable_allowed,
    disable_unused,
    file_readable,
    form_sections,
    id_format,
    id_unique,
    missing_field,
    no_duplicate_text,
    no_empty_text,
    no_html,
    organisation_profile,
    page_placeholders,
    question_form,
    reference_resolves,
    retired_id_reused,
    smart_complete,
    theme_has_questions,
    translations_complete,
    unknown_key,
    wrong_type,
    yaml_syntax,
)

RULES: tuple[ModuleType, ...] = tuple(
    sorted(
        (
            file_readable,
            yaml_syntax,
            content_present,
            unknown_key,
            wrong_type,
            missing_field,
            theme_has_questions,
            translations_complete,
            no_empty_text,
            smart_complete,
            id_format,
            id_unique,
            reference_resolves,
            no_duplicate_text,
            question_form,
            no_html,
            retired_id_reused,
            page_placeholders,
            form_sections,
            organisation_profile,
            changelog_current,
            absolute_claims,
            disable_allowed,
            disable_unused,
        ),
        key=lambda rule: rule.ID,
    )
)


def find_rule(code_or_name: str) -> ModuleType | None:
    wanted = code_or_name.strip()
    for rule in RULES:
        if wanted.upper() == rule.ID or wanted.lower() == rule.NAME:
            return rule
    return None
