"""A preview server's output, read line by line as it comes, to wait on its own news."""

from __future__ import annotations

import queue
import subprocess
import threading
import time
from collections.abc import Callable


class ServerLog:
    """Collects the lines a server prints; waits block on the next line, never sleep."""

    def __init__(self, server: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, args=(server,), daemon=True)
        self.reader.start()

    def _read(self, server: subprocess.Popen[str]) -> None:
        assert server.stdout is not None
        for line in server.stdout:
            self.lines.put(line)
        self.lines.put("")  # the server has stopped

    def _next(self, seconds: float) -> str | None:
        """The next line, "" once the server stopped, or None after ``seconds`` of quiet."""
        try:
            line = self.lines.get(timeout=max(0.0, seconds))
        except queue.Empty:
            return None
        self.seen.append(line)
        return line

    def until(self, shown: Callable[[], bool], seconds: float) -> bool:
        """Waits line by line until ``shown()``; False when the server stops or time runs out."""
        deadline = time.monotonic() + seconds
        while not shown():
            line = self._next(deadline - time.monotonic())
            if not line:
                return False
        return True

    def quiet(self, seconds: float, limit: float) -> bool:
        """Waits until every build has finished and nothing was printed for ``seconds``."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            line = self._next(seconds)
            if line is None and self.count("Building documentation") <= self.count(
                "Documentation built"
            ):
                return True
            if line == "":
                return False
        return False

    def count(self, words: str) -> int:
        return sum(words in line for line in self.seen)

    def text(self) -> str:
        return "".join(self.seen) + "".join(self.lines.queue)
