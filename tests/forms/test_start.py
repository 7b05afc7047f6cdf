"""The form as its scripts start: drawn from the first paint as they will show it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.forms.helpers import form_url, open_form, wait_started

pytestmark = pytest.mark.browser

# Every layout shift from the page's start on, as the browser reports them.
LAYOUT_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__shifts.push(entry.value);
}).observe({ type: 'layout-shift', buffered: true });
"""


@pytest.mark.parametrize("width", [390, 1280])
def test_nothing_moves_when_the_scripts_start(browser: Any, site_url: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 844})
    try:
        page = context.new_page()
        page.add_init_script(LAYOUT_SHIFTS)
        page.goto(form_url(site_url, language="nl"))
        wait_started(page)
        # The sections folded by the script were folded from the first paint on.
        folded = page.locator("[aria-expanded=false].gw-fold__button")
        assert folded.count() >= 5
        assert page.locator(".gw-fold__state").count() == page.locator(".gw-fold__button").count()
        # The heading keeps the label the page drew, and gains no second one.
        assert folded.first.text_content() == "Over het gesprek Tonen"
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done)))")
        shifts = page.evaluate("window.__shifts")
        # Google's "good" is below 0.1; folding the sections after the first paint gave 0.13.
        assert sum(shifts) < 0.01, shifts
    finally:
        context.close()


def test_a_folded_section_can_still_be_found_by_the_browser(page: Any, site_url: str) -> None:
    open_form(page, site_url, unfold=False)
    body = "#gw-section--check-in-body"
    assert page.get_attribute(body, "hidden") == "until-found"
    # Find in page reaches what is skipped (content-visibility), never what is not drawn.
    style = page.evaluate(
        f"() => {{ const s = getComputedStyle(document.querySelector('{body}'));"
        " return [s.display, s.contentVisibility]; }"
    )
    assert style == ["block", "hidden"]


def test_a_form_that_cannot_start_stays_the_plain_form(page: Any, site_url: str) -> None:
    # The form's data spoiled: the form cannot start, and nothing may stay folded or hidden.
    page.add_init_script(
        "document.addEventListener('readystatechange', () => {"
        " const data = document.querySelector('script.gw-form__data');"
        " if (data) data.textContent = '{'; });"
    )
    page.goto(form_url(site_url))
    page.wait_for_function("() => !document.documentElement.classList.contains('gw-js')")
    assert page.locator("#gw-section--check-in-body").is_visible()
    assert page.locator("[data-gw-theme-panel]").first.is_visible()
