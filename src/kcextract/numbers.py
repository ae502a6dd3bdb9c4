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

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from .lexicons import numbers as lex
from .patterns import LazyPattern


def words_pattern(items: Iterable[str]) -> str:
    """An alternation of words, whitespace-tolerant, ending at a word boundary.

    Built as a trie ("đô(?:\\s+la(?:\\s+mỹ)?)?…"): a long flat alternation is tried entry by entry
    at every position, which made case-insensitive searches over currency names slow. The trie
    is greedy, so the longest entry still wins, as with a longest-first alternation.
    """
    root: dict[str, dict] = {}
    for word in set(items):
        node = root
        for ch in " ".join(word.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"
    return "(?:" + _trie(root) + r")\b"


def _trie(node: dict[str, dict]) -> str:
    alts = [(r"\s+" if c == " " else regex.escape(c)) + _trie(sub) for c, sub in sorted(node.items()) if c]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


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

# Single-word lists are matched as regex named lists (\L<name>): the pattern text stays short,
# and `regex` compile time grows with the number of pattern nodes, not with the list sizes.
# Every entry is followed by \b, so at most one entry can match at a place and the order of
# the entries does not matter.
LISTS: dict[str, tuple[str, ...]] = {
    "n_u": tuple(lex.UNITS),
    "n_ut": tuple(lex.UNITS_AFTER_TENS),
    "n_u10": tuple(lex.UNITS_AFTER_TEN),
    "n_tens": tuple(lex.TENS_MARKS),
    "n_linh": tuple(lex.ZERO_TENS),
    "n_dec": tuple(lex.DECIMAL_WORDS),
    "n_sc": tuple(lex.SCALES),
    "n_scb": tuple(lex.SCALE_BLOCKERS),
}
assert all(" " not in w for words in LISTS.values() for w in words), "named lists hold single words"


def Lazy(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: N802  (reads as a class at call sites)
    """A pattern compiled on first use, with the named lists of LISTS available."""
    return LazyPattern(pattern, flags, LISTS)


_U = r"\L<n_u>\b"
_UT = r"\L<n_ut>\b"
_U10 = r"\L<n_u10>\b"
_TENS = r"\L<n_tens>\b"
_B100 = rf"(?:{_U}\s+{_TENS}(?:\s+{_UT})?|{lex.TEN}\b(?:\s+{_U10})?|{_U})"
# A number in words below a hundred ("hai mươi ba", "mười lăm", "bảy"): money's cents use it.
WORDS_BELOW_100 = _B100
_LINH = r"\L<n_linh>\b"
_B1000 = (
    rf"(?:{_U}\s+{lex.HUNDRED}\b(?:\s+{_LINH}\s+{_U}|\s+{_B100}|\s+{lex.HALF_AFTER}\b)?"
    rf"|{_B100})"
)
# The digits after a spoken decimal mark: "2 phẩy 23", "hai phẩy năm", "không phẩy không năm".
_DIGIT_WORD = rf"(?:{_U}|{lex.ZERO}\b)"
_DECIMAL_WORD = r"\L<n_dec>\b"
_DECIMAL = (
    rf"\s+{_DECIMAL_WORD}\s+"
    rf"(?:\d+(?!\d|[.,]\d)|{_B100}(?!\s+{_DIGIT_WORD})|{_DIGIT_WORD}(?:\s+{_DIGIT_WORD})*)"
)
_SUFFIX = "(?:" + "|".join(lex.SUFFIX_SCALES) + r")(?![^\W_])"


def _number(lookbehind: str) -> str:
    """A number without scale: digits ("5 trăm", "10k", "2 phẩy 5") or words below a thousand."""
    return (
        rf"(?:{lookbehind}{DIGITS}(?:{_SUFFIX}|\s+{lex.HUNDRED}\b|{_DECIMAL})?"
        rf"|(?<!\w){_B1000}(?:{_DECIMAL})?)"
    )


# NUMBER, SCALE, WORDS_BELOW_100 and AMOUNT use the named lists: compile them with Lazy (or
# pass LISTS to regex.compile).
NUMBER = _number(r"(?<![\w.,/])")
SCALE = r"(?:\L<n_sc>\b(?!\s+\L<n_scb>\b))"
# What may follow the last scale word: the hundreds of a number read out in full ("hai mươi mốt
# nghìn không trăm mười một" = 21011). Only with "trăm": "2 tỷ 3" is colloquial for 2.3 tỷ.
_TAIL = (
    rf"(?:{lex.ZERO}\s+{lex.HUNDRED}\b\s+(?:{_LINH}\s+{_U}|{_B100})"
    rf"|{_U}\s+{lex.HUNDRED}\b(?:\s+{_LINH}\s+{_U}|\s+{_B100})?)"
)


def _amount(number: str) -> str:
    """A number with its scale words, or the number alone.

    Written as `number (scales…)?` rather than `number scales… | number`, which holds NUMBER
    once less (a third of the compile time) and matches the same: a shorter reading of the
    number always ends before a number word, digit or decimal word, never before a scale
    word, so only the first reading can take the scales. "nửa" is a number only before a
    scale word, hence the lookahead, after which the scales always match.
    """
    half = rf"(?<!\w){lex.HALF}\b"
    more = rf"(?:{NUMBER}|{half})(?:\s*{SCALE})+(?:\s+{lex.HALF_AFTER}\b)?"
    scales = rf"(?:\s*{SCALE})+(?:\s+{lex.HALF_AFTER}\b)?(?:\s+{more})*(?:\s+{_TAIL}(?!\s*{SCALE}))?"
    return rf"(?:{number}|{half}(?=\s*{SCALE}))(?:{scales})?"


AMOUNT = _amount(NUMBER)

FLAGS = regex.IGNORECASE | regex.VERSION0
AMOUNT_RE = Lazy(AMOUNT, FLAGS)
_TOKEN_RE = regex.compile(rf"(?P<d>{DIGITS})|(?P<w>[^\W\d_]+)", FLAGS)
_HAS_DIGIT = regex.compile(r"\d")
_PLAIN_DIGITS = regex.compile(r"[\d.,\u00a0\u202f\u2009 ]+")
_DIGIT_START = regex.compile(r"(?<![\w.,/])\d")
# Searched over whole sentences: a trie scans faster than a named list, which is looked up
# at every position.
_SCALE_RE = Lazy(rf"(?:{words_pattern(lex.SCALES)}(?!\s+{words_pattern(lex.SCALE_BLOCKERS)}))", FLAGS)
_WORD_START = regex.compile(r"(?<!\w)[^\W\d_]")
# What parse_digits drops: the group spaces (str.translate: no regex call for a short string).
_NO_GROUP_SPACES = dict.fromkeys(map(ord, lex.GROUP_SPACES + " "))
_WORD_RE = regex.compile(r"[^\W\d_]+")
_LABEL_BEFORE = Lazy(rf"(?<!\w){words_pattern(lex.RANGE_LOW_BLOCKERS)}\s+\Z", FLAGS)
_DECIMAL_SPLIT = Lazy(rf"\s+{words_pattern(lex.DECIMAL_WORDS)}\s+", FLAGS)
_FRACTION = Lazy(rf"\d+|{_B100}(?!\s+{_DIGIT_WORD})|{_DIGIT_WORD}(?:\s+{_DIGIT_WORD})*", FLAGS)
_SIGN_BEFORE = Lazy(
    rf"(?:(?:(?<![\d%)\]]\s*)(?<![\w.,%)\]])[{lex.NEGATIVE_SIGNS}])|(?<!\w){words_pattern(lex.NEGATIVE_WORDS)}\s+)\Z",
    FLAGS,
)
_LOOKBACK = 40  # characters before a scale word where its number words may start
_DIGITS_RE = regex.compile(DIGITS)
_DIGIT_RUN = regex.compile(r"\d+")
# After a run of digits, only one of these followed by a digit can make DIGITS go on.
_GROUP_MARKS = frozenset(".," + lex.GROUP_SPACES + " ")
_NEXT_WORD = regex.compile(r"\s*([^\W\d_]+)")
# Words that can continue a number written in digits (see NUMBER and SCALE).
_EXTENDERS = frozenset((*lex.SCALES, *lex.SUFFIX_SCALES, lex.HUNDRED, *lex.DECIMAL_WORDS))

_ALL_UNITS = {**lex.UNITS, **lex.UNITS_AFTER_TENS, lex.ZERO: 0}
_SCALE_WORDS = tuple(lex.SCALES)
# Characters that a case-insensitive `regex` matches to a letter of the lexicons although
# str.lower() does not map them to it ("İ" to "i", "ſ" to "s"): a text holding one is not
# pre-filtered by substrings of its lower-cased form (tests/test_numbers.py checks the list).
FOLD_ODD: dict[str, str] = {"\u0130": "i", "\u017f": "s"}
_ONE = Decimal(1)


def may_hold(text: str, low: str, words: Iterable[str]) -> bool:
    """Whether a case-insensitive search for `words` could match in `text` (`low` is its
    lower-cased form): a cheap, never-wrong test before a costlier regex scan."""
    # Plain loops: any() over a generator costs more than the substring tests themselves.
    for c in FOLD_ODD:
        if c in text:
            return True
    for w in words:
        if w in low:
            return True
    return False


_last_text = ""
_last_low = ""


def lowered(text: str) -> str:
    """text.lower(), computed once for the money and percent finders of one sentence."""
    global _last_text, _last_low
    if text is not _last_text:
        _last_text, _last_low = text, text.lower()
    return _last_low


# Not frozen: building a frozen dataclass costs twice as much, and find_amounts builds many.
@dataclass(slots=True)
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
    s = text.translate(_NO_GROUP_SPACES)
    if "." in s and "," in s:
        # The mark that comes last is the decimal mark: 1.234,5 (VN) or 1,234.5 (EN).
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        # One comma is the decimal mark (75,641); several can only group thousands.
        s = s.replace(",", "") if s.count(",") > 1 else s.replace(",", ".")
    elif "." in s:
        head, _, tail = s.rpartition(".")
        # 52.711 groups thousands; a single dot before one, two or 4+ digits is a decimal point,
        # and so is one after a lone 0 ("0.125": no thousands group starts with 0).
        if s.count(".") > 1 or (len(tail) == 3 and head != "0"):
            s = s.replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _fraction_digits(text: str) -> str | None:
    """The digits after a spoken decimal mark: "23" -> "23", "hai mươi ba" -> "23", "không năm" -> "05"."""
    if text[0].isdigit():
        return text
    words = [w.lower() for w in _WORD_RE.findall(text)]
    if all(w in lex.UNITS or w == lex.ZERO for w in words) and len(words) > 1:
        return "".join(str(_ALL_UNITS[w]) for w in words)  # read digit by digit
    value = parse_amount(text)
    return None if value is None else str(int(value))


def _parse_spoken_decimal(text: str, mark: regex.Match[str]) -> Decimal | None:
    """ "hai phẩy năm tỷ": the whole part, the fraction digits, then any scale words."""
    whole = parse_amount(text[: mark.start()])
    rest = text[mark.end() :]
    frac = _FRACTION.match(rest)
    if whole is None or frac is None or whole != whole.to_integral_value():
        return None
    if max_scale(text[: mark.start()]) > 1:
        return None  # "2 tỷ phẩy 5" is no number
    digits = _fraction_digits(frac.group())
    if digits is None:
        return None
    return parse_amount(f"{int(whole)},{digits}{rest[frac.end() :]}")


def parse_amount(text: str) -> Decimal | None:
    """The value of a number with optional scale words: "2 tỷ 627 triệu", "một tỷ rưỡi"."""
    mark = _DECIMAL_SPLIT.search(text)
    if mark is not None:
        return _parse_spoken_decimal(text, mark)
    segments: list[tuple[Decimal, Decimal]] = []  # (value, scale) of the parts already scaled
    small = Decimal(0)  # the part below the next scale word
    last: Decimal | None = None  # the last digit, for "mươi"/"trăm" to multiply
    prev = ""  # the previous token, as a kind: digit, hundred, scale
    prev_scale = Decimal(1)
    seen = False
    pos = 0
    pos_digit_end = -1  # where the last digit group ended: "10k" glues the scale letter to it
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
            pos_digit_end = m.end()
            continue
        w = m.group("w").lower()
        if w in lex.SCALES or (w in lex.SUFFIX_SCALES and prev == "digit" and m.start() == pos_digit_end):
            s = lex.SCALES.get(w) or lex.SUFFIX_SCALES[w]
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
        elif w in lex.TENS_MARKS:
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
    if text[-1:].lower() in lex.SUFFIX_SCALES and text[-2:-1].isdigit():
        found.append(lex.SUFFIX_SCALES[text[-1].lower()])
    return max(found, default=Decimal(1))


def _digits_end(text: str, start: int) -> int | None:
    """Where DIGITS matched at `start` ends, if it matches.

    Most figures are a plain run of digits ("2023", "15"): when no group mark followed by a
    digit comes after the run, DIGITS can only match the run itself (each grouped form needs
    such a mark, and its lookahead then holds), so the full pattern is tried only otherwise.
    """
    run = _DIGIT_RUN.match(text, start)
    if run is None:
        return None
    end = run.end()
    if text[end : end + 1] in _GROUP_MARKS and text[end + 1 : end + 2].isdecimal():
        d = _DIGITS_RE.match(text, start)
        return None if d is None else d.end()
    return end


def _match_glued(text: str, start: int) -> regex.Match[str] | None:
    """AMOUNT at digits glued to a code before them ("USD1,23"), where only a digit, "." "," or
    "/" right before may stop the number. The letter before is blanked out instead of
    compiling AMOUNT a second time with that lookbehind: nothing else in the pattern looks
    before `start`, and the match (offsets, text) is the same as in `text`."""
    before = text[start - 1 : start]
    if not before or before in ".,/" or before.isdecimal():
        return None if before else AMOUNT_RE.match(text, start)
    return AMOUNT_RE.match(text[: start - 1] + " " + text[start:], start)


def find_amounts(
    text: str,
    word_ends: Iterable[int] = (),
    keep_words: Callable[[str, int, int], bool] | None = None,
    glued: Iterable[int] = (),
    low: str | None = None,
) -> list[Amount]:
    """Every number with its scale words and compounds, in order.

    The full pattern is tried only where an amount can start (a digit, or a word shortly
    before a scale word or before one of `word_ends`, such as where a currency name stands),
    which keeps this fast on long texts. Numbers in words alone are found only with a scale
    word ("hai tỷ") or where `keep_words(text, start, end)` accepts them ("mười đô la");
    plain "năm" is far more often "year". `glued` are offsets of digits written right after
    a letter ("USD1,23") that may start an amount all the same. `low` is text.lower(), when
    the caller has it.
    """
    starts = {m.start() for m in _DIGIT_START.finditer(text)}
    glued_starts = set(glued) - starts
    starts |= glued_starts
    # Most sentences have no scale word: a substring test spares the case-insensitive scan.
    ends = (
        [m.start() for m in _SCALE_RE.finditer(text)]
        if may_hold(text, lowered(text) if low is None else low, _SCALE_WORDS)
        else []
    )
    if keep_words is not None:
        ends.extend(word_ends)
    for end in ends:
        starts.update(w.start() for w in _WORD_START.finditer(text, max(0, end - _LOOKBACK), end))
    out: list[Amount] = []
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        if start not in glued_starts:
            # Most digits are years and counts: when no scale word, "trăm", spoken decimal
            # mark or glued "k" follows, the plain digits are the whole number.
            end = _digits_end(text, start)
            if end is not None:
                nxt = _NEXT_WORD.match(text, end)
                if nxt is None or nxt.group(1).lower() not in _EXTENDERS:
                    digits = text[start:end]
                    value = parse_digits(digits)
                    if value is not None:
                        out.append(Amount(start, end, digits, value, _ONE, False))
                        pos = end
                    continue
        if start in glued_starts:
            m = _match_glued(text, start)
        else:
            m = AMOUNT_RE.match(text, start)
        if m is None:
            continue
        if _PLAIN_DIGITS.fullmatch(m.group()):  # the common case (years, counts): no words to parse
            value = parse_digits(m.group())
            if value is not None:
                out.append(Amount(m.start(), m.end(), m.group(), value, _ONE, False))
                pos = m.end()
            continue
        words = not _HAS_DIGIT.search(m.group())
        scale = max_scale(m.group())
        if words and scale == 1 and (keep_words is None or not keep_words(text, m.start(), m.end())):
            continue
        value = parse_amount(m.group())
        if value is None:
            continue
        out.append(Amount(m.start(), m.end(), m.group(), value, scale, words))
        pos = m.end()
    return out


def sign_before(text: str, start: int) -> int | None:
    """Where a minus directly before the number at `start` begins ("-2,5", "âm 2,5"), if any.

    A hyphen counts only when glued to the digits and not after a number ("3 -5" is a range).
    """
    m = _SIGN_BEFORE.search(text, max(0, start - 6), start)
    return m.start() if m is not None else None


def label_before(text: str, start: int) -> bool:
    """Whether the number at `start` follows a label word ("quý 2", "tháng 9"): no range end."""
    return _LABEL_BEFORE.search(text, max(0, start - 8), start) is not None


def to_json(value: Decimal) -> int | float:
    """An int when the value is whole, else a float: what the JSON output holds."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
