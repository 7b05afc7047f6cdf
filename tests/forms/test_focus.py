"""Focus is never hidden: tabbing through a whole form, no control ends under the header
or the section index that stays in view below it.

WCAG 2.2 SC 2.4.11 (Focus Not Obscured): measured from bounding boxes after
every Tab and Shift+Tab, on a phone and on a desktop.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.forms.helpers import open_form

pytestmark = pytest.mark.browser

FORMS = ["employee-annual", "manager-preparation", "good-conversation", "conversation-record"]
# Where the focused control is, and what of it the sticky header covers.
MEASURE = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const box = element.getBoundingClientRect();
  // What stays in view above the form: the site header and, on form pages, the section
  // index. One covers the control where their boxes overlap.
  const covers = [document.querySelector('.md-header'), document.querySelector('.gw-index')]
    .filter((cover) => cover && !cover.contains(element))
    .map((cover) => cover.getBoundingClientRect())
    .filter((cover) => box.top < cover.bottom - 0.5 && box.bottom > cover.top + 0.5);
  const header = { bottom: covers.length ? Math.max(...covers.map((cover) => cover.bottom)) : -1 };
  if (!element.gwProbe) element.gwProbe = (window.gwProbes = (window.gwProbes || 0) + 1);
  return {
    key: element.gwProbe,
    id: element.id || element.getAttribute('href') || element.textContent.trim().slice(0, 30),
    top: box.top, bottom: box.bottom, height: box.height,
    headerBottom: header.bottom,
    form: Boolean(element.closest('[data-module="gw-form"]')),
  };
}"""


def tab_through(page: Any, key: str, limit: int = 1500) -> list[dict[str, Any]]:
    """Every focus stop of one pass through the page with ``key``, measured."""
    stops: list[dict[str, Any]] = []
    seen: set[int] = set()
    for _ in range(limit):
        page.keyboard.press(key)
        stop = page.evaluate(MEASURE)
        if stop is None:
            continue
        if stop["key"] in seen:
            break
        seen.add(stop["key"])
        stops.append(stop)
    return stops


# Every form on a phone, where the header covers most of the screen; the two longest on a desktop.
CASES = [(form, 390) for form in FORMS] + [("employee-annual", 1280), ("conversation-record", 1280)]


@pytest.mark.parametrize(("form", "width"), CASES)
def test_no_focused_control_is_covered_by_the_header(
    page: Any, site_url: str, form: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 844 if width == 390 else 900})
    open_form(page, site_url, form=form)
    covered: list[str] = []
    for key in ("Tab", "Shift+Tab"):
        stops = tab_through(page, key)
        assert len([stop for stop in stops if stop["form"]]) > 5, key
        covered += [
            f"{key} {stop['id']}: top {stop['top']:.0f} < header {stop['headerBottom']:.0f}"
            for stop in stops
            if stop["form"] and stop["height"] > 0 and stop["top"] < stop["headerBottom"] - 0.5
        ]
    assert covered == []
