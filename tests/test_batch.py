"""The batch runner in-process: tasks, order under workers, the ledger, the atomic file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kcextract.batch import Options, Runner, plan, run_batch
from kcextract.inputs import InputError, Source, discover
from kcextract.ledger import Ledger, LedgerReader, extractor_version
from kcextract.output import AtomicFile

from .batch_corpus import make_corpus


def _run(entries: list, jobs: int, ledger: Ledger | None = None) -> tuple[bytes, object]:
    sink = io.BytesIO()
    errors: list[str] = []
    runner = Runner(jobs, Options(), None)
    runner.start()
    try:
        summary = run_batch(entries, Options(), sink, runner=runner, ledger=ledger, on_error=errors.append)
    finally:
        runner.stop()
    return sink.getvalue(), (summary, errors)


def test_plan_groups_small_files_and_keeps_errors_in_place(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path, 40)
    entries: list = [Source(str(p), p) for p in paths[:20]]
    entries.append(InputError("x: no such file or directory"))
    entries += [Source(str(p), p) for p in paths[20:]]
    tasks = list(plan(entries))
    flat = [t if isinstance(t, InputError) else [i.name for i in t] for t in tasks]
    assert any(isinstance(t, InputError) for t in flat)
    names = [n for t in flat if not isinstance(t, InputError) for n in t]
    assert names == [str(p) for p in paths]
    assert all(len(t) <= 32 for t in tasks if not isinstance(t, InputError))


def test_order_is_input_order_with_workers(tmp_path: Path) -> None:
    make_corpus(tmp_path, 70)
    entries = list(discover([str(tmp_path)]))
    one, _ = _run(entries, 1)
    two, (summary, errors) = _run(entries, 2)
    assert one == two and one
    docs = [json.loads(line)["doc"] for line in two.decode().splitlines()]
    assert docs == sorted(docs)
    assert summary.files == 70 and summary.written == 70 and not errors


def test_ledger_skips_known_documents_and_records_after_writing(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path / "in", 5)
    db = tmp_path / "state.db"
    options = Options().fingerprint()
    ledger = Ledger(db, extractor=extractor_version(), options=options)
    entries = [Source(str(p), p) for p in paths]
    first, (s1, _) = _run(entries, 1, ledger)
    assert s1.written == 5
    reader = LedgerReader(db, extractor=extractor_version(), options=options)
    assert reader.seen(_hash(paths[0]))
    # a copy of a known document under another name is not new either
    (tmp_path / "in" / "copy.txt").write_bytes(paths[0].read_bytes())
    again, (s2, _) = _run(list(discover([str(tmp_path / "in")])), 1, ledger)
    assert again == b"" and s2.skipped == 6
    other = Ledger(db, extractor=extractor_version(), options=Options(with_about=False).fingerprint())
    assert not other.seen(_hash(paths[0]))  # other options, other facts


def test_deferred_ledger_records_only_on_commit(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "s.db", extractor="v", options="o")
    ledger.defer()
    ledger.record("h1", "a.txt", 3)
    assert ledger.seen("h1")  # known to this run
    assert not Ledger(tmp_path / "s.db", extractor="v", options="o").seen("h1")
    ledger.commit_pending()
    assert Ledger(tmp_path / "s.db", extractor="v", options="o").seen("h1")


def test_extractor_version_names_the_release() -> None:
    from kcextract import __version__

    assert extractor_version().startswith(__version__ + "+")


def test_atomic_file(tmp_path: Path) -> None:
    target = tmp_path / "facts.jsonl"
    target.write_text("old\n")
    out = AtomicFile(target)
    out.stream.write(b"new\n")
    out.discard()
    assert target.read_text() == "old\n" and list(tmp_path.iterdir()) == [target]
    out = AtomicFile(target)
    out.stream.write(b"new\n")
    assert target.read_text() == "old\n"
    out.commit()
    assert target.read_text() == "new\n" and list(tmp_path.iterdir()) == [target]


def _hash(path: Path) -> str:
    from kcextract.facts import content_hash
    from kcextract.text import decode

    return content_hash(decode(path.read_bytes()))


@pytest.fixture(autouse=True)
def _no_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
