"""The ledger of incremental runs (`--state PATH`): which documents have been written already.

A document is keyed by the hash of its decoded text, the extractor version and the options
that change the output. The writer (the main process) records a document only after its
facts have been written and flushed, so a run killed at any point loses no fact: at worst
the documents that were in flight are extracted again by the next run.

SQLite in WAL mode with synchronous=NORMAL: each commit survives the process being killed
(the data is in the OS), readers (the worker processes) never block the writer.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

# Modules that only move facts around, not decide them: editing them keeps the ledger valid.
_NOT_EXTRACTION = frozenset(
    {
        *("cli.py", "batch.py", "ledger.py", "inputs.py", "output.py", "evaluate.py"),
        *("views.py", "show.py", "stats.py", "schema.py", "dask.py", "records.py", "parts.py"),
    }
)
_SOURCE_SUFFIXES = (".py", ".json", ".csv", ".tsv", ".txt")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    hash TEXT NOT NULL,
    extractor TEXT NOT NULL,
    options TEXT NOT NULL,
    doc TEXT NOT NULL,
    facts INTEGER NOT NULL,
    processed_at TEXT NOT NULL,
    PRIMARY KEY (hash, extractor, options)
) WITHOUT ROWID
"""


@cache
def extractor_version() -> str:
    """`kcextract.__version__` plus a hash of the sources that decide the facts.

    Editing a rule, a lexicon or the pipeline changes it, and so invalidates the ledger.
    """
    from . import __version__

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix not in _SOURCE_SUFFIXES or "__pycache__" in path.parts:
            continue
        if path.parent == package and path.name in _NOT_EXTRACTION:
            continue
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    try:  # underthesea's sentence splitter is part of the pipeline too
        from importlib.metadata import version

        digest.update(f"underthesea {version('underthesea')}".encode())
    except Exception:  # noqa: BLE001 - any metadata trouble: the version is just less precise
        pass
    return f"{__version__}+{digest.hexdigest()[:16]}"


class Ledger:
    """The writer's side of the ledger: look documents up, record them once written."""

    def __init__(self, path: Path, *, extractor: str, options: str) -> None:
        self.path = path
        self.extractor = extractor
        self.options = options
        # isolation_level=None: transactions are explicit, one commit per recorded document.
        self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        self._pending: list[tuple[str, str, int]] = []
        self._pending_hashes: set[str] = set()
        self._deferred = False

    def defer(self) -> None:
        """Hold records until `commit_pending` (used with -o, whose file appears only at the end)."""
        self._deferred = True

    def seen(self, doc_hash: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM documents WHERE hash=? AND extractor=? AND options=?",
            (doc_hash, self.extractor, self.options),
        ).fetchone()
        return row is not None or doc_hash in self._pending_hashes

    def record(self, doc_hash: str, doc: str, facts: int) -> None:
        """Call only after the document's facts are written and flushed."""
        if self._deferred:
            self._pending.append((doc_hash, doc, facts))
            self._pending_hashes.add(doc_hash)
        else:
            self._insert([(doc_hash, doc, facts)])

    def commit_pending(self) -> None:
        if self._pending:
            self._insert(self._pending)
            self._pending = []
            self._pending_hashes.clear()

    def _insert(self, rows: list[tuple[str, str, int]]) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._db:  # one transaction
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                [(h, self.extractor, self.options, doc, n, now) for h, doc, n in rows],
            )

    def close(self) -> None:
        self._db.close()


class LedgerReader:
    """A worker's read-only view, to skip known documents before extracting them."""

    def __init__(self, path: Path, *, extractor: str, options: str) -> None:
        self.extractor = extractor
        self.options = options
        self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)

    def seen(self, doc_hash: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM documents WHERE hash=? AND extractor=? AND options=?",
            (doc_hash, self.extractor, self.options),
        ).fetchone()
        return row is not None
