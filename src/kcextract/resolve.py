"""Resolution: dates against the document's date, provinces against the reference data."""

from __future__ import annotations

from .facts import Mention
from .rules import date, province


def resolve(mentions: list[Mention], doc_date: str | None) -> None:
    date.resolve([m for m in mentions if m.type == "date"], doc_date)
    province.resolve([m for m in mentions if m.type == "province"])
