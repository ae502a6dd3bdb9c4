"""What each money and percent figure is about (metric, province, period, base).

PLACEHOLDER: every field null.
"""

from __future__ import annotations

from .facts import Mention
from .sentences import Sentence


def link(mentions: list[Mention], sentences: list[Sentence], doc_date: str | None) -> None:
    for m in mentions:
        if m.type == "money":
            m.fields["about"] = {"metric": None, "province": None, "period": None}
        elif m.type == "percent":
            m.fields["about"] = {"metric": None, "province": None, "period": None, "compared_to": None}
