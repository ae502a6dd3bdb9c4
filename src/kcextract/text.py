"""Decoding input bytes and normalising Unicode while keeping offsets into the original."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass


class DecodeError(ValueError):
    """The input cannot be read as text; the message says why."""


# What Vietnamese letters are made of: a Latin base letter (or đ) plus the breve, circumflex
# and horn of ă â ê ô ơ ư and the five tone marks; CP1258 writes the tone marks combining.
_VIET_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
_VIET_ONLY = frozenset("ăâđêôơưĂÂĐÊÔƠƯ\u0309\u0323")
# Windows-1258 punctuation that legitimately turns up in scraped text.
_CP1258_PUNCT = frozenset("–—‘’‚“”„…•€™«»°·×±§©®\xa0")


def _is_viet_letter(c: str) -> bool:
    if c in _VIET_MARKS or c in "đĐ":
        return True
    parts = unicodedata.normalize("NFD", c)
    return parts[0].isascii() and parts[0].isalpha() and all(m in _VIET_MARKS for m in parts[1:])


def decode(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (a BOM dropped), UTF-16 with a BOM, or legacy Windows-1258.

    UTF-8 text is returned as it is (NFC or not). Windows-1258 is accepted only when the
    bytes are not UTF-8 and decode to text that reads as Vietnamese; it is returned composed
    (NFC), which is what `iconv -f CP1258 -t UTF-8` gives, so offsets match that conversion.
    Anything else raises DecodeError with a one-line reason.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid UTF-16 at byte {e.start}") from None
        return text[1:] if text.startswith("\ufeff") else text
    head = data[:8192]
    if b"\x00" in head:
        # Text in UTF-16 without a BOM has a NUL in every other byte; say so, it is fixable.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > 0.2 * len(head) and min(even, odd) < 0.01 * len(head):
            raise DecodeError("NUL bytes: UTF-16 without a byte-order mark? convert it to UTF-8")
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        legacy = _as_cp1258(data)
        if legacy is not None:
            return legacy
        raise DecodeError(
            f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}) and not Vietnamese Windows-1258; "
            "convert it first, e.g. iconv -f <encoding> -t UTF-8"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _as_cp1258(data: bytes) -> str | None:
    """The text if `data` reads as Vietnamese Windows-1258, else None.

    CP1258 maps nearly every byte to something, so decoding alone proves nothing: the
    non-ASCII characters must be overwhelmingly Vietnamese letters and tone marks (mojibake
    of other encodings yields Latin-1 letters such as Ã, ¡, ¿ instead).
    """
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f" for c in text[:65536]):
        return None
    sample = text[:200_000]
    others = [c for c in sample if ord(c) > 127]
    if not others:
        return None
    viet = sum(_is_viet_letter(c) for c in others)
    punct = sum(c in _CP1258_PUNCT for c in others)
    distinct = sum(c in _VIET_ONLY for c in others)
    if distinct < 3 or (viet + punct) < 0.95 * len(others):
        return None
    return unicodedata.normalize("NFC", text)


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
