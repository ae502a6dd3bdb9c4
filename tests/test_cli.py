"""`kcextract run` as a user runs it: a subprocess, pipes, a terminal, signals, exit codes."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .batch_corpus import VIETNAMESE, make_corpus, to_cp1258

KCEXTRACT = str(Path(sys.executable).with_name("kcextract"))
JQ = shutil.which("jq")


def run(*args: str, stdin: bytes | None = None, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([KCEXTRACT, *args], input=stdin, capture_output=True, timeout=60, **kw)  # type: ignore[call-overload]


def in_process(directory: Path) -> bytes:
    """What `kcextract run DIRECTORY` writes, computed without a subprocess."""
    import io

    from kcextract.batch import Options, Runner, run_batch
    from kcextract.inputs import discover

    sink = io.BytesIO()
    run_batch(
        list(discover([str(directory)])),
        Options(),
        sink,
        runner=Runner(1, Options(), None),
        ledger=None,
        on_error=print,
    )
    return sink.getvalue()


def lines(out: bytes) -> list[dict]:
    text = out.decode("utf-8")
    assert text == "" or text.endswith("\n"), "a partial last line"
    return [json.loads(line) for line in text.splitlines()]


def test_version_help_and_usage_errors(tmp_path: Path) -> None:
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith(b"kcextract ")
    helptext = run("run", "--help", env={**os.environ, "COLUMNS": "200"})
    assert helptext.returncode == 0
    for option in (b"--jobs", b"--state", b"--force", b"--quiet", b"jq '", b"--max-size"):
        assert option in helptext.stdout
    assert run("run", "--jobs", "0", str(tmp_path)).returncode == 2
    nowhere = run("run", "-o", str(tmp_path / "no" / "dir" / "out.jsonl"), str(tmp_path))
    assert nowhere.returncode == 2 and b"cannot write" in nowhere.stderr


def test_stdin_utf8_output_and_jq(tmp_path: Path) -> None:
    result = run("run", "-", "--doc-date", "2023-03", stdin=VIETNAMESE.encode())
    assert result.returncode == 0
    facts = lines(result.stdout)
    assert facts and all(f["doc"] == "-" for f in facts)
    assert b"\\u" not in result.stdout and "Nội".encode() in result.stdout  # UTF-8, not escapes
    assert all(VIETNAMESE[f["start"] : f["end"]] == f["text"] for f in facts)
    assert len({f["id"] for f in facts}) == len(facts)
    if JQ:
        piped = subprocess.run(
            f"{KCEXTRACT} run - | {JQ} -c '{{type, id}}'",
            shell=True,
            input=VIETNAMESE.encode(),
            capture_output=True,
            timeout=60,
        )
        assert piped.returncode == 0
        assert [json.loads(x)["id"] for x in piped.stdout.splitlines()] == [f["id"] for f in facts]


def test_order_under_jobs(tmp_path: Path) -> None:
    make_corpus(tmp_path, 60)
    one = run("run", "-q", "--jobs", "1", str(tmp_path))
    two = run("run", "-q", "--jobs", "2", str(tmp_path))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and lines(two.stdout)
    docs = [f["doc"] for f in lines(two.stdout)]
    assert docs == sorted(docs)
    assert one.stderr == two.stderr == b""  # --quiet: no summary


def test_bad_inputs_each_get_one_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "01_empty.txt").write_bytes(b"")
    (d / "02_binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 8)
    (d / "03_invalid.txt").write_bytes(VIETNAMESE.encode()[:40] + b"\xff\xfe\xfd" + VIETNAMESE.encode()[40:])
    (d / "04_utf16.txt").write_bytes(VIETNAMESE.encode("utf-16"))
    (d / "05_cp1258.txt").write_bytes(to_cp1258(VIETNAMESE))
    (d / "06_dangling.txt").symlink_to(d / "nowhere")
    (d / "07_good.txt").write_text(VIETNAMESE, encoding="utf-8")
    (d / "08_big.txt").write_bytes(b"x" * 200_000)  # one line, over --max-size 0.1
    result = run("run", "--max-size", "0.1", str(d), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    err = result.stderr.decode().splitlines()
    summary = err.pop()
    assert summary.startswith("kcextract: 8 files") and "5 failed" in summary
    assert len(err) == 5  # one line per bad input, each naming it
    for name, reason in [
        ("02_binary.txt", "binary"),
        ("03_invalid.txt", "not UTF-8"),
        ("06_dangling.txt", "broken symbolic link"),
        ("08_big.txt", "too large"),
        ("missing.txt", "no such file"),
    ]:
        assert any(name in line and reason in line for line in err), (name, err)
    facts = lines(result.stdout)
    by_doc: dict[str, list[dict]] = {}
    for f in facts:
        by_doc.setdefault(Path(f["doc"]).name, []).append(f)
    assert set(by_doc) == {"04_utf16.txt", "05_cp1258.txt", "07_good.txt"}
    strip = [{k: v for k, v in f.items() if k != "doc"} for f in by_doc["07_good.txt"]]
    for other in ("04_utf16.txt", "05_cp1258.txt"):
        assert [{k: v for k, v in f.items() if k != "doc"} for f in by_doc[other]] == strip


def test_ledger_across_runs(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path / "in", 8)
    state = str(tmp_path / "state.db")
    first = run("run", "-q", "--state", state, str(tmp_path / "in"))
    assert first.returncode == 0
    assert {f["doc"] for f in lines(first.stdout)} == {str(p) for p in paths}
    paths[3].write_text(paths[3].read_text() + "Ngày 5/6/2023 tỉnh Nghệ An.\n", encoding="utf-8")
    new = tmp_path / "in" / "new.txt"
    new.write_text(VIETNAMESE, encoding="utf-8")
    second = run("run", "--state", state, "--jobs", "2", str(tmp_path / "in"))
    assert second.returncode == 0
    assert {f["doc"] for f in lines(second.stdout)} == {str(paths[3]), str(new)}
    assert b"7 unchanged" in second.stderr
    assert run("run", "-q", "--state", state, str(tmp_path / "in")).stdout == b""
    forced = run("run", "-q", "--state", state, "--force", str(tmp_path / "in"))
    assert len({f["doc"] for f in lines(forced.stdout)}) == 9


def _start_and_wait_for_output(args: list[str], out: Path) -> subprocess.Popen[bytes]:
    with out.open("wb") as sink:
        process = subprocess.Popen([KCEXTRACT, *args], stdout=sink, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        if out.stat().st_size > 0:
            break
        time.sleep(0.002)
    return process


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_run_loses_nothing_and_repeats_at_most_the_document_in_flight(
    tmp_path: Path, sig: int
) -> None:
    make_corpus(tmp_path / "in", 40, paragraphs=12)
    state = str(tmp_path / "state.db")
    full = lines(in_process(tmp_path / "in"))
    out1 = tmp_path / "out1.jsonl"
    process = _start_and_wait_for_output(
        ["run", "-q", "--jobs", "1", "--state", state, str(tmp_path / "in")], out1
    )
    process.send_signal(sig)
    _, err = process.communicate(timeout=30)
    assert process.returncode in (-sig, 128 + sig, 0)
    if sig == signal.SIGTERM and process.returncode:
        assert b"Traceback" not in err and b"interrupted" in err
    part1 = lines(out1.read_bytes())
    second = run("run", "-q", "--jobs", "1", "--state", state, str(tmp_path / "in"))
    part2 = lines(second.stdout)
    assert {f["id"] for f in part1} | {f["id"] for f in part2} == {f["id"] for f in full}
    repeated = {f["doc"] for f in part1} & {f["doc"] for f in part2}
    assert len(repeated) <= 1


def test_atomic_output(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 40, paragraphs=12)
    target = tmp_path / "facts.jsonl"
    target.write_text("previous\n")
    process = subprocess.Popen(
        [KCEXTRACT, "run", "-q", "--jobs", "2", "-o", str(target), str(tmp_path / "in")],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(
        p.name.endswith(".kcextract-tmp") for p in tmp_path.iterdir()
    ):
        time.sleep(0.002)
    time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=30)
    if process.returncode:  # interrupted: the old file as it was, no temporary file left
        assert process.returncode == 128 + signal.SIGTERM
        assert target.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.jsonl", "in"]
    done = run("run", "-q", "-o", str(target), str(tmp_path / "in"))
    assert done.returncode == 0 and done.stdout == b""
    assert len({f["doc"] for f in lines(target.read_bytes())}) == 40
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.jsonl", "in"]


def test_reader_closing_the_pipe_early_is_quiet(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 200)
    for jobs in ("1", "2"):
        shell = subprocess.run(
            f"{KCEXTRACT} run --jobs {jobs} {tmp_path / 'in'} | head -3; echo status=${{PIPESTATUS[0]}} >&2",
            shell=True,
            executable="/bin/bash",
            capture_output=True,
            timeout=60,
        )
        assert len(shell.stdout.splitlines()) == 3
        assert shell.stderr.decode().strip().splitlines()[-1] in ("status=141", "status=0")
        assert b"Traceback" not in shell.stderr and b"Error" not in shell.stderr


def test_progress_bar_on_a_terminal_keeps_stdout_clean(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 30)
    expected = in_process(tmp_path / "in")
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "NO_COLOR": "1", "COLUMNS": "120"}
    process = subprocess.Popen(
        [KCEXTRACT, "run", "--jobs", "2", str(tmp_path / "in")], stdout=subprocess.PIPE, stderr=slave, env=env
    )
    os.close(slave)
    stdout = process.stdout.read() if process.stdout else b""
    process.wait(timeout=60)
    err = b""
    while select.select([master], [], [], 0.2)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    assert process.returncode == 0
    assert stdout == expected  # facts untouched by the live display
    text = err.decode("utf-8", "replace")
    assert "kcextract: 30 files" in text and "facts" in text
    assert "\x1b[3" not in text  # NO_COLOR: no colour codes (cursor moves are fine)
    # and without a terminal: no bar, only the summary line
    plain = run("run", str(tmp_path / "in"))
    assert plain.stderr.decode().count("\n") == 1 and b"\x1b" not in plain.stderr
