"""The Content-Security-Policy every page of the guide carries, as a <meta> first in <head>.

"Answers never leave the browser" is then kept by the browser itself: a page may
load from and connect to its own origin only, and it may submit no form at all.
No other host is named in any directive. Opened from disk, Chromium matches
``'self'`` against file: URLs, so the same policy serves the hosted site and the
unzipped folder; ``file:`` itself is not needed.

What the guide needs beyond ``'self'``, and why (tests/site/test_csp.py fails
without each of them):

- ``'unsafe-inline'`` scripts: Material writes inline scripts into every page
  (``__md_scope`` and friends), and from file:// the bundled iframe-worker shim
  runs the search worker in an ``about:blank`` iframe that it fills with inline
  scripts (the iframe inherits this policy). Inline code names no host, so the
  connect and form limits below still hold.
- ``'unsafe-inline'`` styles: the root page has a <style> element, form fields carry
  ``style="--gw-rows: ..."``, and Material sets inline styles from script.
- ``data:`` images: Material's stylesheet draws its icons as ``data:image/svg+xml``
  masks.

Workers, frames and fonts fall back to ``default-src 'self'``: the search worker is
a file of the site, and the search iframe has no URL of its own. A <meta> policy
cannot carry ``frame-ancestors``, ``report-uri`` or ``sandbox``, so none is given.
"""

from __future__ import annotations

DIRECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("default-src", ("'self'",)),
    ("script-src", ("'self'", "'unsafe-inline'")),
    ("style-src", ("'self'", "'unsafe-inline'")),
    ("img-src", ("'self'", "data:")),
    ("connect-src", ("'self'",)),
    ("object-src", ("'none'",)),
    ("base-uri", ("'self'",)),
    ("form-action", ("'none'",)),
)

CONTENT_SECURITY_POLICY = "; ".join(" ".join((name, *sources)) for name, sources in DIRECTIVES)
