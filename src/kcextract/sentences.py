"""Sentences with offsets: each line is a paragraph, underthesea splits it into sentences."""

from __future__ import annotations

import functools
import importlib.util
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import regex

from .sections import Block

_SPACE = regex.compile(r"\s+")
# Whitespace to str.split() but not to regex `\s`: only then do the two collapses differ.
_SPLIT_ONLY_SPACE = ("\x1c", "\x1d", "\x1e", "\x1f")
# What ends a sentence for underthesea's splitter: a line with none of them is one sentence.
_SENT_END = (".", "?", "!")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the NFC document text. `start`/`end` are document offsets."""

    text: str
    start: int
    end: int
    section: str
    paragraph: int  # index of the line (paragraph) it stands in, counted over the document

    @cached_property
    def clean(self) -> str:
        """The sentence with whitespace collapsed, as written in facts."""
        text = self.text
        if any(ch in text for ch in _SPLIT_ONLY_SPACE):
            return _SPACE.sub(" ", text).strip()
        return " ".join(text.split())  # the same result, several times faster


@functools.cache
def _splitter() -> Callable[[str], list[str]]:
    """underthesea's sentence splitter, without the package `__init__` that loads every model.

    The splitter's module needs only json/string/os.path and finds its data file next to
    itself, so it is loaded from its file under a private name; the public import is the
    fallback if underthesea's layout ever changes.
    """
    try:
        spec = importlib.util.find_spec("underthesea")
        roots = spec.submodule_search_locations if spec is not None else None
        if roots:
            path = Path(next(iter(roots))) / "pipeline" / "sent_tokenize" / "__init__.py"
            if path.is_file() and (path.parent / "punkt_params.json").is_file():
                name = "_kcextract_underthesea_sent_tokenize"
                mod_spec = importlib.util.spec_from_file_location(name, path)
                if mod_spec is not None and mod_spec.loader is not None:
                    module = importlib.util.module_from_spec(mod_spec)
                    sys.modules[name] = module
                    try:
                        mod_spec.loader.exec_module(module)
                    except Exception:
                        del sys.modules[name]
                        raise
                    tokenize = module.sent_tokenize
                    if callable(tokenize):
                        return tokenize
    except Exception:  # noqa: BLE001 - any trouble: the ordinary import below
        pass
    from underthesea import sent_tokenize

    return sent_tokenize


def _sent_tokenize(text: str) -> list[str]:
    if not any(ch in text for ch in _SENT_END):
        # underthesea returns the stripped line as its only sentence: skip its per-character loop.
        stripped = text.strip()
        return [stripped] if stripped else []
    return _splitter()(text)


def split_sentences(text: str, blocks: list[Block]) -> list[Sentence]:
    return list(_iter_sentences(text, blocks))


def _iter_sentences(text: str, blocks: list[Block]) -> Iterator[Sentence]:
    paragraph = -1
    last_line_start = -1
    for block in blocks:
        pos, stop = block.start, block.end
        while pos < stop:
            # The lines of the block: runs of characters other than "\n".
            nl = text.find("\n", pos, stop)
            end = stop if nl < 0 else nl
            if end == pos:
                pos += 1
                continue
            line_start = text.rfind("\n", 0, pos) + 1
            if line_start != last_line_start:
                paragraph += 1
                last_line_start = line_start
            if not text[pos:end].isspace():
                yield from _locate(text, pos, end, block.section, paragraph)
            pos = end + 1


def _locate(text: str, start: int, end: int, section: str, paragraph: int) -> Iterator[Sentence]:
    """Find each sentence underthesea returns in text[start:end], so offsets stay exact."""
    cursor = start
    for piece in _sent_tokenize(text[start:end]):
        pos = text.find(piece, cursor, end)
        if pos < 0:  # the tokenizer changed the text: fall back to the rest of the line
            break
        cursor = pos + len(piece)
        yield Sentence(piece, pos, cursor, section, paragraph)
    else:
        return
    rest = text[cursor:end]
    trimmed = rest.strip()
    if trimmed:
        lead = len(rest) - len(rest.lstrip())
        yield Sentence(trimmed, cursor + lead, cursor + lead + len(trimmed), section, paragraph)
