"""The ``gesprekswijzer`` command: check the content, build the site, start new files."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from generator import __version__, ruledocs
from generator.check.engine import check_project
from generator.check.messages import MESSAGE_LANGUAGES, language_from_environment
from generator.check.reporter import REPORTERS, default_format
from generator.errors import GesprekswijzerError, UsageError
from generator.rules import RULES, find_rule


def _existing_folder(value: str) -> Path:
    path = Path(value)
    if not path.is_dir():
        raise UsageError(f"{value}: no such folder")
    return path


def run_check(args: argparse.Namespace) -> int:
    if args.list_rules:
        for rule in RULES:
            summary = (rule.__doc__ or "").strip().splitlines()[0].split(": ", 1)[-1]
            print(f"{rule.ID}  {rule.NAME:<22} {rule.LEVEL:<7}  {summary}")
        return 0
    if args.explain:
        found = find_rule(args.explain)
        if found is None:
            raise UsageError(f"unknown rule '{args.explain}'; see --list-rules")
        print(ruledocs.explain(found))
        return 0
    if args.rule_reference:
        print(ruledocs.reference(), end="")
        return 0
    if args.profile_reference:
        from generator import profiledocs

        print(profiledocs.reference(), end="")
        return 0
    root = _existing_folder(args.path)
    language = args.lang or language_from_environment()
    _project, result = check_project(root, language)
    output_format = args.format or default_format()
    print(REPORTERS[output_format](result, language))
    return 1 if result.failed(args.strict) else 0


def _parser() -> argparse.ArgumentParser:
    # Plain text: the module's docstring is reStructuredText, which --help would show as is.
    parser = argparse.ArgumentParser(
        prog="gesprekswijzer",
        description="Check the content, build the guide site, preview it and start new "
        "content files.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser(
        "check",
        help="check the question banks and guidance",
        description="Check the question banks and guidance. Each problem names its file and "
        "line; the exit code is 1 when the check fails.",
    )
    check.add_argument("path", nargs="?", default=".", help="project folder (default: .)")
    check.add_argument(
        "--format",
        choices=sorted(REPORTERS),
        help="output format (default: text, or github inside GitHub Actions)",
    )
    check.add_argument(
        "--lang",
        choices=MESSAGE_LANGUAGES,
        help="language of the messages: nl or en (default: Dutch when LC_ALL, LC_MESSAGES or "
        "LANG starts with 'nl', else English); codes are the same in both",
    )
    check.add_argument("--strict", action="store_true", help="warnings fail the check too")
    check.add_argument("--list-rules", action="store_true", help="print the rule catalogue")
    check.add_argument("--explain", metavar="CODE", help="print one rule's documentation")
    check.add_argument(
        "--rule-reference",
        action="store_true",
        help="print the rule reference (docs/rules.md) as Markdown",
    )
    check.add_argument(
        "--profile-reference",
        action="store_true",
        help="print the organisation profile reference (docs/organisation-profile.md)",
    )
    check.set_defaults(handler=run_check)
    _add_more_commands(commands)
    return parser


def _add_more_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Commands that live in their own modules, imported lazily to keep ``check`` fast."""
    from generator.scaffold import add_command
    from generator.site.commands import add_commands

    add_commands(commands)
    add_command(commands)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except GesprekswijzerError as error:
        print(f"gesprekswijzer: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early; that is not an error of ours.
        # Point stdout at devnull so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # a bug of ours: say so briefly rather than dump a traceback
        if os.environ.get("GESPREKSWIJZER_DEBUG"):
            traceback.print_exc()
        print(
            f"gesprekswijzer: internal error ({type(error).__name__}: {error}). "
            "Please report it; set GESPREKSWIJZER_DEBUG=1 to see details.",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
