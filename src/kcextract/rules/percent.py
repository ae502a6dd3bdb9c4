"""percent rules: a number with "%" or "phần trăm", its range and the change it states.

- "11,5%", "11,5 %", "mười lăm phần trăm" -> value 11.5 / 15.0, unit "%".
- "tăng 1,2 điểm phần trăm", "1,2 điểm %" -> unit "pp"; the span includes "điểm phần trăm".
- Ranges "7-8%", "7%-8%", "7 - 8 %", "từ 7 đến 8%" -> value 7.0, value_max 8.0; only when
  the low end is below the high end (so "năm 2021-8%" is not a range). "từ" stays outside
  the span, like the qualifiers: the span is the figure itself ("tăng khoảng 8,6%" -> "8,6%").
- `change` from the words directly before the figure: a change word (tăng, tăng trưởng,
  cao hơn … / giảm, sụt giảm, thấp hơn, cắt giảm …), optionally followed by one or two
  modifiers such as "khoảng", "từ", "hơn", "tới", "lên", "bình quân", "lần lượt (là)"
  ("tăng khoảng 8,6%", "tăng bình quân khoảng 7%" -> increase); else null ("đạt 99,44%",
  "chiếm 30%", "đạt 101,5% kế hoạch"). Judgement call, taken literally from the contract:
  in "tăng lần lượt 5,2% và 6,1%" only 5,2% has the change word before it; 6,1% is null.
- A sign: "-2,5%", "âm 2,5%" -> value -2.5, the sign in the span; "tăng trưởng âm 2,5%" is
  an increase of -2.5 (the words say "growth"). After a decrease word the minus only repeats
  it: "giảm -1,8%" -> 1.8, decrease, span "1,8%". "+9,2%" -> 9.2, change null.
- Spoken decimals and English decimals: "hai phẩy năm phần trăm" -> 2.5; "0.25%" -> 0.25
  (a dot after a lone 0 is a decimal point).
- Values are floats (a percentage is a real number): "10%" -> 10.0.

Not percents: temperatures ("21°C"), scores and ratios ("178/179", "4/5 sao", "tỷ số 2-1"),
URL escapes ("%20"), multiples ("tăng gấp 2 lần", "tăng 1,3 lần").
"""

from __future__ import annotations

import regex

from ..facts import Mention
from ..lexicons import numbers as numlex
from ..lexicons import percent as lex
from ..numbers import (
    FLAGS,
    FOLD_ODD,
    NUMBER,
    Lazy,
    label_before,
    lowered,
    may_hold,
    parse_amount,
    sign_before,
    to_json,
    words_pattern,
)
from ..sentences import Sentence
from . import Example

_SIGN = "(?:" + "|".join(regex.escape(s) for s in lex.PERCENT_SIGNS) + ")(?![0-9A-Fa-f]{2})"
_UNIT = rf"(?:{_SIGN}|{words_pattern(lex.PERCENT_WORDS)})"
# Anchored at the end: found by searching back from each percent sign or word.
_PERCENT_AT = Lazy(rf"(?P<num>{NUMBER})\s*(?P<pp>{lex.POINT_WORD}\s*)?{_UNIT}\Z", FLAGS)
_UNIT_RE = Lazy(_UNIT, FLAGS)
_CONNECTOR = rf"(?:[-–—~]|{words_pattern(w for w in numlex.RANGE_CONNECTORS if w.isalpha())})"
# The low end of a range, right before the high end: "7-", "7% - ", "7 đến ".
_LOW = Lazy(rf"(?P<num>{NUMBER})\s*(?:{_UNIT})?\s*{_CONNECTOR}\s*\Z", FLAGS)
_CHANGE = Lazy(
    rf"(?<!\w)(?:(?P<inc>{words_pattern(lex.INCREASE)})|(?P<dec>{words_pattern(lex.DECREASE)}))"
    rf"\s+(?:{words_pattern(lex.INTERVENING)}\s+){{0,2}}\Z",
    FLAGS,
)
_WINDOW = 40  # characters before a figure searched for its range start or change words
_FIRST_WORDS = tuple({w.split()[0] for w in lex.PERCENT_WORDS})
# What _LOW's connector can end with, in any case: a cheap test before that costly search
# (its `\s*\Z` leaves only whitespace, which str.rstrip also strips, after the connector).
_CONNECTOR_WORDS = [w for w in numlex.RANGE_CONNECTORS if w.isalpha()]
_CONNECTOR_LASTS = frozenset(
    [c for c in numlex.RANGE_CONNECTORS if not c.isalpha()]
    + [w[-1] for w in _CONNECTOR_WORDS]
    + [odd for odd, c in FOLD_ODD.items() if any(w[-1] == c for w in _CONNECTOR_WORDS)]
)


def _change(text: str, start: int) -> str | None:
    if not text[start - 1 : start].isspace():
        return None  # _CHANGE ends with whitespace (str.isspace holds for every `\s`)
    m = _CHANGE.search(text, max(0, start - _WINDOW), start)
    if m is None:
        return None
    return "increase" if m.group("inc") else "decrease"


def find(sentence: Sentence) -> list[Mention]:
    text = sentence.text
    if not any(sign in text for sign in lex.PERCENT_SIGNS) and not may_hold(
        text, lowered(text), _FIRST_WORDS
    ):
        return []  # no unit: the case-insensitive scan below is the slow part of most sentences
    out: list[Mention] = []
    last_end = 0
    for unit in _UNIT_RE.finditer(text):
        m = _PERCENT_AT.search(text, max(last_end, unit.start() - _WINDOW), unit.end())
        if m is None:
            continue
        value = parse_amount(m.group("num"))
        if value is None:
            continue
        start, low = m.start(), None
        lo = max(0, m.start() - _WINDOW)
        r = None
        last = text[lo : m.start()].rstrip()[-1:]
        if last in _CONNECTOR_LASTS or last.lower() in _CONNECTOR_LASTS:
            r = _LOW.search(text, lo, m.start())
        if r is not None:
            low = parse_amount(r.group("num"))
            if low is not None and low < value and not label_before(text, r.start()):
                start = r.start()
                if out and r.start() < last_end:  # "7%-8%": the low end was taken as a figure
                    out.pop()
            else:
                low = None
        v = low if low is not None else value
        change = _change(text, start)
        sign = sign_before(text, start) if low is None else None
        if sign is not None:
            # "-2,5%", "tăng trưởng âm 2,5%": negative growth, the sign in the value and the span;
            # change still from the words before it. After a decrease word ("giảm -1,8%") the
            # minus only repeats the decrease: the value stays 1.8.
            change = _change(text, sign)
            if change != "decrease":
                start, v = sign, -v
        fields: dict[str, object] = {"unit": "pp" if m.group("pp") else "%", "change": change}
        if low is not None:
            fields["value_max"] = float(to_json(value))
        out.append(
            Mention("percent", sentence.start + start, sentence.start + m.end(), float(to_json(v)), fields)
        )
        last_end = m.end()
    return out


def _p(value: float, change: str | None = None, unit: str = "%", **extra: object) -> dict:
    """An expected percent fact: value, unit, change, (value_max)."""
    return {"value": value, "unit": unit, "change": change, **extra}


EXAMPLES: list[Example] = [
    # change words directly before the figure
    Example(
        "Chỉ số sản xuất công nghiệp (IIP) quý I tăng 9,7% so với cùng kỳ.",
        [{"text": "9,7%", **_p(9.7, "increase")}],
    ),
    Example(
        "Tổng mức bán lẻ hàng hóa tháng 8 giảm 3,4% so với tháng trước.",
        [{"text": "3,4%", **_p(3.4, "decrease")}],
    ),
    Example(
        "Năng suất lao động tăng trưởng 5,8% trong năm qua.",
        [{"text": "5,8%", **_p(5.8, "increase")}],
    ),
    Example(
        "Lượng khách quốc tế sụt giảm 12% do mưa bão.",
        [{"text": "12%", **_p(12.0, "decrease")}],
    ),
    Example(
        "Giá điện bình quân cao hơn 4,5% so với mức cũ.",
        [{"text": "4,5%", **_p(4.5, "increase")}],
    ),
    Example(
        "Chi phí logistics của doanh nghiệp thấp hơn 2% so với năm ngoái.",
        [{"text": "2%", **_p(2.0, "decrease")}],
    ),
    Example(
        "Ngân sách cho xúc tiến thương mại bị cắt giảm 30%.",
        [{"text": "30%", **_p(30.0, "decrease")}],
    ),
    Example(
        "Sản lượng điện thương phẩm tăng thêm 7,25% nhờ các dự án mới.",
        [{"text": "7,25%", **_p(7.25, "increase")}],
    ),
    # one modifier between the change word and the figure
    Example(
        "Kim ngạch xuất khẩu gỗ tăng khoảng 16,5% so với năm 2022.",
        [{"text": "16,5%", **_p(16.5, "increase")}],
    ),
    Example(
        "Phấn đấu giá trị sản xuất công nghiệp tăng từ 12% trở lên.",
        [{"text": "12%", **_p(12.0, "increase")}],
    ),
    Example(
        "Lượng hàng tồn kho giảm tới 40% sau đợt kích cầu.",
        [{"text": "40%", **_p(40.0, "decrease")}],
    ),
    Example(
        "Tỷ lệ hộ nghèo giảm xuống còn 1,9% cuối năm.",
        [{"text": "1,9%", **_p(1.9, "decrease")}],
    ),
    Example(
        "Tăng trưởng bình quân 6,8%/năm trong giai đoạn 2021-2025.",
        [{"text": "6,8%", **_p(6.8, "increase")}],
    ),
    # no change word: null
    Example("Tỉnh đã giải ngân đạt 96,3% kế hoạch vốn.", [{"text": "96,3%", **_p(96.3)}]),
    Example(
        "Công nghiệp chế biến chiếm 78,4% giá trị toàn ngành.",
        [{"text": "78,4%", **_p(78.4)}],
    ),
    Example(
        "Ngành đóng góp 2,1% trong tổng mức (6,5%) tăng trưởng GRDP của tỉnh.",
        [{"text": "2,1%", **_p(2.1)}, {"text": "6,5%", **_p(6.5)}],
    ),
    Example("Lãi suất cho vay giữ ở mức 0,5 %/tháng.", [{"text": "0,5 %", **_p(0.5)}]),
    # ranges
    Example(
        "Mục tiêu IIP năm 2025 tăng khoảng 9-10%.",
        [{"text": "9-10%", **_p(9.0, "increase", value_max=10.0)}],
    ),
    Example(
        "Tăng trưởng tín dụng dự kiến 14%-15% trong năm.",
        [{"text": "14%-15%", **_p(14.0, value_max=15.0)}],
    ),
    Example(
        "Giá phân bón tăng từ 10 đến 15% tùy loại.",
        [{"text": "10 đến 15%", **_p(10.0, "increase", value_max=15.0)}],
    ),
    Example(
        "Cước vận tải biển giảm 5,5 – 7 % so với quý trước.",
        [{"text": "5,5 – 7 %", **_p(5.5, "decrease", value_max=7.0)}],
    ),
    # percentage points and words
    Example(
        "Tỷ trọng công nghiệp chế biến tăng 1,2 điểm phần trăm so với năm 2020.",
        [{"text": "1,2 điểm phần trăm", **_p(1.2, "increase", unit="pp")}],
    ),
    Example(
        "Lãi suất điều hành giảm 0,5 điểm % từ đầu tháng.",
        [{"text": "0,5 điểm %", **_p(0.5, "decrease", unit="pp")}],
    ),
    Example(
        "Cổ tức năm nay là mười lăm phần trăm bằng tiền mặt.",
        [{"text": "mười lăm phần trăm", **_p(15.0)}],
    ),
    Example(
        "Doanh số trực tuyến tăng 25 phần trăm trong dịp Tết.",
        [{"text": "25 phần trăm", **_p(25.0, "increase")}],
    ),
    Example(
        "Thuế nhập khẩu ô tô giảm hai mươi phần trăm theo lộ trình.",
        [{"text": "hai mươi phần trăm", **_p(20.0, "decrease")}],
    ),
    # several figures in one sentence: each takes only its own words
    Example(
        "Xuất khẩu tăng 18,2%, nhập khẩu giảm 4,1% và cán cân thương mại thặng dư 3%.",
        [
            {"text": "18,2%", **_p(18.2, "increase")},
            {"text": "4,1%", **_p(4.1, "decrease")},
            {"text": "3%", **_p(3.0)},
        ],
    ),
    Example(
        "Doanh thu đạt 1.250 tỷ đồng, tăng 8% và vượt 5,5% kế hoạch.",
        [{"text": "8%", **_p(8.0, "increase")}, {"text": "5,5%", **_p(5.5)}],
    ),
    # signs: negative growth
    Example(
        "Năm 2023, GRDP của tỉnh tăng trưởng âm 2,5% do công nghiệp sụt giảm.",
        [{"text": "âm 2,5%", **_p(-2.5, "increase")}],
    ),
    Example(
        "Ngành khai khoáng có mức tăng trưởng -3,1%, thấp nhất trong các ngành.",
        [{"text": "-3,1%", **_p(-3.1, "increase")}],
    ),
    Example(
        "Chỉ số giá vàng tháng 6 giảm -1,4% so với tháng trước.",
        [{"text": "1,4%", **_p(1.4, "decrease")}],
    ),
    Example(
        "Tôm đạt 2,5 tỷ USD (+9,2%), cá tra đạt 1,3 tỷ USD (-5,6%).",
        [{"text": "9,2%", **_p(9.2)}, {"text": "-5,6%", **_p(-5.6)}],
    ),
    # lists: only the figure right after the change words takes them
    Example(
        "Kim ngạch sang Hàn Quốc và Nhật Bản tăng lần lượt 7,4% và 4,9%.",
        [{"text": "7,4%", **_p(7.4, "increase")}, {"text": "4,9%", **_p(4.9)}],
    ),
    Example(
        "Thu ngân sách hai quý đầu năm giảm lần lượt là 3,2% và 4,5%.",
        [{"text": "3,2%", **_p(3.2, "decrease")}, {"text": "4,5%", **_p(4.5)}],
    ),
    Example(
        "Xuất khẩu nông sản tăng bình quân khoảng 7%/năm trong 5 năm qua.",
        [{"text": "7%", **_p(7.0, "increase")}],
    ),
    # a table flattened to text
    Example(
        "Tốc độ tăng GRDP theo quý - Quý I: 6,2%; quý II: 7,05%; quý III: 7,4%.",
        [{"text": "6,2%", **_p(6.2)}, {"text": "7,05%", **_p(7.05)}, {"text": "7,4%", **_p(7.4)}],
    ),
    # decimal styles and spoken decimals
    Example(
        "Lãi suất huy động kỳ hạn 12 tháng giảm 0.25% trong tuần.",
        [{"text": "0.25%", **_p(0.25, "decrease")}],
    ),
    Example(
        "Cổ tức tiền mặt năm nay là hai phẩy năm phần trăm.",
        [{"text": "hai phẩy năm phần trăm", **_p(2.5)}],
    ),
    Example(
        "Tỷ lệ thất nghiệp ở mức 2,24%, giảm 0,06 điểm phần trăm.",
        [{"text": "2,24%", **_p(2.24)}, {"text": "0,06 điểm phần trăm", **_p(0.06, "decrease", unit="pp")}],
    ),
    Example(
        "Tỷ lệ giải ngân vốn đầu tư công đạt 101,5% kế hoạch giao.",
        [{"text": "101,5%", **_p(101.5)}],
    ),
    Example(
        "Số doanh nghiệp thành lập mới tăng hơn 30% so với cùng kỳ.",
        [{"text": "30%", **_p(30.0, "increase")}],
    ),
    Example(
        "Trong năm, đồng yên mất giá 7,3% so với đô la Mỹ.",
        [{"text": "7,3%", **_p(7.3, "decrease")}],
    ),
    Example(
        "Giá thép xây dựng tăng giá 4% sau ba đợt điều chỉnh.",
        [{"text": "4%", **_p(4.0, "increase")}],
    ),
    # decoys: temperatures, scores, ratios, URL escapes, counts
    Example("Sản lượng điện sản xuất tăng gấp 2 lần so với năm 2020."),
    Example("Giải chạy 10k có 3 cự ly, trong đó cự ly 21k dành cho vận động viên."),
    Example("Nhiệt độ cao nhất tại Hà Nội là 38°C."),
    Example("Khách sạn được xếp hạng 4/5 sao."),
    Example("Tỉnh đã nghiệm thu 178/179 đề án khuyến công."),
    Example("Đội tuyển thắng với tỷ số 2-1 trong trận chung kết."),
    Example("Xem chi tiết tại https://example.vn/tin%20moi%20nhat."),
    Example("Sản phẩm đạt 95 điểm trong kỳ đánh giá OCOP."),
    Example("Có 35 doanh nghiệp tham gia, tăng 7 đơn vị so với năm trước."),
    Example("Giá trị sản xuất tăng 1,3 lần so với năm 2020."),
    Example("Độ ẩm trung bình 80, lượng mưa 120 mm."),
    Example("Tăng trưởng tín dụng vẫn còn thấp trong năm 2023."),
    Example("Tỷ lệ 1/3 số doanh nghiệp đã chuyển đổi số."),
    Example("Một số doanh nghiệp giảm mạnh đơn hàng xuất khẩu."),
]
