"""Gesprekswijzer: compile bilingual HR question banks into an offline conversation guide."""

from __future__ import annotations

__version__ = "0.1.0"
LANGUAGES: tuple[str, ...] = ("nl", "en")
