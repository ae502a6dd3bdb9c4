"""Scoring against gold facts, matched the way the project's scorer matches them.

A prediction matches a gold fact of the same document (by file name) and type when the
spans overlap; each side is used once, correct pairs and larger overlaps first. A match is
correct when the normalised fields agree too.
"""

from __future__ import annotations

import json
import math
import os
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .facts import FACT_TYPES
from .inputs import Source, read_text
from .pipeline import extract

COMPARED_FIELDS = {
    "money": ("value", "currency", "value_max"),
    "percent": ("value", "value_max", "change"),
    "date": ("value",),
    "province": ("value",),
}
# Two names of one unit that the contract accepts either way.
_SAME_UNIT = {"huế": "thừa thiên huế"}


def _norm(value: Any) -> str:
    text = unicodedata.normalize("NFC", str(value)).casefold().strip()
    return _SAME_UNIT.get(text, text)


def _equal(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return _norm(a) == _norm(b)


def is_correct(gold: dict, pred: dict) -> bool:
    return all(_equal(gold.get(f), pred.get(f)) for f in COMPARED_FIELDS[gold["type"]])


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def pair_up(golds: list[dict], preds: list[dict]) -> list[tuple[dict, dict]]:
    candidates = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            ov = _overlap(g, p)
            if ov > 0:
                candidates.append((is_correct(g, p), ov, gi, pi))
    candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((golds[gi], preds[pi]))
    return pairs


def score(
    gold: Iterable[dict], pred: Iterable[dict], section: str = "body", links: Iterable[dict] = ()
) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 per type (and 'all') of `pred` against `gold`.

    With `links` (gold `about` objects keyed by doc, type and start), the summary also has an
    "about" row: per field, the share of gold figures whose matched prediction has it right.
    """
    keep = (lambda f: f.get("section", "body") == "body") if section == "body" else (lambda f: True)
    by_key: dict[tuple[str, str], tuple[list[dict], list[dict]]] = defaultdict(lambda: ([], []))
    gold_docs = set()
    for g in gold:
        if g.get("type") in FACT_TYPES and keep(g):
            name = os.path.basename(g["doc"])
            gold_docs.add(name)
            by_key[(name, g["type"])][0].append(g)
    for p in pred:
        name = os.path.basename(p["doc"])
        if p.get("type") in FACT_TYPES and keep(p) and name in gold_docs:
            by_key[(name, p["type"])][1].append(p)
    gold_about = {
        (os.path.basename(ln["doc"]), ln["type"], ln["start"]): ln.get("about") or {} for ln in links
    }
    about_right = dict.fromkeys(ABOUT_FIELDS, 0)
    about_total = dict.fromkeys(ABOUT_FIELDS, 0)
    counts = {t: {"gold": 0, "pred": 0, "correct": 0} for t in (*FACT_TYPES, "all")}
    for (name, kind), (golds, preds) in by_key.items():
        pairs = pair_up(golds, preds)
        ok = sum(is_correct(g, p) for g, p in pairs)
        for key in (kind, "all"):
            counts[key]["gold"] += len(golds)
            counts[key]["pred"] += len(preds)
            counts[key]["correct"] += ok
        matched = {id(g): p for g, p in pairs}
        for g in golds:
            want = gold_about.get((name, kind, g["start"]))
            if want is None:
                continue
            have = (matched.get(id(g)) or {}).get("about") or {}
            for field in ABOUT_FIELDS:
                if field == "compared_to" and kind != "percent":
                    continue
                about_total[field] += 1
                about_right[field] += id(g) in matched and _about_equal(
                    field, want.get(field), have.get(field)
                )
    summary = {t: {**c, **_prf(c["correct"], c["pred"], c["gold"])} for t, c in counts.items()}
    if any(about_total.values()):
        summary["about"] = {
            f: round(about_right[f] / about_total[f], 4) for f in ABOUT_FIELDS if about_total[f]
        }
    return summary


ABOUT_FIELDS = ("metric", "province", "period", "compared_to")


def _syllables(value: Any) -> list[str]:
    return _norm(value).replace(",", " ").split() if value else []


def _about_equal(field: str, want: Any, have: Any) -> bool:
    """A metric is right at a syllable-level F1 of 0.6 or more; the other fields must be equal."""
    if field != "metric":
        return _equal(want, have)
    w, h = _syllables(want), _syllables(have)
    if not w or not h:
        return not w and not h
    common = sum(min(w.count(t), h.count(t)) for t in set(w))
    return 2 * common / (len(w) + len(h)) >= 0.6


def _prf(correct: int, npred: int, ngold: int) -> dict[str, float]:
    p = correct / npred if npred else (1.0 if not ngold else 0.0)
    r = correct / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate_paths(
    gold_path: Path, sources: list[Source], section: str = "body", links_path: Path | None = None
) -> dict:
    preds: list[dict] = []
    for source in sources:
        text = read_text(source)
        preds.extend(f.to_dict() for f in extract(text, doc=source.name, include_boilerplate=True))
    links = load_jsonl(links_path) if links_path else []
    return score(load_jsonl(gold_path), preds, section=section, links=links)


def format_table(summary: dict[str, dict[str, float]]) -> str:
    lines = [f"{'type':9} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for t, s in summary.items():
        if t == "about":
            lines.append(
                "about (share of gold figures right): " + "  ".join(f"{k} {v:.3f}" for k, v in s.items())
            )
            continue
        lines.append(
            f"{t:9} {s['gold']:5} {s['pred']:5} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
        )
    return "\n".join(lines)
