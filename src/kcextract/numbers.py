"""Vietnamese numbers, exactly: digits in Vietnamese (and unambiguous English) grouping,
scale words, compounds and number words.

    52.711          -> 52711          ("." groups thousands)
    75,641          -> 75.641         ("," is the decimal mark)
    1.234,5         -> 1234.5
    1,234,567       -> 1234567        (several comma groups can only be English thousands)
    4.5             -> 4.5            (a dot not followed by exactly three digits is a decimal point)
    2 tỷ 627 triệu  -> 2627000000
    1 nghìn tỷ      -> 1e12           (consecutive scale words multiply)
    một tỷ rưỡi     -> 1.5e9
    năm trăm triệu  -> 5e8
    hai mươi mốt    -> 21

Arithmetic is done in Decimal; `to_json` gives an int when the value is whole, else a float.

Number words are ambiguous ("năm" is five or year, "một" is one or a), so `find_amounts`
reports whether an amount is written in words only (`words`) and whether it has a scale
word (`scale`): callers accept a words-only amount only before a scale word, a currency or
"phần trăm".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from .lexicons import numbers as lex


def words_pattern(items: Iterable[str]) -> str:
    """An alternation of words (longest first), whitespace-tolerant, ending at a word boundary."""
    alts = sorted(set(items), key=len, reverse=True)
    if not alts:
        return "(?!)"
    return "(?:" + "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in alts) + r")\b"


_GS = regex.escape(lex.GROUP_SPACES)
# The digit forms, most specific first; a number never ends just before another digit group.
DIGITS = (
    r"(?:"
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 52.711 / 1.234,5
    r"|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?"  # 1,234,567 (English)
    r"|\d{1,3}(?:,\d{3})+\.\d+"  # 1,234.5 (English: both marks, the comma first)
    rf"|\d{{1,3}}(?:[{_GS}]\d{{3}})+(?:,\d+)?"  # 1 234 with a no-break/thin space
    r"|\d{1,3}(?: \d{3}){2,}(?:,\d+)?"  # 1 234 567 (plain spaces: only with two groups or more)
    r"|\d+(?:[.,]\d+)?"
    r")(?!\d|[.,]\d)"
)

_U = words_pattern(lex.UNITS)
_UT = words_pattern(lex.UNITS_AFTER_TENS)
_U10 = words_pattern(lex.UNITS_AFTER_TEN)
_B100 = rf"(?:{_U}\s+{lex.TENS_MARK}\b(?:\s+{_UT})?|{lex.TEN}\b(?:\s+{_U10})?|{_U})"
_LINH = words_pattern(lex.ZERO_TENS)
_B1000 = (
    rf"(?:{_U}\s+{lex.HUNDRED}\b(?:\s+{_LINH}\s+{_U}|\s+{_B100}|\s+{lex.HALF_AFTER}\b)?"
    rf"|{_B100})"
)
# A number without scale: digits (optionally "5 trăm") or words below a thousand.
NUMBER = rf"(?:(?<![\w.,/]){DIGITS}(?:\s+{lex.HUNDRED}\b)?|(?<!\w){_B1000})"
SCALE = rf"(?:{words_pattern(lex.SCALES)}(?!\s+{words_pattern(lex.SCALE_BLOCKERS)}))"
_TERM = rf"(?:{NUMBER}|(?<!\w){lex.HALF}\b)(?:\s*{SCALE})+(?:\s+{lex.HALF_AFTER}\b)?"
AMOUNT = rf"(?:{_TERM}(?:\s+{_TERM})*|{NUMBER})"

FLAGS = regex.IGNORECASE | regex.VERSION0
AMOUNT_RE = regex.compile(AMOUNT, FLAGS)
NUMBER_RE = regex.compile(NUMBER, FLAGS)
_TOKEN_RE = regex.compile(rf"(?P<d>{DIGITS})|(?P<w>[^\W\d_]+)", FLAGS)
_HAS_DIGIT = regex.compile(r"\d")
_PLAIN_DIGITS = regex.compile(r"[\d.,\u00a0\u202f\u2009 ]+")
_DIGIT_START = regex.compile(r"(?<![\w.,/])\d")
_SCALE_RE = regex.compile(SCALE, FLAGS)
_WORD_START = regex.compile(r"(?<!\w)[^\W\d_]")
_GROUP_SPACE_RE = regex.compile(rf"[{_GS} ]")
_WORD_RE = regex.compile(r"[^\W\d_]+")
_LABEL_BEFORE = regex.compile(rf"(?<!\w){words_pattern(lex.RANGE_LOW_BLOCKERS)}\s+\Z", FLAGS)
_LOOKBACK = 40  # characters before a scale word where its number words may start

_ALL_UNITS = {**lex.UNITS, **lex.UNITS_AFTER_TENS}


@dataclass(frozen=True)
class Amount:
    """A number found in a text: local offsets, exact value and how it was written."""

    start: int
    end: int
    text: str
    value: Decimal
    scale: Decimal  # the largest scale word's multiplier, 1 when there is none
    words: bool  # written in words only ("hai tỷ"): ambiguous unless a scale or currency follows


def parse_digits(text: str) -> Decimal | None:
    """A digit string in Vietnamese style (English style where it cannot be Vietnamese)."""
    s = _GROUP_SPACE_RE.sub("", text)
    if "." in s and "," in s:
        # The mark that comes last is the decimal mark: 1.234,5 (VN) or 1,234.5 (EN).
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        # One comma is the decimal mark (75,641); several can only group thousands.
        s = s.replace(",", "") if s.count(",") > 1 else s.replace(",", ".")
    elif "." in s:
        head, _, tail = s.rpartition(".")
        # 52.711 groups thousands; a single dot before one, two or 4+ digits is a decimal point.
        if s.count(".") > 1 or len(tail) == 3:
            s = s.replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_amount(text: str) -> Decimal | None:
    """The value of a number with optional scale words: "2 tỷ 627 triệu", "một tỷ rưỡi"."""
    segments: list[tuple[Decimal, Decimal]] = []  # (value, scale) of the parts already scaled
    small = Decimal(0)  # the part below the next scale word
    last: Decimal | None = None  # the last digit, for "mươi"/"trăm" to multiply
    prev = ""  # the previous token, as a kind: digit, hundred, scale
    prev_scale = Decimal(1)
    seen = False
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        if text[pos : m.start()].strip():
            return None  # something that is no part of a number
        pos = m.end()
        if m.group("d"):
            d = parse_digits(m.group("d"))
            if d is None:
                return None
            small += d
            last, prev, seen = d, "digit", True
            continue
        w = m.group("w").lower()
        if w in lex.SCALES:
            s = lex.SCALES[w]
            lower = [v for v, sc in segments if sc < s]
            v = small + sum(lower, Decimal(0))
            if v == 0:
                return None
            # "nghìn tỷ": nothing new before the larger scale word, so it multiplies the scale too.
            eff = s * max((sc for _, sc in segments if sc < s), default=Decimal(1)) if small == 0 else s
            segments = [(x, sc) for x, sc in segments if sc >= s]
            segments.append((v * s, eff))
            small, last, prev, prev_scale = Decimal(0), None, "scale", s
        elif w == lex.HALF_AFTER:
            if prev == "scale" and segments:
                value, sc = segments[-1]
                segments[-1] = (value + prev_scale / 2, sc)
            elif prev == "hundred":
                small += 50
            else:
                return None
            prev = "half"
        elif w == lex.HALF:
            small, last, prev, seen = Decimal("0.5"), None, "digit", True
        elif w == lex.TEN:
            small += 10
            last, prev, seen = None, "digit", True
        elif w == lex.TENS_MARK:
            if last is None:
                return None
            small += last * 9
            last, prev = None, "tens"
        elif w == lex.HUNDRED:
            if last is None:
                return None
            small += last * 99
            last, prev = None, "hundred"
        elif w in lex.ZERO_TENS:
            prev = "linh"
        elif w in _ALL_UNITS:
            d = Decimal(_ALL_UNITS[w])
            small += d
            last, prev, seen = d, "digit", True
        else:
            return None
    if not seen or text[pos:].strip():
        return None
    return sum((v for v, _ in segments), Decimal(0)) + small


def max_scale(text: str) -> Decimal:
    """The largest scale word in a number's text (1 when there is none)."""
    found = [lex.SCALES[t.lower()] for t in _WORD_RE.findall(text) if t.lower() in lex.SCALES]
    return max(found, default=Decimal(1))


def find_amounts(text: str) -> list[Amount]:
    """Every number with its scale words and compounds, in order.

    The full pattern is tried only where an amount can start (a digit, or a word shortly
    before a scale word), which keeps this fast on long texts. Numbers in words alone are
    found only with a scale word ("hai tỷ"); plain "năm" is far more often "year".
    """
    starts = {m.start() for m in _DIGIT_START.finditer(text)}
    for m in _SCALE_RE.finditer(text):
        starts.update(w.start() for w in _WORD_START.finditer(text, max(0, m.start() - _LOOKBACK), m.start()))
    out: list[Amount] = []
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        m = AMOUNT_RE.match(text, start)
        if m is None:
            continue
        if _PLAIN_DIGITS.fullmatch(m.group()):  # the common case (years, counts): no words to parse
            value = parse_digits(m.group())
            if value is not None:
                out.append(Amount(m.start(), m.end(), m.group(), value, Decimal(1), False))
                pos = m.end()
            continue
        words = not _HAS_DIGIT.search(m.group())
        scale = max_scale(m.group())
        if words and scale == 1:
            continue
        value = parse_amount(m.group())
        if value is None:
            continue
        out.append(Amount(m.start(), m.end(), m.group(), value, scale, words))
        pos = m.end()
    return out


def label_before(text: str, start: int) -> bool:
    """Whether the number at `start` follows a label word ("quý 2", "tháng 9"): no range end."""
    return _LABEL_BEFORE.search(text, max(0, start - 8), start) is not None


def to_json(value: Decimal) -> int | float:
    """An int when the value is whole, else a float: what the JSON output holds."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
