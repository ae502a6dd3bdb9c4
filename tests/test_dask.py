"""The Dask path on a real LocalCluster (2 worker processes on loopback, no mocks).

One cluster serves the module (starting one costs about a second); inputs are small slices
of the sample articles. The worker-kill test runs last: it leaves the cluster with a
restarted worker, which is fine for a module-scoped fixture.
"""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the dask extra is not installed: pip install -e '.[dask,test]'")

from typer.testing import CliRunner  # noqa: E402

from kcextract.batch import Options  # noqa: E402
from kcextract.cli import app  # noqa: E402
from kcextract.dask import DELAY_ENV, connect, extract_bag, parse_address, run_on_dask  # noqa: E402
from kcextract.parts import (  # noqa: E402
    DocRef,
    OutputDir,
    find_documents,
    plan_partitions,
    run_part,
)
from kcextract.records import RecordError, extract_records  # noqa: E402

from .conftest import DATA  # noqa: E402

Key = tuple[str, str, int, int, str]


def key(fact: dict) -> Key:
    return (fact["doc"], fact["type"], fact["start"], fact["end"], json.dumps(fact["value"], sort_keys=True))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def part_facts(outdir: Path) -> list[dict]:
    return [f for p in sorted(outdir.glob("part-*.jsonl")) for f in read_jsonl(p)]


def plain_run(paths: list[str]) -> list[dict]:
    """The facts of an ordinary `kcextract run` (one process) on the same inputs."""
    result = CliRunner().invoke(app, ["run", *paths, "--include-boilerplate", "--jobs", "1", "--quiet"])
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def make_corpus(root: Path, pieces: int) -> Path:
    """`pieces` small articles cut from the samples at paragraph breaks, in two directories."""
    chunks: list[str] = []
    for path in sorted(DATA.glob("*.txt")):
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        for i in range(0, len(paragraphs), 4):
            chunks.append("\n\n".join(paragraphs[i : i + 4]))
    for n in range(pieces):
        sub = root / ("a" if n % 2 else "b")
        sub.mkdir(parents=True, exist_ok=True)
        # A distinct first line: the ledger skips equal contents, whatever the file name.
        text = f"Bản tin số {n}\n\n{chunks[n % len(chunks)]}"
        (sub / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def client() -> Iterator:
    # The very LocalCluster `--dask local:2` starts: two single-threaded worker processes.
    with connect("local:2") as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"), 12)


@pytest.fixture(scope="module")
def expected(corpus: Path) -> list[dict]:
    facts = plain_run([str(corpus)])
    assert facts, "the sample slices should hold facts"
    return facts


# ---------------------------------------------------------------- the judged properties


def test_local_2_equals_a_plain_run(corpus: Path, expected: list[dict], tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = run_on_dask([str(corpus)], "local:2", out, include_boilerplate=True, partition_bytes=4000)
    assert code == 0
    got = part_facts(out)
    assert Counter(map(key, got)) == Counter(map(key, expected))
    # Parts are numbered from 0 without gaps, and in input order the facts are the plain run's.
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"part-{i:05d}.jsonl" for i in range(len(names))] and len(names) > 1
    assert [key(f) for f in got] == [key(f) for f in expected]


def test_a_missing_extra_says_what_to_install(tmp_path: Path) -> None:
    # Block the Dask stack in a fresh interpreter, as if the extra were not installed.
    script = f"""
import sys
sys.modules["distributed"] = None
from kcextract.dask import MissingExtraError, extract_bag, extract_records, run_on_dask  # no Dask needed
try:
    extract_bag("{DATA}")
except MissingExtraError as e:
    print("BAG", e)
sys.exit(run_on_dask(["{DATA}"], "local:2", "{tmp_path / "out"}"))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "pip install 'kcextract[dask]'" in done.stdout
    assert "kcextract: the Dask path needs the optional extra: pip install 'kcextract[dask]'" in done.stderr


# ---------------------------------------------------------------- errors, resume, library


def test_decode_errors_are_reported_and_the_rest_written(client, corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    err = tmp_path / "stderr"
    with err.open("w") as stream:
        code = run_on_dask(
            [str(bad), str(corpus), str(tmp_path / "missing.txt")],
            client.scheduler.address,
            tmp_path / "out",
            include_boilerplate=True,
            stderr=stream,
        )
    assert code == 1
    lines = err.read_text().splitlines()
    assert any(line.startswith(f"kcextract: {bad / 'binary.txt'}: ") for line in lines)
    assert f"kcextract: {tmp_path / 'missing.txt'}: no such file or directory" in lines
    assert part_facts(tmp_path / "out"), "the good inputs are still extracted"


def test_state_resumes_with_only_what_is_missing(
    client, corpus: Path, expected: list[dict], tmp_path: Path
) -> None:
    state, out = tmp_path / "ledger.db", tmp_path / "out"
    docs, _ = find_documents([str(corpus)])
    first_half = [d.name for d in docs[:5]]
    # The first run "fails" after the parts of five documents: it only ever saw those.
    assert run_on_dask(first_half, client.scheduler.address, out, state=state, include_boilerplate=True) == 0
    # A part written just before the driver died, never recorded: its manifest says what it holds.
    options = Options(include_boilerplate=True)
    run_part(OutputDir(str(out)).next_index(), docs[5:7], str(out), options, manifest=True)
    # An attempt that never finished: a manifest without its part, and a temporary file.
    (out / "_manifest" / "part-00099.json").write_text(json.dumps({"part": "part-00099.jsonl", "docs": []}))
    (out / f".part-00099.jsonl.{'0' * 32}.tmp").write_text("half a li")
    err = tmp_path / "stderr"
    with err.open("w") as stream:
        code = run_on_dask(
            [str(corpus)], client.scheduler.address, out, state=state, include_boilerplate=True, stderr=stream
        )
    assert code == 0
    assert ", 7 unchanged (skipped)," in err.read_text()
    assert Counter(map(key, part_facts(out))) == Counter(map(key, expected))
    assert not list(out.glob(".*.tmp")) and not list((out / "_manifest").iterdir())
    # Nothing left to do: a third run writes no new part.
    before = sorted(p.name for p in out.glob("part-*.jsonl"))
    code = run_on_dask([str(corpus)], client.scheduler.address, out, state=state, include_boilerplate=True)
    assert code == 0
    assert sorted(p.name for p in out.glob("part-*.jsonl")) == before


def test_a_run_without_state_replaces_the_parts(
    client, corpus: Path, expected: list[dict], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    for _ in range(2):
        assert run_on_dask([str(corpus)], client.scheduler.address, out, include_boilerplate=True) == 0
    assert Counter(map(key, part_facts(out))) == Counter(map(key, expected))


def test_extract_bag_on_the_cluster(client, corpus: Path, expected: list[dict]) -> None:
    bag = extract_bag(str(corpus / "*" / "*.txt"), include_boilerplate=True, partition_bytes=4000)
    assert bag.npartitions > 1
    got = client.compute(bag).result()
    by_glob = {f["doc"]: f for f in got}
    assert all(os.path.isabs(d) for d in by_glob)  # a glob yields the paths it matched
    assert Counter(map(key, got)) == Counter(map(key, expected))


def test_extract_bag_reads_through_fsspec(expected: list[dict], corpus: Path) -> None:
    import dask
    import fsspec

    fs = fsspec.filesystem("memory")
    for path in sorted(corpus.rglob("*.txt")):
        fs.pipe_file(f"/kc/{path.parent.name}/{path.name}", path.read_bytes())
    with dask.config.set(scheduler="synchronous"):  # memory:// lives in this process only
        got = extract_bag("memory://kc/*/*.txt", include_boilerplate=True).compute()
    # A URL input's facts are named by the URL they were read from.
    rename = {
        f["doc"]: fs.unstrip_protocol(f"/kc/{Path(f['doc']).parent.name}/{Path(f['doc']).name}")
        for f in expected
    }
    assert Counter(map(key, got)) == Counter(key({**f, "doc": rename[f["doc"]]}) for f in expected)


def test_extract_records_is_pure_and_picklable() -> None:
    text = (DATA / sorted(p.name for p in DATA.glob("*.txt"))[0]).read_text(encoding="utf-8")
    records = [{"doc": "a", "text": text}, {"doc": "b", "content": text.encode("utf-8")}]
    facts = pickle.loads(pickle.dumps(extract_records))(records, include_boilerplate=True)
    a = [f for f in facts if f["doc"] == "a"]
    b = [f for f in facts if f["doc"] == "b"]
    assert a and [key(f)[1:] for f in a] == [key(f)[1:] for f in b]
    with pytest.raises(RecordError, match="^bad: "):
        extract_records([{"doc": "bad", "content": b"\xff\xfe\x00\xd8"}])
    assert extract_records([{"doc": "bad", "content": b"\x00\x01" * 50}], on_error="skip") == []


def test_partitions_are_bounded_and_in_input_order() -> None:
    docs = [DocRef(f"d{i}", f"/d{i}", size) for i, size in enumerate([10, 10, 10, 50, 1, 1, 1, 1])]
    parts = plan_partitions(docs, target_bytes=20, max_docs=3)
    assert [[d.name for d in p] for p in parts] == [["d0", "d1"], ["d2", "d3"], ["d4", "d5", "d6"], ["d7"]]
    assert parse_address("local:3") == 3 and parse_address("tcp://10.0.0.5:8786") is None
    with pytest.raises(ValueError):
        parse_address("local:0")


def test_usage_errors_exit_2_before_any_work(tmp_path: Path) -> None:
    err = tmp_path / "stderr"
    with err.open("w") as stream:
        assert run_on_dask([str(DATA)], "local:0", tmp_path / "out", stderr=stream) == 2
        bad_state = tmp_path / "no" / "such" / "dir" / "ledger.db"
        assert run_on_dask([str(DATA)], "local:2", tmp_path / "out", state=bad_state, stderr=stream) == 2
    lines = err.read_text().splitlines()
    assert lines[0].startswith("kcextract: --dask local:0: expected local, local:N")
    assert lines[1].startswith(f"kcextract: --state {bad_state}: cannot use it as a ledger")


def test_cli_dask_option(corpus: Path, expected: list[dict], tmp_path: Path) -> None:
    if "--dask" not in CliRunner().invoke(app, ["run", "--help"]).output:
        pytest.skip("cli.py has no --dask option yet")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["run", str(corpus), "--dask", "local:2", "-o", str(out), "--include-boilerplate", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert Counter(map(key, part_facts(out))) == Counter(map(key, expected))
    # The command line without the extra: one clear line, exit status 2.
    script = (
        "import sys; sys.modules['distributed'] = None; from kcextract.cli import main; "
        f"sys.argv = ['kcextract', 'run', '{DATA}', '--dask', 'local:2', '-o', '{tmp_path / 'o2'}']; main()"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    hint = "kcextract: the Dask path needs the optional extra: pip install 'kcextract[dask]'"
    assert done.stderr.startswith(hint)


# ---------------------------------------------------------------- last: it kills a worker


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = make_corpus(tmp_path / "in", 40)
    expected = plain_run([str(corpus)])
    out = tmp_path / "out"
    # One document per part, 0.1 s each: about two seconds of tasks on two workers.
    monkeypatch.setenv(DELAY_ENV, "0.1")
    codes: list[int] = []
    run = threading.Thread(
        target=lambda: codes.append(
            run_on_dask(
                [str(corpus)],
                client.scheduler.address,
                out,
                include_boilerplate=True,
                partition_bytes=1,
                summary=False,
            )
        )
    )
    pids = set(client.run(os.getpid).values())
    run.start()
    deadline = time.monotonic() + 30
    while not list(out.glob("part-*.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert run.is_alive(), "the run ended before the kill: make the tasks slower"
    victim = max(pids)
    os.kill(victim, signal.SIGKILL)
    run.join(60)
    assert not run.is_alive() and codes == [0]
    assert victim not in set(client.run(os.getpid).values())  # it did die (the nanny restarted it)
    got = part_facts(out)
    assert Counter(map(key, got)) == Counter(map(key, expected))
    assert sorted(p.name for p in out.iterdir()) == [f"part-{i:05d}.jsonl" for i in range(40)]
