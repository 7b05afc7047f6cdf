"""Lighthouse on a phone: the home page, a theme page and the employee form.

Serves a built site from 127.0.0.1 and runs Lighthouse (mobile, its default) on each
page, several times, with Debian's Chromium. Prints each category's median score and
whether the goal is met: performance at least 95, and accessibility, best practices
and SEO all 100. Scores vary from run to run, so this is a benchmark, not a test.

Lighthouse is a Node program and not part of the project. Install it once, outside
the repository's build:

    npm install --prefix benchmarks/.lighthouse lighthouse@12

then run:

    python3 benchmarks/bench_lighthouse.py [--site site] [--runs 3]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from browser_bench import REPO, build_site, chromium

PAGES = {
    "home": "nl/index.html",
    "theme": "nl/themes/wellbeing.html",
    "employee form": "nl/forms/employee-annual.html",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOALS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
LOCAL = REPO / "benchmarks" / ".lighthouse" / "node_modules" / ".bin" / "lighthouse"


COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml"}


class _StaticHost(SimpleHTTPRequestHandler):
    """Serves the site as any static host does: text compressed with gzip, no log."""

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.suffix in COMPRESSED and path.is_file()):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = functools.partial(_StaticHost, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def lighthouse_command(given: str | None) -> list[str] | None:
    for candidate in (given, os.environ.get("LIGHTHOUSE"), str(LOCAL), shutil.which("lighthouse")):
        if candidate and Path(candidate).is_file():
            return [candidate]
    return None


def scores(command: list[str], url: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        completed = subprocess.run(
            [
                *command,
                url,
                "--output=json",
                f"--output-path={report}",
                "--quiet",
                f"--only-categories={','.join(CATEGORIES)}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            ],
            env={**os.environ, "CHROME_PATH": chromium()},
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0 or not report.is_file():
            raise SystemExit(f"Lighthouse failed on {url}:\n{completed.stderr[-2000:]}")
        data = json.loads(report.read_text(encoding="utf-8"))
    return {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--site", type=Path, help="a built site folder (default: build one)")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median counts")
    parser.add_argument(
        "--lighthouse", help="the lighthouse program (default: benchmarks/.lighthouse)"
    )
    args = parser.parse_args()
    command = lighthouse_command(args.lighthouse)
    if command is None:
        print("Lighthouse is not installed, so no goal was measured. Install it with:")
        print("  npm install --prefix benchmarks/.lighthouse lighthouse@12")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        site = args.site or build_site(Path(folder) / "site")
        server, origin = serve(site)
        try:
            met = report(command, origin, args.runs)
        finally:
            server.shutdown()
    return 0 if met else 1


def report(command: list[str], origin: str, runs: int) -> bool:
    all_met = True
    for name, path in PAGES.items():
        runs_scores = [scores(command, f"{origin}/{path}") for _ in range(runs)]
        medians = {c: statistics.median(run[c] for run in runs_scores) for c in CATEGORIES}
        for category in CATEGORIES:
            goal = GOALS[category]
            met = medians[category] >= goal
            all_met = all_met and met
            spread = sorted(run[category] for run in runs_scores)
            print(
                f"{name:14} {category:15} {medians[category]:5.0f}  (runs {spread})  "
                f"goal >= {goal}: {'met' if met else 'NOT met'}"
            )
    return all_met


if __name__ == "__main__":
    sys.exit(main())
