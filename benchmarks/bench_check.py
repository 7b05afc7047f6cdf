"""How long ``gesprekswijzer check`` takes on 100 times the shipped question banks.

Run from the repository root::

    python3 benchmarks/bench_check.py [--repeat N] [--scale 100]

It writes the shipped project (1x) and one with ``--scale`` times its themes
into a temporary folder (benchmarks/projects.py, as bench_build.py does), and runs
``python -m generator.cli check PATH`` through the real command line, in a
fresh subprocess each time, with our package byte-compiled first as an installed copy
is (see ``compile_like_an_install``). It prints the median wall and CPU time of each
and whether the goal (median ≤ 2.5 s at 100x) is met. It asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from projects import (
    add_themes,
    compile_like_an_install,
    copy_project,
    count_questions,
    environment,
    verify,
)

CHECK_TIMEOUT = 600


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


def timed(command: list[str]) -> Timing:
    """Wall and CPU seconds of one run of the command, which must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        command, env=environment(), capture_output=True, check=True, timeout=CHECK_TIMEOUT
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu)


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def make_project(path: Path, scale: int) -> int:
    copy_project(path)
    if scale > 1:
        add_themes(path, scale)
    return count_questions(path)


GOAL_SECONDS = 2.5
GOAL_SCALE = 100


def time_check(path: Path, repeat: int) -> list[Timing]:
    command = [sys.executable, "-m", "generator.cli", "check", str(path)]
    return [timed(command) for _ in range(repeat)]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per scale, median kept (5)")
    parser.add_argument("--scale", type=int, default=GOAL_SCALE, help="the large scale (100)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    return parser


def main() -> int:
    args = _parser().parse_args()
    repeat, scales = max(1, args.repeat), sorted({1, max(1, args.scale)})
    print(f"load average at start: {_load()} (other work on the machine makes figures noisy)")
    print(compile_like_an_install())
    print(f"median of {repeat} runs of `check` in a fresh subprocess")
    medians: dict[int, float] = {}
    temp = Path(tempfile.mkdtemp(prefix="gw-bench-check-"))
    for scale in scales:
        project = temp / f"project-{scale}x"
        questions = make_project(project, scale)
        verify(project)
        runs = time_check(project, repeat)
        wall = statistics.median(run.wall for run in runs)
        cpu = statistics.median(run.cpu for run in runs)
        medians[scale] = wall
        every = ", ".join(f"{run.wall:.2f}" for run in runs)
        print(
            f"{scale:>4}x  {questions:>6} questions  median {wall:.2f} s wall, "
            f"{cpu:.2f} s cpu  (runs: {every})"
        )
    if args.keep:
        print(f"projects kept in {temp}")
    else:
        shutil.rmtree(temp, ignore_errors=True)
    print(f"load average at end: {_load()}")
    if GOAL_SCALE in medians:
        met = "met" if medians[GOAL_SCALE] <= GOAL_SECONDS else "NOT met"
        print(f"goal ≤ {GOAL_SECONDS} s at {GOAL_SCALE}x: {met} ({medians[GOAL_SCALE]:.2f} s)")
    return 0


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"benchmark time {time.perf_counter() - started:.0f} s")
    sys.exit(code)
