"""A theme page's link starts the preparation with that theme chosen."""

from __future__ import annotations

from typing import Any

import pytest

from tests.forms.helpers import form_url, state

pytestmark = pytest.mark.browser


def test_a_link_from_a_theme_page_chooses_its_theme(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/en/themes/wellbeing.html")
    page.click("a.gw-start")
    page.wait_for_function("() => window.Gesprekswijzer && window.Gesprekswijzer.forms.length")
    assert state(page)["themes"] == ["wellbeing"]
    assert page.is_checked("[data-gw-theme='wellbeing']")
    assert page.locator("[data-gw-theme-panel='wellbeing']").is_visible()


def test_a_linked_theme_is_added_to_the_themes_chosen_before(page: Any, site_url: str) -> None:
    page.goto(form_url(site_url))
    page.wait_for_function("() => window.Gesprekswijzer && window.Gesprekswijzer.forms.length")
    page.check("[data-gw-theme='looking-back']")
    page.wait_for_function(
        "() => localStorage.length > 0 && Object.keys(localStorage).some("
        "key => localStorage.getItem(key).includes('looking-back'))"
    )
    page.goto(form_url(site_url) + "?theme=wellbeing")
    page.wait_for_function("() => window.Gesprekswijzer && window.Gesprekswijzer.forms.length")
    assert sorted(state(page)["themes"]) == ["looking-back", "wellbeing"]
