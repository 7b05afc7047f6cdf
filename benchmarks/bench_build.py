"""How long ``gesprekswijzer build`` takes: against plain MkDocs, and as the banks grow.

Run from the repository root::

    python3 benchmarks/bench_build.py [--rounds 3] [--quick]

In a temporary folder it makes copies of the shipped project: 1x as shipped, one with
``--theme-scale`` (10) times as many themes, one with ``--question-scale`` (10) times as
many questions in every theme and, unless ``--quick``, one with ``--large-scale`` (100)
times as many themes. Every copy must pass ``gesprekswijzer check``. Then it times, in
fresh subprocesses and interleaved (our package byte-compiled first, as an install
is), rounds of:

* ``gesprekswijzer build`` of the 1x copy (check, both languages, zip);
* a plain ``mkdocs build`` of the two generated trees of that copy (kept once with
  ``--keep-tree``), nl then en, one after the other: the reference;
* ``gesprekswijzer build`` of the 10x-themes and of the 10x-questions copy.

The order turns every round, and each ratio is taken within one round; the median ratio
over the rounds is judged. The large copy is built ``--large-rounds`` (1) times, each
right after a 1x build.

Goals: build <= 0.75 x plain MkDocs; 10x themes <= 5 x the 1x build; 10x questions <= 5 x
the 1x build; 100x themes <= 60 s. It prints each goal as met or not; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from projects import (
    REPO,
    add_questions,
    add_themes,
    compile_like_an_install,
    copy_project,
    count_questions,
    environment,
    gesprekswijzer,
    verify,
)

PLAIN_GOAL = 0.75
LARGE_GOAL_S = 60.0
TIMEOUT = 1800
LANGUAGES = ("nl", "en")


def timed(commands: list[list[str]]) -> float:
    """Wall seconds of running the commands one after the other; stop if one fails."""
    started = time.perf_counter()
    for command in commands:
        done = subprocess.run(
            command, cwd=REPO, env=environment(), capture_output=True, text=True, timeout=TIMEOUT
        )
        if done.returncode != 0:
            sys.exit(
                f"bench_build: {' '.join(command)} failed (exit {done.returncode}):\n"
                f"{done.stdout[-2000:]}{done.stderr[-2000:]}"
            )
    return time.perf_counter() - started


def build(project: Path, out: Path, tree: Path | None = None) -> list[list[str]]:
    command = [*gesprekswijzer(), "build", str(project), "--out", str(out)]
    return [command + (["--keep-tree", str(tree)] if tree else [])]


def plain_mkdocs(tree: Path, out: Path) -> list[list[str]]:
    """A plain MkDocs build of each kept language tree, nl then en."""
    return [
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(tree / lang / "mkdocs.yml"),
            "-d",
            str(out / lang),
        ]
        for lang in LANGUAGES
    ]


def make(work: Path, name: str, grow: Callable[[Path, int], None] | None, factor: int) -> Path:
    started = time.perf_counter()
    project = copy_project(work / name)
    if grow is not None:
        grow(project, factor)
    verify(project)
    print(
        f"  {name}: {count_questions(project)} questions in "
        f"{len(list((project / 'questions').glob('*.yml')))} theme files, check passes "
        f"({time.perf_counter() - started:.0f} s)",
        flush=True,
    )
    return project


def rounds(runs: dict[str, list[list[str]]], count: int) -> list[dict[str, float]]:
    """``count`` rounds of every run, the order turned by one each round."""
    names = list(runs)
    results = []
    for number in range(count):
        shift = number % len(names)
        order = names[shift:] + names[:shift]
        results.append({name: timed(runs[name]) for name in order})
        shown = ", ".join(f"{name} {results[-1][name]:.1f} s" for name in names)
        print(f"  round {number + 1}: {shown}", flush=True)
    return results


def judge(label: str, ratios: list[float], goal: float, unit: str = "x") -> None:
    median = statistics.median(ratios)
    each = ", ".join(f"{r:.2f}" for r in ratios)
    verdict = "met" if median <= goal else "NOT met"
    print(f"{label}: median {median:.2f}{unit} (each: {each}); goal <= {goal:g}{unit}: {verdict}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (3)")
    parser.add_argument("--theme-scale", type=int, default=10, help="themes x N (10)")
    parser.add_argument("--question-scale", type=int, default=10, help="questions x N (10)")
    parser.add_argument("--large-scale", type=int, default=100, help="themes x N, absolute (100)")
    parser.add_argument("--large-rounds", type=int, default=1, help="builds of the large copy (1)")
    parser.add_argument("--quick", action="store_true", help="skip the large copy")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    return parser


def main() -> int:
    args = _parser().parse_args()
    started = time.perf_counter()
    print(f"{os.cpu_count()} cpus, load average {_load()}; command {' '.join(gesprekswijzer())}")
    print(compile_like_an_install())
    work = Path(tempfile.mkdtemp(prefix="gw-bench-build-"))
    try:
        print("Projects:")
        one = make(work, "1x", None, 1)
        themes = make(work, f"themes-{args.theme_scale}x", add_themes, args.theme_scale)
        questions = make(
            work, f"questions-{args.question_scale}x", add_questions, args.question_scale
        )
        tree = work / "tree-1x"
        timed(build(one, work / "out-keep", tree))  # keeps the 1x trees for plain MkDocs
        runs = {
            "build 1x": build(one, work / "out-1x"),
            "plain mkdocs 1x": plain_mkdocs(tree, work / "out-plain"),
            f"build themes {args.theme_scale}x": build(themes, work / "out-themes"),
            f"build questions {args.question_scale}x": build(questions, work / "out-questions"),
        }
        print(f"Interleaved rounds: {max(1, args.rounds)} (wall seconds):")
        results = rounds(runs, max(1, args.rounds))
        large: list[tuple[float, float]] = []
        if not args.quick and args.large_scale > 1:
            big = make(work, f"themes-{args.large_scale}x", add_themes, args.large_scale)
            for number in range(max(1, args.large_rounds)):
                base = timed(runs["build 1x"])
                seconds = timed(build(big, work / "out-large"))
                large.append((seconds, base))
                print(
                    f"  large {number + 1}: build 1x {base:.1f} s, "
                    f"build themes {args.large_scale}x {seconds:.1f} s",
                    flush=True,
                )
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    print()
    names = list(runs)
    judge("build / plain mkdocs (1x)", [r[names[0]] / r[names[1]] for r in results], PLAIN_GOAL)
    judge(
        f"themes {args.theme_scale}x / 1x",
        [r[names[2]] / r[names[0]] for r in results],
        args.theme_scale / 2,
    )
    judge(
        f"questions {args.question_scale}x / 1x",
        [r[names[3]] / r[names[0]] for r in results],
        args.question_scale / 2,
    )
    if large:
        print(f"themes {args.large_scale}x / 1x: " + ", ".join(f"{s / b:.1f}" for s, b in large))
        judge(f"themes {args.large_scale}x build", [s for s, _ in large], LARGE_GOAL_S, " s")
    else:
        print(f"themes {args.large_scale}x build <= {LARGE_GOAL_S:g} s: not measured (--quick)")
    print(f"benchmark took {time.perf_counter() - started:.0f} s; load average {_load()}")
    return 0


def _load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
