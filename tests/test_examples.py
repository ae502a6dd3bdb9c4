"""Every rule module's EXAMPLES table, run through the public extract()."""

from __future__ import annotations

import pytest

from kcextract import extract
from kcextract.rules import Example, date, money, percent, province

TABLES = {
    "money": money.EXAMPLES,
    "percent": percent.EXAMPLES,
    "date": date.EXAMPLES,
    "province": province.EXAMPLES,
}
CASES = [(kind, ex) for kind, table in TABLES.items() for ex in table]


@pytest.mark.parametrize(("kind", "example"), CASES, ids=[f"{k}:{e.text[:50]}" for k, e in CASES])
def test_example(kind: str, example: Example) -> None:
    facts = [
        f.to_dict()
        for f in extract(example.text, doc_date=example.doc_date, include_boilerplate=True, with_about=False)
        if f.type == kind
    ]
    got = [{k: f.get(k) for k in want} for f, want in zip(facts, example.expected, strict=False)]
    assert got == example.expected and len(facts) == len(example.expected), (
        f"{example.text!r}: expected {example.expected}, got {facts}"
    )


@pytest.mark.parametrize("kind", list(TABLES))
def test_table_has_positives_and_decoys(kind: str) -> None:
    table = TABLES[kind]
    assert sum(1 for e in table if e.expected) >= 25
    assert sum(1 for e in table if not e.expected) >= 10
    assert len(table) >= 40
