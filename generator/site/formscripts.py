"""The forms' shared texts of one language: a generated part of the form bundle.

Every form page of a language shares them, so they go into the cached bundle (see
generator.site.bundles), not into each page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from generator.kindlayout import layout
from generator.sectionkinds import KINDS
from generator.site.bundles import FORM, GENERATED
from generator.site.formfields import key, kind_fields, smart_texts
from generator.site.forms import field_data, form_strings, script_json, text_in

if TYPE_CHECKING:
    from generator.site.render import RenderContext

__all__ = ["form_texts_script", "script_strings"]

# A name in quotes ('import_done', "list_remove"), and a name put together from a quoted
# start and, if the statement adds one, a quoted end ('raised_' + who,
# 'parts_' + value + '_missing'); a lone '_' between two parts is not an end.
_NAMED = re.compile(r"""['"]([a-z][a-z0-9_]*)['"]""")
_BUILT = re.compile(r"""'([a-z][a-z0-9_]*_)' *\+(?:[^;\n]*?\+ *'(_[a-z][a-z0-9_]*)')?""")


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


def script_strings(strings: Mapping[str, str], *sources: str) -> dict[str, str]:
    """The strings the scripts may ask for: named in ``sources`` or built from names there.

    Most strings label what the templates draw (a field, a button, a hint) and are in
    the page already; sending them again would more than double the script's texts.
    """
    named = set(_NAMED.findall("\n".join(sources)))
    built = [(start, end) for source in sources for start, end in _BUILT.findall(source)]
    return {
        name: text
        for name, text in strings.items()
        if name in named or any(name.startswith(a) and name.endswith(b) for a, b in built)
    }


def _form_scripts(context: RenderContext) -> list[str]:
    folder = context.templates_dir / "assets" / "javascripts" / "gesprekswijzer"
    names = [name for name in FORM.scripts if name not in GENERATED]
    return [(folder / name).read_text(encoding="utf-8") for name in names]


def form_texts_script(context: RenderContext) -> str:
    """What every form page of a language shares: in the cached script, not in each page."""
    language = context.language
    strings = form_strings(context)
    kinds = _kinds(context, strings)
    forms = {
        other.id: {"title": text_in(other.title, language, other.id), "author": other.author}
        for other in context.project.forms
    }
    # The layouts name strings too (a table's column titles).
    named_in_data = json.dumps(kinds)
    texts = {
        "kinds": kinds,
        "forms": forms,
        "strings": script_strings(strings, *_form_scripts(context), named_in_data),
    }
    return f"window.Gesprekswijzer.formTexts = {script_json(texts)};\n"
