"""Partitioned runs without an engine: finding documents, grouping them, writing part files.

The Dask path (`kcextract.dask`) is glue around this module. Everything a task runs is a
module-level function over plain data, so it pickles by reference. Local paths are read
with the standard library; URLs (s3://, gs://, memory:// …) through fsspec, imported only
when a URL is given.

Exactly-once output rests on determinism: within a run, partition i always holds the same
documents in the same order and always becomes part-i (five digits), written to a temporary name and
renamed when complete. A task that Dask retries (its worker died) rewrites the same bytes
under the same name, so no fact is lost or duplicated, and a partial part never appears.
"""

from __future__ import annotations

import glob
import json
import os
import re
import time
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .batch import Options
from .facts import content_hash
from .inputs import InputError, Source, discover, read_error
from .inputs import read_bytes as read_local
from .inputs import too_large_message as too_large  # the local run's message, word for word
from .ledger import Ledger
from .output import encode_document
from .text import DecodeError, decode

PART_NAME = "part-{:05d}.jsonl"
PART_RE = re.compile(r"part-(\d{5,})\.jsonl")
MANIFEST_DIR = "_manifest"
# Partition size bounds: big enough to amortise a task's overhead (milliseconds) against
# extraction (about a second per MB and core), small enough that a retried task redoes little.
MIN_PARTITION_BYTES = 256 * 1024
MAX_PARTITION_BYTES = 32 * 1024 * 1024
MAX_PARTITION_DOCS = 5000
TASKS_PER_SLOT = 16  # several tasks per worker thread, so the last, slow partition idles no one long
GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class DocRef:
    """One input document: its name as facts show it, and where a worker reads it."""

    name: str  # exactly what the local `kcextract run` writes in "doc"
    url: str  # an absolute local path or an fsspec URL
    size: int


@dataclass
class PartResult:
    """What a part task reports back to the driver (small: no facts)."""

    index: int
    part: str  # the part file's name, relative to the output directory
    # (doc name, content hash, facts) of each document written, in order: what the ledger records.
    docs: list[tuple[str, str, int]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # facts written, per type
    chars: int = 0
    errors: list[str] = field(default_factory=list)  # one line per unreadable document


def is_url(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def local_path(path: str) -> str:
    return path[len("file://") :] if path.startswith("file://") else path


# ---------------------------------------------------------------- finding documents


def find_documents(
    paths: Iterable[str], storage_options: dict[str, Any] | None = None
) -> tuple[list[DocRef], list[str]]:
    """The documents named by files, directories (walked for *.txt) and globs, local or URLs.

    Local files get the names `kcextract run` gives them, so both paths write the same "doc".
    Errors come back as the lines to print, in order, instead of stopping the search.
    """
    docs: list[DocRef] = []
    errors: list[str] = []
    for given in paths:
        if given == "-":
            errors.append("-: standard input cannot be sent to a cluster; give files or URLs")
        elif is_url(given):
            _find_remote(given, storage_options or {}, docs, errors)
        elif GLOB_CHARS & set(local_path(given)):
            matches = sorted(m for m in glob.glob(local_path(given), recursive=True) if os.path.isfile(m))
            if not matches:
                errors.append(f"{given}: no file matches")
            docs.extend(_local_ref(m) for m in matches)
        else:
            for item in discover([local_path(given)]):
                if isinstance(item, InputError):
                    errors.append(str(item))
                elif item.path is not None:
                    docs.append(_local_ref(item.name))
    return docs, errors


def _local_ref(name: str) -> DocRef:
    try:
        size = os.path.getsize(name)
    except OSError:
        size = 0  # the task reports it if it is still unreadable then
    return DocRef(name, os.path.abspath(name), size)


def _find_remote(given: str, storage_options: dict[str, Any], docs: list[DocRef], errors: list[str]) -> None:
    from fsspec.core import url_to_fs

    try:
        fs, root = url_to_fs(given, **storage_options)
        if GLOB_CHARS & set(root):
            infos = fs.glob(root, detail=True)
        elif fs.isdir(root):
            infos = {p: i for p, i in fs.find(root, detail=True).items() if p.endswith(".txt")}
        elif fs.exists(root):
            infos = {root: fs.info(root)}
        else:
            errors.append(f"{given}: no such file or directory")
            return
    except (OSError, ValueError) as e:  # fsspec raises these for access and credential problems
        errors.append(f"{given}: cannot list ({e})")
        return
    files = sorted((p, i) for p, i in infos.items() if i.get("type") != "directory")
    if not files:
        errors.append(f"{given}: no file matches")
    for path, info in files:
        url = fs.unstrip_protocol(path)
        docs.append(DocRef(url, url, int(info.get("size") or 0)))


# ---------------------------------------------------------------- partitions


def partition_bytes_for(total_bytes: int, slots: int) -> int:
    """A partition size giving every worker thread a few tasks, within the bounds above."""
    target = total_bytes // max(1, slots * TASKS_PER_SLOT) + 1
    return max(MIN_PARTITION_BYTES, min(MAX_PARTITION_BYTES, target))


def plan_partitions(
    docs: list[DocRef], target_bytes: int, max_docs: int = MAX_PARTITION_DOCS
) -> list[list[DocRef]]:
    """Consecutive groups of documents, in input order, each closed once it reaches either bound."""
    parts: list[list[DocRef]] = []
    current: list[DocRef] = []
    size = 0
    for doc in docs:
        current.append(doc)
        size += doc.size
        if size >= target_bytes or len(current) >= max_docs:
            parts.append(current)
            current, size = [], 0
    if current:
        parts.append(current)
    return parts


# ---------------------------------------------------------------- reading and writing


def read_doc(doc: DocRef, storage_options: dict[str, Any] | None = None, max_bytes: int | None = None) -> str:
    """The decoded text of one document; InputError with the line to print when it cannot be had."""
    if is_url(doc.url):
        if max_bytes is not None and doc.size > max_bytes:
            raise InputError(too_large(doc.name, doc.size, max_bytes))
        data = _read_remote(doc, storage_options)
    else:  # the very reader (and messages, and --max-size) of the local run
        data = read_local(Source(doc.name, Path(doc.url)), max_bytes)
    try:
        return decode(data)
    except DecodeError as e:
        raise InputError(f"{doc.name}: {e}") from None


def _read_remote(doc: DocRef, storage_options: dict[str, Any] | None) -> bytes:
    import fsspec

    try:
        with fsspec.open(doc.url, "rb", **(storage_options or {})) as f:
            return f.read()
    except OSError as e:
        raise read_error(doc.name, e) from None


def write_atomic(
    outdir: str, relpath: str, data: bytes, storage_options: dict[str, Any] | None = None
) -> None:
    """Make OUTDIR/relpath hold exactly `data`, never a prefix of it, whoever looks and when."""
    if is_url(outdir):
        from fsspec.core import url_to_fs

        # An object store's single PUT is all-or-nothing: the object appears complete or not at all.
        fs, root = url_to_fs(outdir, **(storage_options or {}))
        fs.pipe_file(f"{root.rstrip('/')}/{relpath}", data)
        return
    final = os.path.join(local_path(outdir), relpath)
    directory, base = os.path.split(final)
    os.makedirs(directory, exist_ok=True)
    # A unique temporary name per attempt: a killed attempt's leftover never clashes with a retry.
    tmp = os.path.join(directory, f".{base}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, final)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def manifest_path(part: str) -> str:
    return f"{MANIFEST_DIR}/{part.removesuffix('.jsonl')}.json"


def run_part(
    index: int,
    docs: list[DocRef],
    outdir: str,
    options: Options,
    *,
    storage_options: dict[str, Any] | None = None,
    manifest: bool = False,
    delay: float = 0.0,
) -> PartResult:
    """Extract one partition and write OUTDIR/part-<index>.jsonl: the task Dask runs and may retry.

    With `manifest`, OUTDIR/_manifest/part-<index>.json (documents and content hashes) is in
    place before the part is, so a resumed run can tell what a part holds even if the driver
    died before recording it. `delay` (seconds per document) only slows tasks down for the
    worker-kill test; see `kcextract.dask.DELAY_ENV`.
    """
    result = PartResult(index, PART_NAME.format(index))
    chunks: list[bytes] = []
    counts: Counter[str] = Counter()
    for doc in docs:
        if delay:
            time.sleep(delay)
        try:
            text = read_doc(doc, storage_options, options.max_bytes)
        except InputError as e:
            result.errors.append(str(e))
            continue
        try:
            facts = options.extract(text, doc.name)
        except Exception as e:  # noqa: BLE001 - a bug on one document must not fail the partition
            result.errors.append(f"{doc.name}: internal error ({type(e).__name__}: {e})")
            continue
        chunks.append(encode_document(facts))
        counts.update(f.type for f in facts)
        result.docs.append((doc.name, content_hash(text), len(facts)))
        result.chars += len(text)
    result.counts = dict(counts)
    if manifest:
        record = {"part": result.part, "docs": result.docs}
        write_atomic(outdir, manifest_path(result.part), json.dumps(record).encode(), storage_options)
    write_atomic(outdir, result.part, b"".join(chunks), storage_options)
    return result


def hash_docs(
    docs: list[DocRef], storage_options: dict[str, Any] | None = None, max_bytes: int | None = None
) -> list[str | None]:
    """The content hash of each document (None if unreadable): the ledger check of a resumed run."""
    out: list[str | None] = []
    for doc in docs:
        try:
            out.append(content_hash(read_doc(doc, storage_options, max_bytes)))
        except InputError:
            out.append(None)  # the extraction task reports it
    return out


# ---------------------------------------------------------------- the output directory (driver side)

_TMP_RE = re.compile(r"\.(part-\d{5,}\.jsonl|part-\d{5,}\.json)\.[0-9a-f]{32}\.tmp")


class OutputDir:
    """OUTDIR as the driver sees it: its parts, their manifests, leftovers of killed attempts."""

    def __init__(self, url: str, storage_options: dict[str, Any] | None = None) -> None:
        self.url = url
        self.storage_options = storage_options or {}
        if is_url(url):
            from fsspec.core import url_to_fs

            self._fs, root = url_to_fs(url, **self.storage_options)
            self.root = root.rstrip("/")
            self._fs.makedirs(self.root, exist_ok=True)
        else:
            self._fs = None
            self.root = local_path(url)
            os.makedirs(self.root, exist_ok=True)

    @property
    def is_remote(self) -> bool:
        return self._fs is not None

    def _names(self, sub: str = "") -> list[str]:
        directory = f"{self.root}/{sub}" if sub else self.root
        if self._fs is None:
            try:
                return os.listdir(directory)
            except FileNotFoundError:
                return []
        if not self._fs.exists(directory):
            return []
        return [p.rstrip("/").rsplit("/", 1)[-1] for p in self._fs.ls(directory, detail=False)]

    def _remove(self, relpath: str) -> None:
        if self._fs is None:
            try:
                os.unlink(os.path.join(self.root, relpath))
            except FileNotFoundError:
                pass
        else:
            self._fs.rm_file(f"{self.root}/{relpath}")

    def parts(self) -> dict[int, str]:
        """The part files present, by number."""
        return {int(m.group(1)): n for n in self._names() if (m := PART_RE.fullmatch(n))}

    def manifests(self) -> dict[int, str]:
        found = {}
        for name in self._names(MANIFEST_DIR):
            m = re.fullmatch(r"part-(\d{5,})\.json", name)
            if m:
                found[int(m.group(1))] = f"{MANIFEST_DIR}/{name}"
        return found

    def next_index(self) -> int:
        taken = set(self.parts()) | set(self.manifests())
        return max(taken) + 1 if taken else 0

    def clear(self) -> None:
        """Remove every part and manifest: a run without a ledger replaces OUTDIR's parts."""
        for name in self.parts().values():
            self._remove(name)
        for relpath in self.manifests().values():
            self._remove(relpath)
        self.remove_temporaries()

    def remove_temporaries(self) -> None:
        """Delete the temporary files of attempts that were killed before their rename."""
        if self._fs is not None:
            return  # object stores are written in one PUT: no temporaries
        for sub in ("", MANIFEST_DIR):
            for name in self._names(sub):
                if _TMP_RE.fullmatch(name):
                    self._remove(os.path.join(sub, name) if sub else name)

    def read_manifest(self, relpath: str) -> list[tuple[str, str, int]]:
        if self._fs is None:
            with open(os.path.join(self.root, relpath), "rb") as f:
                data = f.read()
        else:
            data = self._fs.cat_file(f"{self.root}/{relpath}")
        return [(str(d), str(h), int(n)) for d, h, n in json.loads(data)["docs"]]

    def drop_manifest(self, part: str) -> None:
        self._remove(manifest_path(part))

    def has(self, relpath: str) -> bool:
        if self._fs is None:
            return os.path.exists(os.path.join(self.root, relpath))
        return bool(self._fs.exists(f"{self.root}/{relpath}"))

    def drop(self, relpath: str) -> None:
        self._remove(relpath)


def reconcile(out: OutputDir, ledger: Ledger) -> int:
    """Settle manifests left by an earlier run; the number of documents recorded now.

    A manifest whose part is in place means the driver died between the part's rename and
    its ledger commit: its documents are done, so they are recorded. A manifest without its
    part is an attempt that never finished: nothing of it counts.
    """
    parts = out.parts()
    recorded = 0
    for index, relpath in sorted(out.manifests().items()):
        if index in parts:
            for name, doc_hash, facts in out.read_manifest(relpath):
                ledger.record(doc_hash, name, facts)
                recorded += 1
            ledger.commit_pending()
        out.drop(relpath)
    return recorded
