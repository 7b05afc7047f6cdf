"""``gesprekswijzer serve``: the editors' preview follows an edit to a question bank."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from tests.support.project import copy_project

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def _wait_for(url: str, text: str, server: subprocess.Popen[str], seconds: float) -> bool:
    """Polls the page until it shows ``text`` (the server's own state, not a fixed sleep)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.poll() is None:
        if text in _page(url):
            return True
        time.sleep(0.1)
    return False


def _wait_for_style(url: str, text: str, server: subprocess.Popen[str], seconds: float) -> bool:
    """Polls the stylesheet the page links until it holds ``text``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.poll() is None:
        linked = re.search(r'href="([^"]*gesprekswijzer/page\.\w+\.min\.css)"', _page(url))
        if linked and text in _page(urllib.parse.urljoin(url, linked.group(1))):
            return True
        time.sleep(0.1)
    return False


def test_serve_shows_an_edited_question(tmp_path: Path) -> None:
    project = copy_project(REPO, tmp_path / "project")
    bank = project / "questions" / "wellbeing.yml"
    original = bank.read_text(encoding="utf-8")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/themes/wellbeing.html"
    command = [str(Path(sys.executable).with_name("gesprekswijzer")), "serve", str(project)]
    server = subprocess.Popen(
        [*command, "--dev-addr", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        assert _wait_for(url, "<h1", server, 120), "the preview never served the theme page"
        edited = original.replace("    text:\n      nl: ", "    text:\n      nl: Proefzin. ", 1)
        assert edited != original
        bank.write_text(edited, encoding="utf-8")
        assert _wait_for(url, "Proefzin.", server, 60), "the edit never reached the preview"
        assert "Proefzin." not in original

        # A style change belongs on every page, also on pages whose text did not change.
        styles = project / "site_templates" / "assets" / "stylesheets"
        styles.mkdir(parents=True)
        (styles / "extra.css").write_text(".serve-marker { color: #123456; }\n", "utf-8")
        home = f"http://127.0.0.1:{port}/index.html"
        assert _wait_for_style(home, ".serve-marker", server, 60), "the new style never arrived"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        output, _ = server.communicate(timeout=30)
    assert "Traceback" not in output, output[-3000:]
