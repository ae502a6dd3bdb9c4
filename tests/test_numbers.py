"""Vietnamese number parsing (kcextract.numbers): digits, scale words, compounds, words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kcextract.numbers import find_amounts, parse_amount, parse_digits, to_json

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
