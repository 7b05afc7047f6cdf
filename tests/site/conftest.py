"""The site tests' guard intercepts only requests that could leave the machine.

``OffHostGuard`` routes every request through Python, which costs a round trip per
file on each of the ~140 page loads here. This one hands Playwright a pattern, so
requests to 127.0.0.1 and file:// never leave the browser; every other request is
still judged by ``is_off_host`` and, if off-host, blocked and recorded.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.support.browser import OffHostGuard

MAYBE_OFF_HOST = re.compile(
    r"^(?!(?:file|data|blob|about):|https?://(?:127\.0\.0\.1|localhost)(?::\d+)?(?:[/?#]|$))"
)


class CandidateGuard(OffHostGuard):
    def install(self, context: Any) -> None:
        context.route(MAYBE_OFF_HOST, self._route)


@pytest.fixture
def guard() -> OffHostGuard:
    return CandidateGuard()
