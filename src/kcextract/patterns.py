"""Patterns compiled on first use.

The `regex` compiler is written in Python and costs a few microseconds per pattern character:
compiling every rule's patterns at import would take most of a cold start. A `LazyPattern`
compiles on its first use, so a run pays only for the patterns its text needs; after that its
methods are plain slot attributes, as fast as the compiled pattern's own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import regex

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")


class LazyPattern:
    """A `regex` pattern (with optional named lists, `\\L<name>`) compiled when first used."""

    __slots__ = ("pattern", "flags", "_lists", *_METHODS)

    def __init__(
        self, pattern: str, flags: int = 0, lists: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        self.pattern = pattern
        self.flags = flags
        self._lists = dict(lists or {})

    def __getattr__(self, name: str) -> Any:  # only called while a method slot is still unset
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = regex.compile(self.pattern, self.flags, ignore_unused=True, **self._lists)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)
