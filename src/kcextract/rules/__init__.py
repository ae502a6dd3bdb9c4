"""Per-type rules. Each module has `find(sentence) -> list[Mention]` and an EXAMPLES table.

The EXAMPLES tables are the rules' specification: tests/test_examples.py runs every row
through the public `extract()` and checks the facts of that type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..facts import Mention
from ..sentences import Sentence


@dataclass(frozen=True)
class Example:
    """A sentence and the facts of one type expected from it, in order ([] for a decoy).

    Each expected dict lists the fields to check (a subset of the fact's fields).
    """

    text: str
    expected: list[dict[str, Any]] = field(default_factory=list)
    doc_date: str | None = None


Finder = Callable[[Sentence], list[Mention]]
