"""``gesprekswijzer build``: check, render, build with MkDocs, zip, then swap in atomically."""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import tempfile
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import forkserver
from pathlib import Path
from typing import Any

import jinja2

from generator import LANGUAGES
from generator.check.engine import check_project
from generator.check.result import CheckResult
from generator.errors import BuildError, ContentError
from generator.project import Project
from generator.site import notfound, search
from generator.site.compact import compact_site
from generator.site.csp import CONTENT_SECURITY_POLICY
from generator.site.render import write_docs_tree
from generator.site.templates import bytecode_cache, render, strings_for, templates_for

ZIP_NAME = "gesprekswijzer.zip"
ZIP_FOLDER = "gesprekswijzer"
ALREADY_COMPRESSED = {".png", ".jpg", ".jpeg", ".gif", ".woff", ".woff2", ".zip", ".gz"}
# Source maps only help someone debugging Material's scripts; the offline copy
# is for readers, and leaving them out saves a quarter of the zip's work.
LEFT_OUT_OF_ZIP = {".map"}
# Opened from disk, the search reads its index as a script (search_index.js); the same
# index as JSON is only for a web server, which publishes site/ rather than the zip.
LEFT_OUT_OF_ZIP_NAMES = {"search_index.json"}


@dataclass
class BuildReport:
    output: Path
    check: CheckResult
    timings: dict[str, float] = field(default_factory=dict)
    zip_path: Path | None = None


def check_and_build(
    root: Path, output: Path, tree_dir: Path | None = None, editor_links: bool = False
) -> BuildReport:
    started = time.perf_counter()
    project, result = check_project(root)
    elapsed = time.perf_counter() - started
    report = build_site(project, result, output, tree_dir, editor_links)
    report.timings["check"] = elapsed
    report.timings["total"] += elapsed
    return report


def build_site(
    project: Project,
    result: CheckResult,
    output: Path,
    tree_dir: Path | None = None,
    editor_links: bool = False,
) -> BuildReport:
    """Build into a staging folder beside ``output``; replace ``output`` only on success."""
    if result.failed():
        raise ContentError("the content has errors, so nothing was built")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    started = time.perf_counter()
    report = BuildReport(output, result)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-", dir=output.parent))
    try:
        site = staging / "site"
        trees = tree_dir or staging / "tree"
        templates = templates_for(project.root, staging / "templates")
        jobs = [
            _LanguageJob(
                project, language, trees / language, site / language, templates, editor_links
            )
            for language in LANGUAGES
        ]
        for timings in _run_jobs(jobs):
            report.timings.update(timings)
        _write_root_page(project, site, templates)
        step = time.perf_counter()
        _write_zip(site)
        report.timings["zip"] = time.perf_counter() - step
        _swap(site, output, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    report.zip_path = output / "download" / ZIP_NAME
    report.timings["total"] = time.perf_counter() - started
    return report


@dataclass(frozen=True)
class _LanguageJob:
    project: Project
    language: str
    tree: Path
    site_dir: Path
    templates: Path
    editor_links: bool


# What every language worker needs, imported once in the fork server.
WORKER_MODULES = ["generator.site.build", "mkdocs.commands.build", "mkdocs.config", "material"]


def start_workers() -> multiprocessing.context.BaseContext:
    """Start the fork server the language workers come from, if it is not running yet.

    Not plain fork: the caller may have threads (a test runner, a server), whose locks a
    forked child would inherit held. The fork server is a clean process that imports the
    build and MkDocs once; each worker is forked from it. Started before the check, it
    does its imports on the other core meanwhile."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_MODULES)
    forkserver.ensure_running()
    return context


def _run_jobs(jobs: list[_LanguageJob]) -> list[dict[str, float]]:
    """Build the languages side by side, one process each: MkDocs holds the GIL."""
    if len(jobs) < 2 or (os.cpu_count() or 1) < 2:
        return [_build_language(job) for job in jobs]
    context = start_workers()
    with ProcessPoolExecutor(max_workers=len(jobs), mp_context=context) as pool:
        return list(pool.map(_build_language, jobs))


def _build_language(job: _LanguageJob) -> dict[str, float]:
    timings: dict[str, float] = {}
    step = time.perf_counter()
    config_file = write_docs_tree(
        job.project, job.language, job.tree, job.templates, job.editor_links
    )
    timings[f"render {job.language}"] = time.perf_counter() - step
    step = time.perf_counter()
    run_mkdocs(config_file, job.site_dir)
    notfound.make_relative(job.site_dir / "404.html")
    compact_site(job.site_dir)
    search.drop_empty_entries(job.site_dir)
    search.add_query_stemming(job.site_dir)
    search.drop_unused_languages(job.site_dir, job.language)
    timings[f"mkdocs {job.language}"] = time.perf_counter() - step
    return timings


class _Collect(logging.Handler):
    """Keeps MkDocs' warnings so a failed build can say what went wrong."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def run_mkdocs(config_file: Path, site_dir: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        config = load_config(
            config_file=str(config_file.resolve()), site_dir=str(site_dir.resolve()), strict=True
        )
        _keep_compiled_templates(config.theme)
        build(config)
    except (MkDocsException, OSError) as error:
        details = "\n  ".join(collector.messages) or str(error)
        raise BuildError(f"MkDocs could not build {config_file}:\n  {details}") from error
    finally:
        logger.removeHandler(collector)


def _keep_compiled_templates(theme: Any) -> None:
    """Material's templates compiled once and kept, as ours are: compiling them was a
    quarter of each language's MkDocs build. The tree itself stays plain."""
    make_env = theme.get_env

    def get_env() -> jinja2.Environment:
        env: jinja2.Environment = make_env()
        env.bytecode_cache = bytecode_cache("mkdocs")
        return env

    theme.get_env = get_env


def _write_root_page(project: Project, site: Path, templates: Path) -> None:
    strings = {language: strings_for(templates, language) for language in LANGUAGES}
    organisation = project.organisation
    html = render(
        templates,
        "root-index.html.j2",
        strings=strings,
        languages=LANGUAGES,
        content_security_policy=CONTENT_SECURITY_POLICY,
        organisation=organisation.name.get(LANGUAGES[0])
        if organisation and organisation.name
        else "",
    )
    (site / "index.html").write_text(html, encoding="utf-8")


def _write_zip(site: Path) -> Path:
    target = site / "download" / ZIP_NAME
    files = sorted(
        path
        for path in site.rglob("*")
        if path.is_file()
        and path.suffix not in LEFT_OUT_OF_ZIP
        and path.name not in LEFT_OUT_OF_ZIP_NAMES
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=3) as archive:
        for path in files:
            method = zipfile.ZIP_STORED if path.suffix in ALREADY_COMPRESSED else None
            name = f"{ZIP_FOLDER}/{path.relative_to(site).as_posix()}"
            archive.write(path, name, compress_type=method)
    return target


def _swap(new_site: Path, output: Path, staging: Path) -> None:
    """Put the new site in place of the old one with two renames on one file system."""
    if output.exists():
        if not output.is_dir():
            raise BuildError(f"{output} exists and is not a folder")
        output.rename(staging / "previous")
    try:
        new_site.rename(output)
    except OSError as error:
        (staging / "previous").rename(output)
        raise BuildError(f"could not put the new site at {output}: {error}") from error
