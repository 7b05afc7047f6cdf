"""How the time of ``gesprekswijzer check`` and ``build`` grows with the size of the question banks.

Run from the repository root::

    python3 benchmarks/bench_build.py [--repeat N] [--scales 1,10,100]

It copies the shipped project into a temporary folder (scale 1x) and makes
larger copies whose question banks are 10x and 100x as large, by adding copies
of every theme with new ids and slightly changed texts. It then times, in fresh
subprocesses and best of N:

* ``python -m generator.cli check PATH`` on every scale;
* ``python -m generator.cli build PATH --out OUT --keep-tree TREE`` on the
  scales whose build is expected to take less than ``--build-limit`` seconds;
* a plain ``python -m mkdocs build`` of the same generated docs trees (nl + en),
  which is the floor the full build cannot go below.

It prints figures and ratios; it is not a test and asserts nothing.
See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

try:
    import resource
except ImportError:  # not on Windows: CPU times are then shown as nan
    resource = None  # type: ignore[assignment]

REPO = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ["questions", "content", "site_templates", "mkdocs.yml", "gesprekswijzer.yml"]
TARGET_BUILD_RATIO = 1.15
HEADER = "# yaml-language-server: $schema=../generator/schemas/theme.schema.json\n"
# MkDocs + Material grow faster than linearly with the number of theme pages: every page
# carries the whole navigation, so the HTML written grows with pages x themes. Measured on
# 2 cores: one build took 9.9 s at 10x and 265 s at 100x (x27 for x10, exponent ~1.4).
BUILD_GROWTH = 1.5
ALWAYS_BUILD = 10
CHECK_TIMEOUT = 600
BUILD_TIMEOUT = 1800

# Run in a fresh interpreter: one build with the per-step timings of BuildReport.
BREAKDOWN_SNIPPET = """
import json, sys
from pathlib import Path
from typing import Any
from generator.site.build import check_and_build
report = check_and_build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
print(json.dumps(report.timings))
"""


# --- synthetic projects -------------------------------------------------------------------


def _variant_text(text: str, copy: int, language: str) -> str:
    """The same text with a counter word, still ending in '?' when the original did."""
    word = f"(kopie {copy})" if language == "nl" else f"(copy {copy})"
    stripped = text.rstrip()
    if stripped.endswith("?"):
        return f"{stripped[:-1].rstrip()} {word}?"
    return f"{stripped} {word}"


def _variant_theme(theme: dict[str, Any], copy: int) -> dict[str, Any]:
    old_id = theme["id"]
    new_id = f"{old_id}-x{copy}"
    variant = dict(theme)
    variant["id"] = new_id
    if isinstance(theme.get("title"), dict):
        variant["title"] = {lang: f"{value} {copy}" for lang, value in theme["title"].items()}
    questions = []
    for question in theme.get("questions") or []:
        new_question = dict(question)
        qid = str(question["id"])
        rest = qid[len(old_id) + 1 :] if qid.startswith(f"{old_id}-") else qid
        new_question["id"] = f"{new_id}-{rest}"
        new_question["text"] = {
            lang: _variant_text(value, copy, lang) for lang, value in question["text"].items()
        }
        questions.append(new_question)
    variant["questions"] = questions
    return variant


def make_project(dest: Path, scale: int) -> int:
    """Write a project with ``scale`` times the shipped question banks; return its questions."""
    for part in PROJECT_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, dest / part)
        else:
            shutil.copy2(source, dest / part)
    total = 0
    for theme_file in sorted((REPO / "questions").glob("*.yml")):
        theme = yaml.safe_load(theme_file.read_text(encoding="utf-8"))
        shipped = len(theme.get("questions") or [])
        total += shipped * scale
        for copy in range(1, scale):
            variant = _variant_theme(theme, copy)
            text = yaml.safe_dump(
                variant, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False
            )
            (dest / "questions" / f"{variant['id']}.yml").write_text(
                HEADER + text, encoding="utf-8"
            )
    return total


def verify_project(path: Path) -> None:
    """Abort unless the project passes ``check`` with no errors."""
    done = subprocess.run(
        [sys.executable, "-m", "generator.cli", "check", "--format", "json", str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=CHECK_TIMEOUT,
    )
    try:
        report = json.loads(done.stdout)
        errors = report["summary"]["errors"]
    except (ValueError, KeyError, TypeError):
        sys.exit(
            f"bench_build: could not read the check report for {path} "
            f"(exit {done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    if errors or done.returncode != 0:
        first = "\n".join(
            f"  {p.get('path', '?')}:{p.get('line', '?')} {p.get('code', '')} {p.get('message', p)}"
            for p in report["problems"][:10]
        )
        sys.exit(
            f"bench_build: the synthetic project {path} fails check "
            f"({errors} errors, exit {done.returncode}); first problems:\n{first}"
        )


# --- timing ---------------------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.pop("GITHUB_ACTIONS", None)
    return env


def _children_cpu() -> float:
    """User + system CPU seconds of all finished child processes so far."""
    if resource is None:
        return math.nan
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class Timing:
    """Wall seconds and CPU seconds (user + system) of one or more subprocesses."""

    wall: float
    cpu: float

    def __add__(self, other: Timing) -> Timing:
        return Timing(self.wall + other.wall, self.cpu + other.cpu)


def best(timings: list[Timing]) -> Timing:
    """The lowest wall time and the lowest CPU time, each over all runs."""
    return Timing(min(t.wall for t in timings), min(t.cpu for t in timings))


def timed(command: list[str], timeout: float) -> Timing:
    """Wall and CPU time of one subprocess; abort with its output if it fails."""
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=REPO, env=_env(), capture_output=True, text=True, timeout=timeout
    )
    elapsed = Timing(time.perf_counter() - started, _children_cpu() - cpu)
    if done.returncode != 0:
        sys.exit(
            f"bench_build: {' '.join(command)} failed (exit {done.returncode}):\n"
            f"{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    return elapsed


def time_check(path: Path, repeat: int) -> Timing:
    command = [sys.executable, "-m", "generator.cli", "check", str(path)]
    return best([timed(command, CHECK_TIMEOUT) for _ in range(repeat)])


def time_build(path: Path, work: Path, repeat: int) -> tuple[Timing, Timing]:
    """Best full build and best plain MkDocs build (nl + en) of the same trees, interleaved."""
    out, tree, plain = work / "out", work / "tree", work / "plain"
    build_command = [
        sys.executable,
        "-m",
        "generator.cli",
        "build",
        str(path),
        "--out",
        str(out),
        "--keep-tree",
        str(tree),
    ]
    builds, plains = [], []
    for _ in range(repeat):
        builds.append(timed(build_command, BUILD_TIMEOUT))
        nl, en = (
            timed(
                [
                    sys.executable,
                    "-m",
                    "mkdocs",
                    "build",
                    "-q",
                    "-f",
                    str(tree / language / "mkdocs.yml"),
                    "-d",
                    str(plain / language),
                ],
                BUILD_TIMEOUT,
            )
            for language in ("nl", "en")
        )
        plains.append(nl + en)
    return best(builds), best(plains)


def breakdown(path: Path, work: Path) -> dict[str, float]:
    """The step timings of one in-process build (BuildReport.timings), in a fresh interpreter."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            BREAKDOWN_SNIPPET,
            str(path),
            str(work / "out-breakdown"),
            str(work / "tree-breakdown"),
        ],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    if done.returncode != 0:
        print(f"  (breakdown failed: {done.stderr.strip()[-500:]})")
        return {}
    breakdown: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return breakdown


def interpreter_startup(repeat: int) -> tuple[float, float]:
    """Seconds for a bare ``python -c pass`` and for one that imports MkDocs and the theme."""
    bare = best([timed([sys.executable, "-c", "pass"], 60) for _ in range(repeat)])
    imports = "import mkdocs.commands.build, mkdocs.config, material"
    loaded = best([timed([sys.executable, "-c", imports], 60) for _ in range(repeat)])
    return bare.wall, loaded.wall


# --- main -----------------------------------------------------------------------------------


def _scales(value: str) -> list[int]:
    try:
        scales = sorted({int(part) for part in value.split(",") if part.strip()})
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a list of whole numbers: {value}") from error
    if not scales or scales[0] < 1:
        raise argparse.ArgumentTypeError("scales must be whole numbers of at least 1")
    return scales


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure, best kept (3)")
    parser.add_argument(
        "--scales", type=_scales, default=_scales("1,10,100"), help="sizes to try (1,10,100)"
    )
    parser.add_argument(
        "--build-limit",
        type=float,
        default=60.0,
        help="build a scale only if one build is expected to take less than this (60 s)",
    )
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="always print the per-step build timings (otherwise only above the target ratio)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    return parser


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def main() -> int:
    args = _parser().parse_args()
    repeat = max(1, args.repeat)
    started = time.perf_counter()
    print(
        f"machine: {os.cpu_count()} cpu (nproc {len(os.sched_getaffinity(0))}), "
        f"{platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()} ({sys.executable}), "
        f"MkDocs {_version('mkdocs')}, Material {_version('mkdocs-material')}"
    )
    print(f"load average at start: {_load()} (other work on the machine makes figures noisy)")
    print(f"best of {repeat} runs each; scales {', '.join(f'{s}x' for s in args.scales)}")
    bare, loaded = interpreter_startup(repeat)
    print(
        f"interpreter start: {bare:.3f} s bare, {loaded:.3f} s with MkDocs + Material "
        "imported (paid once by build, twice by the plain MkDocs pair)"
    )

    temp = Path(tempfile.mkdtemp(prefix="gw-bench-"))
    rows: list[dict[str, Any]] = []
    try:
        for scale in args.scales:
            project = temp / f"project-{scale}x"
            project.mkdir()
            questions = make_project(project, scale)
            verify_project(project)
            row: dict[str, Any] = {"scale": scale, "questions": questions}
            row["check"] = time_check(project, repeat)
            previous = [r for r in rows if r.get("build") is not None]
            estimate = None
            if previous:
                last = previous[-1]
                estimate = last["build"].wall * (scale / last["scale"]) ** BUILD_GROWTH
            # Up to 10x the build is always timed (fixed costs dominate there, so an
            # estimate would be far too high); above, only when it should be quick enough.
            if scale <= ALWAYS_BUILD or estimate is None or estimate < args.build_limit:
                work = temp / f"work-{scale}x"
                row["build"], row["plain"] = time_build(project, work, repeat)
                ratio = row["build"].wall / row["plain"].wall
                if args.breakdown or ratio > TARGET_BUILD_RATIO:
                    row["timings"] = breakdown(project, work)
            else:
                row["skipped"] = (
                    f"build of {scale}x skipped: estimated {estimate:.0f} s for one build "
                    f"(from {previous[-1]['scale']}x, time ~ size^{BUILD_GROWTH}) > "
                    f"--build-limit {args.build_limit:.0f} s"
                )
            rows.append(row)
            print(f"  ... {scale}x done ({time.perf_counter() - started:.0f} s so far)", flush=True)
    finally:
        if args.keep:
            print(f"projects kept in {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)

    _print_table(rows)
    print(f"total benchmark time {time.perf_counter() - started:.0f} s; load average {_load()}")
    return 0


def _load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


def _version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


def _line(cells: list[str], widths: list[int]) -> str:
    first = f"{cells[0]:<{widths[0]}}"
    rest = [f"{cell:>{width}}" for cell, width in zip(cells[1:], widths[1:], strict=True)]
    return "  ".join([first, *rest])


def _table(rows: list[dict[str, Any]], kind: str, unit: str) -> None:
    labels = [
        "scale",
        "questions",
        f"check {unit}",
        "check/question ms",
        f"build {unit}",
        f"plain mkdocs {unit}",
        "build/plain",
    ]
    widths = [max(len(label), 6) for label in labels]
    print(_line(labels, widths))
    for row in rows:
        check = getattr(row["check"], kind)
        build = getattr(row["build"], kind) if row.get("build") else None
        plain = getattr(row["plain"], kind) if row.get("plain") else None
        ratio = build / plain if build is not None and plain else None
        cells = [
            f"{row['scale']}x",
            str(row["questions"]),
            _fmt(check),
            _fmt(check / row["questions"] * 1000),
            _fmt(build),
            _fmt(plain),
            _fmt(ratio),
        ]
        print(_line(cells, widths))


def _print_table(rows: list[dict[str, Any]]) -> None:
    print()
    print("Wall time, best of the runs:")
    _table(rows, "wall", "s")
    print()
    print(
        "CPU time (user + system of the subprocesses), best of the runs; "
        "other load on the machine distorts it less:"
    )
    _table(rows, "cpu", "cpu s")
    print()
    # Against the smallest scale (what was asked), then step by step: start-up time
    # hides a super-linear part at small scales, so the last step is the telling one.
    pairs = [(rows[0], row) for row in rows[1:]]
    pairs += list(pairwise(rows[1:]))
    for base, row in pairs:
        size = row["questions"] / base["questions"]
        growth = row["check"].wall / base["check"].wall
        cpu_growth = row["check"].cpu / base["check"].cpu
        verdict = "at most linear" if growth <= size * 1.05 else "WORSE than linear"
        print(
            f"check growth {row['scale']}x vs {base['scale']}x: time x{growth:.2f} for size "
            f"x{size:.0f} ({verdict}); per question x{growth / size:.2f}; "
            f"CPU time x{cpu_growth:.2f}"
        )
    built = [r for r in rows if r.get("build") is not None]
    for row in built[1:]:
        size = row["questions"] / built[0]["questions"]
        print(
            f"build growth {row['scale']}x vs {built[0]['scale']}x: time "
            f"x{row['build'].wall / built[0]['build'].wall:.2f} for size x{size:.0f} "
            f"(plain MkDocs x{row['plain'].wall / built[0]['plain'].wall:.2f})"
        )
    for row in built:
        ratio = row["build"].wall / row["plain"].wall
        cpu_ratio = row["build"].cpu / row["plain"].cpu
        mark = "within" if ratio <= TARGET_BUILD_RATIO else "ABOVE"
        print(
            f"build/plain {row['scale']}x: {ratio:.2f} ({mark} the target "
            f"{TARGET_BUILD_RATIO}); in CPU time {cpu_ratio:.2f}"
        )
    for row in rows:
        if "skipped" in row:
            print(row["skipped"])
    for row in rows:
        timings = row.get("timings")
        if timings:
            steps = ", ".join(f"{name} {value:.2f}" for name, value in timings.items())
            print(f"in-process build steps {row['scale']}x (wall s): {steps}")


if __name__ == "__main__":
    sys.exit(main())
