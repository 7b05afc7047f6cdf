"""Fixtures for the form tests; the site, Chromium and the server come from tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.browser import OffHostGuard


@pytest.fixture
def context(browser: Any, guard: OffHostGuard) -> Iterator[Any]:
    """A fresh browser context (its own localStorage) with the off-host guard."""
    new_context = browser.new_context(
        viewport={"width": 1280, "height": 900}, accept_downloads=True
    )
    guard.install(new_context)
    yield new_context
    new_context.close()


@pytest.fixture(autouse=True)
def no_requests_to_other_hosts(guard: OffHostGuard) -> Iterator[None]:
    """Every form test also checks that the page asked no other host for anything."""
    yield
    assert guard.requests == [], f"requests to other hosts: {guard.requests}"


@pytest.fixture
def page_errors(page: Any) -> list[str]:
    """Uncaught errors and console errors of the page fixture, to assert none happened."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    return errors
