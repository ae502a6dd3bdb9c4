"""Unit tests of the date rules' document date and year filling (the EXAMPLES table covers find)."""

from __future__ import annotations

import pytest

from kcextract import extract
from kcextract.facts import Mention
from kcextract.rules.date import document_date, resolve
from kcextract.sections import BODY, BOILERPLATE, Block


def _body(text: str) -> list[Block]:
    return [Block(0, len(text), BODY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2022-01 Tiêu đề bài viết\n\nNgày 7-1, Sở Công Thương họp.", "2022-01"),
        ("date: 2023-05-17\nTiêu đề", "2023-05-17"),
        ("Tiêu đề bài viết\nThứ Hai, 17/09/2022 17:15 (GMT+7)\nNội dung.", "2022-09-17"),
        ("Tiêu đề bài viết\n17:15' - 17/09/2022\nNội dung.", "2022-09-17"),
        ("Tiêu đề\nHà Nội, ngày 15 tháng 9 năm 2022\nNội dung.", "2022-09-15"),
        ("Tiêu đề\nCập nhật lúc 08:30 ngày 05/03/2023\nNội dung.", "2023-03-05"),
        # A dateline's place may be long; an ISO stamp counts too.
        ("Tiêu đề\nThành phố Hồ Chí Minh, ngày 15 tháng 9 năm 2024\nNội dung.", "2024-09-15"),
        ("Tiêu đề\nBà Rịa - Vũng Tàu, ngày 2/10/2024\nNội dung.", "2024-10-02"),
        ("Tiêu đề\n(Ngày 12/3/2024 15:30)\nNội dung.", "2024-03-12"),
        ("Tiêu đề\n2024-09-15 08:00\nNội dung.", "2024-09-15"),
        ("Tiêu đề\nHà Nội, ngày 15/9/2024, Bộ Công Thương tổ chức hội nghị sơ kết.\nNội dung.", None),
        ("Tiêu đề\nKhai mạc hội chợ hàng Việt ngày 15/9/2024\nNội dung.", None),
        # A sentence of the article that holds a date is not a dateline.
        ("Tiêu đề\nTính đến hết ngày 31/12/2019, tổng kinh phí đã giải ngân hết.", None),
        ("Ngày 18/11/2024, Trung tâm Khuyến công tổ chức hội thảo.", None),
        ("Không có ngày tháng nào ở đây.", None),
    ],
)
def test_document_date(text: str, expected: str | None) -> None:
    assert document_date(text, _body(text)) == expected


def test_teaser_stamp_is_not_the_document_date() -> None:
    text = "Tiêu đề\nNội dung bài.\nTin liên quan\n17:15' - 17/09/2022\nNgày 17/9, tỉnh họp."
    cut = text.index("Tin liên quan")
    blocks = [Block(0, cut, BODY), Block(cut, len(text), BOILERPLATE)]
    assert document_date(text, blocks) is None


def _yearless_day(md: str) -> Mention:
    return Mention("date", 0, 5, f"--{md}", {"grain": "day", "_yearless": True})


@pytest.mark.parametrize(
    ("md", "doc_date", "expected"),
    [
        ("01-07", "2022-01", "2022-01-07"),
        ("12-27", "2022-01", "2021-12-27"),  # roll-over: late December in a January article
        ("01-05", "2022-12-15", "2023-01-05"),  # an announced early-January event
        ("07-01", "2022-01", "2022-07-01"),  # six months away: ties keep the document's year
        ("12-27", "2022", "2022-12-27"),  # a year-only date gives its year as it is
        ("10-01", "2017-02-02", "2017-10-01"),  # 8 months ahead: still the document's year
        ("11-15", "2017-02-02", "2016-11-15"),  # 9 months ahead, 3 back: the year before
        ("12-20", "2017-02-02", "2016-12-20"),  # 10 ahead, 2 back: the year before
    ],
)
def test_resolve_year(md: str, doc_date: str, expected: str) -> None:
    m = _yearless_day(md)
    resolve([m], doc_date)
    assert m.value == expected
    assert m.fields == {"grain": "day", "year_inferred": True}


def test_resolve_without_document_date_keeps_no_year_form() -> None:
    m = _yearless_day("12-27")
    full = Mention("date", 10, 20, "2022-09-17", {"grain": "day"})
    resolve([m, full], None)
    assert (m.value, m.fields) == ("--12-27", {"grain": "day"})
    assert (full.value, full.fields) == ("2022-09-17", {"grain": "day"})


def test_header_date_fills_yearless_days() -> None:
    text = " date 2022-01 Tiêu đề bài viết\n\nNgày 7-1, Sở Công Thương tổ chức hội nghị tổng kết năm 2021."
    facts = [f for f in extract(text, include_boilerplate=True, with_about=False) if f.type == "date"]
    got = [(f.text, f.value, f.fields.get("year_inferred")) for f in facts]
    assert got == [("2022-01", "2022-01", None), ("Ngày 7-1", "2022-01-07", True), ("năm 2021", "2021", None)]
    for f in facts:
        assert text[f.start : f.end] == f.text
        assert "year_inferred" not in f.fields or f.fields["year_inferred"] is True
        assert not [k for k in f.fields if k.startswith("_")]


def test_yearless_count_without_document_date_is_dropped() -> None:
    count = Mention("date", 0, 5, "--01/--06", {"grain": "range", "_yearless": True, "_count": True})
    day = _yearless_day("05-01")
    resolve([count, day], None)
    assert count.fields == {"grain": "range", "_drop": True}  # the pipeline leaves it out
    assert day.fields == {"grain": "day"}
    resolve(
        [q := Mention("date", 0, 5, "--10/--12", {"grain": "quarter", "_yearless": True, "_count": True})],
        "2024-01",
    )
    assert (q.value, q.fields) == ("2023-10/2023-12", {"grain": "quarter", "year_inferred": True})


@pytest.mark.parametrize(
    ("doc_date", "expected"),
    [
        (None, []),
        ("2022-07-10", [("6 tháng đầu năm", "2022-01/2022-06"), ("quý I", "2022-01/2022-03")]),
    ],
)
def test_yearless_counts_take_the_document_year(
    doc_date: str | None, expected: list[tuple[str, str]]
) -> None:
    text = "6 tháng đầu năm, doanh thu tăng 10%, riêng quý I tăng 8%."
    facts = [f for f in extract(text, doc_date=doc_date, with_about=False) if f.type == "date"]
    assert [(f.text, f.value) for f in facts] == expected
    assert all(f.fields.get("year_inferred") is True for f in facts)
    assert not [k for f in facts for k in f.fields if k.startswith("_")]


# --- The fast scan (`_find_all` tries each pattern only where a match can start). ---

_ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_anchor_words_lower_case_like_the_patterns_fold() -> None:
    """`_places` finds head words with `str.find` on `text.lower()`: it relies on every character
    that `(?i:x)` matches for a letter x of those words lower-casing to x, but `İ` (lower-cased
    to two characters) and `ſ` (kept), for which `_find_all` uses regexes instead."""
    import regex

    from kcextract.rules import date as rules

    words = {"tháng", "năm", "quý", "nửa", "ngày"} | {
        w
        for group in (
            rules._RANGE_FIRSTS,
            rules._YEAR_HEAD_FIRSTS,
            rules._DAY_HEAD_FIRSTS,
            rules._META_FIRSTS,
        )
        for w in group
    }
    odd = set()
    for letter in {c for w in words for c in w}:
        odd |= {c for c in regex.findall(rf"(?i:{regex.escape(letter)})", _ALL_CHARS) if c.lower() != letter}
    assert odd <= {"İ", "ſ"}


@pytest.mark.parametrize("odd", ["İ", "ſ"])
def test_sentences_with_odd_case_characters_take_the_regex_path(odd: str) -> None:
    text = f"Ngày 12/8/2023, hãng {odd}stanbul Air mở đường bay; quý II/2024 doanh thu tăng, tháng 9 giảm."
    facts = [f for f in extract(text, with_about=False) if f.type == "date"]
    assert [(f.text, f.value) for f in facts] == [
        ("Ngày 12/8/2023", "2023-08-12"),
        ("quý II/2024", "2024-04/2024-06"),
        ("tháng 9", "--09"),
    ]


def test_import_compiles_no_date_pattern() -> None:
    """Patterns are compiled on first use (the import stays cheap for a cold start)."""
    import subprocess
    import sys

    code = (
        "import regex; calls = []; orig = regex.compile\n"
        "regex.compile = lambda *a, **k: (calls.append(a[0]), orig(*a, **k))[1]\n"
        "import kcextract.sections, kcextract.sentences\n"
        "calls.clear(); import kcextract.rules.date; print(len(calls))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
