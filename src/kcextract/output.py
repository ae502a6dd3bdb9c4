"""Writing facts as JSON Lines: whole lines only, flushed per document."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from .facts import Fact


def to_json_line(fact: Fact) -> str:
    return json.dumps(fact.to_dict(), ensure_ascii=False, separators=(", ", ": ")) + "\n"


def write_document(stream: IO[str], facts: Iterable[Fact]) -> int:
    """Write one document's facts in one write, then flush, so a reader never sees half a line."""
    lines = [to_json_line(f) for f in facts]
    if lines:
        stream.write("".join(lines))
        stream.flush()
    return len(lines)
