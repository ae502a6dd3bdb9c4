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
        errors.append(InputError(f"{err.filename}: cannot read directory ({err.strerror or err})"))

    for dirpath, dirnames, filenames in os.walk(top, onerror=on_error):
        dirnames.sort()
        found.extend(os.path.join(dirpath, f) for f in filenames if f.endswith(".txt"))
    yield from errors
    for name in sorted(found):
        yield Source(name, Path(name))


def read_bytes(source: Source, max_bytes: int | None = None) -> bytes:
    """The raw bytes of one input; InputError with the reason when they cannot be had.

    Inputs over `max_bytes` are refused before they are read: a file that size is no news
    article, and extracting it would hold the whole of it (and its facts) in memory.
    """
    try:
        if source.path is None:
            data = sys.stdin.buffer.read() if max_bytes is None else sys.stdin.buffer.read(max_bytes + 1)
            if max_bytes is not None and len(data) > max_bytes:
                raise InputError(too_large_message(source.name, None, max_bytes))
            return data
        with source.path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if max_bytes is not None and size > max_bytes:
                raise InputError(too_large_message(source.name, size, max_bytes))
            return f.read()
    except FileNotFoundError as e:
        if source.path is not None and source.path.is_symlink():
            raise InputError(f"{source.name}: broken symbolic link") from None
        raise read_error(source.name, e) from None
    except MemoryError:
        raise InputError(f"{source.name}: too large to read into memory") from None
    except OSError as e:
        raise read_error(source.name, e) from None


def read_error(name: str, error: OSError) -> InputError:
    """The one stderr line for an input that could not be read, local or remote."""
    if isinstance(error, FileNotFoundError):
        return InputError(f"{name}: no such file (removed while the run was going on?)")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{name}: is a directory")
    if isinstance(error, PermissionError):
        return InputError(f"{name}: permission denied")
    return InputError(f"{name}: cannot read ({error.strerror or error})")


def too_large_message(name: str, size: int | None, limit: int) -> str:
    mib = 1024 * 1024
    actual = f"{size / mib:.1f} MB, " if size is not None else ""
    return f"{name}: too large ({actual}over the {limit / mib:g} MB limit; see --max-size)"


def read_text(source: Source) -> str:
    """The decoded text of one input; InputError with the reason when it cannot be had."""
    data = read_bytes(source)
    try:
        return decode(data)
    except DecodeError as e:
        raise InputError(f"{source.name}: {e}") from None
