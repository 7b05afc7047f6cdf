"""How fast a form page autosaves, exports and imports a large set of answers.

Run from the repository root::

    python3 benchmarks/bench_forms.py [--site SITE_DIR] [--answers 100] [--chars 2000]

Without ``--site`` it builds the shipped content into a temporary folder first.
It opens the employee form from disk (file://) in Debian's Chromium, fills 100
answers of 2,000 characters through the page's state (reflection questions,
topped up with agenda items), and measures inside the page with
performance.now():

* autosave: serialising the state and localStorage.setItem, over 20 saves;
* export: building the answers file (JSON text and Blob), over 20 runs;
* import: parsing, checking and applying a file (with its autosave), over 20 runs;
  "import+layout" also forces the browser's layout of the refilled page.

Targets: autosave <= 16 ms, export and import <= 100 ms. It prints figures and
ratios to the targets; it is not a test and asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser_bench import CHROMIUM_ARGS, arguments, build_site, chromium

TARGETS_MS = {"autosave": 16.0, "export": 100.0, "import": 100.0, "import+layout": 100.0}

FILL = """([count, size]) => {
  const form = window.Gesprekswijzer.forms[0];
  const model = form.model;
  const text = (n) => (`Answer ${n}. ` + 'lorem ipsum dolor sit amet, '.repeat(80)).slice(0, size);
  const state = model.emptyState();
  state.themes = model.themeOrder.slice();
  const questions = Object.keys(model.fields).filter((id) => model.fields[id].theme);
  questions.slice(0, count).forEach((id, n) => { state.values[id] = text(n); });
  const agenda = [];
  for (let n = questions.length; n < count; n += 1) {
    agenda.push(Object.assign(model.newItem('agenda'), { text: text(n) }));
  }
  state.lists.agenda = agenda;
  form.setState(state);
  form.saveNow();
  return { questions: Math.min(count, questions.length), agenda: agenda.length,
           bytes: JSON.stringify(form.state).length };
}"""

MEASURE = """(runs) => {
  const form = window.Gesprekswijzer.forms[0];
  const time = (fn) => { const start = performance.now(); fn(); return performance.now() - start; };
  const first = Object.keys(form.state.values)[0];
  const autosave = [], exports = [], imports = [], laidOut = [];
  for (let n = 0; n < runs; n += 1) {
    form.state.values[first] = form.state.values[first].slice(0, -1) + (n % 10);
    autosave.push(time(() => { if (!form.saveNow()) throw new Error('autosave failed'); }));
  }
  let json = '';
  for (let n = 0; n < runs; n += 1) {
    exports.push(time(() => {
      const file = form.exportFile();
      json = file.json;
      if (!file.blob.size) throw new Error('empty export');
    }));
  }
  for (let n = 0; n < runs; n += 1) {
    imports.push(time(() => {
      if (!form.importText(json).ok) throw new Error('import failed');
    }));
  }
  for (let n = 0; n < runs; n += 1) {
    laidOut.push(time(() => { form.importText(json); document.body.getBoundingClientRect(); }));
  }
  return { autosave, export: exports, import: imports, 'import+layout': laidOut,
           fileBytes: json.length };
}"""


def run(site: Path, answers: int, chars: int, runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    url = (site / "en" / "forms" / "employee-annual.html").resolve().as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(url)
        page.wait_for_function("() => window.Gesprekswijzer && window.Gesprekswijzer.forms.length")
        filled = page.evaluate(FILL, [answers, chars])
        page.evaluate(MEASURE, 3)  # warm up the JIT
        results: dict[str, Any] = page.evaluate(MEASURE, runs)
        browser.close()
    results["filled"] = filled
    return results


def report(results: dict[str, Any], chromium_url: str) -> None:
    filled = results["filled"]
    print(f"Form page: {chromium_url}")
    print(
        f"Filled: {filled['questions']} reflection answers + {filled['agenda']} agenda items; "
        f"state {filled['bytes'] / 1024:.0f} KiB; "
        f"answers file {results['fileBytes'] / 1024:.0f} KiB"
    )
    print(
        f"{'':14} {'median':>9} {'max':>9} {'target':>8} {'median/target':>14} {'max/target':>11}"
    )
    for name, target in TARGETS_MS.items():
        times = results[name]
        median, worst = statistics.median(times), max(times)
        print(
            f"{name:14} {median:7.2f}ms {worst:7.2f}ms {target:6.0f}ms "
            f"{median / target:14.2f} {worst / target:11.2f}"
        )


def main() -> None:
    args = arguments(__doc__)
    with tempfile.TemporaryDirectory(prefix="bench-forms-") as temporary:
        site = args.site or build_site(Path(temporary) / "site")
        results = run(site, args.answers, args.chars, args.runs)
        report(results, "en/forms/employee-annual.html (file://)")


if __name__ == "__main__":
    main()
