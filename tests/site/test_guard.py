"""The guard of the site tests misses no request that ``is_off_host`` would block."""

from __future__ import annotations

from typing import Any

import pytest

from tests.site.conftest import MAYBE_OFF_HOST
from tests.support.browser import OffHostGuard, is_off_host

OFF_HOST = [
    "https://fonts.googleapis.com/css?family=Roboto",
    "https://unpkg.com/iframe-worker/shim",
    "http://127.0.0.1.example.org/x.js",
    "http://127.0.0.1@example.org/x.js",
    "http://localhost.example.org/",
    "https://localhost:443.example.org/",
    "ws://example.org/socket",
]
LOCAL = [
    "http://127.0.0.1:8000/nl/index.html",
    "http://127.0.0.1/",
    "http://localhost:1234?q",
    "file:///tmp/site/nl/index.html",
    "data:image/png;base64,AAAA",
    "blob:http://127.0.0.1:8000/1234",
    "about:blank",
]


@pytest.mark.parametrize("url", OFF_HOST)
def test_off_host_urls_are_judged_and_routed_to_python(url: str) -> None:
    assert is_off_host(url), url
    assert MAYBE_OFF_HOST.search(url), f"the guard's pattern lets {url} through unjudged"


@pytest.mark.parametrize("url", LOCAL)
def test_local_urls_stay_in_the_browser(url: str) -> None:
    """Local requests are allowed, and skip the round trip through Python that is the
    pattern's reason to exist."""
    assert not is_off_host(url), url
    assert not MAYBE_OFF_HOST.search(url), url


@pytest.mark.browser
def test_guard_blocks_and_records_other_hosts(page: Any, guard: OffHostGuard) -> None:
    page.set_content('<img src="https://example.org/pixel.png" alt="">')
    page.wait_for_load_state("load")
    assert guard.requests == ["https://example.org/pixel.png"]
