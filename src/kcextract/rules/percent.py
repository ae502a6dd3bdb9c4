"""percent rules. PLACEHOLDER: finds nothing yet."""

from __future__ import annotations

from ..facts import Mention
from ..sentences import Sentence
from . import Example

EXAMPLES: list[Example] = []


def find(sentence: Sentence) -> list[Mention]:
    return []
