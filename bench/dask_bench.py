"""Benchmark `kcextract run --dask local:2` against `kcextract run --jobs 2` (not a test).

The corpus is the one `bench/benchmark.py` builds (2,000 documents / 20 MB by default). The
two commands run alternately, `--runs` times each, from a fresh process every time, so the
Dask figure includes everything a user waits for: importing Dask, starting the LocalCluster,
the work, writing part files, shutting down. Both must write the same facts (the part files
concatenated in order are byte-identical to the --jobs 2 output). The judged budget: the
distributed path costs at most 25% more wall time (median against median).

    .venv/bin/python bench/dask_bench.py [--docs 2000] [--mb 20] [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmark import build_corpus  # noqa: E402  (bench/ is not a package)

KCEXTRACT = str(Path(sys.executable).with_name("kcextract"))
BUDGET = 0.25


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([KCEXTRACT, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"kcextract {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return seconds


def digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    ns = parser.parse_args()

    help_text = subprocess.run([KCEXTRACT, "run", "--help"], capture_output=True, text=True).stdout
    if "--dask" not in help_text:
        raise SystemExit("this kcextract has no `run --dask` option")
    tmp = Path(tempfile.mkdtemp(prefix="kcextract-dask-bench-"))
    corpus = ns.keep or tmp / "corpus"
    try:
        if not corpus.exists() or not any(corpus.rglob("*.txt")):
            build_corpus(corpus, ns.docs, ns.mb)
        files = sorted(corpus.rglob("*.txt"))
        nbytes = sum(f.stat().st_size for f in files)
        print(f"corpus: {len(files)} documents, {nbytes / 1e6:.1f} MB in {corpus}")
        jobs_out, parts_out = tmp / "jobs2.jsonl", tmp / "parts"
        local = ["run", "-q", "--jobs", "2", str(corpus), "-o", str(jobs_out)]
        dask = ["run", "-q", "--dask", "local:2", str(corpus), "-o", str(parts_out)]
        times: dict[str, list[float]] = {"jobs": [], "dask": []}
        for _ in range(ns.runs):  # alternate, so a noisy neighbour hurts both alike
            times["jobs"].append(timed(local))
            times["dask"].append(timed(dask))
        parts = sorted(parts_out.glob("part-*.jsonl"))
        same = digest([jobs_out]) == digest(parts)
        jobs_s, dask_s = statistics.median(times["jobs"]), statistics.median(times["dask"])
        extra = dask_s / jobs_s - 1
        print(f"--jobs 2        : {jobs_s:6.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times['jobs'])})")
        print(
            f"--dask local:2  : {dask_s:6.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times['dask'])}; "
            f"{len(parts)} part files)"
        )
        print(f"distributed overhead: {extra:+.1%} wall time (budget +{BUDGET:.0%})")
        print(f"same facts: {'yes, byte-identical' if same else 'NO'}")
        print(f"cores: {os.cpu_count()}, load average now: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if not same or extra > BUDGET:
            raise SystemExit(1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
