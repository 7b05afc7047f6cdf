"""The forms' shared texts of one language: a generated part of the form bundle.

Every form page of a language shares them, so they go into the cached bundle (see
generator.site.bundles), not into each page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.site.formfields import LIST_KINDS, key, kind_fields, smart_texts
from generator.site.forms import field_data, form_strings, script_json, text_in

if TYPE_CHECKING:
    from generator.site.render import RenderContext

__all__ = ["form_texts_script"]


def _kinds(context: RenderContext, strings: dict[str, str]) -> dict[str, Any]:
    """Every list kind's item fields, to read a file of any form in plain words."""
    smart = smart_texts(context.project.smart, context.language)
    return {
        kind: {
            "item_label": strings[key("item", kind)],
            "fields": [
                field_data(field) for field in kind_fields(kind, kind, "__key__", strings, smart)
            ],
        }
        for kind in LIST_KINDS
    }


def form_texts_script(context: RenderContext) -> str:
    """What every form page of a language shares: in the cached script, not in each page."""
    language = context.language
    strings = form_strings(context)
    texts = {
        "kinds": _kinds(context, strings),
        "forms": {
            other.id: {"title": text_in(other.title, language, other.id), "author": other.author}
            for other in context.project.forms
        },
        "strings": strings,
    }
    return f"window.Gesprekswijzer.formTexts = {script_json(texts)};\n"
