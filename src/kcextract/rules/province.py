"""province rules. PLACEHOLDER: finds nothing yet."""

from __future__ import annotations

from ..facts import Mention
from ..sentences import Sentence
from . import Example

EXAMPLES: list[Example] = []


def find(sentence: Sentence) -> list[Mention]:
    return []


def resolve(mentions: list[Mention]) -> None:
    """Add `code` and `province_2025` from underthesea's administrative data."""
