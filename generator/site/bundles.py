"""Each page type's one script and one stylesheet: joined in a declared order, minified.

A guide page loads the page bundle, a form page the form bundle; Material's own files
come beside them. Each behaviour is a classic script in its own function scope, so
joining them keeps them apart and the page still works from file://. The minifier is
tdewolff/minify's Python package (minify-go): building the site needs no Node.

A part named in ``GENERATED`` is not a file under site_templates/ but text the build
makes for the language: the organisation's colours, and the forms' shared texts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import minify

from generator.errors import BuildError

SCRIPTS_DIR = "assets/javascripts/gesprekswijzer"
STYLES_DIR = "assets/stylesheets"
BUNDLES_DIR = "assets/gesprekswijzer"

ORGANISATION_CSS = "organisation.css"
FORM_TEXTS_JS = "form-texts.js"
GENERATED = frozenset({ORGANISATION_CSS, FORM_TEXTS_JS})

# On every page: the namespace and helpers, the menu button and the glossary terms.
EVERY_PAGE_SCRIPTS = ("core.js", "drawer-button.js", "glossary-terms.js")

# The form behaviours, in load order: what a script uses is declared before it.
FORM_SCRIPTS = (
    FORM_TEXTS_JS,
    "model.js",
    "limits.js",
    "merge.js",
    "canonical.js",
    "answers-file.js",
    "record.js",
    "document.js",
    "document-text.js",
    "file-field.js",
    "conflict-panel.js",
    "autosave.js",
    "character-count.js",
    "theme-chooser.js",
    "add-another.js",
    "conditional-parts.js",
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
    "ics.js",
    "calendar.js",
    "clear.js",
    "form.js",
)

# Starts every component on the page, so it comes last.
STARTER = "init.js"

EVERY_PAGE_STYLES = (ORGANISATION_CSS, "extra.css")
PRINT_STYLES = ("print.css",)


@dataclass(frozen=True)
class PageType:
    """The scripts and stylesheets one kind of page loads, in order."""

    name: str
    scripts: tuple[str, ...]
    styles: tuple[str, ...]
    print_styles: tuple[str, ...] = PRINT_STYLES


PAGE = PageType("page", (*EVERY_PAGE_SCRIPTS, STARTER), EVERY_PAGE_STYLES)
FORM = PageType(
    "form", (*EVERY_PAGE_SCRIPTS, *FORM_SCRIPTS, STARTER), (*EVERY_PAGE_STYLES, "forms.css")
)
PAGE_TYPES = (PAGE, FORM)


@dataclass(frozen=True)
class Bundle:
    """One page type's built files: paths relative to the docs folder, and their text."""

    page_type: str
    script_path: str
    script: str
    stylesheet_path: str
    stylesheet: str


def source_files() -> set[str]:
    """Every file of site_templates/assets/ that goes into a bundle (relative to assets/)."""
    names: set[str] = set()
    for page_type in PAGE_TYPES:
        names |= {f"javascripts/gesprekswijzer/{name}" for name in page_type.scripts}
        names |= {f"stylesheets/{name}" for name in page_type.styles + page_type.print_styles}
    return {name for name in names if name.rsplit("/", 1)[-1] not in GENERATED}


def _read(folder: Path, name: str, generated: Mapping[str, str]) -> str:
    if name in GENERATED:
        return generated[name]
    return (folder / name).read_text(encoding="utf-8")


def build_bundle(page_type: PageType, assets: Path, generated: Mapping[str, str]) -> Bundle:
    scripts_dir = assets / "javascripts" / "gesprekswijzer"
    styles_dir = assets / "stylesheets"
    # A newline after each part: a script that ends in a line comment must not swallow
    # the next one's first line.
    script = _minified(
        "application/javascript",
        "\n".join(_read(scripts_dir, name, generated) + "\n" for name in page_type.scripts),
    )
    screen = "\n".join(_read(styles_dir, name, generated) for name in page_type.styles)
    printed = "\n".join(_read(styles_dir, name, generated) for name in page_type.print_styles)
    stylesheet = _minified("text/css", f"{screen}\n@media print {{\n{printed}\n}}\n")
    return Bundle(
        page_type.name,
        f"{BUNDLES_DIR}/{page_type.name}.{_digest(script)}.min.js",
        script,
        f"{BUNDLES_DIR}/{page_type.name}.{_digest(stylesheet)}.min.css",
        stylesheet,
    )


def _minified(media_type: str, text: str) -> str:
    try:
        result: str = minify.string(media_type, text)
    except minify.MinifyError as error:
        # Our own sources, not the user's: a syntax error here is a bug to fix, named.
        raise BuildError(f"cannot minify the {media_type} bundle: {error}") from error
    return result


def _digest(text: str) -> str:
    # In the name, so that a host may cache a bundle for ever: new content, new name.
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def build_bundles(assets: Path, generated: Mapping[str, str]) -> list[Bundle]:
    return [build_bundle(page_type, assets, generated) for page_type in PAGE_TYPES]
