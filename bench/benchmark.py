"""Benchmark `kcextract run` on a generated corpus (not a test; `make bench`).

Builds a corpus of at least 2,000 documents / 20 MB by varying the sample articles in data/
(figures, dates, provinces, paragraph order and length change; no network), then reports
documents/s, characters/s, facts/s and peak RSS for --jobs 1 and --jobs 2 (median of
several runs), the cold start of one small file, RSS at 100 vs all documents, and the
baseline: underthesea's word_tokenize over the whole text of each document (timed on a
sample of documents, its characters/s extrapolated to the corpus).

    .venv/bin/python bench/benchmark.py [--docs 2000] [--mb 20] [--runs 3] [--baseline-docs 60]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
KCEXTRACT = str(Path(sys.executable).with_name("kcextract"))

PROVINCES = [
    "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Bắc Ninh", "Nghệ An", "Thanh Hóa", "Quảng Ninh",
    "Lào Cai", "Đồng Nai", "Bình Dương", "Long An", "Bến Tre", "Đồng Tháp", "Kiên Giang", "Gia Lai",
    "Đắk Lắk", "Lâm Đồng", "Khánh Hòa", "Quảng Nam", "Thái Nguyên", "Phú Thọ", "Nam Định", "Hà Tĩnh",
]  # fmt: skip
# Sentences a news article of the trade sector adds here and there, with figures in them.
EXTRA = [
    "Kim ngạch xuất khẩu của tỉnh {p} trong {m} tháng đầu năm {y} ước đạt {a} triệu USD, "
    "tăng {r}% so với cùng kỳ.",
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng {m}/{y} đạt {a}.{b} tỷ đồng.",
    "Ngày {d}/{m}, Sở Công Thương {p} tổ chức hội nghị xúc tiến thương mại với {a} doanh nghiệp.",
    "Chỉ số sản xuất công nghiệp (IIP) quý {q} năm {y} giảm {r}%, "
    "trong đó ngành chế biến, chế tạo giảm {s}%.",
    "Chương trình khuyến công địa phương năm {y} hỗ trợ {a} cơ sở với tổng kinh phí {b},{s} tỷ đồng.",
]
_NUMBER = re.compile(r"\d+")


def build_corpus(out: Path, docs: int, megabytes: float, seed: int = 7) -> tuple[int, int]:
    """Write the corpus; return (documents, bytes). Deterministic for a seed."""
    rng = random.Random(seed)
    samples = [p.read_text(encoding="utf-8").split("\n") for p in sorted(DATA.glob("*.txt"))]
    # Long lines are article paragraphs; the short ones (headings, menus, teasers) keep their places.
    paragraphs = [line for lines in samples for line in lines if len(line) > 150]
    out.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1_000_000)
    n = size = 0
    while n < docs or size < target:
        lines = []
        for line in samples[n % len(samples)]:
            if len(line) > 150:
                if rng.random() < 0.2:  # drop a paragraph
                    continue
                if rng.random() < 0.3:  # a sentence with fresh figures
                    line = f"{line} {_extra(rng)}"
                lines.append(line)
                if rng.random() < 0.25:  # a paragraph from another article
                    lines.extend(["", rng.choice(paragraphs)])
            else:
                lines.append(line)
        text = _vary("\n".join(lines), rng)
        sub = out / f"{n // 500:02d}"
        sub.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        (sub / f"article_{n:05d}.txt").write_bytes(data)
        n += 1
        size += len(data)
    return n, size


def _extra(rng: random.Random) -> str:
    return rng.choice(EXTRA).format(
        p=rng.choice(PROVINCES),
        m=rng.randint(1, 12),
        d=rng.randint(1, 28),
        y=rng.randint(2019, 2025),
        q=rng.choice(["I", "II", "III", "IV"]),
        a=rng.randint(2, 999),
        b=rng.randint(100, 999),
        r=f"{rng.randint(1, 40)},{rng.randint(0, 9)}",
        s=rng.randint(1, 9),
    )


def _vary(text: str, rng: random.Random) -> str:
    """Other figures (same number of digits, so formats stay valid) and other provinces."""

    def number(m: re.Match[str]) -> str:
        digits = m.group()
        if len(digits) == 4 and digits.startswith(("19", "20")):  # a year: move it a little
            return str(int(digits) + rng.randint(-2, 2))
        first = str(rng.randint(1, 9)) if len(digits) > 1 else str(rng.randint(0, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    text = _NUMBER.sub(lambda m: number(m) if rng.random() < 0.7 else m.group(), text)
    for name in PROVINCES:
        if name in text and rng.random() < 0.5:
            text = text.replace(name, rng.choice(PROVINCES))
    return text


@dataclass
class Measure:
    seconds: float
    rss_mb: float
    facts: int
    digest: str


def run_once(args: list[str], stdout_path: Path) -> Measure:
    """Run kcextract, return wall time, peak RSS of its largest process, facts written."""
    with stdout_path.open("wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen([KCEXTRACT, *args], stdout=out, stderr=subprocess.DEVNULL)
        # wait4: the rusage of the child and of its reaped workers; ru_maxrss is the largest process.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"kcextract {' '.join(args)} failed with status {process.returncode}")
    data = stdout_path.read_bytes()
    return Measure(seconds, usage.ru_maxrss / 1024, data.count(b"\n"), hashlib.sha256(data).hexdigest())


def measure(label: str, args: list[str], runs: int, tmp: Path) -> Measure:
    results = [run_once(args, tmp / "out.jsonl") for _ in range(runs)]
    if len({r.digest for r in results}) != 1:  # e.g. the rules were edited while it ran
        print(f"WARNING: {label}: output differs between runs")
    best = statistics.median(r.seconds for r in results)
    return Measure(best, max(r.rss_mb for r in results), results[0].facts, results[0].digest)


def baseline(corpus: Path, sample: int) -> tuple[float, int]:
    """underthesea word_tokenize over whole documents: characters/s on a sample, and its size."""
    from underthesea import word_tokenize

    files = sorted(corpus.rglob("*.txt"))
    step = max(1, len(files) // sample)
    texts = [files[i].read_text(encoding="utf-8") for i in range(0, len(files), step)][:sample]
    word_tokenize("Khởi động mô hình.")  # loading the model is not what is measured
    start = time.perf_counter()
    for text in texts:
        word_tokenize(text)
    seconds = time.perf_counter() - start
    chars = sum(len(t) for t in texts)
    return chars / seconds, len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline-docs", type=int, default=60)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    ns = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="kcextract-bench-"))
    corpus = ns.keep or tmp / "corpus"
    try:
        t0 = time.perf_counter()
        if not corpus.exists() or not any(corpus.rglob("*.txt")):
            build_corpus(corpus, ns.docs, ns.mb)
        files = sorted(corpus.rglob("*.txt"))
        nbytes = sum(f.stat().st_size for f in files)
        nchars = sum(len(f.read_text(encoding="utf-8")) for f in files)
        print(
            f"corpus: {len(files)} documents, {nbytes / 1e6:.1f} MB, {nchars / 1e6:.1f} M characters "
            f"(built in {time.perf_counter() - t0:.1f} s) in {corpus}"
        )
        small = tmp / "small"
        for f in files[:100]:
            (small / f.parent.name).mkdir(parents=True, exist_ok=True)
            shutil.copy(f, small / f.parent.name / f.name)

        one = sorted(DATA.glob("*.txt"))[2]
        cold = statistics.median(
            run_once(["run", "-q", str(one)], tmp / "cold.jsonl").seconds for _ in range(5)
        )
        print(f"cold start, one small file ({one.name}): {cold:.2f} s (median of 5)")

        rows = {}
        for jobs in (1, 2):
            m = measure(f"--jobs {jobs}", ["run", "-q", "--jobs", str(jobs), str(corpus)], ns.runs, tmp)
            rows[jobs] = m
            print(
                f"--jobs {jobs}: {m.seconds:6.2f} s  {len(files) / m.seconds:7.1f} docs/s  "
                f"{nchars / m.seconds / 1e6:5.2f} M chars/s  {m.facts / m.seconds:8.0f} facts/s  "
                f"peak RSS {m.rss_mb:5.0f} MB per process  ({m.facts} facts, median of {ns.runs})"
            )
        if rows[1].digest != rows[2].digest:
            print("WARNING: --jobs 1 and --jobs 2 wrote different output")
        else:
            print("--jobs 1 and --jobs 2 wrote identical output")
        flat = run_once(["run", "-q", "--jobs", "1", str(small)], tmp / "small.jsonl")
        print(
            f"peak RSS, --jobs 1: {flat.rss_mb:.0f} MB at 100 documents, "
            f"{rows[1].rss_mb:.0f} MB at {len(files)}"
        )

        rate, sampled = baseline(corpus, ns.baseline_docs)
        print(
            f"baseline (underthesea word_tokenize over whole documents): {rate / 1e6:.3f} M chars/s, "
            f"timed on {sampled} of {len(files)} documents and extrapolated: "
            f"about {nchars / rate:.0f} s for the corpus"
        )
        j1 = nchars / rows[1].seconds
        j2 = nchars / rows[2].seconds
        print(f"ratio --jobs 1 / baseline: {j1 / rate:.1f}x (target >= 10x)")
        print(f"ratio --jobs 2 / --jobs 1: {j2 / j1:.2f}x (target >= 1.7x on 2 free cores)")
        print(f"cores: {os.cpu_count()}, load average now: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
