"""How far an employee scrolls on a phone: the employee form at 390 x 844 px.

The goal (issue 10): an employee who picks three themes and fills the rest sparsely
scrolls no more than 8 screens. Acted out through the page as a user would, in Chromium:

  1. open the form with nothing saved, open "About the conversation", type a name;
  2. tick three themes in the chooser and answer two questions of each;
  3. open the agenda and type one point;
  4. come back to the form later (reload): the saved answers return.

Each state is printed as the page's height and as the distance scrolled from its top to
its bottom, both in screens of 844 px (the distance is the height less the screen the
page opens on). The goal is judged on the distance, for the page as it comes back; after
step 3 the theme list is still open, as the user left it.

Usage:

    python3 benchmarks/bench_form_length.py [--site site] [--language nl]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from browser_bench import CHROMIUM_ARGS, REPO, chromium
from playwright.sync_api import Page, sync_playwright

WIDTH, HEIGHT = 390, 844
GOAL_SCREENS = 8.0
THEMES = {
    "wellbeing": ("wellbeing-energy", "wellbeing-work-life"),
    "looking-back": ("looking-back-surprised", "looking-back-differently"),
    "looking-ahead": ("looking-ahead-start", "looking-ahead-stop"),
}


def started(page: Page) -> None:
    page.wait_for_function(
        "() => window.Gesprekswijzer && window.Gesprekswijzer.forms.length === 1"
    )


def screens(page: Page) -> float:
    height: int = page.evaluate("document.documentElement.scrollHeight")
    return height / HEIGHT


def fill_sparsely(page: Page) -> None:
    page.click("#gw-section--about .gw-fold__button")
    page.fill("#gw-about--name", "Sam de Vries")
    for theme, questions in THEMES.items():
        page.check(f'[data-gw-theme="{theme}"]')
        for question in questions:
            page.fill(f"#gw-q--{question}", "Een antwoord van een paar woorden.")
    page.click("#gw-section--agenda .gw-fold__button")
    page.fill('[data-gw-list="agenda"] [data-gw-item-field="text"] >> nth=0', "Werkdruk")
    page.wait_for_function(
        "() => { const a = window.Gesprekswijzer.forms[0].autosave;"
        " return !a.dirty && !a.schedule.pending(); }"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=REPO / "site")
    parser.add_argument("--language", default="nl", choices=("nl", "en"))
    args = parser.parse_args()
    page_file = (args.site / args.language / "forms" / "employee-annual.html").resolve()
    if not page_file.exists():
        print(f"{page_file} does not exist: run `make build` first", file=sys.stderr)
        return 2
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        page.goto(page_file.as_uri())
        started(page)
        empty = screens(page)
        fill_sparsely(page)
        filled = screens(page)
        page.reload()
        started(page)
        returned = screens(page)
        browser.close()
    rows = (
        ("empty form", empty),
        ("three themes, the rest sparse", filled),
        ("the same, on coming back", returned),
    )
    print(f"{'employee form at 390 x 844':34} {'height':>7} {'scrolled':>9}  (screens)")
    for name, height in rows:
        print(f"{name:34} {height:7.1f} {height - 1:9.1f}")
    met = "met" if returned - 1 <= GOAL_SCREENS else "NOT met"
    print(f"scrolled on coming back {returned - 1:.1f} screens, goal <= {GOAL_SCREENS:g}: {met}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
