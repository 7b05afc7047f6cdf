"""How fast the record is filled in from two preparations, through the real page.

Run from the repository root::

    python3 benchmarks/bench_record.py [--site SITE_DIR] [--answers 100] [--chars 2000]

Without ``--site`` it builds the shipped content into a temporary folder first. It
writes two pairs of preparation files (the employee's and the manager's, each with
``--answers`` answers of ``--chars`` characters: reflection answers, agenda items and
proposed agreements), opens the record form from disk (file://) in Debian's Chromium,
chooses both files in the two file inputs and clicks "Fill in the record", as a person
would. Inside the page it measures from the click to the status message that says the
record is filled in: reading both files, checking them, merging them and showing the
result (with its autosave). The two pairs alternate, so no run repeats the one before.

Goal: import and merge <= 100 ms (median). It prints each goal as met or not; it is not
a test and asserts nothing.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser_bench import CHROMIUM_ARGS, arguments, build_site, chromium

GOAL_MS = 100.0

# Starts a timer on the click (capture phase, before the page's own handler) and stops
# it when the status says the record is filled in.
INSTRUMENT = """() => {
  const status = document.querySelector('[data-module~=gw-preparations] [data-gw-file-status]');
  const button = document.querySelector('[data-module~=gw-preparations] [data-gw-file-open]');
  window.__bench = { start: 0, elapsed: null };
  button.addEventListener('click', () => { window.__bench.start = performance.now(); }, true);
  new MutationObserver(() => {
    if (status.textContent) window.__bench.elapsed = performance.now() - window.__bench.start;
  }).observe(status, { childList: true, characterData: true, subtree: true });
}"""


def text(label: str, number: int, size: int) -> str:
    return (f"{label} {number}. " + "lorem ipsum dolor sit amet, " * 80)[:size]


def preparation(author: str, variant: str, answers: int, size: int) -> dict[str, Any]:
    """A preparation file with ``answers`` long answers: a third each of reflection
    answers, agenda items and proposed agreements."""
    third = answers // 3
    entries: dict[str, Any] = {
        "about.name": {"answer": f"{author} {variant}", "section": "about", "kind": "about"},
        "about.date": {"answer": "2027-03-12", "section": "about", "kind": "about"},
    }
    for n in range(answers - 2 * third):
        entries[f"bench-question-{n}"] = {"answer": text(variant, n, size), "section": "x"}
    entries["agenda"] = {
        "answer": [{"text": text(f"{author} agenda {variant}", n, size)} for n in range(third)],
        "section": "agenda",
        "kind": "agenda",
    }
    entries["agreements"] = {
        "answer": [
            {"type": "smart", "outcome": text(f"{author} agreement {variant}", n, size)}
            for n in range(third)
        ],
        "section": "agreements",
        "kind": "agreements",
    }
    form = "employee-annual" if author == "employee" else "manager-preparation"
    return {
        "format": "gesprekswijzer-answers",
        "format_version": 2,
        "form": {"id": form, "version": 1, "author": author},
        "exported_at": "2027-03-01T10:00:00Z",
        "answers": entries,
    }


def write_pairs(folder: Path, answers: int, size: int) -> list[tuple[Path, Path]]:
    pairs = []
    for variant in ("A", "B"):
        paths = []
        for author in ("employee", "manager"):
            path = folder / f"{author}-{variant}.json"
            path.write_text(json.dumps(preparation(author, variant, answers, size)), "utf-8")
            paths.append(path)
        pairs.append((paths[0], paths[1]))
    return pairs


def fill_once(page: Any, url: str, pair: tuple[Path, Path]) -> float:
    """One person's fill-in on a fresh record page; returns the milliseconds it took."""
    page.evaluate("() => localStorage.clear()")
    page.goto(url)
    page.wait_for_function("() => window.Gesprekswijzer && window.Gesprekswijzer.forms.length")
    page.evaluate(INSTRUMENT)
    page.set_input_files("#gw-preparations--employee", str(pair[0]))
    page.set_input_files("#gw-preparations--manager", str(pair[1]))
    page.click("[data-module~=gw-preparations] [data-gw-file-open]")
    page.wait_for_function("() => window.__bench.elapsed !== null")
    elapsed: float = page.evaluate("() => window.__bench.elapsed")
    return elapsed


def run(site: Path, pairs: list[tuple[Path, Path]], runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    url = (site / "en" / "forms" / "conversation-record.html").resolve().as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(url)
        for pair in pairs:  # warm up the JIT and the file cache
            fill_once(page, url, pair)
        times = [fill_once(page, url, pairs[n % 2]) for n in range(runs)]
        agenda = page.locator('[data-gw-list="agenda"] [data-gw-item]').count()
        browser.close()
    print(f"Record filled in with {agenda} agenda items from two files")
    return times


def main() -> None:
    args = arguments(__doc__)
    with tempfile.TemporaryDirectory(prefix="bench-record-") as temporary:
        folder = Path(temporary)
        site = args.site or build_site(folder / "site")
        pairs = write_pairs(folder, args.answers, args.chars)
        size = sum(path.stat().st_size for path in pairs[0])
        shape = f"{args.answers} answers x {args.chars} characters"
        print(f"Two files of {shape}: {size / 1024:.0f} KiB")
        times = run(site, pairs, args.runs)
    median, worst = statistics.median(times), max(times)
    print(f"import and merge, click to 'filled in': median {median:.1f} ms, max {worst:.1f} ms")
    verdict = "met" if median <= GOAL_MS else "NOT met"
    print(f"goal: median <= {GOAL_MS:.0f} ms: {verdict} ({median / GOAL_MS:.2f} of the goal)")


if __name__ == "__main__":
    main()
