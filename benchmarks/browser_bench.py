"""What the browser benchmarks share: the site they measure and Debian's Chromium."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def build_site(target: Path) -> Path:
    sys.path.insert(0, str(REPO))
    from generator.site.build import check_and_build

    check_and_build(REPO, target)
    return target


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        raise SystemExit("Chromium is missing: run tests/ensure-chromium.sh")
    return path


def arguments(doc: str | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--site", type=Path, help="a built site folder (default: build one)")
    parser.add_argument("--answers", type=int, default=100)
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=20)
    return parser.parse_args()
