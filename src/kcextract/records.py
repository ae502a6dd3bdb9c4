"""Extraction over plain records: the engine-neutral unit of work for Spark, Ray and Dask.

Nothing here imports an engine. `extract_records` is a pure module-level function, so it
pickles by reference and runs wherever kcextract is installed: in a Spark `mapInPandas`
function, a Ray `map_batches` function, or a Dask task (see `kcextract.dask`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from .pipeline import extract
from .text import DecodeError, decode

OnError = Literal["raise", "skip"]


class RecordError(ValueError):
    """A record that cannot be extracted; str() names the document and the reason."""


def record_text(record: Mapping[str, Any]) -> str:
    """The decoded text of one record: its 'text' (str) or its 'content' (bytes, decoded as files are)."""
    doc = record.get("doc", "-")
    text = record.get("text")
    if isinstance(text, str):
        return text
    content = record.get("content")
    if isinstance(content, (bytes, bytearray, memoryview)):
        try:
            return decode(bytes(content))
        except DecodeError as e:
            raise RecordError(f"{doc}: {e}") from None
    raise RecordError(f"{doc}: a record needs 'text' (str) or 'content' (bytes)")


def extract_records(
    records: Iterable[Mapping[str, Any]],
    *,
    doc_date: str | None = None,
    include_boilerplate: bool = False,
    with_about: bool = True,
    on_error: OnError = "raise",
) -> list[dict[str, Any]]:
    """The fact dicts of every record, in record order: the dicts `kcextract run` prints.

    A record is a mapping with 'doc' (the name written in each fact) and either 'text' (str)
    or 'content' (the file's bytes). A record's own 'doc_date' (YYYY-MM[-DD]) wins over the
    `doc_date` argument, which wins over the date found in the text. With on_error="skip" a
    record that cannot be decoded is left out instead of raising RecordError.
    """
    out: list[dict[str, Any]] = []
    for record in records:
        try:
            text = record_text(record)
        except RecordError:
            if on_error == "skip":
                continue
            raise
        facts = extract(
            text,
            doc=str(record.get("doc", "-")),
            doc_date=_own_date(record) or doc_date,
            include_boilerplate=include_boilerplate,
            with_about=with_about,
        )
        out.extend(f.to_dict() for f in facts)
    return out


def _own_date(record: Mapping[str, Any]) -> str | None:
    # pandas fills a missing value with NaN (truthy): only a non-empty string counts.
    value = record.get("doc_date")
    return value if isinstance(value, str) and value else None
