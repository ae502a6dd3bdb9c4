"""Resolution: dates against the document's date, provinces against the reference data."""

from __future__ import annotations

from .facts import Mention
from .rules import date, province


def resolve(mentions: list[Mention], doc_date: str | None) -> None:
    """Fill in what a mention's sentence alone cannot say. A mention that turns out not to be a
    fact once the document's date is known (a yearless quarter in an undated article,
    `thành phố Huế` before 2025) is marked `_drop` and left out by the pipeline."""
    date.resolve([m for m in mentions if m.type == "date"], doc_date)
    province.resolve([m for m in mentions if m.type == "province"], doc_date)
