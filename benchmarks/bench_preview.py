"""How soon the editors' preview shows an edited question.

Run from the repository root::

    python3 benchmarks/bench_preview.py [--edits 5]

It copies what an organisation's project holds (content/, questions/,
gesprekswijzer.yml) into a temporary folder, so the repository is never touched, and
starts the preview there on a free port of 127.0.0.1 with ``gesprekswijzer serve
--language nl``, as ``make serve`` does. Once the preview serves the theme page, it
changes the Dutch text of one question in questions/wellbeing.yml, as an editor saving
the file would, and fetches the theme page over HTTP on each line the preview prints
(its rebuild and reload) until the new text is in it; then it waits until the preview is
quiet (every build it started has finished, and it has printed nothing for ``--quiet``
seconds) and edits again, ``--edits`` times.

Goal: edit to text served <= 2 s (median). It prints the goal as met or not; it asserts
nothing. The preview's process group is ended at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from projects import copy_project, environment, gesprekswijzer

from tests.support.serverlog import ServerLog

GOAL_S = 2.0
THEME = "wellbeing"
PAGE = f"themes/{THEME}.html"
START_TIMEOUT = 300.0
EDIT_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def serve_command(port: int) -> tuple[list[str], str]:
    """The preview command, and what it is."""
    command = [*gesprekswijzer(), "serve", "--language", "nl", "--dev-addr", f"127.0.0.1:{port}"]
    return command, "gesprekswijzer serve --language nl"


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            text: str = response.read().decode("utf-8", "replace")
            return text
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, text: str, timeout: float, log: ServerLog) -> float:
    """Seconds until the page at url holds text, looked at on each line the preview prints."""
    started = time.perf_counter()
    if not log.until(lambda: text in (fetch(url) or ""), timeout):
        sys.exit(f"bench_preview: {url} did not show {text!r} (the preview stopped, or timed out)")
    return time.perf_counter() - started


def edit(path: Path, old: str, new: str) -> None:
    """Save the file with one question's text changed, as an editor would."""
    text = path.read_text(encoding="utf-8")
    if old not in text:
        sys.exit(f"bench_preview: {old!r} is not in {path}")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def first_dutch_text(path: Path) -> str:
    import yaml

    theme = yaml.safe_load(path.read_text(encoding="utf-8"))
    text: str = theme["questions"][0]["text"]["nl"]
    return text


def stop(server: subprocess.Popen[str]) -> None:
    """End the preview's whole process group (it may have started children)."""
    if server.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(server.pid, sig)
        except ProcessLookupError:
            return
        try:
            server.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def measure(project: Path, edits: int, quiet: float) -> tuple[list[float], list[int]]:
    port = free_port()
    command, what = serve_command(port)
    server = subprocess.Popen(
        command,
        cwd=project,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    log = ServerLog(server)
    try:
        url = f"http://127.0.0.1:{port}/{PAGE}"
        file = project / "questions" / f"{THEME}.yml"
        current = first_dutch_text(file)
        started = wait_for(url, "</html>", START_TIMEOUT, log)
        print(f"Preview: {what}; first page served after {started:.1f} s", flush=True)
        settle(log, quiet)
        times, counts = [], []
        for number in range(1, edits + 1):
            before = log.count("Building documentation")
            new = f"Welke bewerking nummer {number} van {int(time.time())} zie je hier"
            edit(file, current.removesuffix("?"), new)
            current = f"{new}?"
            times.append(wait_for(url, new, EDIT_TIMEOUT, log))
            settle(log, quiet)
            counts.append(log.count("Building documentation") - before)
            print(
                f"  edit {number}: served after {times[-1]:.2f} s "
                f"({counts[-1]} builds before the preview was quiet again)",
                flush=True,
            )
    finally:
        stop(server)
    return times, counts


def settle(log: ServerLog, quiet: float) -> None:
    """Wait until every build has finished and the preview printed nothing for quiet seconds."""
    if not log.quiet(quiet, START_TIMEOUT):
        print(f"  (the preview did not settle in {START_TIMEOUT:.0f} s; going on)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=5, help="edits to time (5)")
    parser.add_argument(
        "--quiet", type=float, default=3.0, help="seconds of a quiet log between edits (3)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gw-bench-preview-") as temporary:
        project = copy_project(Path(temporary) / "project")
        times, counts = measure(project, max(1, args.edits), args.quiet)
    median = statistics.median(times)
    verdict = "met" if median <= GOAL_S else "NOT met"
    print(f"edit to text served: median {median:.2f} s, max {max(times):.2f} s")
    if max(counts) > 1:
        print(f"note: one edit started up to {max(counts)} builds (a rebuild set off by another)")
    print(f"goal <= {GOAL_S:g} s median: {verdict} ({median / GOAL_S:.2f} of the goal)")


if __name__ == "__main__":
    main()
