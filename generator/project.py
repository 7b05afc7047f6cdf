"""Find, read and model a project's content: questions/ and content/.

Loading never raises on bad content. Files that cannot be read, or that break
their schema, are kept with their issues and left out of the model, so the
rules can report on everything else.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator import LANGUAGES, parse
from generator.directives import Directive
from generator.located import LocatedDict, SourceIssue
from generator.location import Location
from generator.model import (
    Form,
    GlossaryTerm,
    NamedItem,
    NavigationEntry,
    Organisation,
    Page,
    Question,
    RetiredId,
    Smart,
    Theme,
)
from generator.schema import SchemaIssue, validate
from generator.yamlsource import YamlDocument, load_yaml, read_text

# content/<file name> -> schema kind. A theme lives in questions/<id>.yml.
CONTENT_FILES: dict[str, str] = {
    "audiences.yml": "audiences",
    "conversation-types.yml": "conversation-types",
    "navigation.yml": "navigation",
    "retired-ids.yml": "retired-ids",
    "organisation.yml": "organisation",
    "smart.yml": "smart",
    "glossary.yml": "glossary",
}


@dataclass
class SourceFile:
    kind: str
    document: YamlDocument
    schema_issues: list[SchemaIssue] = field(default_factory=list)

    @property
    def display(self) -> str:
        return self.document.display

    @property
    def usable(self) -> bool:
        return self.document.readable and not self.schema_issues


@dataclass
class Project:
    root: Path
    files: list[SourceFile] = field(default_factory=list)
    unknown_files: list[Location] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    audiences: tuple[NamedItem, ...] = ()
    conversation_types: tuple[NamedItem, ...] = ()
    navigation: tuple[NavigationEntry, ...] = ()
    retired: tuple[RetiredId, ...] = ()
    smart: Smart | None = None
    glossary: tuple[GlossaryTerm, ...] = ()
    organisation: Organisation | None = None
    pages: dict[tuple[str, str], Page] = field(default_factory=dict)
    page_problems: list[SourceIssue] = field(default_factory=list)
    # (kind, id) -> the file that would define it but could not be read or broke its format
    unread: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def directives(self) -> list[Directive]:
        """Every '# gesprekswijzer: ...' comment in the YAML files."""
        return [found for source in self.files for found in source.document.directives]

    def unread_file_for(self, kind: str, item_id: str) -> str | None:
        """The unreadable file where a theme, form or page of this id would be, if any."""
        return self.unread.get((kind, item_id))

    def page_ids(self, language: str) -> set[str]:
        return {page_id for lang, page_id in self.pages if lang == language}

    def questions(self) -> list[tuple[Theme, Question]]:
        return [(theme, question) for theme in self.themes for question in theme.questions]


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


_BUILDERS: dict[str, Callable[[Project, LocatedDict], None]] = {
    "theme": lambda p, d: p.themes.append(parse.theme(d)),
    "audiences": lambda p, d: setattr(p, "audiences", parse.named_items(d, "audiences")),
    "conversation-types": lambda p, d: setattr(
        p, "conversation_types", parse.named_items(d, "conversation_types")
    ),
    "navigation": lambda p, d: setattr(p, "navigation", parse.navigation(d)),
    "retired-ids": lambda p, d: setattr(p, "retired", parse.retired_ids(d)),
    "smart": lambda p, d: setattr(p, "smart", parse.smart(d)),
    "glossary": lambda p, d: setattr(p, "glossary", parse.glossary(d)),
    "organisation": lambda p, d: setattr(p, "organisation", parse.organisation(d)),
    "form": lambda p, d: p.forms.append(parse.form(d)),
}


def discover(root: Path) -> tuple[list[tuple[str, Path]], list[Path], list[str]]:
    """The YAML files to read with their kind, unknown YAML files, and missing required files."""
    found: list[tuple[str, Path]] = []
    unknown: list[Path] = []
    questions = root / "questions"
    if questions.is_dir():
        found += [("theme", path) for path in sorted(questions.glob("*.y*ml"))]
    forms = root / "content" / "forms"
    if forms.is_dir():
        found += [("form", path) for path in sorted(forms.glob("*.y*ml"))]
    content = root / "content"
    missing = [f"content/{name}" for name in CONTENT_FILES if not (content / name).is_file()]
    if content.is_dir():
        for path in sorted(content.glob("*.y*ml")):
            kind = CONTENT_FILES.get(path.name)
            if kind is None:
                unknown.append(path)
            else:
                found.append((kind, path))
    return found, unknown, missing


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: loading makes a great many small containers
    and no garbage cycles, so the collector would only walk them again and again (a
    third of the time at 100 times the shipped content). Nested uses are harmless."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_project(root: Path) -> Project:
    with cyclic_gc_paused():
        return _load_project(root)


def _load_project(root: Path) -> Project:
    project = Project(root=root)
    found, unknown, missing = discover(root)
    project.unknown_files = [Location.file(display_path(path)) for path in unknown]
    project.missing_files = missing
    for kind, path in found:
        source = SourceFile(kind, load_yaml(path, display_path(path)))
        if source.document.readable:
            source.schema_issues = validate(kind, source.document.data, source.display)
        project.files.append(source)
        if source.usable:
            _BUILDERS[kind](project, source.document.data)
        elif kind in ("theme", "form"):
            project.unread[(kind, path.stem)] = source.display
    project.themes.sort(key=lambda theme: (theme.order, theme.id))
    project.forms.sort(key=lambda form: (form.order, form.id))
    _load_pages(project)
    return project


def _load_pages(project: Project) -> None:
    for language in LANGUAGES:
        folder = project.root / "content" / "pages" / language
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            display = display_path(path)
            text, issue = read_text(path, display)
            if issue is not None:
                project.page_problems.append(issue)
                project.unread.setdefault(("page", path.stem), display)
                continue
            project.pages[(language, path.stem)] = Page(
                path.stem, language, text or "", Location.file(display)
            )
