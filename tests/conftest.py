"""Fixtures shared by the site and form tests: one real build, Chromium, a local server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.browser import CHROMIUM_ARGS, OffHostGuard, chromium_path, serve_folder

REPO_ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that uses Chromium is a browser test, marked by hand or not: before ``-m``
    selects, so that ``-m 'not browser'`` (make test-fast) starts no browser."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped content, built once per test session with the real build command."""
    from generator.site.build import check_and_build

    output = tmp_path_factory.mktemp("build") / "site"
    check_and_build(REPO_ROOT, output)
    return output


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    with serve_folder(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(params=["http", "file"])
def origin(request: pytest.FixtureRequest, built_site: Path, site_url: str) -> str:
    """The site's root URL, hosted on 127.0.0.1 or opened from disk."""
    if request.param == "http":
        return site_url
    return built_site.resolve().as_uri()


@pytest.fixture
def guard() -> OffHostGuard:
    return OffHostGuard()


@pytest.fixture
def page(browser: Any, guard: OffHostGuard) -> Iterator[Any]:
    """A fresh page whose every request to another host is blocked and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    guard.install(context)
    new_page = context.new_page()
    yield new_page
    context.close()
