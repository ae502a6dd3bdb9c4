"""Vietnamese number parsing (kcextract.numbers): digits, scale words, compounds, words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kcextract.numbers import find_amounts, parse_amount, parse_digits, sign_before, to_json

# (text, value): the value of the whole text as one number.
PARSE_ROWS: list[tuple[str, int | float]] = [
    ("52.711", 52711),
    ("297.066", 297066),
    ("75,641", 75.641),
    ("1.234,5", 1234.5),
    ("1.000.000", 1000000),
    ("1,234,567", 1234567),
    ("1,234.5", 1234.5),
    ("4.5", 4.5),
    ("0,25", 0.25),
    ("2023", 2023),
    ("1\u00a0234", 1234),
    ("1 234 567", 1234567),
    ("4,1 tỷ", 4100000000),
    ("297.066 tỷ", 297066000000000),
    ("668,5 tỷ", 668500000000),
    ("2 tỷ 627 triệu", 2627000000),
    ("3 triệu 500 nghìn", 3500000),
    ("1 nghìn tỷ", 1000000000000),
    ("1,5 nghìn tỷ", 1500000000000),
    ("2 ngàn tỷ", 2000000000000),
    ("1 nghìn 200 tỷ", 1200000000000),
    ("5 tỉ", 5000000000),
    ("250 nghìn", 250000),
    ("hai tỷ", 2000000000),
    ("năm trăm triệu", 500000000),
    ("một trăm hai mươi triệu", 120000000),
    ("mười lăm", 15),
    ("mười một", 11),
    ("hai mươi mốt", 21),
    ("ba mươi tư", 34),
    ("bốn mươi lăm", 45),
    ("một trăm linh năm", 105),
    ("hai trăm lẻ tám", 208),
    ("một tỷ rưỡi", 1500000000),
    ("hai triệu rưỡi", 2500000),
    ("2 tỷ rưỡi", 2500000000),
    ("hai trăm rưỡi", 250),
    ("nửa tỷ", 500000000),
    ("5 trăm triệu", 500000000),
    ("hai tỷ năm trăm triệu", 2500000000),
    ("chín mươi chín nghìn", 99000),
    # read out in full, with "không trăm" after a scale word
    ("một nghìn không trăm mười một", 1011),
    ("hai mươi mốt nghìn không trăm mười một", 21011),
    ("bảy trăm hai mươi mốt nghìn không trăm mười hai", 721012),
    ("một nghìn hai trăm", 1200),
    ("năm nghìn không trăm linh năm", 5005),
    ("ba mươi ba", 33),
    ("mười bốn", 14),
    ("chín mươi chín", 99),
    ("năm mươi lăm", 55),
    ("hai trăm nghìn", 200000),
    ("ba chục triệu", 30000000),
    # spoken decimal marks
    ("2 phẩy 23", 2.23),
    ("hai phẩy 23", 2.23),
    ("một chấm ba", 1.3),
    ("hai phẩy năm tỷ", 2500000000),
    ("hai phẩy không năm", 2.05),
    ("ba phẩy hai mươi lăm", 3.25),
    # informal thousands
    ("10k", 10000),
    ("100K", 100000),
    ("7k", 7000),
    # decimal points and groupings
    ("1.10", 1.1),
    ("01.10", 1.1),
    ("0.125", 0.125),
    ("0.77", 0.77),
    ("3,000,000", 3000000),
    ("1,200,000", 1200000),
    ("100.000", 100000),
    ("0,77", 0.77),
]


@pytest.mark.parametrize(("text", "value"), PARSE_ROWS, ids=[r[0] for r in PARSE_ROWS])
def test_parse_amount(text: str, value: int | float) -> None:
    got = parse_amount(text)
    assert got is not None and to_json(got) == value
    assert type(to_json(got)) is type(value)


# (sentence, the amounts found in it as (text, value)): where numbers start and stop.
FIND_ROWS: list[tuple[str, list[tuple[str, int | float]]]] = [
    ("đạt 2 tỷ 627 triệu USD", [("2 tỷ 627 triệu", 2627000000)]),
    ("tổng kinh phí 135,25 tỷ đồng/175 đề án", [("135,25 tỷ", 135250000000)]),
    ("năm 2021 xuất khẩu đạt hai tỷ USD", [("2021", 2021), ("hai tỷ", 2000000000)]),
    ("hỗ trợ năm trăm triệu đồng", [("năm trăm triệu", 500000000)]),
    # "năm" (year), "một số" (some) and "hai mươi năm" (twenty years) are not amounts alone.
    ("năm nay một số doanh nghiệp", []),
    ("sau hai mươi năm", []),
    # "tỷ lệ", "tỷ trọng", "tỷ phú" are words, not scales.
    ("tỷ lệ 5 tỷ phú", [("5", 5)]),
    ("Nghị định 33/2024/NĐ-CP", [("33", 33)]),
    ("Hotline 0912.345.678", []),
    ("hàng trăm tỷ đồng", []),
    ("từ 3 đến 5 tỷ đồng", [("3", 3), ("5 tỷ", 5000000000)]),
    # a glued "k" is a scale; "kg", "km" are units
    ("giá 10K đồng", [("10K", 10000)]),
    ("bao 50kg, đường 12km", [("50", 50), ("12", 12)]),
    # "chấm"/"phẩy" join a decimal only before digits or digit words
    ("tăng 2 phẩy 5 tỷ", [("2 phẩy 5 tỷ", 2500000000)]),
    ("hội đồng chấm 8 điểm", [("8", 8)]),
    # after a scale word, hundreds read out in full belong to the number; "năm" alone does not
    ("đầu tư 5 tỷ năm 2024", [("5 tỷ", 5000000000), ("2024", 2024)]),
    ("sáu triệu hai trăm nghìn", [("sáu triệu hai trăm nghìn", 6200000)]),
    # "năm mươi nghìn" is 50,000, "hai mươi năm" stays twenty years
    ("giá năm mươi nghìn", [("năm mươi nghìn", 50000)]),
]


@pytest.mark.parametrize(("text", "amounts"), FIND_ROWS, ids=[r[0] for r in FIND_ROWS])
def test_find_amounts(text: str, amounts: list[tuple[str, int | float]]) -> None:
    got = [(a.text, to_json(a.value)) for a in find_amounts(text)]
    assert got == amounts
    for a in find_amounts(text):
        assert text[a.start : a.end] == a.text


def test_digits_exact() -> None:
    # Decimal arithmetic: no binary rounding on the way ("4,1 tỷ" is exactly 4100000000).
    assert parse_digits("75,641") == Decimal("75.641")
    assert parse_amount("4,1 tỷ") == Decimal("4100000000")
    assert to_json(Decimal("10.0")) == 10 and isinstance(to_json(Decimal("10.0")), int)


# (text, offset of the number, where its sign starts or None)
SIGN_ROWS: list[tuple[str, int, int | None]] = [
    ("tăng trưởng -2,5%", 13, 12),
    ("tăng trưởng âm 2,5%", 15, 12),
    ("(-3,1%)", 2, 1),
    ("tăng 3 -5%", 8, None),  # a range, not a sign
    ("tăng 3%-5%", 8, None),
    ("VSIP-2", 5, None),  # a hyphen inside a name
    ("- 5% doanh nghiệp", 2, None),  # a list dash
]


@pytest.mark.parametrize(("text", "at", "sign"), SIGN_ROWS, ids=[r[0] for r in SIGN_ROWS])
def test_sign_before(text: str, at: int, sign: int | None) -> None:
    assert sign_before(text, at) == sign


def test_words_only_amounts_need_a_scale_or_a_caller_check() -> None:
    # Without a scale word, "mười" is a number only where the caller accepts it.
    assert find_amounts("mười đô la") == []
    got = find_amounts("mười đô la", [5], lambda text, start, end: text[end:].startswith(" đô"))
    assert [(a.text, to_json(a.value), a.words) for a in got] == [("mười", 10, True)]


def test_glued_digits_after_a_code() -> None:
    assert find_amounts("USD1,23") == []
    assert [(a.text, to_json(a.value)) for a in find_amounts("USD1,23", glued=[3])] == [("1,23", 1.23)]


def test_fold_odd_lists_every_odd_case_match() -> None:
    """FOLD_ODD holds every character that a case-insensitive `regex` matches to a letter of
    the words pre-filtered by substring (numbers.may_hold, percent's connector test) although
    str.lower() does not map it to that letter."""
    import regex

    from kcextract.lexicons import numbers as numlex
    from kcextract.lexicons import percent as plex
    from kcextract.numbers import FLAGS, FOLD_ODD

    words = [*numlex.SCALES, *plex.PERCENT_WORDS, *numlex.RANGE_CONNECTORS]
    letters = sorted({c for w in words for c in w if c.isalpha()})
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    odd = {
        m.group(): c
        for c in letters
        for m in regex.finditer(regex.escape(c), every, FLAGS)
        if m.group().lower() != c
    }
    assert {k: v for k, v in FOLD_ODD.items() if v in letters} == odd
