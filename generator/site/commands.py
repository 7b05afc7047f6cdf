"""Sub-commands that build the site, registered on the main parser by generator.cli."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import LANGUAGES
from generator.check.engine import check_project
from generator.check.reporter import REPORTERS, default_format
from generator.errors import ContentError, UsageError


def run_build(args: argparse.Namespace) -> int:
    from generator.site.build import build_site, start_workers

    root = Path(args.path)
    if not root.is_dir():
        raise UsageError(f"{args.path}: no such folder")
    start_workers()
    project, result = check_project(root)
    if result.problems or result.failed():
        print(REPORTERS[default_format()](result), file=sys.stderr)
    if result.failed():
        raise ContentError(
            "the content has errors, so nothing was built; the previous site is unchanged"
        )
    output = Path(args.out) if args.out else root / "site"
    tree = Path(args.keep_tree) if args.keep_tree else None
    report = build_site(project, result, output, tree, args.editor_links)
    print(
        f"Built the guide in {report.output}/ (nl and en) and "
        f"{report.zip_path} in {report.timings['total']:.1f} s"
    )
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from generator.site.serve import serve

    root = Path(args.path)
    if not root.is_dir():
        raise UsageError(f"{args.path}: no such folder")
    serve(root.resolve(), args.language, args.dev_addr)
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    build = commands.add_parser(
        "build",
        help="check the content and build the guide site",
        description="Check the content, then build the guide site in Dutch and English, "
        "with a zip of it that opens from disk. A failed check leaves the last site as it was.",
    )
    build.add_argument("path", nargs="?", default=".", help="project folder (default: .)")
    build.add_argument("--out", metavar="DIR", help="output folder (default: PATH/site)")
    build.add_argument(
        "--keep-tree",
        metavar="DIR",
        help="also keep the generated docs trees (Markdown + mkdocs.yml) in DIR",
    )
    build.add_argument(
        "--editor-links",
        action="store_true",
        help="a preview for editors: each page links to its source file in the repository",
    )
    build.set_defaults(handler=run_build)
    serve = commands.add_parser(
        "serve",
        help="preview one language, rebuilt whenever content or questions change",
        description="Preview one language of the guide in the browser. Each saved change to "
        "content/, questions/ or site_templates/ is checked and shown within seconds; while the "
        "content has errors, the messages are printed and the last good preview stays.",
    )
    serve.add_argument("path", nargs="?", default=".", help="project folder (default: .)")
    serve.add_argument(
        "--language", choices=LANGUAGES, default=LANGUAGES[0], help="default: %(default)s"
    )
    serve.add_argument(
        "--dev-addr",
        metavar="HOST:PORT",
        default="127.0.0.1:8000",
        help="where to serve the preview (default: %(default)s)",
    )
    serve.set_defaults(handler=run_serve)
