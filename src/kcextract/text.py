"""Decoding input bytes and normalising Unicode while keeping offsets into the original."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass


class DecodeError(ValueError):
    """The input cannot be read as text; the message says why."""


def decode(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (a BOM dropped) or UTF-16 with a BOM. Nothing else is changed."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid UTF-16 at byte {e.start}") from None
        return text[1:] if text.startswith("\ufeff") else text
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DecodeError(
            f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "convert legacy encodings first, e.g. iconv -f CP1258 -t UTF-8"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def drop_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


@dataclass(frozen=True)
class Document:
    """The decoded input and its NFC form, with a map from NFC offsets back to input offsets.

    Rules run on `text` (NFC); `to_original` turns their spans into spans of `original`,
    so that original[start:end] is exactly what the input holds, NFD or not.
    """

    original: str
    text: str
    # starts[i] / ends[i]: the input span of the character cluster that produced text[i];
    # None when the input is already NFC (the identity map).
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    @classmethod
    def from_text(cls, original: str) -> Document:
        if unicodedata.is_normalized("NFC", original):
            return cls(original, original)
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        n = len(original)
        i = 0
        while i < n:
            j = i + 1
            # A cluster is a starter and the combining marks after it; NFC never crosses clusters.
            while j < n and unicodedata.combining(original[j]):
                j += 1
            piece = unicodedata.normalize("NFC", original[i:j])
            out.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
            i = j
        return cls(original, "".join(out), tuple(starts), tuple(ends))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]
