"""Sentences with offsets: each line is a paragraph, underthesea splits it into sentences."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .sections import Block

_LINE = regex.compile(r"[^\n]+")
_SPACE = regex.compile(r"\s+")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the NFC document text. `start`/`end` are document offsets."""

    text: str
    start: int
    end: int
    section: str
    paragraph: int  # index of the line (paragraph) it stands in, counted over the document

    @property
    def clean(self) -> str:
        """The sentence with whitespace collapsed, as written in facts."""
        return _SPACE.sub(" ", self.text).strip()


def _sent_tokenize(text: str) -> list[str]:
    # Imported lazily: underthesea's import is the slowest part of a cold start.
    from underthesea import sent_tokenize

    return sent_tokenize(text)


def split_sentences(text: str, blocks: list[Block]) -> list[Sentence]:
    return list(_iter_sentences(text, blocks))


def _iter_sentences(text: str, blocks: list[Block]) -> Iterator[Sentence]:
    paragraph = -1
    last_line_start = -1
    for block in blocks:
        for line in _LINE.finditer(text, block.start, block.end):
            line_start = text.rfind("\n", 0, line.start()) + 1
            if line_start != last_line_start:
                paragraph += 1
                last_line_start = line_start
            if not line.group().strip():
                continue
            yield from _locate(text, line.start(), line.end(), block.section, paragraph)


def _locate(text: str, start: int, end: int, section: str, paragraph: int) -> Iterator[Sentence]:
    """Find each sentence underthesea returns in text[start:end], so offsets stay exact."""
    cursor = start
    for piece in _sent_tokenize(text[start:end]):
        pos = text.find(piece, cursor, end)
        if pos < 0:  # the tokenizer changed the text: fall back to the rest of the line
            break
        yield Sentence(piece, pos, pos + len(piece), section, paragraph)
        cursor = pos + len(piece)
    else:
        return
    rest = text[cursor:end]
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        trimmed = rest.strip()
        yield Sentence(trimmed, cursor + lead, cursor + lead + len(trimmed), section, paragraph)
