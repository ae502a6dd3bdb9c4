"""Offsets are sacred: input[start:end] == text for every fact, whatever form the input takes."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kcextract import extract
from kcextract.text import Document

VARIANTS = {
    "as-is": lambda t: t,
    "NFC": lambda t: unicodedata.normalize("NFC", t),
    "NFD": lambda t: unicodedata.normalize("NFD", t),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "NFD+CRLF": lambda t: unicodedata.normalize("NFD", t).replace("\n", "\r\n"),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_fact_slices_back_to_its_text(samples: dict[str, str], variant: str) -> None:
    for name, text in samples.items():
        source = VARIANTS[variant](text)
        facts = extract(source, doc=name, include_boilerplate=True)
        assert facts, f"{name}: no facts at all"
        for f in facts:
            assert source[f.start : f.end] == f.text, (name, variant, f)


@pytest.mark.parametrize("variant", ["NFD", "CRLF", "NFD+CRLF"])
def test_variants_give_the_same_facts(samples: dict[str, str], variant: str) -> None:
    """NFD or CRLF input changes offsets and text, never what is found or its value."""
    for name, text in samples.items():
        plain = [(f.type, f.value) for f in extract(text, doc=name, include_boilerplate=True)]
        other = [
            (f.type, f.value) for f in extract(VARIANTS[variant](text), doc=name, include_boilerplate=True)
        ]
        assert other == plain, (name, variant)


def test_bom_is_dropped_and_offsets_count_without_it(samples: dict[str, str]) -> None:
    name, text = next(iter(samples.items()))
    with_bom = extract("\ufeff" + text, doc=name)
    assert [(f.start, f.end, f.text) for f in with_bom] == [
        (f.start, f.end, f.text) for f in extract(text, doc=name)
    ]


vietnamese = st.text(
    alphabet=st.sampled_from(
        list("aăâeêioôơuưyđAĐ ,.%/-0123456789\n") + ["\u0301", "\u0300", "\u0323", "\u0303"]
    ),
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(vietnamese)
def test_document_map_round_trips(text: str) -> None:
    """Every NFC span maps back to an input span whose NFC form is the same text."""
    doc = Document.from_text(text)
    assert doc.text == unicodedata.normalize("NFC", text)
    for i in range(len(doc.text)):
        for j in range(i + 1, min(len(doc.text), i + 6) + 1):
            start, end = doc.to_original(i, j)
            assert unicodedata.normalize("NFC", text[start:end]).startswith(doc.text[i:j]) or doc.text[
                i:j
            ] in unicodedata.normalize("NFC", text[start:end])


@settings(max_examples=100, deadline=None)
@given(vietnamese)
def test_extract_offsets_hold_on_arbitrary_text(text: str) -> None:
    for f in extract(text, include_boilerplate=True):
        assert text[f.start : f.end] == f.text
