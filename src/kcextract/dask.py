"""kcextract on Dask: a bag of fact dicts for library users, and `kcextract run --dask`.

Install with `pip install 'kcextract[dask]'`. Importing this module needs nothing beyond
kcextract; the functions that need Dask say what to install when it is missing. (The name
shadows nothing: absolute imports, so `import dask` here is the real Dask.)

    from kcextract.dask import extract_bag
    facts = extract_bag("s3://archive/2024/**/*.txt", partition_bytes=32 << 20)
    facts.filter(lambda f: f["type"] == "money").to_textfiles("s3://out/money-*.jsonl")

`extract_records` is the engine-neutral piece (re-exported from `kcextract.records`) for
Spark `mapInPandas` or Ray `map_batches` users; see the README's "Scale out".

`run_on_dask` is what `kcextract run PATHS --dask ADDRESS -o OUTDIR` calls. Partition i of
the input is written to OUTDIR/part-<i>.jsonl by one task, atomically; see `kcextract.parts`
for why a worker killed mid-run loses and duplicates nothing.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .batch import Options, Summary, default_jobs, warm_up
from .inputs import InputError
from .ledger import Ledger, extractor_version
from .parts import (
    DocRef,
    OutputDir,
    PartResult,
    find_documents,
    hash_docs,
    partition_bytes_for,
    plan_partitions,
    read_doc,
    reconcile,
    run_part,
)
from .records import OnError, RecordError, extract_records

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client

__all__ = [
    "MissingExtraError",
    "extract_bag",
    "extract_records",
    "require_dask",
    "run_on_dask",
]

EXTRA = "kcextract[dask]"
# Test hook, read by the driver only: seconds to sleep per document inside part tasks, so a
# test can kill a worker while tasks are surely running. Unset (the default) means no delay.
DELAY_ENV = "KCEXTRACT_DASK_TEST_DELAY"
BAG_PARTITION_BYTES = 16 * 1024 * 1024
TASK_RETRIES = 2  # a task that raised (a flaky object store) is tried again; dead workers are Dask's
CONNECT_TIMEOUT = "30s"

log = logging.getLogger("kcextract.dask")


class MissingExtraError(ImportError):
    """Dask (or fsspec) is not installed; str() says what to install."""


def require_dask() -> None:
    """Raise MissingExtraError, naming the extra to install, unless the Dask stack imports."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        import fsspec  # noqa: F401
    except ImportError as e:
        raise MissingExtraError(
            f"the Dask path needs the optional extra: pip install '{EXTRA}' (missing: {e.name or e})"
        ) from e


# ---------------------------------------------------------------- library: a bag of facts


def extract_bag(
    paths_or_globs: str | Sequence[str],
    *,
    doc_date: str | None = None,
    include_boilerplate: bool = False,
    with_about: bool = True,
    partition_bytes: int = BAG_PARTITION_BYTES,
    storage_options: dict[str, Any] | None = None,
    on_error: OnError = "raise",
) -> dask.bag.Bag:
    """A Dask bag of the fact dicts `kcextract run` prints for these inputs, in input order.

    Inputs are local files, directories (walked for *.txt), globs, or fsspec URLs
    (s3://bucket/prefix/*.txt, gs://…; their packages and credentials must be present, on
    the workers too; `storage_options` is passed to fsspec). One bag partition holds about
    `partition_bytes` of input. With on_error="skip", unreadable inputs are logged and left
    out instead of failing the computation.
    """
    require_dask()
    import dask
    import dask.bag as db

    paths = [paths_or_globs] if isinstance(paths_or_globs, str) else list(paths_or_globs)
    docs, errors = find_documents(paths, storage_options)
    if errors:
        if on_error == "raise":
            raise FileNotFoundError("; ".join(errors))
        for line in errors:
            log.warning("%s", line)
    options = Options(doc_date, include_boilerplate, with_about)
    groups = plan_partitions(docs, partition_bytes)
    if not groups:
        return db.from_sequence([], npartitions=1)
    task = dask.delayed(bag_partition)
    return db.from_delayed([task(group, options, storage_options, on_error) for group in groups])


def bag_partition(
    docs: list[DocRef], options: Options, storage_options: dict[str, Any] | None, on_error: OnError
) -> list[dict[str, Any]]:
    """The fact dicts of one bag partition (runs on a worker)."""
    out: list[dict[str, Any]] = []
    for doc in docs:
        try:
            text = read_doc(doc, storage_options)
        except InputError as e:
            if on_error == "skip":
                log.warning("%s", e)
                continue
            raise RecordError(str(e)) from None
        out.extend(
            extract_records(
                [{"doc": doc.name, "text": text}],
                doc_date=options.doc_date,
                include_boilerplate=options.include_boilerplate,
                with_about=options.with_about,
            )
        )
    return out


# ---------------------------------------------------------------- `kcextract run --dask`


def parse_address(address: str) -> int | None:
    """The number of local workers for 'local' / 'local:N'; None for a scheduler address."""
    if address == "local":
        return default_jobs()
    if address.startswith("local:"):
        count = address[len("local:") :]
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--dask {address}: expected local, local:N (N ≥ 1) or a scheduler address")
        return int(count)
    if not address:
        raise ValueError("--dask: expected local, local:N or a scheduler address such as tcp://host:8786")
    return None


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of a new LocalCluster ('local[:N]', N single-threaded worker processes) or of a scheduler."""
    from distributed import Client, LocalCluster

    workers = parse_address(address)
    if workers is None:
        with Client(address, timeout=CONNECT_TIMEOUT) as client:
            yield client
        return
    import dask

    settings = {
        # The statistical profiler samples the task thread's stack every 10 ms; on this pure-Python
        # workload that doubles the time of a task.
        "distributed.worker.profile.enabled": False,
    }
    if sys.platform == "linux":
        # Fork rather than Dask's default spawn: workers inherit the imported, warmed-up pipeline
        # and the cluster is up in under a second instead of several.
        settings["distributed.worker.multiprocessing-method"] = "fork"
        warm_up()
    # Set for the whole run (the nanny reads them again to restart a killed worker), then put back.
    previous = {key: dask.config.get(key) for key in settings}
    dask.config.set(settings)
    try:
        # One thread per process: the pipeline is pure Python and holds the GIL.
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # a free port: never clash with another cluster on 8787
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
    finally:
        dask.config.set(previous)


def _worker_version() -> str:
    warm_up()  # import the pipeline now, not inside the first timed task
    return extractor_version()


def run_on_dask(
    paths: Sequence[str],
    address: str,
    outdir: str | Path,
    *,
    state: str | Path | None = None,
    force: bool = False,
    include_boilerplate: bool = False,
    doc_date: str | None = None,
    with_about: bool = True,
    max_bytes: int | None = None,
    partition_bytes: int | None = None,
    storage_options: dict[str, Any] | None = None,
    summary: bool = True,
    stderr: IO[str] | None = None,
) -> int:
    """`kcextract run PATHS --dask ADDRESS -o OUTDIR`: the exit code (0; 1 an input failed; 2 usage).

    Without `state` (or with `force`) the run replaces OUTDIR's part files. With `state`, the
    ledger there skips documents an earlier run already wrote, and records a document only
    once its part file is in place; new parts are numbered after the existing ones.
    """
    err = stderr or sys.stderr

    def say(line: str) -> None:
        print(f"kcextract: {line}", file=err, flush=True)

    try:
        require_dask()
        parse_address(address)
    except (MissingExtraError, ValueError) as e:
        say(str(e))
        return 2
    options = Options(doc_date, include_boilerplate, with_about, max_bytes)
    totals = Summary()
    docs, errors = find_documents(paths, storage_options)
    for line in errors:
        say(line)
    totals.failed += len(errors)
    totals.files = len(docs)

    try:
        out = OutputDir(_as_url(outdir), storage_options)
    except OSError as e:
        say(f"cannot write {outdir}: {e.strerror or e}")
        return 2
    ledger = None
    if state:
        try:
            ledger = Ledger(Path(state), extractor=extractor_version(), options=options.fingerprint())
        except (sqlite3.Error, OSError) as e:
            say(f"--state {state}: cannot use it as a ledger ({e})")
            return 2
    try:
        if ledger is None or force:
            out.clear()
        else:
            ledger.defer()  # one transaction per part
            reconcile(out, ledger)
        out.remove_temporaries()
        if docs:
            with ExitStack() as stack:
                try:
                    client = stack.enter_context(connect(address))
                except OSError as e:  # distributed raises OSError (TimeoutError) when no scheduler answers
                    say(f"cannot reach the Dask scheduler at {address} ({e})")
                    return 2
                versions = set(client.run(_worker_version).values())
                if versions - {extractor_version()}:
                    say(
                        f"the workers run kcextract {', '.join(sorted(versions))}, this client "
                        f"{extractor_version()}: install the same version everywhere"
                    )
                    return 2
                if ledger is not None and not force:
                    docs = _unseen(client, docs, ledger, options, storage_options, totals)
                _run_parts(
                    client,
                    docs,
                    out,
                    options,
                    ledger,
                    totals,
                    say,
                    partition_bytes=partition_bytes,
                    storage_options=storage_options,
                )
        out.remove_temporaries()  # left by attempts that died on a killed worker
    finally:
        if ledger is not None:
            ledger.close()
    if summary:
        print(totals.line(), file=err, flush=True)
    return 1 if totals.failed else 0


def _as_url(outdir: str | Path) -> str:
    """OUTDIR as given, even after a trip through pathlib, which turns s3://b/k into s3:/b/k."""
    text = str(outdir)
    m = re.fullmatch(r"([a-z][a-z0-9+.-]+):/([^/].*)", text)
    if m and isinstance(outdir, Path):
        from fsspec.registry import known_implementations

        if m.group(1) in known_implementations:
            return f"{m.group(1)}://{m.group(2)}"
    return text


def _slots(client: Client) -> int:
    return max(1, sum(client.nthreads().values()))


def _unseen(
    client: Client,
    docs: list[DocRef],
    ledger: Ledger,
    options: Options,
    storage_options: dict[str, Any] | None,
    totals: Summary,
) -> list[DocRef]:
    """The documents the ledger does not know; hashing is spread over the workers (it reads every file)."""
    groups = plan_partitions(docs, partition_bytes_for(sum(d.size for d in docs), _slots(client)))
    futures = client.map(
        hash_docs, groups, storage_options=storage_options, max_bytes=options.max_bytes, pure=False
    )
    hashes = client.gather(futures)
    keep: list[DocRef] = []
    for group, group_hashes in zip(groups, hashes, strict=True):
        for doc, doc_hash in zip(group, group_hashes, strict=True):
            if doc_hash is not None and ledger.seen(doc_hash):
                totals.skipped += 1
            else:
                keep.append(doc)
    return keep


def _run_parts(
    client: Client,
    docs: list[DocRef],
    out: OutputDir,
    options: Options,
    ledger: Ledger | None,
    totals: Summary,
    say: Callable[[str], None],
    *,
    partition_bytes: int | None,
    storage_options: dict[str, Any] | None,
) -> None:
    from distributed import as_completed

    slots = _slots(client)
    target = partition_bytes or partition_bytes_for(sum(d.size for d in docs), slots)
    groups = plan_partitions(docs, target)
    first = out.next_index()
    delay = float(os.environ.get(DELAY_ENV) or 0)
    run_id = uuid.uuid4().hex[:8]
    # A bounded number of tasks in flight keeps the scheduler's memory flat on huge backfills.
    window = max(64, 8 * slots)
    pending = iter(enumerate(groups, start=first))
    index_of: dict[str, int] = {}

    def submit() -> Any:
        step = next(pending, None)
        if step is None:
            return None
        index, group = step
        future = client.submit(
            run_part,
            index,
            group,
            out.url,
            options,
            storage_options=storage_options,
            manifest=ledger is not None,
            delay=delay,
            key=f"kcextract-part-{index:05d}-{run_id}",
            retries=TASK_RETRIES,
        )
        index_of[future.key] = index
        return future

    running = as_completed([f for f in (submit() for _ in range(window)) if f is not None])
    for future in running:
        index = index_of.pop(future.key)
        try:
            result: PartResult = future.result()
        except Exception as e:  # noqa: BLE001 - one failed partition (KilledWorker, a bug) must not hide the rest
            say(f"part-{index:05d}.jsonl failed: {type(e).__name__}: {e}")
            totals.failed += 1
        else:
            _settle(result, out, ledger, totals, say)
        future.release()
        following = submit()
        if following is not None:
            running.add(following)


def _settle(
    result: PartResult, out: OutputDir, ledger: Ledger | None, totals: Summary, say: Callable[[str], None]
) -> None:
    """Account for a part that is in place: report its bad inputs, record its documents."""
    for line in result.errors:
        say(line)
    totals.failed += len(result.errors)
    if not out.is_remote and not out.has(result.part):
        # A worker on another machine wrote it to its own disk: nothing is recorded as done.
        say(
            f"{result.part} was written by a worker but is not in {out.url} here: on a cluster, "
            "-o must be a shared filesystem or an object-store URL (s3://…)"
        )
        totals.failed += 1
        return
    if ledger is not None:
        for name, doc_hash, facts in result.docs:
            ledger.record(doc_hash, name, facts)
        ledger.commit_pending()
        out.drop_manifest(result.part)
    totals.written += len(result.docs)
    totals.chars += result.chars
    totals.facts.update(result.counts)
