"""Word lists for Vietnamese numbers: digit words, scale words and their connectors.

All entries are lower case; numbers.py matches them case-insensitively. Multi-word entries
use single spaces (the patterns allow any run of whitespace between the words).
"""

from __future__ import annotations

from decimal import Decimal

# Digit words that can open a number ("năm trăm", "hai mươi", "ba tỷ").
UNITS: dict[str, int] = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}

# Unit digits after "mươi" ("hai mươi mốt", "ba mươi tư", "bốn mươi lăm"). "năm" is left out:
# "hai mươi năm" is far more often "twenty years" than 25.
UNITS_AFTER_TENS: dict[str, int] = {
    "mốt": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}

# Unit digits after "mười" ("mười một", "mười lăm"); "mười năm" is "ten years", not 15.
UNITS_AFTER_TEN: dict[str, int] = {k: v for k, v in UNITS_AFTER_TENS.items() if k not in ("mốt", "tư")}

TEN = "mười"  # 10 on its own: "mười lăm" = 15
# Multiply the digit before them by ten: "hai mươi" = 20, "ba chục triệu" = 30 triệu.
TENS_MARKS: tuple[str, ...] = ("mươi", "chục")
HUNDRED = "trăm"  # multiplies the digit before it: "năm trăm" = 500
ZERO_TENS = ("linh", "lẻ")  # "một trăm linh năm" = 105
# Zero, only as the hundreds digit after a scale word: "một nghìn không trăm mười một" = 1011,
# and as a digit of a spoken decimal ("hai phẩy không năm" = 2.05). "không" is "not" elsewhere.
ZERO = "không"
# A spoken decimal mark: "hai phẩy năm tỷ" = 2.5e9, "2 chấm 23 đô la" = 2.23.
DECIMAL_WORDS: tuple[str, ...] = ("phẩy", "chấm")
HALF_AFTER = "rưỡi"  # a half of the scale before it: "một tỷ rưỡi" = 1.5e9, "trăm rưỡi" = 150
HALF = "nửa"  # "nửa tỷ USD" = 0.5e9 (only before a scale word)

# Scale words and their multipliers. "nghìn tỷ" multiplies out (1e12) in numbers.py.
SCALES: dict[str, Decimal] = {
    "nghìn": Decimal(1000),
    "ngàn": Decimal(1000),
    "triệu": Decimal(10) ** 6,
    "tỷ": Decimal(10) ** 9,
    "tỉ": Decimal(10) ** 9,
}

# Scale letters glued to digits: "10k đồng", "$10K" = 10,000 (informal, common in prices).
SUFFIX_SCALES: dict[str, Decimal] = {"k": Decimal(1000)}

# A minus written before a figure: "-2,5%", "âm 2,5%" (negative growth), "âm 200 tỷ đồng".
NEGATIVE_WORDS: tuple[str, ...] = ("âm",)
NEGATIVE_SIGNS = "-−"

# Words after a scale word that make it part of another word: "tỷ lệ" (rate), "tỷ trọng",
# "tỷ giá" (exchange rate), "tỷ số" (score), "tỷ phú" (billionaire), "triệu phú".
SCALE_BLOCKERS: tuple[str, ...] = (
    "lệ",
    "trọng",
    "giá",
    "suất",
    "số",
    "phú",
)

# Characters a grouped number may use between groups besides "." (no-break and thin spaces).
GROUP_SPACES = "\u00a0\u202f\u2009"

# Words and marks that join the two ends of a range: "3 - 5 tỷ đồng", "7–8%", "từ 3 đến 5 tỷ".
RANGE_CONNECTORS: tuple[str, ...] = ("-", "–", "—", "~", "đến", "tới")
# The word that opens a range ("từ 3 đến 5 tỷ đồng"); it stays outside the span.
RANGE_OPENER = "từ"
# A low end right after one of these words is a label, not an amount: "quý 2 - 5%",
# "tháng 9-10 tỷ đồng" do not make ranges.
RANGE_LOW_BLOCKERS: tuple[str, ...] = (
    "quý",
    "tháng",
    "ngày",
    "năm",
    "lần",
    "thứ",
    "số",
    "top",
    "khóa",
    "khoá",
)
