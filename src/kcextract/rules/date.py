"""date rules. PLACEHOLDER: finds nothing yet."""

from __future__ import annotations

from ..facts import Mention
from ..sentences import Sentence
from . import Example

EXAMPLES: list[Example] = []


def find(sentence: Sentence) -> list[Mention]:
    return []


def document_date(text: str, blocks: list) -> str | None:
    """The document's own date (ISO, YYYY-MM or YYYY-MM-DD) from a header, dateline or time stamp."""
    return None


def resolve(mentions: list[Mention], doc_date: str | None) -> None:
    """Give yearless days and months the document's year (year_inferred), else the --MM-DD form."""
