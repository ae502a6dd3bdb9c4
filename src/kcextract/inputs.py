"""Finding and reading the input documents named on the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .text import DecodeError, decode


@dataclass(frozen=True)
class Source:
    """One input: a file path as the user should see it, or '-' for standard input."""

    name: str
    path: Path | None  # None for standard input


class InputError(Exception):
    """An input that cannot be used; str() is the one line written on stderr."""


def discover(paths: list[str]) -> Iterator[Source | InputError]:
    """Files as given, directories walked for *.txt (sorted), '-' for stdin; errors in place."""
    for given in paths:
        if given == "-":
            yield Source("-", None)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(given)
        elif path.exists():
            yield Source(given, path)
        else:
            yield InputError(f"{given}: no such file or directory")


def _walk(top: str) -> Iterator[Source | InputError]:
    found: list[str] = []
    errors: list[InputError] = []

    def on_error(err: OSError) -> None:
        errors.append(InputError(f"{err.filename}: cannot read directory ({err.strerror})"))

    for dirpath, dirnames, filenames in os.walk(top, onerror=on_error):
        dirnames.sort()
        found.extend(os.path.join(dirpath, f) for f in filenames if f.endswith(".txt"))
    yield from errors
    for name in sorted(found):
        yield Source(name, Path(name))


def read_text(source: Source) -> str:
    """The decoded text of one input; InputError with the reason when it cannot be had."""
    try:
        data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{source.name}: no such file (vanished?)") from None
    except IsADirectoryError:
        raise InputError(f"{source.name}: is a directory") from None
    except PermissionError:
        raise InputError(f"{source.name}: permission denied") from None
    except OSError as e:
        raise InputError(f"{source.name}: cannot read ({e.strerror or e})") from None
    try:
        return decode(data)
    except DecodeError as e:
        raise InputError(f"{source.name}: {e}") from None
