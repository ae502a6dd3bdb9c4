"""What the `about` stage adds to `kcextract run` on the benchmark corpus (not a test).

Two measures, on the corpus `bench/benchmark.py` builds (2,000 documents, 20 MB or more):

- **Share, in one run.** `kcextract run --jobs 1` in a fresh process with a CPU timer around
  the stage (`about.link`). Each document's extraction and its about stage run back to back,
  so a machine that speeds up or slows down during the run moves both alike: the ratio
  total / (total - about) is what `--no-about` saves, nearly free of the machine's drift.
- **Wall clock.** `kcextract run CORPUS` and `kcextract run --no-about CORPUS` (default
  worker count), alternately, `--runs` times each; their medians and the ratio of the
  medians. On a shared machine a single run varies by ±20%, so read this one with care.

    .venv/bin/python bench/about_cost.py [--corpus DIR] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmark import build_corpus, run_once  # noqa: E402

# Run in a child interpreter: the CLI as a user runs it, with a timer around the about stage.
_SHARE_CHILD = """
import json, sys, time
import kcextract.about as about
spent = 0.0
link = about.link
def timed(*args):
    global spent
    t = time.process_time()
    link(*args)
    spent += time.process_time() - t
about.link = timed
from kcextract.cli import app
sys.argv = ["kcextract", "run", "--jobs", "1", "-q", sys.argv[1]]
t0 = time.process_time()
try:
    app()
except SystemExit:
    pass
print(json.dumps({"total": time.process_time() - t0, "about": spent}), file=sys.stderr)
"""


def share(corpus: Path) -> tuple[float, float]:
    """CPU seconds of a whole `--jobs 1` run and of its about stage."""
    done = subprocess.run(
        [sys.executable, "-c", _SHARE_CHILD, str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    numbers = json.loads(done.stderr.strip().splitlines()[-1])
    return numbers["total"], numbers["about"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, help="an existing corpus (else one is built)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            docs, size = build_corpus(corpus, 2000, 20)
            print(f"corpus: {docs} documents, {size / 1e6:.1f} MB", file=sys.stderr)

        print("share of one --jobs 1 run (CPU time):")
        ratios = []
        for _ in range(2):
            total, about = share(corpus)
            ratios.append(total / (total - about))
            print(f"  total {total:6.2f} s   about {about:5.2f} s   share {about / total:.3f}   "
                  f"with/without {ratios[-1]:.3f}")  # fmt: skip

        print(f"wall clock, {args.runs} alternating runs each (default workers):")
        out = Path(tmp) / "out.jsonl"
        with_about, without = [], []
        for _ in range(args.runs):
            with_about.append(run_once(["run", "-q", str(corpus)], out).seconds)
            without.append(run_once(["run", "-q", "--no-about", str(corpus)], out).seconds)
        a, b = statistics.median(with_about), statistics.median(without)
        print(f"  with about  {a:6.2f} s  (runs {', '.join(f'{t:.1f}' for t in with_about)})")
        print(f"  --no-about  {b:6.2f} s  (runs {', '.join(f'{t:.1f}' for t in without)})")
        print(f"  with/without {a / b:.3f}")
        print(f"result: the about stage adds {statistics.median(ratios) - 1:.1%} (share method), "
              f"{a / b - 1:.1%} (wall-clock medians)")  # fmt: skip


if __name__ == "__main__":
    main()
