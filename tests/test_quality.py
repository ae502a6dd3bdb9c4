"""Regression gate: the score on the sample articles may not fall below these floors."""

from __future__ import annotations

import json

import pytest

from kcextract import extract
from kcextract.evaluate import load_jsonl, score

from .conftest import DATA, GOLD

# Strict F1 per type on the five samples (body facts). Raise these as the rules improve.
F1_FLOORS = {"money": 0.97, "percent": 0.97, "date": 0.97, "province": 0.97}


@pytest.fixture(scope="module")
def predictions() -> list[dict]:
    out = []
    for path in sorted(DATA.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.extend(f.to_dict() for f in extract(text, doc=f"data/{path.name}", include_boilerplate=True))
    return out


@pytest.mark.parametrize("kind", list(F1_FLOORS))
def test_sample_f1_floor(predictions: list[dict], kind: str) -> None:
    summary = score(load_jsonl(GOLD / "dev.jsonl"), predictions)
    assert summary[kind]["f1"] >= F1_FLOORS[kind], json.dumps(summary[kind])


def test_eval_matches_the_reference_scorer_on_a_perfect_prediction() -> None:
    gold = load_jsonl(GOLD / "dev.jsonl")
    summary = score(gold, gold)
    assert all(summary[t]["f1"] == 1.0 for t in F1_FLOORS)


# Share of gold figures whose `about` field is right on the samples (issue 5's bars).
ABOUT_FLOORS = {"metric": 0.80, "province": 0.95, "period": 0.90, "compared_to": 0.90}


def test_sample_about_floors(predictions: list[dict]) -> None:
    summary = score(load_jsonl(GOLD / "dev.jsonl"), predictions, links=load_jsonl(GOLD / "dev_links.jsonl"))
    for field, floor in ABOUT_FLOORS.items():
        assert summary["about"][field] >= floor, (field, summary["about"])


def test_eval_command_prints_the_table() -> None:
    import subprocess
    import sys
    from pathlib import Path

    kcextract = Path(sys.executable).with_name("kcextract")
    out = subprocess.run(
        [
            str(kcextract),
            "eval",
            "--gold",
            str(GOLD / "dev.jsonl"),
            "--links",
            str(GOLD / "dev_links.jsonl"),
            str(DATA),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = {line.split()[0]: line.split() for line in out.splitlines()}
    assert rows["money"][1:3] == ["12", "12"]
    assert float(rows["all"][-1]) >= 0.97
    assert "about (share of gold figures right): metric" in out
