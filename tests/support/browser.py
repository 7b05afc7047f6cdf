"""Shared helpers for the browser tests: Debian's Chromium, a local server, axe."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_SCHEMES = {"file", "data", "blob", "about"}


def chromium_path() -> str:
    path = next(
        filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None
    )
    if path is None:
        raise RuntimeError("Chromium is missing: run tests/ensure-chromium.sh (make test does)")
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 at a free port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def is_off_host(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in LOCAL_SCHEMES:
        return False
    try:
        parsed.port  # noqa: B018 - a port that is no number ("localhost:443.example.org")
    except ValueError:
        return True  # makes the host unknown: block it rather than guess
    return parsed.hostname not in ("127.0.0.1", "localhost")


class OffHostGuard:
    """Blocks and records every request to another host, for one browser context."""

    def __init__(self) -> None:
        self.requests: list[str] = []

    def install(self, context: Any) -> None:
        context.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if is_off_host(url):
            self.requests.append(url)
            route.abort()
        else:
            route.continue_()


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core (WCAG 2.x A/AA and 2.2 rules) in the page; return its violations."""
    from axe_playwright_python.sync_playwright import Axe

    # No preload: axe would fetch every stylesheet by XMLHttpRequest, which file:// refuses
    # with a console error that hides the page's own errors.
    options = {
        "preload": False,
        "runOnly": {
            "type": "tag",
            "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
    }
    # At the top, where nothing sticky lies over the content: axe's target-size rule counts
    # a control that scrolled under the sticky header or section index as too small.
    # Focus not obscured by them is tested on its own (tests/forms/test_focus.py).
    page.evaluate("window.scrollTo({top: 0, behavior: 'instant'})")
    page.wait_for_function("() => window.scrollY === 0")
    # Material's header swaps its title for the page's as the page scrolls, fading one in
    # on the next frames: axe would judge the contrast of a half-faded title. Let those
    # frames pass, then wait until no transition runs.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.wait_for_function(
        "() => document.getAnimations().every("
        "a => !(a instanceof CSSTransition) || a.playState !== 'running')"
    )
    results = Axe().run(page, options=options)
    violations: list[dict[str, Any]] = results.response["violations"]
    return violations


def describe_violations(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        targets = [node["target"] for node in violation["nodes"][:3]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} {targets}")
    return "\n".join(lines)
