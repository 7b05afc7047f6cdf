"""The one script every form page loads: its language's shared texts, then the behaviours.

The behaviours are the classic scripts in assets/javascripts/gesprekswijzer/ that only
form pages need; core.js and init.js load on every page (mkdocs.base.yml).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.site.formfields import LIST_KINDS, key, kind_fields, smart_texts
from generator.site.forms import FORM_BUNDLE, field_data, form_strings, script_json, text_in

if TYPE_CHECKING:
    from generator.site.render import RenderContext

__all__ = ["FORM_BUNDLE", "FORM_SCRIPTS", "form_bundle"]

# The form behaviours, in load order. The bundle is deferred, so they run after core.js
# and before init.js, which starts them.
FORM_SCRIPTS = (
    "model.js",
    "merge.js",
    "canonical.js",
    "answers-file.js",
    "record.js",
    "document.js",
    "document-text.js",
    "conflict-panel.js",
    "autosave.js",
    "character-count.js",
    "theme-chooser.js",
    "add-another.js",
    "agreement.js",
    "section-index.js",
    "section-fold.js",
    "check-answers.js",
    "readonly.js",
    "export-import.js",
    "employee-file.js",
    "cycle-files.js",
    "signature.js",
    "print.js",
    "copy.js",
    "calendar.js",
    "clear.js",
    "form.js",
)


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


def form_bundle(context: RenderContext, scripts_dir: Path) -> str:
    """The one script of every form page: its language's texts, then the behaviours, in order.

    Each behaviour is a classic script in its own function scope, so joining them keeps
    them apart, and the page still works from file://."""
    parts = [_form_texts_script(context)]
    parts += [(scripts_dir / name).read_text(encoding="utf-8") for name in FORM_SCRIPTS]
    return "\n".join(parts)


def _form_texts_script(context: RenderContext) -> str:
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
