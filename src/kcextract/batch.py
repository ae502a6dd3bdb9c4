"""Batch runs: many documents through `extract()` in worker processes, in input order.

The main process lists the inputs (names only), hands them to the workers in small tasks
with a bounded number in flight, and writes each document's facts as the results come back
in input order. Workers read, decode, hash and extract; they return finished UTF-8 JSON
Lines, so the main process only writes, flushes and records. Memory stays flat whatever the
number of files: at most `window` tasks exist at a time.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .facts import FACT_TYPES, Fact
from .inputs import InputError, Source, read_bytes
from .ledger import Ledger, LedgerReader
from .text import DecodeError, decode

# A task holds documents until it reaches either bound: small files travel together so the
# per-task overhead (pickling, a pipe round trip) stays far below the extraction time.
TASK_BYTES = 64 * 1024
TASK_FILES = 32
# Tasks in flight per worker: enough to keep workers busy while one result waits to be written.
TASKS_PER_WORKER = 3


@dataclass(frozen=True)
class Options:
    """What decides the facts of a document besides its text (part of the ledger key)."""

    doc_date: str | None = None
    include_boilerplate: bool = False
    with_about: bool = True
    max_bytes: int | None = None  # larger inputs are refused (not part of the fingerprint)

    def fingerprint(self) -> str:
        return json.dumps(
            {"doc_date": self.doc_date, "boilerplate": self.include_boilerplate, "about": self.with_about},
            sort_keys=True,
        )

    def extract(self, text: str, doc: str) -> list[Fact]:
        """The facts of one decoded document under these options."""
        from .pipeline import extract

        return extract(
            text,
            doc=doc,
            doc_date=self.doc_date,
            include_boilerplate=self.include_boilerplate,
            with_about=self.with_about,
        )


@dataclass(frozen=True)
class Item:
    """One document to process: a file path, or the bytes already read (standard input)."""

    name: str
    path: str | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class LedgerView:
    """What a worker needs to open the ledger read-only."""

    path: str
    extractor: str
    options: str


@dataclass
class Result:
    name: str
    doc_hash: str = ""
    lines: bytes = b""
    counts: dict[str, int] = field(default_factory=dict)
    chars: int = 0
    error: str | None = None  # the one line for stderr
    skipped: bool = False  # already in the ledger


@dataclass
class Summary:
    files: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    chars: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)

    def line(self) -> str:
        total = sum(self.facts.values())
        per_type = ", ".join(f"{t} {self.facts.get(t, 0)}" for t in FACT_TYPES)
        parts = [f"{self.files} file{'s' * (self.files != 1)}", f"{total} facts ({per_type})"]
        if self.skipped:
            parts.append(f"{self.skipped} unchanged (skipped)")
        parts.append(f"{self.failed} failed")
        parts.append(f"{time.monotonic() - self.started:.1f} s")
        return "kcextract: " + ", ".join(parts)


# ---------------------------------------------------------------------------------------
# Worker side


_reader: LedgerReader | None = None


def _init_worker() -> None:
    # Ctrl-C reaches the whole process group: only the main process decides what happens;
    # SIGTERM from the main process (or anyone) just ends a worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _ledger_reader(view: LedgerView | None) -> LedgerReader | None:
    global _reader
    if view is None:
        return None
    if _reader is None:
        _reader = LedgerReader(Path(view.path), extractor=view.extractor, options=view.options)
    return _reader


def process_task(items: list[Item], options: Options, view: LedgerView | None) -> list[Result]:
    """Read, decode and extract each document of a task (runs in a worker, or inline)."""
    reader = _ledger_reader(view)
    return [_process_one(item, options, reader) for item in items]


def _process_one(item: Item, options: Options, reader: LedgerReader | None) -> Result:
    from .facts import content_hash
    from .output import encode_document

    try:
        data = (
            item.data
            if item.data is not None
            else read_bytes(Source(item.name, Path(item.path or "")), options.max_bytes)
        )
        text = decode(data)
    except InputError as e:
        return Result(item.name, error=str(e))
    except DecodeError as e:
        return Result(item.name, error=f"{item.name}: {e}")
    del data
    doc_hash = content_hash(text)
    if reader is not None and reader.seen(doc_hash):
        return Result(item.name, doc_hash=doc_hash, skipped=True, chars=len(text))
    try:
        facts = options.extract(text, item.name)
    except Exception as e:  # noqa: BLE001 - a bug on one document must not stop the batch
        return Result(item.name, error=f"{item.name}: internal error ({type(e).__name__}: {e})")
    counts = Counter(f.type for f in facts)
    return Result(item.name, doc_hash, encode_document(facts), dict(counts), len(text))


def warm_up() -> None:
    """Import everything extraction needs, so forked workers start ready."""
    from .pipeline import extract

    extract("Hà Nội, ngày 1/1/2024. Doanh thu đạt 1,5 tỷ đồng, tăng 10%.")


# ---------------------------------------------------------------------------------------
# Main-process side


def plan(
    entries: Iterable[Source | InputError], max_bytes: int | None = None
) -> Iterator[list[Item] | InputError]:
    """Group the inputs into tasks of a few small files (errors stay in place, in order)."""
    batch: list[Item] = []
    size = 0
    for entry in entries:
        if isinstance(entry, InputError):
            if batch:
                yield batch
                batch, size = [], 0
            yield entry
            continue
        if entry.path is None:  # standard input: read here, it is one stream
            try:
                item = Item(entry.name, data=read_bytes(entry, max_bytes))
            except InputError as e:
                if batch:
                    yield batch
                    batch, size = [], 0
                yield e
                continue
            size += len(item.data or b"")
        else:
            item = Item(entry.name, path=str(entry.path))
            try:
                size += entry.path.stat().st_size
            except OSError:
                pass  # the worker reports it
        batch.append(item)
        if size >= TASK_BYTES or len(batch) >= TASK_FILES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _done(value: list[Result]) -> Future[list[Result]]:
    future: Future[list[Result]] = Future()
    future.set_result(value)
    return future


class Runner:
    """Runs the tasks inline (one job) or in a pool of forked workers, results in input order."""

    def __init__(self, jobs: int, options: Options, view: LedgerView | None) -> None:
        self.jobs = jobs
        self.options = options
        self.view = view
        self.pool: ProcessPoolExecutor | None = None
        self.killed = False  # workers were killed: leave with os._exit (see stop)

    def start(self) -> None:
        if self.jobs <= 1:
            return
        warm_up()
        import multiprocessing

        # fork: workers inherit the imported pipeline instead of importing it again each.
        context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
        self.pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker)
        # Start every worker now, before any thread (the progress display) exists.
        for f in [self.pool.submit(os.getpid) for _ in range(self.jobs)]:
            f.result()

    def results(self, tasks: Iterable[list[Item] | InputError]) -> Iterator[Result]:
        if self.pool is None:
            reader = _ledger_reader(self.view)
            for task in tasks:
                if isinstance(task, InputError):
                    yield Result("", error=str(task))
                else:
                    for item in task:
                        yield _process_one(item, self.options, reader)
            return
        window = self.jobs * TASKS_PER_WORKER
        pending: deque[Future[list[Result]]] = deque()
        for task in tasks:
            if isinstance(task, InputError):
                pending.append(_done([Result("", error=str(task))]))
            else:
                pending.append(self.pool.submit(process_task, task, self.options, self.view))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    def stop(self, *, kill: bool = False) -> None:
        """Shut the workers down; `kill` (interrupted, or the reader is gone) does not wait for
        the documents in flight. The caller must then leave with `os._exit`: a pool whose
        workers were killed can hang the interpreter's exit handlers (its manager thread waits
        for results that never come)."""
        if self.pool is None:
            return
        if kill:
            processes = list(getattr(self.pool, "_processes", {}).values())
            self.pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.kill()
            for process in processes:
                process.join(timeout=5)
        else:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = None
        self.killed = kill


def run_batch(
    entries: list[Source | InputError],
    options: Options,
    sink: IO[bytes],
    *,
    runner: Runner,
    ledger: Ledger | None,
    on_error: Callable[[str], None],
    on_result: Callable[[Result, Summary], None] | None = None,
    summary: Summary | None = None,
    skip_known: bool = True,
) -> Summary:
    """Write the facts of every entry to `sink`, in order; record each written one in the ledger.

    With `skip_known` false (--force) the ledger is only written, never consulted.
    """
    summary = summary or Summary()
    summary.files = sum(isinstance(e, Source) for e in entries)
    for result in runner.results(plan(entries, options.max_bytes)):
        if result.error is not None:
            summary.failed += 1
            on_error(result.error)
        elif result.skipped or (skip_known and ledger is not None and ledger.seen(result.doc_hash)):
            summary.skipped += 1  # unchanged since a former run, or met earlier in this one
        else:
            with signals_held():
                if result.lines:
                    sink.write(result.lines)
                    sink.flush()
                # Only now, with the facts out of this process, is the document done.
                if ledger is not None:
                    ledger.record(result.doc_hash, result.name, sum(result.counts.values()))
            summary.written += 1
            summary.chars += result.chars
            summary.facts.update(result.counts)
        if on_result is not None:
            on_result(result, summary)
    return summary


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while one document is written and recorded: never half of it."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError):  # no sigmask here (Windows, or not the main thread)
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
