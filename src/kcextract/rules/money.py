"""money rules: an amount (numbers.py) with a currency, its range and its qualifier.

What counts as money
- An amount followed by a currency name or symbol (lexicons/money.py): "297.066 tỷ đồng",
  "2 tỷ 627 triệu USD", "hai tỷ đồng", "50.000đ", "3 tỷ yên", "20 euros", "1 dirham", or
  preceded by a currency symbol or a capitalised ISO code: "US$2 tỷ", "$500", "€30 triệu",
  "VN$1000", "USD1,23", "EUR 20", "Rs 20". A code followed by a space and a bare year
  ("USD 2024") is not money. Informal "10k đồng" / "$10K" is 10,000. An amount in words
  needs a scale word ("hai tỷ đồng") or a currency name right after it ("mười đô la",
  "hai phẩy 23 đô"): "năm" alone is far more often "year", and "hai đồng tiền" (two
  currencies) is not money. A per-unit price keeps only the amount: "50.000 đồng/kg" ->
  "50.000 đồng"; "135,25 tỷ đồng/175 đề án" -> "135,25 tỷ đồng".
- Cents after a currency that has them: "2 đô la và 23 xen", "2 đô 23 xu", "hai đô 23"
  (a bare two-digit tail only where the clause ends) -> 2.23 USD. A lone "mười xu" names no
  currency (US cents? the old Vietnamese xu?) and is not a fact.
- A range: "3 - 5 tỷ đồng", "3-5 tỷ đồng", "từ 3 đến 5 tỷ đồng", "từ 3 tỷ đến 5 tỷ đồng",
  "3 tỷ đồng - 5 tỷ đồng", "giữa 1.000 và 2.000 đồng", "VND1000-VND2000": `value` is the
  low end, `value_max` the high end. A low end without scale word takes the high end's
  ("3 - 5 tỷ" is 3e9..5e9). "từ"/"giữa" stay outside the span (they are not qualifiers):
  "từ 3 đến 5 tỷ đồng" -> "3 đến 5 tỷ đồng". "và" joins a range only after "giữa".
- `qualifier`: only the word(s) directly before the amount (contract v1), and the span then
  starts at that word: "ước đạt trên 52.711 tỷ đồng" -> "trên 52.711 tỷ đồng", gt;
  "ước đạt 2 tỷ USD" -> null ("đạt" is directly before). The longest listed phrase wins, so
  negations read right: "không hơn"/"không cao hơn"/"không quá" le, "không tới"/"ít hơn"/
  "kém hơn" lt, "không ít hơn"/"ít nhất" ge, "nhiều hơn"/"cao hơn" gt, "tầm khoảng" approx.
  A qualifier right before a range opener qualifies the range: "khoảng từ 3 đến 5 tỷ đồng"
  -> approx, span from "khoảng". Judgement calls: "từ X trở lên/trở xuống" stays null (the
  dev gold's reading: "từ" is no listed word); a comparative followed by "so với" states a
  difference, not a bound: "giá cao hơn 500 đồng/lít so với tuần trước" -> null.
- A sign: "âm 120 tỷ đồng", "-5 tỷ đồng" -> a negative value (a loss), the sign in the span.
- A bare amount with a scale word of a million or more and no currency ("kinh phí 140 tỷ.")
  is money where a reader takes it as such: a money cue ("kinh phí", "vốn", "doanh thu",
  "giá"…) stands shortly before it in the sentence and nothing that could be its unit noun
  follows (the clause ends, or a function word such as "và", "tăng", "so với" comes next).
  Its currency is that of the nearest explicit money figure of the sentence, else VND: in
  Vietnamese news a bare "tỷ" is đồng. Without a cue, a bare amount is still money when a
  figure with the same scale word and a currency follows shortly, in a parallel clause
  ("xuất khẩu đạt 3,2 tỷ, nhập khẩu đạt 2,9 tỷ USD": both USD).
  The dev gold has no bare amount; counts ("2 tỷ người", "5 triệu tấn", "1 triệu lượt
  khách") are never money.

Not money: years, phone numbers, document numbers, counts, a currency word that is another
word ("2021 đồng thời", "5 đô thị", "Yên Bái", "hai xu hướng", "9 pound thịt").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

import regex

from ..facts import Mention
from ..lexicons import money as lex
from ..lexicons import numbers as numlex
from ..numbers import (
    FLAGS,
    NUMBER,
    SCALE,
    WORDS_BELOW_100,
    Amount,
    Lazy,
    find_amounts,
    label_before,
    lowered,
    parse_amount,
    sign_before,
    to_json,
    words_pattern,
)
from ..sentences import Sentence
from . import Example

_PREFILTER = Lazy(r"\d|" + words_pattern(numlex.SCALES), FLAGS)
_DIGIT = regex.compile(r"\d")
_SCALE_WORDS = tuple(numlex.SCALES)
# A case-insensitive `regex` matches "i" to "İ" although "İ".lower() is no "i": a sentence with
# it is checked by _PREFILTER itself, not by substrings of its lower-cased text.
_FOLD_ODD = "İ"


def _re_trie(words: Iterable[str]) -> str:
    """An alternation of literal words for `re`, as a trie; greedy, so the longest word wins."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(root) + ")"


# Where an amount in words may end ("mười đô la", "hai phẩy 23 đô"): a number word (or
# digits) right before the first word of a currency name. Searched in the lower-cased
# sentence with the faster `re` engine: a case-insensitive scan for every currency name was
# the slowest step. One-letter "đ" is left out: an amount in words is not abbreviated.
_NAME_FIRSTS = sorted({n.split()[0] for n in lex.CURRENCY_WORDS if len(n) > 1}, key=len, reverse=True)
_NUMBER_WORDS = sorted(
    {
        *numlex.UNITS,
        *numlex.UNITS_AFTER_TENS,
        *numlex.TENS_MARKS,
        *numlex.ZERO_TENS,
        numlex.TEN,
        numlex.HUNDRED,
    },
    key=len,
    reverse=True,
)
# Found from the currency word: a whitespace, then a currency name (a trie: `re` tries
# alternatives one by one), then the word before is checked in Python. This finds exactly what
# `(?<!\w)(?:number word|\d+)\s+(?P<n>name)(?!\w)` finds (in `re`, \s is str.isspace and \w is
# str.isalnum or "_"), in half the time of scanning for the number words.
_NAME_AFTER_SPACE = re.compile(r"\s" + _re_trie(_NAME_FIRSTS) + r"(?!\w)")
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)


def _names(low: str) -> list[int]:
    """Where a currency name starts right after a number word or digits (in lower-cased text)."""
    out = []
    for m in _NAME_AFTER_SPACE.finditer(low):
        end = m.start()
        while end > 0 and low[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
            start -= 1
        word = low[start:end]
        if word and (word in _NUMBER_WORD_SET or word.isdecimal()):
            out.append(m.start() + 1)
    return out


# The last characters of the prefixes: a cheap test before the prefix searches.
_PREFIX_LAST = frozenset(c[-1] for c in lex.PREFIX_CODES) | frozenset(
    ch for sym in lex.PREFIX_SYMBOLS for ch in (sym[-1], sym[-1].upper())
)
_CODE_HINT = re.compile("|".join(re.escape(c) for c in sorted(lex.PREFIX_CODES, key=len, reverse=True)))


def _symbols(items: Iterable[str]) -> str:
    return "(?:" + "|".join(regex.escape(s) for s in sorted(items, key=len, reverse=True)) + ")"


_CURRENCY_WORDS = words_pattern(lex.CURRENCY_WORDS)
# What a currency written after an amount can start with: a cheap test before _CURRENCY_AFTER.
_CURRENCY_FIRSTS = {w[0] for w in (*lex.CURRENCY_WORDS, *lex.SUFFIX_SYMBOLS, *lex.CASED_SUFFIXES)}
_CURRENCY_START = Lazy(rf"\s*[{regex.escape(''.join(sorted(_CURRENCY_FIRSTS)))}]", FLAGS)
_CURRENCY_AFTER = Lazy(
    rf"\s*(?:(?P<word>{_CURRENCY_WORDS})|(?P<sym>{_symbols(lex.SUFFIX_SYMBOLS)})"
    rf"|(?-i:(?P<cased>{_symbols(lex.CASED_SUFFIXES)})\b))",
    FLAGS,
)
# The same place, for a sentence that lower() would change in length.
_CURRENCY_ANCHOR = Lazy(rf"(?<!\w){_CURRENCY_WORDS}", FLAGS)
_PREFIX_BEFORE = Lazy(rf"(?<![\w$]){_symbols(lex.PREFIX_SYMBOLS)}\s*\Z", FLAGS)
_CODE_BEFORE = Lazy(rf"(?<![\w$])(?-i:{_symbols(lex.PREFIX_CODES)}) ?\Z", FLAGS)
# Digits glued to a code ("USD1,23", "Rs20"): find_amounts must try them although a letter
# stands right before.
_GLUED_CODE = Lazy(rf"(?<![\w$])(?-i:{_symbols(lex.PREFIX_CODES)})(?=\d)", FLAGS)
_BLOCKERS = {k: Lazy(rf"\s+{words_pattern(v)}", FLAGS) for k, v in lex.CURRENCY_BLOCKERS.items()}
_DASH = r"[-–—~]"
_CONNECTOR = Lazy(
    rf"\s*(?:{_DASH}|{words_pattern(w for w in numlex.RANGE_CONNECTORS if w.isalpha())})\s*", FLAGS
)
_WORDS_BLOCKERS = Lazy(rf"\s+{words_pattern(lex.WORDS_ONLY_BLOCKERS)}", FLAGS)
_YEAR_CONTEXT = Lazy(rf"(?<!\w){words_pattern(lex.YEAR_CONTEXT_BEFORE)}\s+\Z", FLAGS)
_CONNECTOR_FIRSTS = frozenset("-–—~") | frozenset(
    ch for w in (*numlex.RANGE_CONNECTORS, lex.BETWEEN_CONNECTOR) for ch in (w[0], w[0].upper())
)
_AND = Lazy(rf"\s+{lex.BETWEEN_CONNECTOR}\s+", FLAGS)
_OPENER_BEFORE = Lazy(rf"(?<!\w)(?P<o>{words_pattern(lex.RANGE_OPENERS)})\s+\Z", FLAGS)
_QUALIFIER = Lazy(
    rf"(?<!\w)(?P<q>{words_pattern(lex.QUALIFIERS)})\s+(?P<o>{words_pattern(lex.RANGE_OPENERS)}\s+)?\Z", FLAGS
)
_COMPARATIVES = frozenset(lex.COMPARATIVES)
_BASE_AFTER = Lazy(rf"[^,;.:!?()]{{0,40}}?(?<!\w){words_pattern(lex.COMPARISON_BASE)}", FLAGS)
_LEAD_SCALES = Lazy(rf"{NUMBER}(?P<s>(?:\s*{SCALE})+)", FLAGS)
_CUES = Lazy(rf"(?<!\w){words_pattern(lex.MONEY_CUES)}", FLAGS)
_BARE_END = Lazy(rf"\s*(?:\Z|[,.;:!?…)\]\"'”/(–—-]|{words_pattern(lex.BARE_FOLLOWERS)})", FLAGS)
_CENT_NUMBER = rf"(?:\d{{1,2}}(?![\d.,]\d)|(?<!\w){WORDS_BELOW_100})"
# "2 đô la và 23 xen", "1 đô la và bốn mươi hai xu", or a bare two-digit tail that ends the
# clause: "hai đô 23", "20 Rupees 43".
_CENTS = Lazy(
    rf"\s+(?:(?:{lex.BETWEEN_CONNECTOR}\s+)?(?P<c>{_CENT_NUMBER})\s*{words_pattern(lex.CENT_WORDS)}"
    rf"|(?P<t>\d{{1,2}})(?=\s*(?:\Z|[,;:!?)]|\.(?!\d))))",
    FLAGS,
)
_COMMA_THOUSANDS = Lazy(r"[1-9]\d{0,2},\d{3}")
_SCALE_BEFORE = Lazy(rf"{SCALE}\s*\Z", FLAGS)
_CAPITAL_NEXT = Lazy(r"[\s-]+\p{Lu}")
_YEAR = Lazy(r"(?:19|20)\d\d")
_SPACES = Lazy(r"\s+")

_MILLION = Decimal(10) ** 6
_CUE_WINDOW = 80  # characters before a bare amount searched for a money cue
_ELLIPSIS_WINDOW = 60  # at most this far from a bare amount to the figure whose currency it shares


@dataclass
class _Fig:
    """One amount with the currency written around it (prefix symbol/code or suffix name)."""

    amount: Amount
    start: int  # the prefix's start when there is one
    end: int  # the currency's end (and its cents) when written after
    value: Decimal
    currency: str | None
    suffix: bool  # the currency is written after the amount


@dataclass
class _Money:
    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    currency: str | None  # None: a bare amount, currency decided from the sentence
    scale: Decimal = Decimal(1)  # the largest scale word of the (high) amount
    opener: int | None = None  # start of "từ"/"giữa" before a range


def _currency_after(text: str, pos: int) -> tuple[str, int] | None:
    """The currency written right after text[:pos], as (ISO code, end offset)."""
    if not _CURRENCY_START.match(text, pos):
        return None
    m = _CURRENCY_AFTER.match(text, pos)
    if not m:
        return None
    if m.group("sym"):
        return lex.SUFFIX_SYMBOLS[m.group("sym")], m.end()
    if m.group("cased"):
        return lex.CASED_SUFFIXES[m.group("cased")], m.end()
    written = m.group("word")
    name = _SPACES.sub(" ", written.lower())
    if name in lex.COMMON_WORD_CURRENCIES and written[0].isupper() and not written.isupper():
        # "Đồng Nai", "Yên Bái": a place name, not a currency; but "500 Tỷ Đồng Vốn…" in a
        # title-case headline is money (no place follows a scale word).
        if _CAPITAL_NEXT.match(text, m.end()) and not _SCALE_BEFORE.search(text, max(0, pos - 8), pos):
            return None
    blockers = _BLOCKERS.get(name)
    if blockers is not None and blockers.match(text, m.end()):
        return None
    return lex.CURRENCY_WORDS[name], m.end()


def _words_ok(text: str, start: int, end: int) -> bool:
    """An amount in words without scale word is money only right before a currency name
    ("mười đô la"), or as the low end of "từ/giữa … đến/và …" ("từ hai đến ba đô la")."""
    if text[start:end].lower() in lex.AMBIGUOUS_WORD_NUMBERS and _YEAR_CONTEXT.search(
        text, max(0, start - 12), start
    ):
        return False  # "trong năm đô la Mỹ tăng giá": the year
    cur = _currency_after(text, end)
    if cur is not None:
        return _WORDS_BLOCKERS.match(text, cur[1]) is None  # "hai đồng tiền": two currencies
    return (_CONNECTOR.match(text, end) is not None or _AND.match(text, end) is not None) and (
        _OPENER_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def _whole_dong(a: Amount, currency: str) -> Decimal:
    """ "3,500 đồng" is 3500 đồng (English grouping), not 3.5: no price is a fraction of a đồng."""
    if currency in lex.WHOLE_UNIT_CURRENCIES and a.scale == 1 and _COMMA_THOUSANDS.fullmatch(a.text):
        return Decimal(a.text.replace(",", ""))
    return a.value


def _figure(text: str, a: Amount, floor: int) -> _Fig:
    """amounts `a` with its currency: written after it (with cents), else a prefix after `floor`."""
    cur = _currency_after(text, a.end)
    if cur is not None:
        value, end = _whole_dong(a, cur[0]), cur[1]
        if cur[0] not in lex.NO_CENTS and a.scale == 1 and a.value == a.value.to_integral_value():
            c = _CENTS.match(text, end)
            if c is not None:
                cents = parse_amount(c.group("c") or c.group("t"))
                if cents is not None and 0 < cents < 100:
                    value, end = a.value + cents / 100, c.end()
        return _Fig(a, a.start, end, value, cur[0], True)
    if text[max(0, a.start - 2) : a.start].rstrip()[-1:] not in _PREFIX_LAST:
        return _Fig(a, a.start, a.end, a.value, None, False)  # no symbol or code ends here
    window = max(floor, a.start - 8)
    prefix = _PREFIX_BEFORE.search(text, window, a.start)
    if prefix is not None and not a.words:
        code = lex.PREFIX_SYMBOLS[prefix.group().strip().lower()]
        return _Fig(a, prefix.start(), a.end, _whole_dong(a, code), code, False)
    code_m = _CODE_BEFORE.search(text, window, a.start)
    # "USD 2024" after a heading is more often a year than 2024 dollars; "USD2024" is money.
    spaced_year = code_m is not None and code_m.group()[-1].isspace() and _YEAR.fullmatch(a.text) is not None
    if code_m is not None and not a.words and not spaced_year:
        code = lex.PREFIX_CODES[code_m.group().strip()]
        return _Fig(a, code_m.start(), a.end, _whole_dong(a, code), code, False)
    return _Fig(a, a.start, a.end, a.value, None, False)


def _inherit_scale(low: Amount, high: Amount) -> Decimal | None:
    """The low end of "3 - 5 tỷ": 3 with the high end's scale words."""
    if low.scale > 1:
        return low.value
    m = _LEAD_SCALES.match(high.text)
    if not m:
        return low.value
    return parse_amount(f"{low.text} {m.group('s').strip()}")


def _bare_ok(text: str, a: Amount) -> bool:
    """A scaled amount without currency that a reader takes as money (see the docstring)."""
    if a.scale < _MILLION or not _BARE_END.match(text, a.end):
        return False
    return _CUES.search(text, max(0, a.start - _CUE_WINDOW), a.start) is not None


def _range(text: str, amounts: list[Amount], i: int, fa: _Fig) -> _Money | None:
    """amounts[i] and amounts[i + 1] as one range, if a connector joins them."""
    if i + 1 >= len(amounts):
        return None
    if text[fa.end : fa.end + 2].lstrip()[:1] not in _CONNECTOR_FIRSTS:
        return None  # the common case, checked before anything costlier
    b = amounts[i + 1]
    fb = _figure(text, b, fa.end)
    opener = _OPENER_BEFORE.search(text, max(0, fa.start - 8), fa.start)
    between = opener is not None and opener.group("o").lower() == lex.BETWEEN_OPENER
    if fa.end > fb.start or label_before(text, fa.start):
        return None
    joined = _CONNECTOR.fullmatch(text, fa.end, fb.start) or (
        between and _AND.fullmatch(text, fa.end, fb.start)
    )
    if not joined:
        return None
    if fb.currency is None and (fa.currency is not None or not _bare_ok(text, b)):
        return None
    if fa.currency is not None and fb.currency is not None and fa.currency != fb.currency:
        return None
    low = fa.value if fa.currency is not None else _inherit_scale(fa.amount, b)
    if fa.currency is None and fb.currency is not None and low == fa.amount.value:
        low = _whole_dong(fa.amount, fb.currency)  # "3,500 - 4,000 đồng"
    if low is None or low >= fb.value:
        return None
    return _Money(
        fa.start, fb.end, low, fb.value, fb.currency, b.scale, opener.start() if opener is not None else None
    )


def _at(text: str, amounts: list[Amount], i: int, floor: int) -> tuple[_Money, int] | None:
    """The money figure that starts with amounts[i] and how many amounts it uses."""
    a = amounts[i]
    fa = _figure(text, a, floor)
    rng = _range(text, amounts, i, fa)
    if rng is not None:
        return rng, 2
    if fa.currency is not None:
        return _Money(fa.start, fa.end, fa.value, None, fa.currency, a.scale), 1
    if _bare_ok(text, a):
        return _Money(a.start, a.end, a.value, None, None, a.scale), 1
    return None


def _qualify(text: str, f: _Money) -> tuple[str | None, int]:
    """The qualifier directly before a figure (or before its range opener) and the span start."""
    q = _QUALIFIER.search(text, max(0, f.start - 30), f.start)
    if q is None:
        return None, f.start
    if q.group("o") and f.value_max is None:
        return None, f.start  # "khoảng từ 5 tỷ đồng trở lên": "từ" opens no range here
    phrase = _SPACES.sub(" ", q.group("q").lower())
    if phrase in _COMPARATIVES and _BASE_AFTER.match(text, f.end):
        return None, f.start  # "cao hơn 500 đồng so với": a difference, not a bound
    return lex.QUALIFIERS[phrase], q.start()


def _has_number(text: str, low: str) -> bool:
    """Whether a digit or a scale word stands in the sentence (_PREFILTER, cheaply: most
    sentences have a digit, and a case-insensitive scan for the words is slow)."""
    if _DIGIT.search(text):
        return True
    if _FOLD_ODD in text or any(w in low for w in _SCALE_WORDS):
        return _PREFILTER.search(text) is not None
    return False


def find(sentence: Sentence) -> list[Mention]:
    text = sentence.text
    low = lowered(text)
    if len(low) == len(text):
        names = _names(low)
    else:  # lower() changed a length (rare letters such as "İ"): offsets would shift
        names = [m.start() for m in _CURRENCY_ANCHOR.finditer(text)]
    if not names and not _has_number(text, low):
        return []
    glued = [m.end() for m in _GLUED_CODE.finditer(text)] if _CODE_HINT.search(text) else []
    amounts = find_amounts(text, names, _words_ok, glued, low)
    found: list[_Money] = []
    loose: list[Amount] = []  # scaled amounts without currency or cue, maybe elliptical
    i = 0
    floor = 0
    n = len(amounts)
    while i < n:
        a = amounts[i]
        if (
            a.scale < _MILLION
            and not _CURRENCY_START.match(text, a.end)
            and text[max(0, a.start - 2) : a.start].rstrip()[-1:] not in _PREFIX_LAST
            and (i + 1 == n or text[a.end : a.end + 2].lstrip()[:1] not in _CONNECTOR_FIRSTS)
        ):
            # Most amounts are years and counts: the cheap tests of _figure, _range and _bare_ok
            # in a row, which _at would all fail.
            i += 1
            continue
        hit = _at(text, amounts, i, floor)
        if hit is None:
            a = amounts[i]
            if a.scale >= _MILLION and _BARE_END.match(text, a.end):
                loose.append(a)
            i += 1
            continue
        found.append(hit[0])
        floor = hit[0].end
        i += hit[1]
    explicit = [f for f in found if f.currency is not None]
    # "xuất khẩu đạt 3,2 tỷ, nhập khẩu đạt 2,9 tỷ USD": the currency of a parallel figure
    # with the same scale word, shortly after, carries over.
    for a in loose:
        nxt = next((e for e in explicit if e.start >= a.end), None)
        if nxt is not None and nxt.scale == a.scale and nxt.start - a.end <= _ELLIPSIS_WINDOW:
            found.append(_Money(a.start, a.end, a.value, None, nxt.currency, a.scale))
    found.sort(key=lambda f: f.start)
    out: list[Mention] = []
    for f in found:
        currency = f.currency
        if currency is None:  # a bare amount: the nearest explicit figure's currency, else đồng
            near = min(explicit, key=lambda e: min(abs(e.start - f.end), abs(f.start - e.end)), default=None)
            currency = near.currency if near is not None else "VND"
        value = f.value
        if f.value_max is None:
            sign = sign_before(text, f.start)
            if sign is not None:  # "lợi nhuận âm 120 tỷ đồng": a loss
                f.start, value = sign, -value
        qualifier, start = _qualify(text, f)
        fields: dict[str, object] = {"currency": currency}
        if f.value_max is not None:
            fields["value_max"] = to_json(f.value_max)
        fields["qualifier"] = qualifier
        out.append(Mention("money", sentence.start + start, sentence.start + f.end, to_json(value), fields))
    return out


def _m(value: int | float, currency: str = "VND", qualifier: str | None = None, **extra: object) -> dict:
    """An expected money fact: value, currency, (value_max), qualifier."""
    row: dict[str, object] = {"value": value, "currency": currency}
    row.update(extra)
    row["qualifier"] = qualifier
    return row


EXAMPLES: list[Example] = [
    # VND in digits, Vietnamese grouping and decimal comma
    Example(
        "Tổng doanh thu bán lẻ hàng hóa trên địa bàn tỉnh 6 tháng đầu năm đạt 48.350 tỷ đồng.",
        [{"text": "48.350 tỷ đồng", **_m(48350000000000)}],
    ),
    Example(
        "Năm 2023, tỉnh dành 3,85 tỷ đồng kinh phí khuyến công địa phương cho 21 đề án.",
        [{"text": "3,85 tỷ đồng", **_m(3850000000)}],
    ),
    Example("Giá thép xây dựng giảm thêm 200.000 đ/tấn.", [{"text": "200.000 đ", **_m(200000)}]),
    Example("Mỗi hộ được hỗ trợ 1.500.000 VNĐ để mua máy.", [{"text": "1.500.000 VNĐ", **_m(1500000)}]),
    Example("Giá xăng RON95 ở mức 23.450 vnđ/lít từ chiều nay.", [{"text": "23.450 vnđ", **_m(23450)}]),
    Example("Giá vé chỉ 50.000₫ một người.", [{"text": "50.000₫", **_m(50000)}]),
    # compounds, multiplied scales, number words
    Example(
        "Kim ngạch xuất khẩu của doanh nghiệp FDI ước đạt 1 tỷ 350 triệu USD.",
        [{"text": "1 tỷ 350 triệu USD", **_m(1350000000, "USD")}],
    ),
    Example(
        "Thu ngân sách nội địa lần đầu vượt mốc 1,2 nghìn tỷ đồng.",
        [{"text": "1,2 nghìn tỷ đồng", **_m(1200000000000)}],
    ),
    Example(
        "Dự án được cấp vốn 3 triệu 500 nghìn đồng mỗi mét vuông.",
        [{"text": "3 triệu 500 nghìn đồng", **_m(3500000)}],
    ),
    Example(
        "Công ty đã ủng hộ hai tỷ đồng cho quỹ vì người nghèo.", [{"text": "hai tỷ đồng", **_m(2000000000)}]
    ),
    Example(
        "Huyện bố trí năm trăm triệu đồng để sửa chữa chợ.",
        [{"text": "năm trăm triệu đồng", **_m(500000000)}],
    ),
    Example(
        "Hợp tác xã vay một tỷ rưỡi đồng để mở rộng xưởng.",
        [{"text": "một tỷ rưỡi đồng", **_m(1500000000)}],
    ),
    Example(
        "Mức thưởng là một trăm hai mươi triệu đồng cho mỗi sản phẩm đạt giải.",
        [{"text": "một trăm hai mươi triệu đồng", **_m(120000000)}],
    ),
    # other currencies
    Example(
        "Xuất khẩu thủy sản sang Hoa Kỳ đạt 1,75 tỷ đô la Mỹ.",
        [{"text": "1,75 tỷ đô la Mỹ", **_m(1750000000, "USD")}],
    ),
    Example(
        "Nhà đầu tư Hàn Quốc rót thêm US$250 triệu vào nhà máy.",
        [{"text": "US$250 triệu", **_m(250000000, "USD")}],
    ),
    Example(
        "Hợp đồng trị giá 12 triệu euro đã được ký kết.", [{"text": "12 triệu euro", **_m(12000000, "EUR")}]
    ),
    Example(
        "Khoản vay ODA 30 tỷ yên Nhật dành cho dự án cảng.",
        [{"text": "30 tỷ yên Nhật", **_m(30000000000, "JPY")}],
    ),
    Example(
        "Hàng nông sản nhập từ Trung Quốc trị giá 800 triệu nhân dân tệ.",
        [{"text": "800 triệu nhân dân tệ", **_m(800000000, "CNY")}],
    ),
    Example("Tập đoàn cam kết đầu tư 2.000 tỷ won.", [{"text": "2.000 tỷ won", **_m(2000000000000, "KRW")}]),
    Example(
        "Khoản tài trợ 4,5 triệu bảng Anh của Vương quốc Anh.",
        [{"text": "4,5 triệu bảng Anh", **_m(4500000, "GBP")}],
    ),
    Example(
        "Kim ngạch nhập khẩu đạt 3,2 tỷ, xuất khẩu đạt 4,1 tỷ USD.",
        [{"text": "3,2 tỷ", **_m(3200000000, "USD")}, {"text": "4,1 tỷ USD", **_m(4100000000, "USD")}],
    ),
    # ranges
    Example(
        "Mỗi cơ sở được hỗ trợ 3 - 5 tỷ đồng để đổi mới công nghệ.",
        [{"text": "3 - 5 tỷ đồng", **_m(3000000000, value_max=5000000000)}],
    ),
    Example(
        "Doanh nghiệp cần vốn lưu động từ 20 đến 30 tỷ đồng.",
        [{"text": "20 đến 30 tỷ đồng", **_m(20000000000, value_max=30000000000)}],
    ),
    Example(
        "Mức phạt từ 500 triệu đến 1 tỷ đồng đối với hành vi buôn lậu.",
        [{"text": "500 triệu đến 1 tỷ đồng", **_m(500000000, value_max=1000000000)}],
    ),
    Example(
        "Giá cà phê dao động 95.000-98.000 đồng/kg.",
        [{"text": "95.000-98.000 đồng", **_m(95000, value_max=98000)}],
    ),
    # qualifiers: the word directly before the amount, kept in the span
    Example(
        "Lợi nhuận sau thuế của Tổng công ty đạt hơn 2.100 tỷ đồng.",
        [{"text": "hơn 2.100 tỷ đồng", **_m(2100000000000, qualifier="gt")}],
    ),
    Example(
        "Tổng mức đầu tư dự án khoảng 12,6 nghìn tỷ đồng.",
        [{"text": "khoảng 12,6 nghìn tỷ đồng", **_m(12600000000000, qualifier="approx")}],
    ),
    Example(
        "Dư nợ tín dụng xanh đạt gần 600 triệu USD.",
        [{"text": "gần 600 triệu USD", **_m(600000000, "USD", qualifier="lt")}],
    ),
    Example(
        "Mỗi dự án được hỗ trợ tối đa 2 tỷ đồng, ít nhất 300 triệu đồng.",
        [
            {"text": "tối đa 2 tỷ đồng", **_m(2000000000, qualifier="le")},
            {"text": "ít nhất 300 triệu đồng", **_m(300000000, qualifier="ge")},
        ],
    ),
    Example(
        "Kinh phí sửa chữa ước tính 7,2 tỷ đồng.",
        [{"text": "ước tính 7,2 tỷ đồng", **_m(7200000000, qualifier="approx")}],
    ),
    Example(
        "Kim ngạch cả năm ước đạt 5 tỷ USD, chưa đến 2 tỷ USD là hàng chế biến.",
        [
            {"text": "5 tỷ USD", **_m(5000000000, "USD")},
            {"text": "chưa đến 2 tỷ USD", **_m(2000000000, "USD", qualifier="lt")},
        ],
    ),
    # a bare amount after a money cue is VND
    Example("Tổng kinh phí thực hiện đề án là 140 tỷ.", [{"text": "140 tỷ", **_m(140000000000)}]),
    Example(
        "Doanh thu năm 2024 đạt 850 tỷ, tăng 12% so với năm trước.",
        [{"text": "850 tỷ", **_m(850000000000)}],
    ),
    # English thousands grouping in a đồng price without scale word: no price is 3.5 đồng
    Example(
        "Giá xăng RON95 giảm 1,250 đồng/lít, dầu diesel giảm 3,500 - 4,000 đồng/lít.",
        [
            {"text": "1,250 đồng", **_m(1250)},
            {"text": "3,500 - 4,000 đồng", **_m(3500, value_max=4000)},
        ],
    ),
    # per-unit prices and counts after a slash: only the amount
    Example(
        "Thu nhập bình quân của lao động đạt 9,2 triệu đồng/người/tháng.",
        [{"text": "9,2 triệu đồng", **_m(9200000)}],
    ),
    Example(
        "Tỷ giá trung tâm được niêm yết ở mức 24.265 VND/USD.",
        [{"text": "24.265 VND", **_m(24265)}],
    ),
    # amounts in words right before a currency name, without scale word
    Example(
        "Phí nhắn tin tra cứu giá điện chỉ mười lăm đồng mỗi tin.",
        [{"text": "mười lăm đồng", **_m(15)}],
    ),
    Example(
        "Khách mua sắm được tặng phiếu mua hàng hai mươi đô la.",
        [{"text": "hai mươi đô la", **_m(20, "USD")}],
    ),
    Example(
        "Giá vé lượt là một nghìn không trăm năm mươi đồng sau khi làm tròn.",
        [{"text": "một nghìn không trăm năm mươi đồng", **_m(1050)}],
    ),
    Example(
        "Mỗi hộ nghèo được hỗ trợ ba chục triệu đồng để làm nhà.",
        [{"text": "ba chục triệu đồng", **_m(30000000)}],
    ),
    Example(
        "Tổng vốn của dự án khoảng hai phẩy năm tỷ đô la.",
        [{"text": "khoảng hai phẩy năm tỷ đô la", **_m(2500000000, "USD", qualifier="approx")}],
    ),
    # informal k, ISO codes and symbols before the amount, more currency names
    Example(
        "Cửa hàng bán áo thun đồng giá 99k đồng, rẻ hơn ngoài chợ.",
        [{"text": "99k đồng", **_m(99000)}],
    ),
    Example(
        "Nhà tài trợ trao giải nhất trị giá $5K cho đội thắng cuộc.",
        [{"text": "$5K", **_m(5000, "USD")}],
    ),
    Example(
        "Ngân hàng thu xếp khoản vay hợp vốn USD 300 triệu cho dự án điện gió.",
        [{"text": "USD 300 triệu", **_m(300000000, "USD")}],
    ),
    Example(
        "Vé tàu cao tốc giữa hai thành phố có giá GBP12,5 một chiều.",
        [{"text": "GBP12,5", **_m(12.5, "GBP")}],
    ),
    Example("Giá chè xuất sang Ấn Độ bình quân 250 Rs mỗi kg.", [{"text": "250 Rs", **_m(250, "INR")}]),
    Example(
        "Du khách tại Dubai chi trung bình 400 dirham mỗi ngày.",
        [{"text": "400 dirham", **_m(400, "AED")}],
    ),
    Example(
        "Hợp đồng nhập thiết bị trị giá 15 triệu euros.",
        [{"text": "15 triệu euros", **_m(15000000, "EUR")}],
    ),
    Example(
        "Trang trại bò sữa thu về 90.000 pounds trong vụ này.",
        [{"text": "90.000 pounds", **_m(90000, "GBP")}],
    ),
    # cents after the dollars
    Example(
        "Cổ phiếu công ty đóng cửa ở mức 12 đô la và 45 xu.",
        [{"text": "12 đô la và 45 xu", **_m(12.45, "USD")}],
    ),
    # more ranges
    Example(
        "Giá thuê văn phòng dao động giữa 15 và 20 USD/m2/tháng.",
        [{"text": "15 và 20 USD", **_m(15, "USD", value_max=20)}],
    ),
    Example(
        "Giá thuê đất trong khu công nghiệp từ $45 đến $60 mỗi mét vuông.",
        [{"text": "$45 đến $60", **_m(45, "USD", value_max=60)}],
    ),
    Example(
        "Kinh phí dự kiến khoảng chừng từ 40 đến 45 tỷ đồng.",
        [
            {
                "text": "khoảng chừng từ 40 đến 45 tỷ đồng",
                **_m(40000000000, qualifier="approx", value_max=45000000000),
            }
        ],
    ),
    # multi-word qualifiers: the longest phrase before the amount, negations included
    Example(
        "Hộ kinh doanh có doanh thu ít hơn 100 triệu đồng/năm không phải nộp thuế.",
        [{"text": "ít hơn 100 triệu đồng", **_m(100000000, qualifier="lt")}],
    ),
    Example(
        "Chi phí vận chuyển kém hơn 2 triệu đồng mỗi chuyến.",
        [{"text": "kém hơn 2 triệu đồng", **_m(2000000, qualifier="lt")}],
    ),
    Example(
        "Mức hỗ trợ không tới 5 triệu đồng mỗi hộ.",
        [{"text": "không tới 5 triệu đồng", **_m(5000000, qualifier="lt")}],
    ),
    Example(
        "Mức thu phí không hơn 15.000 đồng/lượt và không cao hơn 20.000 đồng/lượt.",
        [
            {"text": "không hơn 15.000 đồng", **_m(15000, qualifier="le")},
            {"text": "không cao hơn 20.000 đồng", **_m(20000, qualifier="le")},
        ],
    ),
    Example(
        "Doanh nghiệp nhỏ vay nhiều hơn 3 tỷ đồng phải có tài sản bảo đảm.",
        [{"text": "nhiều hơn 3 tỷ đồng", **_m(3000000000, qualifier="gt")}],
    ),
    Example(
        "Giá căn hộ cao hơn 60 triệu đồng/m2 ở khu vực trung tâm.",
        [{"text": "cao hơn 60 triệu đồng", **_m(60000000, qualifier="gt")}],
    ),
    Example(
        "Vốn điều lệ không ít hơn 10 tỷ đồng.",
        [{"text": "không ít hơn 10 tỷ đồng", **_m(10000000000, qualifier="ge")}],
    ),
    Example(
        "Mỗi suất quà trị giá tầm khoảng 500.000 đồng.",
        [{"text": "tầm khoảng 500.000 đồng", **_m(500000, qualifier="approx")}],
    ),
    # a comparative before "so với" is a difference; "từ … trở xuống" stays null
    Example(
        "Giá xăng E5 cao hơn 800 đồng/lít so với kỳ điều hành trước.",
        [{"text": "800 đồng", **_m(800)}],
    ),
    Example(
        "Hộ có thu nhập từ 1,5 triệu đồng trở xuống được miễn phí.",
        [{"text": "1,5 triệu đồng", **_m(1500000)}],
    ),
    # a sign
    Example(
        "Lợi nhuận sau thuế năm 2023 âm 45 tỷ đồng.",
        [{"text": "âm 45 tỷ đồng", **_m(-45000000000)}],
    ),
    # a title-case headline: "Đồng" after a scale word is the currency, not a place
    Example(
        "Tỉnh Thu Hút Hơn 500 Tỷ Đồng Vốn Đầu Tư Vào Công Nghiệp",
        [{"text": "Hơn 500 Tỷ Đồng", **_m(500000000000, qualifier="gt")}],
    ),
    # decoys
    Example("Có 3 Đồng Tháp và 2 Yên Bái trong danh sách."),
    Example("Các ngân hàng tăng hai đồng tiền dự trữ chính."),
    Example("Đoàn viên chạy bộ 21k gây quỹ từ thiện."),
    Example("Bản tin thị trường USD 2025 do ngân hàng phát hành."),
    Example("Giá 3 pound thịt bò nhập khẩu tăng mạnh."),
    Example("Thị trường bán lẻ có ba xu hướng lớn trong năm nay."),
    Example("Trong năm đô la Mỹ mạnh lên so với hầu hết các đồng tiền chủ chốt."),
    Example("Dân số thế giới đã vượt 8 tỷ người."),
    Example("Sản lượng lúa cả năm đạt 43 triệu tấn."),
    Example("Ngành du lịch đón 1,2 triệu lượt khách quốc tế."),
    Example("Năm 2021 đồng thời là năm đầu thực hiện kế hoạch 5 năm."),
    Example("Liên hệ đường dây nóng 0912.345.678 để được hỗ trợ."),
    Example("Nghị định số 33/2024/NĐ-CP có hiệu lực từ ngày 15/5."),
    Example("Tỷ lệ nội địa hóa của sản phẩm đạt 45%."),
    Example("Hàng trăm tỷ đồng vốn đầu tư vẫn nằm chờ giải ngân."),
    Example("Tỉnh có 178/179 đề án hoàn thành đúng hạn."),
    Example("Đoàn công tác làm việc với 5 đô thị loại II của tỉnh."),
    Example("Năm Đồng Tháp tổ chức lễ hội, hơn 2 triệu người dân tham gia."),
    Example("Hai tỷ phú công nghệ đến thăm nhà máy."),
]
