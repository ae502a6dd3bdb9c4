"""Word lists for percent mentions: the percent signs and words, and the change words.

All entries are lower case; the rules match them case-insensitively. Multi-word entries
use single spaces (the rules allow any run of whitespace between the words).
"""

from __future__ import annotations

# Written after the number: "11,5%", "11,5 %", "mười lăm phần trăm".
PERCENT_SIGNS: tuple[str, ...] = ("%", "％")
PERCENT_WORDS: tuple[str, ...] = ("phần trăm",)
# "1,2 điểm phần trăm" / "1,2 điểm %" is a difference of percentages: unit "pp".
POINT_WORD = "điểm"

# Change words directly before the figure (contract v1), longest first when matched.
INCREASE: tuple[str, ...] = (
    "tăng",
    "tăng trưởng",
    "tăng thêm",
    "tăng vọt",
    "cao hơn",
    "nhích",
    "nhích lên",
    "đi lên",
    "tăng giá",
    "lên giá",
)
DECREASE: tuple[str, ...] = (
    "giảm",
    "sụt giảm",
    "giảm sút",
    "suy giảm",
    "thấp hơn",
    "cắt giảm",
    "sụt",
    "tụt",
    "hạ",
    "đi xuống",
    "giảm giá",
    "hạ giá",
    "mất giá",
)

# One or two of these may stand between the change word and the figure: "tăng khoảng 8,6%",
# "tăng từ 14,0%", "giảm tới 30%", "tăng bình quân 6,5%/năm", "giảm xuống còn 5%",
# "tăng bình quân khoảng 7%", "giảm lần lượt là 3,2%".
INTERVENING: tuple[str, ...] = (
    "khoảng",
    "khoảng chừng",
    "chừng",
    "xấp xỉ",
    "ước",
    "ước tính",
    "ước khoảng",
    "từ",
    "hơn",
    "trên",
    "dưới",
    "gần",
    "ngót",
    "tới",
    "đến",
    "thêm",
    "lên",
    "lên tới",
    "lên đến",
    "lên mức",
    "xuống",
    "xuống còn",
    "xuống mức",
    "còn",
    "ở mức",
    "mạnh",
    "nhẹ",
    "bình quân",
    "trung bình",
    "tương ứng",
    "lần lượt",
    "lần lượt là",
    "tương ứng là",
    "tương đương",
    "khoảng hơn",
    "được",
    "ít nhất",
    "tối thiểu",
    "tối đa",
    "không quá",
    "trên dưới",
    "chưa đến",
    "chưa tới",
    "vượt",
)
