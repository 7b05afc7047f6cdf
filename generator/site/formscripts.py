"""The forms' shared texts of one language: a generated part of the form bundle.

Every form page of a language shares them, so they go into the cached bundle (see
generator.site.bundles), not into each page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.kindlayout import layout
from generator.sectionkinds import KINDS
from generator.site.formfields import key, kind_fields, smart_texts
from generator.site.forms import field_data, form_strings, script_json, text_in

if TYPE_CHECKING:
    from generator.site.render import RenderContext

__all__ = ["form_texts_script"]


def _kinds(context: RenderContext, strings: dict[str, str]) -> dict[str, Any]:
    """Every kind's layout, and each list kind's item fields, to read a file of any form
    in plain words."""
    smart = smart_texts(context.project.smart, context.language)
    kinds: dict[str, Any] = {}
    for kind in KINDS:
        data = layout(kind)
        if kind.is_list:
            data["item_label"] = strings[key("item", kind.name)]
            made = kind_fields(kind.name, kind.name, "__key__", strings, smart)
            data["fields"] = [field_data(field) for field in made]
        kinds[kind.name] = data
    return kinds


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
