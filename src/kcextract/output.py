"""Writing facts as JSON Lines: whole lines only, flushed per document, `-o` written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from .facts import Fact


def to_json_line(fact: Fact) -> str:
    return json.dumps(fact.to_dict(), ensure_ascii=False, separators=(", ", ": ")) + "\n"


def encode_document(facts: Iterable[Fact]) -> bytes:
    """One document's facts as UTF-8 JSON Lines, ready for a single write."""
    return "".join(to_json_line(f) for f in facts).encode("utf-8", "surrogatepass")


def write_document(stream: IO[str], facts: Iterable[Fact]) -> int:
    """Write one document's facts in one write, then flush, so a reader never sees half a line."""
    lines = [to_json_line(f) for f in facts]
    if lines:
        stream.write("".join(lines))
        stream.flush()
    return len(lines)


class AtomicFile:
    """A binary file written under a temporary name beside `path` and renamed over it by `commit`.

    Until then `path` is untouched, so a run that fails or is interrupted never leaves half a
    file; `discard` removes the temporary file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        directory = path.parent if str(path.parent) else Path(".")
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".kcextract-tmp", dir=directory)
        self.tmp = Path(tmp)
        self.stream: IO[bytes] = os.fdopen(fd, "wb")

    def commit(self) -> None:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        # mkstemp makes the file private (0600); give it the mode a plain open() would have.
        try:
            mode = self.path.stat().st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(self.tmp, mode)
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        try:
            self.stream.close()
        finally:
            self.tmp.unlink(missing_ok=True)
