"""Date rules: days, months, quarters, years and periods, the document's own date, and year filling.

Spans keep the head noun (`ngày`, `mồng`/`mùng`, `tháng`, `năm`, `quý`, `giai đoạn`, `nhiệm kỳ` …)
but not time-of-day, weekday or edge words (`Sáng 27/12` -> `27/12`, `Thứ Hai, ngày 3/10` ->
`ngày 3/10`, `đầu tháng 5/2023` -> `tháng 5/2023`, `những tháng cuối năm 2022` -> `năm 2022`).
A date written without a year is found with an internal `_yearless` marker and gets its year
(or the `--MM-DD` form) in `resolve`.

Judgement calls (what is in, what is out):
- In: month names in words after `tháng` (`tháng ba`, `tháng Mười Hai năm 2015`; `tháng Năm`
  only capitalised), quarters in words (`quý hai`), `quý 4 của năm 2018`, `mồng 3 tháng 2`,
  two-digit years with a head or a day context (`ngày 15/8/24`), ISO days, `năm tài chính 2024`,
  `ngày đầu tiên/cuối cùng của tháng 3`, day ranges `từ ngày 1 đến ngày 5/9/2023` (`từ`
  included, like `từ năm 2021 đến năm 2023`), `từ 15/8 đến 20/8` (a yearless range).
- Yearless counts and quarters (`quý I`, `6 tháng đầu năm`) take the document's year
  (`year_inferred`); with no document date they are marked `_drop` and the pipeline leaves
  them out (the contract: "no year anywhere to take one from").
- Out: relative expressions with no number (`hôm nay`, `tuần sau`, `năm ngoái`, `cuối năm`,
  `nửa đầu năm nay`), relative counts (`7 tháng qua`, `3 tháng tới`), weeks, seasons, times
  of day, centuries (`thế kỷ 21`), years in number words, lunar dates (`tháng Giêng`,
  `tháng Chạp`, anything followed by `âm lịch`), a yearless date of another year (`tháng 9
  năm ngoái`), months inside an event's name (`Cách mạng tháng Tám`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from ..facts import Mention
from ..lexicons import dates as lx
from ..patterns import LazyPattern
from ..sections import BODY
from ..sentences import Sentence
from . import Example

# ---------------------------------------------------------------------------------------------
# Building blocks. Numbers must stand alone: no digit, letter, or number punctuation glued on
# either side, so `52.711`, `0912.345.678`, `43/2024/NĐ-CP` and `79/KH-UBND` never match.


def _words(items: Iterable[str]) -> str:
    """An alternation of lexicon entries, longest first, any whitespace between words."""
    return "|".join(r"\s+".join(map(regex.escape, w.split())) for w in sorted(items, key=len, reverse=True))


def _first(items: Iterable[str]) -> str:
    """A lookahead for the first letters of lexicon entries: lets a scan skip most positions fast."""
    letters = sorted({w[0].lower() for w in items} | {w[0].upper() for w in items})
    return f"(?=[{''.join(letters)}])"


def _c(pattern: str) -> regex.Pattern[str]:
    # VERSION0: the same engine code as VERSION1 for these patterns (no set operations, no
    # literal that needs full case folding), at half the compile time.
    return LazyPattern(pattern, regex.V0)  # type: ignore[return-value]  # duck-typed


def _ends(pattern: str) -> regex.Pattern[str]:
    """A context pattern anchored at the end (`…$`), only asked whether it matches: searched
    backwards, it is tried at the end first instead of at every position of the window."""
    return LazyPattern(pattern, regex.V0 | regex.REVERSE)  # type: ignore[return-value]


_LB = r"(?=\d)(?<![\p{L}\p{N}/.,:_-])"  # before a number (the lookahead makes scans fast)
_LB_WORD = r"(?<![\p{L}\p{N}_])"  # before a head word
# After a date: no digit, no letter, no `/x` (document numbers), no `-2`, `.5`, `,5`, `%`, `:`.
_RB = r"(?![\p{L}\p{N}_%]|[/.,:\-–]\p{N}|/\p{L}|-\p{L}|\s*%)"

_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"
_M = r"(?P<m>0?[1-9]|1[0-2])"
_Y = r"(?P<y>1[89]\d\d|20\d\d|21\d\d)"
_DAY_HEADS = _words(lx.DAY_HEADS)
_NGAY = rf"(?P<head>{_first(lx.DAY_HEADS)}{_LB_WORD}(?i:{_DAY_HEADS})\s+)"
# An optional head is looked for behind a match (cheaper than an optional group at every position).
_NGAY_BEFORE = _c(rf"{_LB_WORD}(?i:{_DAY_HEADS})\s+$")
# A month after "tháng" may be a word: "tháng ba", "tháng Mười Hai" (same group name `m`).
# Lower-case "năm" is left out (see the lexicon); a word month must end the word.
_MW = (
    rf"(?P<m>(?i:{_words(w for w in lx.MONTH_WORDS if w != 'năm')})|Năm|NĂM)"
    rf"(?!\p{{L}}|\s+(?i:{_words(lx.MONTH_WORD_STOPS)})(?!\p{{L}}))"
)
_MX = rf"(?:{_M}|{_MW})"
_THANG = rf"{_first([lx.MONTH_HEAD])}{_LB_WORD}(?i:{lx.MONTH_HEAD})\s+"
_NAM = rf"{_first([lx.YEAR_HEAD])}{_LB_WORD}(?i:{lx.YEAR_HEAD})\s+"
_DASH = r"\s*[-–—]\s*"


# Full days. The separator is the same on both sides: 17/9/2022, 29-1-2021, 17.9.2022.
_DAY_NUM = _c(rf"{_LB}{_D}(?P<s>[/.\-]){_M}(?P=s){_Y}{_RB}")
_DAY_WORDS = _c(rf"{_LB}{_D}\s+(?i:tháng)\s+{_MX}(?:\s*,)?\s+(?:(?i:của)\s+)?(?i:năm)\s+{_Y}{_RB}")
# Two-digit years ("3/9/91", "ngày 5-6-23") only with a head or a context word (see _is_day).
_DAY_NUM2 = _c(rf"{_LB}{_D}(?P<s>[/\-]){_M}(?P=s)(?P<yy>\d\d){_RB}")
_DAY_ISO = _c(rf"{_LB}{_Y}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){_RB}")
# Day ranges inside one month: "ngày 15-17/9/2022", "từ 15 - 17/9".
_DAY_SPAN = _c(rf"{_LB}(?P<d1>0?[1-9]|[12]\d|3[01]){_DASH}{_D}/{_M}(?:/{_Y})?{_RB}")
# Yearless days: "ngày 7-1", "ngày 17.9", "ngày 17 tháng 9" need the head; a bare "27/12" needs
# a context word before it (checked in code).
_DAY_NOYEAR_HEAD = _c(rf"{_NGAY}{_LB}{_D}(?:(?P<s>[/.\-]){_M}|\s+(?i:tháng)\s+{_MX}){_RB}")
# "Sáng 15 tháng 3", "15 tháng ba," without a head: context word or sentence start (as _is_day).
_DAY_NOYEAR_WORDS = _c(rf"{_LB}{_D}\s+(?i:tháng)\s+{_MX}{_RB}")
# "từ ngày 1 đến ngày 5/9/2023", "từ 10 đến 15 tháng 8": the first day takes the second's month.
_DAY_SPAN_LONG = _c(
    rf"{_LB}(?P<d1>0?[1-9]|[12]\d|3[01])\s*(?:(?i:đến|tới)|[-–—])\s*(?:(?i:{_DAY_HEADS})\s+)?{_D}"
    rf"(?:/{_M}(?:/{_Y})?|\s+(?i:tháng)\s+{_MX}(?:(?:\s*,)?\s+(?i:năm)\s+{_Y})?){_RB}"
)
# "ngày đầu tiên của tháng 3", "ngày cuối cùng của tháng 2/2024".
_EDGE_DAY = _c(
    rf"{_first(['ngày'])}{_LB_WORD}(?i:ngày)\s+"
    rf"(?P<edge>(?i:{_words(lx.FIRST_DAY_WORDS + lx.LAST_DAY_WORDS)}))\s+"
    rf"(?:(?i:của|trong)\s+)?(?i:tháng)\s+{_MX}(?:(?:\s*[/.\-]\s*|\s+(?i:năm)\s+){_Y})?{_RB}"
)
_DAY_NOYEAR_BARE = _c(rf"{_LB}{_D}/{_M}{_RB}")
_DAY_NOYEAR_DASH = _c(rf"{_LB}{_D}(?P<s>[-.]){_M}{_RB}")  # "Chiều 17-9", "tối 17.9": after a time word
_AT_BEFORE = _ends(r"(?i:lúc)\s*$")  # "lúc 9.10" is a time of day
# "ngày 15 và 16/9(/2024)": two days, the first taking the second's month and year.
_DAY_PAIR = _c(rf"{_LB}(?P<d1>0?[1-9]|[12]\d|3[01])\s*(?:(?i:và)|,)\s*{_D}/{_M}(?:/{_Y})?{_RB}")

# Months.
_MONTH_YEAR = _c(
    rf"(?P<head>{_THANG}|(?<![\p{{L}}\p{{N}}])T(?=\d)){_M}(?:\s*[/.\-]\s*|\s+(?i:năm)\s+){_Y}{_RB}"
)
# A spelled month may take its year without "năm" ("tháng Năm 2024": no count reading there).
_MONTH_WORD_YEAR = _c(rf"{_THANG}{_MW}(?:\s*/\s*|\s+(?:(?:(?i:của)\s+)?(?i:năm)\s+)?){_Y}{_RB}")
_MONTH_SPAN = _c(rf"{_THANG}(?P<m1>0?[1-9]|1[0-2]){_DASH}{_M}\s*[/.\-]\s*{_Y}{_RB}")
_MONTH_BARE = _c(rf"{_LB}{_M}/{_Y}{_RB}")
_MONTH_NOYEAR = _c(
    rf"(?<!\d\s{{1,3}}){_THANG}{_MX}(?![\p{{L}}\p{{N}}_%]|\s*[/.\-–]\s*\p{{N}}|\s+(?i:năm)\s+\p{{N}}"
    rf"|\s+(?i:{_words(lx.FREQUENCY_NOUNS)})\b)"
)
# Words before "tháng" that make a month word a count or a name: "mỗi tháng hai lần",
# "vài tháng", "Cách mạng tháng Tám".
_MONTH_WORD_BEFORE = _ends(rf"(?:^|{_LB_WORD})(?i:{_words(lx.MONTH_WORD_BLOCKERS)})\s+$")
_MONTH_NAME_BEFORE = _ends(rf"(?:^|{_LB_WORD})(?i:{_words(lx.MONTH_NAME_WORDS)})\s+$")

# Quarters: "quý I/2024", "quý 3 năm 2022", "Quý II-2023".
_QN = (
    rf"(?P<q>IV|III|II|I|[1-4](?!\p{{N}})|(?i:{_words(lx.QUARTER_WORDS)})"
    rf"(?=\s*(?:$|[,.;:!?)\]/–-]|(?i:{_words(lx.QUARTER_WORD_FOLLOWERS)})(?!\p{{L}}))))"
)
_QUARTER = _c(
    rf"{_first([lx.QUARTER_HEAD])}{_LB_WORD}(?i:{lx.QUARTER_HEAD})\s+{_QN}"
    rf"(?:\s*[/.\-]\s*|\s+(?:(?i:của)\s+)?(?i:năm)\s+){_Y}{_RB}"
)
_QUARTER_NOYEAR = _c(
    rf"{_first([lx.QUARTER_HEAD])}{_LB_WORD}(?i:{lx.QUARTER_HEAD})\s+{_QN}(?![\p{{L}}\p{{N}}]|[/.\-]\s*\p{{N}})"
)
# Month counts: "9 tháng năm 2022", "6 tháng đầu năm 2022", "6 tháng cuối năm 2022".
_EDGES = _words(lx.COUNT_FROM_START + lx.COUNT_FROM_END)
_COUNT = _c(
    rf"{_LB}(?P<n>0?[1-9]|1[0-2])\s+(?i:tháng)\s+(?:(?P<edge>(?i:{_EDGES}))\s+)?(?:(?i:của)\s+)?"
    rf"(?i:năm)\s+{_Y}{_RB}"
)
# Without a year ("6 tháng đầu năm"): the document's year, if it has one. "nửa đầu năm" with no
# year has no number and is left out, like "cuối năm".
_COUNT_NOYEAR = _c(
    rf"{_LB}(?P<n>0?[1-9]|1[0-2])\s+(?i:tháng)\s+(?P<edge>(?i:{_EDGES}))\s+(?i:năm)(?![\p{{L}}\p{{N}}]|\s+\p{{N}})"
)
_HALF = _c(
    rf"{_first([lx.HALF_WORD])}{_LB_WORD}(?i:{lx.HALF_WORD})\s+(?P<edge>(?i:{_words(lx.HALVES)}))"
    rf"\s+(?i:năm)\s+{_Y}{_RB}"
)

# Multi-year periods. `y2` may be shortened to two digits ("2021-25").
_Y2 = r"(?P<y2>1[89]\d\d|20\d\d|21\d\d|\d\d)"
_RANGE_HEAD = _c(
    rf"{_first(lx.RANGE_HEADS)}{_LB_WORD}(?i:{_words(lx.RANGE_HEADS)})\s+(?:(?i:năm)\s+)?{_Y}"
    rf"(?:{_DASH}|\s+(?i:đến|tới)\s+)(?:(?i:năm)\s+)?{_Y2}{_RB}"
)
_RANGE_NAM = _c(rf"{_NAM}{_Y}{_DASH}(?:(?i:năm)\s+)?{_Y2}{_RB}")
_RANGE_BARE = _c(rf"{_LB}{_Y}{_DASH}(?P<y2>1[89]\d\d|20\d\d|21\d\d){_RB}")  # no "2021-25" here

# Years: "năm 2021", with bare years listed after it ("các năm 2021, 2022 và 2023").
_YEAR = _c(rf"{_NAM}(?P<y>\d{{4}}){_RB}")
_YEAR_NEXT = _c(rf"\G(?:\s*,\s*|\s+(?i:và|hoặc)\s+)(?P<y>1[89]\d\d|20\d\d|21\d\d){_RB}")
_YEAR_BARE = _c(rf"{_LB}{_Y}{_RB}")
_YEAR_HEAD = _c(rf"{_first(lx.YEAR_HEADS)}{_LB_WORD}(?i:{_words(lx.YEAR_HEADS)})\s+{_Y}{_RB}")

# A scraper header's ISO date: " date 2022-01".
_META = _c(
    rf"{_first(lx.METADATA_KEYS)}(?<![\p{{L}}])(?i:{_words(lx.METADATA_KEYS)})\s*:?\s*(?P<iso>{_Y}-(?P<m>0[1-9]|1[0-2])"
    rf"(?:-(?P<d>0[1-9]|[12]\d|3[01]))?){_RB}"
)

_DAY_CONTEXT = _ends(rf"(?:^|{_LB_WORD})(?i:{_words(lx.DAY_CONTEXT)})\s*[,(]?\s*$")
_DAY_PREPOSITION = _ends(rf"(?:^|{_LB_WORD})(?i:{_words(lx.DAY_PREPOSITIONS)})\s*$")
_WORD_AFTER = _c(r"\s+\p{L}")  # used with match(text, pos)
_YEAR_CONTEXT = _ends(rf"(?:^|{_LB_WORD})(?i:{_words(lx.YEAR_CONTEXT)})\s*$")
_DOC_NUMBER_BEFORE = _ends(rf"(?:^|{_LB_WORD})(?i:{_words(lx.DOC_NUMBER_WORDS)})\s*$")
# After a bare number: a unit, or "đến 3000" that is not a year, makes it a count.
_COUNT_AFTER = _c(
    rf"\s*(?:[.,]\d|(?i:{_words(lx.COUNT_NOUNS)})(?![\p{{L}}\p{{N}}])"
    rf"|(?:(?i:đến|tới)\s+|[-–]\s*)(?!(?:1[89]|2[01])\d\d(?!\d))\d)"
)
_UNIT_AFTER = _c(rf"\s*(?:%|(?i:{_words(set(lx.COUNT_NOUNS) - set(lx.TIME_UNITS))})(?![\p{{L}}\p{{N}}]))")
_PER_BEFORE = _ends(rf"(?:^|{_LB_WORD})(?i:{_words(lx.PER_WORDS)})\s+$")
_DAY_BEFORE = _c(rf"(?<![\p{{N}}/.]){_D}/{_M}\s*(?:{_words(lx.DAY_JOINERS)})\s*$")
_LIST_JOIN = _c(rf"\s*(?:{_words(lx.LIST_JOINERS)})\s*")
_SENTENCE_OPEN = _c(r"^[\s\p{P}]*$")
_FROM = _c(rf"(?:^|{_LB_WORD})(?P<from>(?i:từ))\s+$")
_TO = _c(r"^\s*(?:(?i:đến|tới)(?:\s+(?i:hết))?\s+|[-–—]\s*)$")
_HAS_DIGIT = _c(r"\d")
# A sentence with no digit can still name a month or quarter in words ("tháng ba", "quý hai").
_WORD_GATE = _c(r"(?i:tháng|quý)\s+\p{L}")
_LUNAR_AFTER = _c(rf"\s*[(\[]?\s*(?i:{_words(lx.LUNAR_MARKERS)})(?![\p{{L}}\p{{N}}])")
_OTHER_YEAR = rf"(?i:{_words(lx.OTHER_YEAR_WORDS)})(?![\p{{L}}\p{{N}}])"
_OTHER_YEAR_AFTER = _c(rf"\s+(?i:năm)\s+{_OTHER_YEAR}")  # "tháng 9 năm ngoái"
_OTHER_YEAR_DIRECT = _c(rf"\s+{_OTHER_YEAR}")  # "6 tháng đầu năm ngoái"
# A count right after a yearless "15 tháng 3" ("sau 2 tháng 10 ngày", "3 tháng 2 lần").
_ANY_UNIT_AFTER = _c(
    rf"\s*(?:%|\p{{N}}|(?i:{_words(set(lx.COUNT_NOUNS) | set(lx.FREQUENCY_NOUNS))})(?![\p{{L}}\p{{N}}]))"
)


@dataclass
class _Cand:
    """A date found in a sentence, before it becomes a Mention (offsets are sentence-local).

    `yearless` values hold `--` in place of the year; `count` marks a yearless quarter or
    month count, which is only a fact where the document's date gives it a year.
    """

    start: int
    end: int
    value: str
    grain: str
    yearless: bool = False
    lo: str = ""  # the interval's first and last points, for joining "từ A đến B"
    hi: str = ""
    count: bool = False

    def __post_init__(self) -> None:
        if not self.lo:
            self.lo, _, hi = self.value.partition("/")
            self.hi = hi or self.lo


def _mon(word: str) -> int:
    """A month number from digits or a month word ("ba", "Mười Hai")."""
    return int(word) if word.isdigit() else lx.MONTH_WORDS[" ".join(word.lower().split())]


def _quarter(word: str) -> int:
    key = word.lower()
    return lx.QUARTERS.get(key) or lx.QUARTER_WORDS[key]


def _day(y: str | None, m: str | int, d: str | int) -> str | None:
    mi, di = _mon(m) if isinstance(m, str) else m, int(d)
    if di > _MONTH_DAYS[mi - 1] or (y and mi == 2 and di == 29 and not _leap(int(y))):
        return None
    return f"{y}-{mi:02d}-{di:02d}" if y else f"--{mi:02d}-{di:02d}"


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _last_day(y: str | None, mi: int) -> int:
    if mi == 2:
        return 29 if y and _leap(int(y)) else 28  # a yearless February: its usual last day
    return _MONTH_DAYS[mi - 1]


def _second_year(y1: str, y2: str) -> int | None:
    """The end of a `y1-y2` range (`2021-25` -> 2025), or None if it is not a later year."""
    end = int(y2) if len(y2) == 4 else int(y1[:2] + y2)
    return end if 0 < end - int(y1) <= 50 else None


_WINDOW = 40  # how far back a context word is looked for


def _before(text: str, pos: int) -> str:
    return text[max(0, pos - _WINDOW) : pos]


def _head_start(text: str, pos: int) -> int | None:
    """Where a `ngày` (`mồng`, `ngày mùng` …) right before `pos` starts, if there is one."""
    head = _NGAY_BEFORE.search(text, max(0, pos - 12), pos)
    return head.start() if head else None


_ANY_YEAR = _c(r"(?:1[89]|2[01])\d\d")


# Gates for the head-word patterns: each head's last word must occur in the sentence.
_RANGE_KEYS = tuple({h.split()[-1] for h in lx.RANGE_HEADS})
_YEAR_HEAD_KEYS = tuple({h.split()[-1] for h in lx.YEAR_HEADS})


# Where a match can start. Every pattern of `_find_all` opens with `_LB` (a number) or with a
# head word (`tháng`, `năm`, `quý`, a metadata key …; `_MONTH_YEAR` also with `T` before a digit).
# Those places are found with one number scan and `str.find`, and each pattern is only tried
# there (`_at`) instead of scanning the whole sentence again for each of ~30 patterns.
#
# A number where `_LB` holds that can open a pattern. The first number of every pattern (`_D`,
# `_M`, `n`, `_Y`) is never followed by a digit, so it spans all the number's digits: a year
# opens `_DAY_ISO`, `_RANGE_BARE`, `_YEAR_BARE`; 1-2 digits open the others, and only before
# what their second element needs (`[/.-]`, a dash, `,`, `đến`, `tới`, `và` or `tháng`).
_NUMBERS = _c(
    r"(?=\d)(?<![\p{L}\p{N}/.,:_-])(?:(?P<y>(?:1[89]|2[01])\d\d)(?!\d)"
    r"|(?P<d>\d\d?)(?!\d)(?=[/.\-]|\s*(?:[-–—,]|(?i:đến|tới|và))|\s+(?i:tháng)))"
)


def _first_words(*heads: str) -> tuple[str, ...]:
    return tuple(sorted({h.split()[0] for h in heads}))


_RANGE_FIRSTS = _first_words(*lx.RANGE_HEADS)
_YEAR_HEAD_FIRSTS = _first_words(*lx.YEAR_HEADS)
_DAY_HEAD_FIRSTS = _first_words(*lx.DAY_HEADS)
_META_FIRSTS = _first_words(*lx.METADATA_KEYS)


def _numbers(text: str, first: int) -> tuple[list[int], list[int]]:
    """Where day/month/count numbers and where years can open a pattern (see _NUMBERS), from
    the first digit at `first` on (the lookbehind still sees the text before it)."""
    days: list[int] = []
    years: list[int] = []
    for m in _NUMBERS.finditer(text, first):
        (years if m.lastgroup == "y" else days).append(m.start())
    return days, years


def _places(text: str, low: str | None, words: tuple[str, ...]) -> list[int]:
    """Every offset where one of `words` (lower case) starts, matched case-insensitively.

    `low` is `text.lower()`, given only when it is as long as `text` and `text` holds no `ſ`:
    where `(?i:tháng)` matches, `low` then reads `tháng`. (The characters that match a letter
    of these words case-insensitively all lower-case to it, but `İ`, which `str.lower()`
    turns into two, and `ſ`, which it keeps: tests/test_dates.py checks this.) Otherwise a
    regex finds the words.
    """
    found: list[int] = []
    for word in words:
        if low is None:
            found.extend(m.start() for m in _word_pattern(word).finditer(text, overlapped=True))
            continue
        pos = low.find(word)
        while pos >= 0:
            found.append(pos)
            pos = low.find(word, pos + 1)
    return sorted(set(found)) if len(words) > 1 else found


@cache
def _word_pattern(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?i:{regex.escape(word)})", regex.V0)


def _month_year_places(text: str, thangs: list[int]) -> list[int]:
    """`_MONTH_YEAR` opens with `tháng` or with a `T` as written ("T9/2024")."""
    found = thangs + [m.start() for m in _T_DIGIT.finditer(text)]
    return sorted(set(found))


_T_DIGIT = _c(r"T(?=\d)")


def _at(pattern: regex.Pattern[str], text: str, starts: list[int]) -> list[regex.Match[str]]:
    """Exactly what `pattern.finditer(text)` finds when every place a match can start is in
    `starts` (sorted): the leftmost match, then the next one from its end, and so on.
    Callers skip the call when a gate is closed or there is no start: `_at(...) if … else ()`."""
    out: list[regex.Match[str]] = []
    end = 0
    for pos in starts:
        if pos >= end:
            m = pattern.match(text, pos)
            if m:
                out.append(m)
                end = m.end()
    return out


def _month_word_ok(text: str, m: regex.Match[str]) -> bool:
    """A month after "tháng" in digits is a month but in a name; in words not after "mỗi", "vài" …"""
    before = _before(text, m.start())
    if _MONTH_NAME_BEFORE.search(before):
        return False
    return m.group("m").isdigit() or not _MONTH_WORD_BEFORE.search(before)


def _find_all(text: str, low: str, first_digit: int) -> list[tuple[int, _Cand]]:
    """Every candidate with its priority (lower wins an overlap). `low` is `text.lower()`,
    `first_digit` the offset of the text's first digit (-1: none)."""
    out: list[tuple[int, _Cand]] = []
    # Cheap gates: most sentences with digits have no year, no slash, no "tháng".
    digit = first_digit >= 0
    year = digit and _ANY_YEAR.search(text, first_digit) is not None
    slash, thang = "/" in text, "tháng" in low
    dash = "-" in text or "–" in text or "—" in text  # every _DASH holds one
    days, years = _numbers(text, first_digit) if digit else ([], [])
    if not (days or years or year or thang or "quý" in low):
        # Every pattern needs one of these: a number that can open it (any day-like number
        # after a `ngày` head is in `days`), a year for the head-word patterns, or the word.
        return out
    lowered = low if len(low) == len(text) and "ſ" not in text else None  # see _places
    thangs = _places(text, lowered, ("tháng",)) if thang else []
    # Each list is empty where its pattern's gate is closed (`years` only holds years, so
    # `year` is true; `nams` only when `year` is, `ngays` only when `thang` is).
    nams = _places(text, lowered, ("năm",)) if year and "năm" in low else []
    quys = _places(text, lowered, ("quý",)) if "quý" in low else []

    metas = _places(text, lowered, _META_FIRSTS) if year and "-" in text else []
    for m in _at(_META, text, metas) if metas else ():
        grain = "day" if m.group("d") else "month"
        out.append((0, _Cand(m.start("iso"), m.end("iso"), m.group("iso"), grain)))
    for m in _at(_DAY_ISO, text, years) if years and "-" in text else ():
        out.append((1, _Cand(m.start(), m.end(), m.group(), "day")))
    for pat in (_DAY_NUM, _DAY_WORDS):
        for m in _at(pat, text, days) if days and year else ():
            value = _day(m.group("y"), m.group("m"), m.group("d"))
            if value:
                start = _head_start(text, m.start())
                out.append((1, _Cand(m.start() if start is None else start, m.end(), value, "day")))
    for m in _at(_DAY_NUM2, text, days) if days and ("/" in text or "-" in text) else ():
        start = _head_start(text, m.start())
        if start is None and not _is_day(text, m):
            continue
        yy = int(m.group("yy"))
        value = _day(str(2000 + yy if yy < 50 else 1900 + yy), m.group("m"), m.group("d"))
        if value:
            out.append((1, _Cand(m.start() if start is None else start, m.end(), value, "day")))
    for m in _at(_DAY_SPAN, text, days) if days and slash else ():
        start = _head_start(text, m.start())
        if start is None and not _FROM.search(_before(text, m.start())):
            continue
        y, mo = m.group("y"), m.group("m")
        lo, hi = _day(y, mo, m.group("d1")), _day(y, mo, m.group("d"))
        if lo and hi and int(m.group("d1")) < int(m.group("d")):
            start = m.start() if start is None else start
            out.append((1, _Cand(start, m.end(), f"{lo}/{hi}", "range", not m.group("y"))))
    long_span = digit and ("đến" in low or "tới" in low or thang)
    for m in _at(_DAY_SPAN_LONG, text, days) if days and long_span else ():
        head = _head_start(text, m.start())
        opened = _FROM.search(text, max(0, (head or m.start()) - 12), head or m.start())
        by_word = not regex.match(r"\d+\s*[-–—]", m.group())
        if not (opened or (head is not None and not by_word)) or int(m.group("d1")) >= int(m.group("d")):
            continue
        if not m.group("y") and _ANY_UNIT_AFTER.match(text, m.end()):
            continue  # "từ 10 đến 15 tháng 8 ngày" is a duration
        if not m.group("y") and "/" in m.group() and _WORD_AFTER.match(text, m.end()):
            if int(m.group("d")) < _mon(m.group("m")) <= 10:
                continue  # "giảm từ 1 đến 2/3 diện tích" is a fraction
        y, mo = m.group("y"), m.group("m")
        lo, hi = _day(y, mo, m.group("d1")), _day(y, mo, m.group("d"))
        if lo and hi:
            start = opened.start("from") if by_word and opened else m.start() if head is None else head
            out.append((1, _Cand(start, m.end(), f"{lo}/{hi}", "range", not y)))
    for m in _at(_DAY_PAIR, text, days) if days and slash and ("và" in low or "," in text) else ():
        head = _head_start(text, m.start())
        y, mo = m.group("y"), m.group("m")
        first, second = _day(y, mo, m.group("d1")), _day(y, mo, m.group("d"))
        if head is None or not (first and second) or int(m.group("d1")) >= int(m.group("d")):
            continue
        end1 = m.start() + len(m.group("d1"))
        out.append((1, _Cand(head, end1, first, "day", not y)))
        out.append((1, _Cand(m.start("d"), m.end(), second, "day", not y)))
    ngays = _places(text, lowered, ("ngày",)) if thang and "ngày" in low else []
    for m in _at(_EDGE_DAY, text, ngays) if ngays else ():
        y, mi = m.group("y"), _mon(m.group("m"))
        d = 1 if m.group("edge").lower() in lx.FIRST_DAY_WORDS else _last_day(y, mi)
        out.append((1, _Cand(m.start(), m.end(), _day(y, mi, d) or "", "day", not y)))
    for m in _at(_QUARTER, text, quys) if quys and year else ():
        q, y = _quarter(m.group("q")), m.group("y")
        value = f"{y}-{3 * q - 2:02d}/{y}-{3 * q:02d}"
        out.append((2, _Cand(m.start(), m.end(), value, "quarter")))
    for m in _at(_COUNT, text, days) if days and year and thang else ():
        n, y, edge = int(m.group("n")), m.group("y"), (m.group("edge") or "").lower()
        first, last = (13 - n, 12) if edge in lx.COUNT_FROM_END else (1, n)
        out.append((2, _Cand(m.start(), m.end(), f"{y}-{first:02d}/{y}-{last:02d}", "range")))
    halves = _places(text, lowered, ("nửa",)) if year and "nửa" in low else []
    for m in _at(_HALF, text, halves) if halves else ():
        first, last = lx.HALVES[m.group("edge").lower()]
        y = m.group("y")
        out.append((2, _Cand(m.start(), m.end(), f"{y}-{first:02d}/{y}-{last:02d}", "range")))
    for m in _at(_MONTH_SPAN, text, thangs) if thangs and year else ():
        m1, m2, y = int(m.group("m1")), int(m.group("m")), m.group("y")
        if m1 < m2:
            out.append((2, _Cand(m.start(), m.end(), f"{y}-{m1:02d}/{y}-{m2:02d}", "range")))
    for m in _at(_MONTH_YEAR, text, _month_year_places(text, thangs)) if year else ():
        if m.group("head").strip().lower() == "tháng" and not _month_word_ok(text, m):
            continue
        out.append((3, _Cand(m.start(), m.end(), f"{m.group('y')}-{int(m.group('m')):02d}", "month")))
    for m in _at(_MONTH_WORD_YEAR, text, thangs) if thangs and year else ():
        if _month_word_ok(text, m):
            out.append((3, _Cand(m.start(), m.end(), f"{m.group('y')}-{_mon(m.group('m')):02d}", "month")))
    for m in _at(_MONTH_BARE, text, days) if days and year and slash else ():
        before = _before(text, m.start())
        if _YEAR_CONTEXT.search(before) and not _DOC_NUMBER_BEFORE.search(before):
            out.append((3, _Cand(m.start(), m.end(), f"{m.group('y')}-{int(m.group('m')):02d}", "month")))
    ranged = year and any(k in low for k in _RANGE_KEYS)
    for pat, gate, starts in (
        (_RANGE_HEAD, ranged, _places(text, lowered, _RANGE_FIRSTS) if ranged else []),
        (_RANGE_NAM, year and dash, nams),
        (_RANGE_BARE, year and dash, years),
    ):
        for m in _at(pat, text, starts) if starts and gate else ():
            end = _second_year(m.group("y"), m.group("y2"))
            if end:
                out.append((3, _Cand(m.start(), m.end(), f"{m.group('y')}/{end}", "range")))
    year_head = year and any(k in low for k in _YEAR_HEAD_KEYS)
    year_heads = _places(text, lowered, _YEAR_HEAD_FIRSTS) if year_head else []
    for m in _at(_YEAR_HEAD, text, year_heads) if year_heads and year_head else ():
        out.append((3, _Cand(m.start(), m.end(), m.group("y"), "year")))
    for m in _at(_YEAR, text, nams) if nams else ():
        y = int(m.group("y"))
        if not 1000 <= y <= 2199:
            continue
        out.append((4, _Cand(m.start(), m.end(), m.group("y"), "year")))
        pos = m.end()
        while nxt := _YEAR_NEXT.match(text, pos):  # "năm 2021 và 2022": the listed years too
            if _COUNT_AFTER.match(text, nxt.end()):
                break
            out.append((4, _Cand(nxt.start("y"), nxt.end("y"), nxt.group("y"), "year")))
            pos = nxt.end()
    day_head = digit and ("ngày" in low or "mồng" in low or "mùng" in low)
    day_heads = _places(text, lowered, _DAY_HEAD_FIRSTS) if day_head else []
    for m in _at(_DAY_NOYEAR_HEAD, text, day_heads) if day_heads and day_head else ():
        if _UNIT_AFTER.match(text, m.end()) or _PER_BEFORE.search(_before(text, m.start())):
            continue  # "mỗi ngày 2-3 lần" is a rate
        value = _day(None, m.group("m"), m.group("d"))
        if value and _month_word_ok(text, m):
            out.append((5, _Cand(m.start(), m.end(), value, "day", True)))
    for m in _at(_DAY_NOYEAR_WORDS, text, days) if days and thang else ():
        if _is_day(text, m, spelled=True) and not _ANY_UNIT_AFTER.match(text, m.end()):
            value = _day(None, m.group("m"), m.group("d"))
            if value:
                out.append((5, _Cand(m.start(), m.end(), value, "day", True)))
    for m in _at(_DAY_NOYEAR_BARE, text, days) if days and slash else ():
        if _is_day(text, m):
            value = _day(None, m.group("m"), m.group("d"))
            if value:
                out.append((5, _Cand(m.start(), m.end(), value, "day", True)))
    for m in _at(_DAY_NOYEAR_DASH, text, days) if days and ("-" in text or "." in text) else ():
        # A dash is also a range or a score ("2-3 năm", "thắng 2-1"): a time word must come before.
        window = _before(text, m.start())
        if m.group("s") == "." and _AT_BEFORE.search(window):
            continue
        if _DAY_CONTEXT.search(window) and not _COUNT_AFTER.match(text, m.end()):
            value = _day(None, m.group("m"), m.group("d"))
            if value:
                out.append((5, _Cand(m.start(), m.end(), value, "day", True)))
    for m in _at(_MONTH_NOYEAR, text, thangs) if thangs else ():
        if not _UNIT_AFTER.match(text, m.end()) and _month_word_ok(text, m):  # "lương tháng 13 triệu"
            out.append((6, _Cand(m.start(), m.end(), f"--{_mon(m.group('m')):02d}", "month", True)))
    for m in _at(_QUARTER_NOYEAR, text, quys) if quys else ():
        # Kept if a listed quarter lends it a year ("quý I và quý II/2024", see _borrow_years)
        # or the document's date gives it one (resolve).
        q = _quarter(m.group("q"))
        value = f"--{3 * q - 2:02d}/--{3 * q:02d}"
        out.append((6, _Cand(m.start(), m.end(), value, "quarter", True, count=True)))
    for m in _at(_COUNT_NOYEAR, text, days) if days and thang else ():
        n, edge = int(m.group("n")), m.group("edge").lower()
        first, last = (13 - n, 12) if edge in lx.COUNT_FROM_END else (1, n)
        out.append((6, _Cand(m.start(), m.end(), f"--{first:02d}/--{last:02d}", "range", True, count=True)))
    for m in _at(_YEAR_BARE, text, years) if years else ():
        if _YEAR_CONTEXT.search(_before(text, m.start())) and not _COUNT_AFTER.match(text, m.end()):
            out.append((7, _Cand(m.start(), m.end(), m.group("y"), "year")))
    return out


def _is_day(text: str, m: regex.Match[str], spelled: bool = False) -> bool:
    """Is a yearless `15/9` (or a spelled `15 tháng 9`) a day? It needs a time word before it,
    a day before it ("30/4 - 1/5"), or to open the sentence.

    A small `d/m` (`1/3`, `2/5`) may be a fraction: after a preposition it is only a day with no
    word after it, and after another small pair ("từ 1/3 đến 1/2") only if that one was a day.
    A spelled day after a preposition or at the start needs no word after it either ("Sau 3
    tháng 2 doanh nghiệp…" is a count).
    """
    start = m.start()
    window = _before(text, start)
    if _DAY_CONTEXT.search(window):
        return True
    small = int(m.group("d")) < _mon(m.group("m")) <= 10
    prev = _DAY_BEFORE.search(window)
    if prev:
        if not small or not int(prev.group("d")) < int(prev.group("m")) <= 10:
            return True
        prev_start = max(0, start - _WINDOW) + prev.start()
        return bool(
            _DAY_CONTEXT.search(_before(text, prev_start)) or _head_start(text, prev_start) is not None
        )
    followed = bool(_WORD_AFTER.match(text, m.end()))
    if _SENTENCE_OPEN.match(text, 0, start):
        return not followed  # "23/4, Bộ Công Thương…" but not "3/4 số doanh nghiệp…"
    if _DAY_PREPOSITION.search(window):
        return not (followed and (small or spelled))  # "giảm tới 1/3 diện tích" is a fraction
    return False


def _select(cands: list[tuple[int, _Cand]]) -> list[_Cand]:
    """Keep the best candidate of each overlap: lower priority number first, then the longer one."""
    kept: list[_Cand] = []
    for _, c in sorted(cands, key=lambda pc: (pc[0], -(pc[1].end - pc[1].start), pc[1].start)):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _with_year(point: str, year: str) -> str:
    return year + point[1:] if point.startswith("--") else point


def _set_year(c: _Cand, year: str) -> None:
    c.value = "/".join(_with_year(p, year) for p in c.value.split("/"))
    c.lo, c.hi = _with_year(c.lo, year), _with_year(c.hi, year)
    c.yearless = c.count = False


def _borrow_years(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A yearless item listed right before a dated one of the same grain takes its year.

    "tháng 9 và tháng 10/2022" -> 2022-09 and 2022-10; "quý I và quý II/2024" -> both 2024.
    The text gives the year, so this is not `year_inferred`.
    """
    for i in range(len(cands) - 2, -1, -1):
        a, b = cands[i], cands[i + 1]
        listed = a.grain == b.grain and _LIST_JOIN.fullmatch(text, a.end, b.start)
        if a.yearless and not b.yearless and listed:
            _set_year(a, b.lo[:4])
    return cands


def _join_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """ "từ năm 2021 đến năm 2023" / "từ tháng 1 đến tháng 9/2022" are one range, "từ" included.

    The year of either end fills a yearless other end ("từ 15/8 đến 20/8/2024"); two yearless
    days or months make a yearless range ("từ 15/8 đến 20/8") that resolve gives a year.
    """
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        opened = _FROM.search(text, max(0, a.start - 12), a.start)
        if b and opened and _TO.match(text[a.end : b.start]) and not (a.count or b.count):
            year = b.lo[:4] if not b.yearless else a.hi[:4] if not a.yearless else ""
            yearless = not year
            if yearless and a.grain != b.grain:
                year = "?"  # two yearless ends of different grains are not joined
            lo, hi = (a.lo, b.hi) if yearless else (_with_year(a.lo, year), _with_year(b.hi, year))
            if year != "?" and lo < hi:
                out.append(_Cand(opened.start("from"), b.end, f"{lo}/{hi}", "range", yearless, lo, hi))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _keep(text: str, c: _Cand) -> bool:
    """A lunar date has no ISO value; a yearless date of "năm ngoái" is not the document's year."""
    if c.grain in ("day", "month", "range") and _LUNAR_AFTER.match(text, c.end):
        return False
    if c.yearless:
        ends_in_year = text[c.start : c.end].lower().endswith("năm")  # "6 tháng đầu năm"
        other = _OTHER_YEAR_DIRECT if ends_in_year else _OTHER_YEAR_AFTER
        return not other.match(text, c.end)
    return True


def find(sentence: Sentence) -> list[Mention]:
    found = _find_local(sentence.text)
    if not found:
        return []
    base = sentence.start
    # Fresh objects every time: resolve() and the pipeline change a mention's value and fields.
    return [
        Mention("date", base + start, base + end, value, dict(fields)) for start, end, value, fields in found
    ]


_Local = tuple[tuple[int, int, str, tuple[tuple[str, object], ...]], ...]


@lru_cache(maxsize=8192)
def _find_local(text: str) -> _Local:
    """The dates of a sentence with sentence-local offsets. Cached by text: scraped pages
    repeat their boilerplate (menus, related-article headlines) in every article of a site."""
    digit = _HAS_DIGIT.search(text)
    low = text.lower()
    # Where `(?i:tháng|quý)` matches, the lower-cased text reads `tháng` or `quý` (see _places).
    if digit is None and not (("tháng" in low or "quý" in low) and _WORD_GATE.search(text)):
        return ()
    found = _find_all(text, low, digit.start() if digit else -1)
    if not found:
        return ()
    cands = _join_ranges(text, _borrow_years(text, _select(found)))
    out = []
    for c in cands:
        if not c.value or not _keep(text, c):
            continue
        fields: tuple[tuple[str, object], ...] = (("grain", c.grain),)
        if c.yearless:
            fields += (("_yearless", True),)
        if c.count:
            fields += (("_count", True),)
        out.append((c.start, c.end, c.value, fields))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# The document's own date.

_HEADER = _c(rf"^\s*(?i:{_words(lx.METADATA_KEYS)})\s*:?\s*(?P<iso>{_Y}-(?P<m>0[1-9]|1[0-2])(?:-{_D})?){_RB}")
_STAMP_DATE = _c(
    rf"{_LB}{_D}(?P<s>[/.\-]){_M}(?P=s){_Y}{_RB}"
    rf"|{_LB}{_D}\s+(?i:tháng)\s+{_M}(?:\s*,)?\s+(?i:năm)\s+{_Y}{_RB}"
    rf"|{_LB}{_Y}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){_RB}"
)
# A dateline: a place name in capitals, a comma, the date ("TP Hồ Chí Minh, ngày 15/9/2024",
# "Bà Rịa - Vũng Tàu, ngày …"). The place may be longer than _STAMP_MAX_WORDS.
_DATELINE_PLACE = _c(
    r"^\s*\p{Lu}[\p{L}.]*(?:\s+(?:\p{Lu}[\p{L}.]*|phố|[-–]))*\s*,\s*(?i:ngày\s+(?:(?i:mồng|mùng)\s+)?)?$"
)
_STAMP_NOISE = _c(
    rf"\d{{1,2}}\s*[:h]\s*\d{{2}}(?::\d{{2}})?'?|\(?GMT\s*[+-]\s*\d+\)?|{_LB_WORD}(?i:{_words(lx.STAMP_WORDS)})"
    rf"(?![\p{{L}}])|[\p{{P}}\p{{S}}\s]+"
)
_STAMP_MAX_LEN = 80  # a stamp or dateline is a short line of its own
_STAMP_MAX_WORDS = 3  # words left besides date, time, weekday: a place name ("Hà Nội")
_TOP_LINES = 6  # the article's own stamp stands among its first lines


def document_date(text: str, blocks: list) -> str | None:
    """The document's own date (ISO, YYYY-MM or YYYY-MM-DD) from a header, dateline or time stamp.

    A scraper header (` date 2022-01` at the very start) wins. Otherwise the first short line
    among the first body lines that is only a date, a time, a weekday and maybe a place name
    (`Thứ Hai, 17/09/2022 17:15`, `17:15' - 17/09/2022`, `Hà Nội, ngày 17 tháng 9 năm 2022`).
    Lines in boilerplate blocks are never used: a teaser's stamp is not the document's date.
    """
    head = _HEADER.match(text)
    if head:
        return head.group("iso")
    seen = 0
    for block in blocks:
        if getattr(block, "section", BODY) != BODY:
            continue
        for line in regex.finditer(r"[^\n]+", text[block.start : block.end]):
            stripped = line.group().strip()
            if not stripped:
                continue
            seen += 1
            if seen > _TOP_LINES:
                return None
            if len(stripped) <= _STAMP_MAX_LEN:
                found = _stamp_date(stripped)
                if found:
                    return found
    return None


def _stamp_date(line: str) -> str | None:
    m = _STAMP_DATE.search(line)
    if not m:
        return None
    rest = line[: m.start()] + " " + line[m.end() :]
    words = [w for w in _STAMP_NOISE.split(rest) if w and w.strip()]
    if len(words) > _STAMP_MAX_WORDS and _DATELINE_PLACE.match(line, 0, m.start()):
        words = [w for w in _STAMP_NOISE.split(line[m.end() :]) if w and w.strip()]
    if len(words) > _STAMP_MAX_WORDS or any(_HAS_DIGIT.search(w) for w in words):
        return None
    return _day(m.group("y"), m.group("m"), m.group("d"))


# ---------------------------------------------------------------------------------------------
# Year filling.


def resolve(mentions: list[Mention], doc_date: str | None) -> None:
    """Give yearless dates the document's year (year_inferred), else the --MM-DD form.

    A yearless quarter or month count (`quý I`, `6 tháng đầu năm`) has no no-year form: with
    no document date it is marked `_drop` for the pipeline to leave out (the contract: "no year
    anywhere to take one from").

    Year roll-over: a yearless date is put in the year before or after the document's only
    when the document's own year puts it 9 or more months away and the other year within 3
    (an article dated 2022-01 that mentions `27/12` means 2021-12-27, one dated 2022-12
    announcing `ngày 5/1` means 2023-01-05; one dated 2017-02 that names `tháng 10` means
    2017-10). A quarter or month count only ever rolls back. With a year-only
    document date the year is taken as it is. Internal marker
    fields (`_…`) are removed here.
    """
    for m in mentions:
        yearless = bool(m.fields.get("_yearless"))
        count = bool(m.fields.get("_count"))
        for key in [k for k in m.fields if k.startswith("_")]:
            del m.fields[key]
        if not (yearless and isinstance(m.value, str)):
            continue
        year = _year_for(m.value, doc_date, forward=not count) if doc_date else None
        if year is None:
            if count:
                m.fields["_drop"] = True
            continue
        parts = [_with_year(p, str(year)) for p in m.value.split("/")]
        m.value = "/".join(parts)
        m.fields["year_inferred"] = True


_ROLL_FAR = 9  # months from the document's date in its own year ...
_ROLL_NEAR = 3  # ... and at most this far in the neighbouring year


def _year_for(value: str, doc_date: str, *, forward: bool = True) -> int | None:
    """The year a `--MM…` value most likely means in a document dated `doc_date`.

    A quarter or month count never rolls forward: `quý I` in an October report is this
    year's first quarter, not next year's (reports look back or plan the current year).
    """
    try:
        doc_year = int(doc_date[:4])
    except ValueError:
        return None
    if len(doc_date) < 7 or not value.startswith("--"):
        return doc_year
    doc_month, month = int(doc_date[5:7]), int(value[2:4])
    if abs(month - doc_month) >= _ROLL_FAR:
        other = doc_year - 1 if month > doc_month else doc_year + 1
        if other > doc_year and not forward:
            return doc_year
        if abs((other - doc_year) * 12 + month - doc_month) <= _ROLL_NEAR:
            return other
    return doc_year


# ---------------------------------------------------------------------------------------------

# The rules' specification: realistic sentences, positives first, then decoys.
EXAMPLES: list[Example] = [
    # Days.
    Example(
        "Ngày 12/8/2023, Sở Công Thương tỉnh Nghệ An tổ chức hội nghị sơ kết công tác 6 tháng.",
        [{"text": "Ngày 12/8/2023", "value": "2023-08-12", "grain": "day"}],
    ),
    Example(
        "Quyết định số 1520/QĐ-UBND ngày 03-10-2022 của UBND tỉnh phê duyệt đề án khuyến công.",
        [{"text": "ngày 03-10-2022", "value": "2022-10-03", "grain": "day"}],
    ),
    Example(
        "Hà Tĩnh, ngày 5 tháng 6 năm 2023, Ban Quản lý khu kinh tế ký kết biên bản ghi nhớ.",
        [{"text": "ngày 5 tháng 6 năm 2023", "value": "2023-06-05", "grain": "day"}],
    ),
    Example(
        "Luật Điện lực sửa đổi có hiệu lực kể từ 1.2.2025 theo thông báo của Quốc hội.",
        [{"text": "1.2.2025", "value": "2025-02-01", "grain": "day"}],
    ),
    Example(
        "Tin cập nhật 09:45' - 21/03/2024 về giá xăng dầu trong nước.",
        [{"text": "21/03/2024", "value": "2024-03-21", "grain": "day"}],
    ),
    Example(
        "Tính đến hết ngày 30/6/2023, tổng dư nợ cho vay của các ngân hàng trên địa bàn tăng nhẹ.",
        [{"text": "ngày 30/6/2023", "value": "2023-06-30", "grain": "day"}],
    ),
    # Yearless days: without a document date they keep the --MM-DD form; spans drop time-of-day words.
    Example(
        "Chiều 14/5, đoàn công tác của Bộ Công Thương làm việc với tỉnh Bình Dương.",
        [{"text": "14/5", "value": "--05-14", "grain": "day", "year_inferred": None}],
    ),
    Example(
        "Tối ngày 2/9, lễ hội ánh sáng khai mạc tại quảng trường trung tâm thành phố.",
        [{"text": "ngày 2/9", "value": "--09-02", "grain": "day"}],
    ),
    Example(
        "Ngày 20-11, Hiệp hội Dệt may tổ chức diễn đàn xuất khẩu.",
        [{"text": "Ngày 20-11", "value": "2023-11-20", "grain": "day", "year_inferred": True}],
        doc_date="2023-11-21",
    ),
    Example(
        "Hôm nay (8/3), nhiều cửa hàng bán lẻ tung chương trình khuyến mãi.",
        [{"text": "8/3", "value": "2024-03-08", "year_inferred": True}],
        doc_date="2024-03",
    ),
    Example(
        "Sáng 29/12, Sở Công Thương tổng kết công tác năm.",
        [{"text": "29/12", "value": "2022-12-29", "grain": "day", "year_inferred": True}],
        doc_date="2023-01-04",
    ),
    Example(
        "Ngày 3/1 tới, chợ phiên nông sản sẽ mở cửa trở lại.",
        [{"text": "Ngày 3/1", "value": "2024-01-03", "year_inferred": True}],
        doc_date="2023-12-20",
    ),
    # Months.
    Example(
        "Trong tháng 8/2023, chỉ số sản xuất công nghiệp của tỉnh tăng 6,2% so với tháng trước.",
        [{"text": "tháng 8/2023", "value": "2023-08", "grain": "month"}],
    ),
    Example(
        "Giá phân bón đã giảm liên tục từ tháng 11 năm 2022 và chững lại vào tháng 02-2023.",
        [
            {"text": "tháng 11 năm 2022", "value": "2022-11", "grain": "month"},
            {"text": "tháng 02-2023", "value": "2023-02", "grain": "month"},
        ],
    ),
    Example(
        "Dự án dự kiến hoàn thành vào 12/2025 và đi vào vận hành thương mại.",
        [{"text": "12/2025", "value": "2025-12", "grain": "month"}],
    ),
    Example(
        "Sức mua trong tháng 10 thường tăng mạnh trước mùa mua sắm cuối năm.",
        [{"text": "tháng 10", "value": "--10", "grain": "month"}],
    ),
    # Quarters and month counts.
    Example(
        "Doanh thu bán lẻ quý III/2023 ước đạt 1,6 triệu tỷ đồng.",
        [{"text": "quý III/2023", "value": "2023-07/2023-09", "grain": "quarter"}],
    ),
    Example(
        "Quý 4 năm 2021, kim ngạch nhập khẩu than tăng đột biến.",
        [{"text": "Quý 4 năm 2021", "value": "2021-10/2021-12", "grain": "quarter"}],
    ),
    Example(
        "Trong 11 tháng đầu năm 2023, xuất khẩu gạo đạt 7,75 triệu tấn.",
        [{"text": "11 tháng đầu năm 2023", "value": "2023-01/2023-11", "grain": "range"}],
    ),
    Example(
        "Tiêu thụ điện 3 tháng cuối năm 2022 giảm do nhiều nhà máy cắt giảm đơn hàng.",
        [{"text": "3 tháng cuối năm 2022", "value": "2022-10/2022-12", "grain": "range"}],
    ),
    Example(
        "Nửa đầu năm 2024, giải ngân vốn đầu tư công đạt gần 30% kế hoạch.",
        [{"text": "Nửa đầu năm 2024", "value": "2024-01/2024-06", "grain": "range"}],
    ),
    # Years and multi-year periods.
    Example(
        "Năm 2023, tỉnh thu hút thêm 15 dự án FDI, cao hơn năm 2022.",
        [{"text": "Năm 2023", "value": "2023", "grain": "year"}, {"text": "năm 2022", "value": "2022"}],
    ),
    Example(
        "Quy hoạch điện VIII định hướng đến năm 2030, tầm nhìn 2050 phát triển điện gió ngoài khơi.",
        [
            {"text": "năm 2030", "value": "2030", "grain": "year"},
            {"text": "2050", "value": "2050", "grain": "year"},
        ],
    ),
    Example(
        "Kế hoạch phát triển thương mại điện tử giai đoạn 2026 – 2030 đã được phê duyệt.",
        [{"text": "giai đoạn 2026 – 2030", "value": "2026/2030", "grain": "range"}],
    ),
    Example(
        "Đại hội Đảng bộ Sở nhiệm kỳ 2025-2030 thành công tốt đẹp.",
        [{"text": "nhiệm kỳ 2025-2030", "value": "2025/2030", "grain": "range"}],
    ),
    Example(
        "Chương trình hỗ trợ được triển khai từ năm 2019 đến năm 2022 tại 12 huyện.",
        [{"text": "từ năm 2019 đến năm 2022", "value": "2019/2022", "grain": "range"}],
    ),
    Example(
        "Từ tháng 3 đến tháng 6/2024, lực lượng quản lý thị trường kiểm tra 1.200 vụ.",
        [{"text": "Từ tháng 3 đến tháng 6/2024", "value": "2024-03/2024-06", "grain": "range"}],
    ),
    Example(
        "Niên vụ 2023-2024, sản lượng cà phê của Đắk Lắk giảm khoảng 10%.",
        [{"text": "Niên vụ 2023-2024", "value": "2023/2024", "grain": "range"}],
    ),
    Example(
        "Các năm 2020, 2021 và 2022 đều chịu ảnh hưởng của dịch bệnh.",
        [{"text": "năm 2020", "value": "2020"}, {"text": "2021", "value": "2021"}, {"text": "2022"}],
    ),
    Example(
        "Trong những tháng cuối năm 2023, nhu cầu hàng Tết tăng cao.",
        [{"text": "năm 2023", "value": "2023", "grain": "year"}],
    ),
    Example(
        "Hội chợ diễn ra từ ngày 10 - 13/11/2023 tại Trung tâm Hội chợ triển lãm.",
        [{"text": "ngày 10 - 13/11/2023", "value": "2023-11-10/2023-11-13", "grain": "range"}],
    ),
    # A yearless item listed before a dated one takes its year from the text.
    Example(
        "Quý I và quý II/2025, sản lượng điện thương phẩm tăng hơn 9%.",
        [
            {"text": "Quý I", "value": "2025-01/2025-03", "grain": "quarter"},
            {"text": "quý II/2025", "value": "2025-04/2025-06", "grain": "quarter"},
        ],
    ),
    Example(
        "Dịp nghỉ lễ 30/4 - 1/5, lượng khách đến các trung tâm thương mại tăng mạnh.",
        [{"text": "30/4", "value": "--04-30", "grain": "day"}, {"text": "1/5", "value": "--05-01"}],
    ),
    Example(
        "Chiều 17-9, tại TP Hồ Chí Minh, Hội chợ hàng Việt Nam chất lượng cao khai mạc.",
        [{"text": "17-9", "value": "--09-17", "grain": "day"}],
    ),
    # Spelled days and months, mồng/mùng, weekday + date, two-digit years.
    Example(
        "Thứ Hai, ngày 7/10, Sở Công Thương tổ chức họp báo về chương trình khuyến mại tập trung.",
        [{"text": "ngày 7/10", "value": "--10-07", "grain": "day"}],
    ),
    Example(
        "Mồng 2 tháng 9 năm 2025, các trung tâm thương mại mở cửa xuyên đêm phục vụ người dân.",
        [{"text": "Mồng 2 tháng 9 năm 2025", "value": "2025-09-02", "grain": "day"}],
    ),
    Example(
        "Chương trình tặng quà cho trẻ em sẽ diễn ra vào ngày mùng 1/6 tại nhà văn hóa huyện.",
        [{"text": "ngày mùng 1/6", "value": "2024-06-01", "grain": "day", "year_inferred": True}],
        doc_date="2024-05-28",
    ),
    Example(
        "Vào tháng Ba, giá cà phê nhân xô tại Tây Nguyên lập đỉnh mới.",
        [{"text": "tháng Ba", "value": "--03", "grain": "month"}],
    ),
    Example(
        "Tháng Mười Hai năm 2024, lượng khách quốc tế đến Khánh Hòa đạt kỷ lục.",
        [{"text": "Tháng Mười Hai năm 2024", "value": "2024-12", "grain": "month"}],
    ),
    Example(
        "Lễ ký kết diễn ra ngày 9 tháng tư tại trụ sở Ủy ban nhân dân tỉnh.",
        [{"text": "ngày 9 tháng tư", "value": "2023-04-09", "grain": "day", "year_inferred": True}],
        doc_date="2023-04-10",
    ),
    Example(
        "Sáng 15 tháng 3, tại Hà Nội, Bộ Công Thương phát động Tháng hành động vì người tiêu dùng.",
        [{"text": "15 tháng 3", "value": "--03-15", "grain": "day"}],
    ),
    Example(
        "Biên bản nghiệm thu ký ngày 15/8/24 ghi nhận công trình đạt yêu cầu kỹ thuật.",
        [{"text": "ngày 15/8/24", "value": "2024-08-15", "grain": "day"}],
    ),
    Example(
        "Hạn chót nộp hồ sơ là ngày cuối cùng của tháng 2/2024.",
        [{"text": "ngày cuối cùng của tháng 2/2024", "value": "2024-02-29", "grain": "day"}],
    ),
    # A yearless month far from the document's month keeps the document's year (no roll-over).
    Example(
        "Nhà máy dự kiến vận hành thương mại vào tháng 10 tới.",
        [{"text": "tháng 10", "value": "2024-10", "grain": "month", "year_inferred": True}],
        doc_date="2024-02-05",
    ),
    # Quarters in words or with "của"; a fiscal year; ISO stamps.
    Example(
        "Sang quý hai năm 2024, đơn hàng dệt may bắt đầu phục hồi rõ rệt.",
        [{"text": "quý hai năm 2024", "value": "2024-04/2024-06", "grain": "quarter"}],
    ),
    Example(
        "Lợi nhuận quý 4 của năm 2023 tăng gấp đôi nhờ giá dầu thô đi lên.",
        [{"text": "quý 4 của năm 2023", "value": "2023-10/2023-12", "grain": "quarter"}],
    ),
    Example(
        "Năm tài chính 2025, tập đoàn đặt mục tiêu doanh thu 5.000 tỷ đồng.",
        [{"text": "Năm tài chính 2025", "value": "2025", "grain": "year"}],
    ),
    Example(
        "Dữ liệu được cập nhật ngày 2024-05-17 và đối chiếu lại vào 17.06.2024.",
        [
            {"text": "2024-05-17", "value": "2024-05-17", "grain": "day"},
            {"text": "17.06.2024", "value": "2024-06-17", "grain": "day"},
        ],
    ),
    # Day ranges: "từ ngày 1 đến ngày 5/9/2024" (từ in the span, as for years); yearless ends.
    Example(
        "Hội chợ nông sản diễn ra từ ngày 1 đến ngày 5/9/2024 tại Cần Thơ.",
        [{"text": "từ ngày 1 đến ngày 5/9/2024", "value": "2024-09-01/2024-09-05", "grain": "range"}],
    ),
    Example(
        "Tuần lễ quảng bá sản phẩm OCOP được tổ chức từ 15/8 đến 20/8 tại phố đi bộ.",
        [
            {
                "text": "từ 15/8 đến 20/8",
                "value": "2024-08-15/2024-08-20",
                "grain": "range",
                "year_inferred": True,
            }
        ],
        doc_date="2024-08-10",
    ),
    Example(
        "Triển lãm kéo dài từ 10 đến 15 tháng 8 năm 2025 với hơn 500 gian hàng.",
        [{"text": "từ 10 đến 15 tháng 8 năm 2025", "value": "2025-08-10/2025-08-15", "grain": "range"}],
    ),
    Example(
        "Đoàn doanh nghiệp làm việc tại Nhật Bản ngày 3 và 4/10/2024, tối 5.10 về nước.",
        [
            {"text": "ngày 3", "value": "2024-10-03", "grain": "day"},
            {"text": "4/10/2024", "value": "2024-10-04", "grain": "day"},
            {"text": "5.10", "value": "--10-05", "grain": "day"},
        ],
    ),
    Example(
        "Mùa vụ 2024-2025, diện tích lúa đông xuân toàn tỉnh đạt 65.000 ha.",
        [{"text": "Mùa vụ 2024-2025", "value": "2024/2025", "grain": "range"}],
    ),
    # Counts and quarters with no year take the document's year; without one they are left out.
    Example(
        "6 tháng đầu năm, sản lượng điện thương phẩm tăng 10,5%, riêng quý II tăng 11,2% so với quý I.",
        [
            {"text": "6 tháng đầu năm", "value": "2024-01/2024-06", "grain": "range", "year_inferred": True},
            {"text": "quý II", "value": "2024-04/2024-06", "grain": "quarter", "year_inferred": True},
            {"text": "quý I", "value": "2024-01/2024-03", "grain": "quarter", "year_inferred": True},
        ],
        doc_date="2024-07-10",
    ),
    Example(
        "Quý IV vừa qua, giá thép xây dựng giảm 3 lần liên tiếp.",
        [{"text": "Quý IV", "value": "2023-10/2023-12", "grain": "quarter", "year_inferred": True}],
        doc_date="2024-01-15",
    ),
    # News paragraphs: datelines, stamps, report periods, document numbers and other numbers.
    Example(
        "Hà Nội, ngày 15/9/2024\nSáng 14/9, Bộ Công Thương phối hợp với UBND tỉnh Bắc Giang tổ chức diễn đàn"
        " xúc tiến tiêu thụ vải thiều; đến hết tháng 8/2024, sản lượng vải xuất khẩu đạt 43.000 tấn.",
        [
            {"text": "ngày 15/9/2024", "value": "2024-09-15", "grain": "day"},
            {"text": "14/9", "value": "2024-09-14", "grain": "day", "year_inferred": True},
            {"text": "tháng 8/2024", "value": "2024-08", "grain": "month"},
        ],
    ),
    Example(
        "Lũy kế 9 tháng năm 2024, tổng mức bán lẻ hàng hóa ước đạt 4.690 nghìn tỷ đồng, tăng 8,8% so với"
        " cùng kỳ năm 2023. Riêng tháng 9/2024 ước tính đạt 533 nghìn tỷ đồng, giảm 0,3% so với tháng trước.",
        [
            {"text": "9 tháng năm 2024", "value": "2024-01/2024-09", "grain": "range"},
            {"text": "năm 2023", "value": "2023", "grain": "year"},
            {"text": "tháng 9/2024", "value": "2024-09", "grain": "month"},
        ],
    ),
    Example(
        "Căn cứ Nghị định 32/2024/NĐ-CP và Thông tư 12/2023/TT-BCT, UBND tỉnh ban hành Quyết định số"
        " 1234/QĐ-UBND ngày 12/5/2023 về quản lý cụm công nghiệp; doanh nghiệp đạt chuẩn ISO 9001:2015"
        " và QCVN 01:2019/BCT được ưu tiên.",
        [{"text": "ngày 12/5/2023", "value": "2023-05-12", "grain": "day"}],
    ),
    Example(
        "Giá xăng đồng loạt giảm từ chiều nay\n(Ngày 12/3/2024 15:30)\nXăng E5 RON92 giảm 230 đồng/lít,"
        " còn 22.840 đồng/lít; RON95 xuống 23.500 đồng/lít kể từ 15h ngày 12/3.",
        [
            {"text": "Ngày 12/3/2024", "value": "2024-03-12", "grain": "day"},
            {"text": "ngày 12/3", "value": "2024-03-12", "grain": "day", "year_inferred": True},
        ],
    ),
    Example(
        "Lúc 14h30 ngày 5/6, lực lượng quản lý thị trường phát hiện 2.000 hộp khẩu trang phòng Covid-19"
        " không rõ nguồn gốc; người dân có thể phản ánh qua số 0243.123.456.",
        [{"text": "ngày 5/6", "value": "2024-06-05", "grain": "day", "year_inferred": True}],
        doc_date="2024-06-07",
    ),
    Example(
        "TP Hồ Chí Minh, ngày 20 tháng 11 năm 2024\nTheo quy hoạch đến năm 2030, tầm nhìn đến 2045, giai đoạn"
        " 2026-2030 thành phố thu hút 5 dự án mỗi năm; niên vụ 2023-2024 sản lượng cà phê đạt 1,8 triệu tấn.",
        [
            {"text": "ngày 20 tháng 11 năm 2024", "value": "2024-11-20", "grain": "day"},
            {"text": "năm 2030", "value": "2030", "grain": "year"},
            {"text": "2045", "value": "2045", "grain": "year"},
            {"text": "giai đoạn 2026-2030", "value": "2026/2030", "grain": "range"},
            {"text": "niên vụ 2023-2024", "value": "2023/2024", "grain": "range"},
        ],
    ),
    Example(
        "Quý IV/2023 doanh thu giảm nhưng đến hết quý III/2024 đã phục hồi; 2 tháng đầu năm 2024 nhập khẩu"
        " tăng, còn những tháng cuối năm 2022 thì sụt giảm. Đầu tháng 5/2023 và trung tuần tháng 8, giá"
        " thép biến động mạnh.",
        [
            {"text": "Quý IV/2023", "value": "2023-10/2023-12", "grain": "quarter"},
            {"text": "quý III/2024", "value": "2024-07/2024-09", "grain": "quarter"},
            {"text": "2 tháng đầu năm 2024", "value": "2024-01/2024-02", "grain": "range"},
            {"text": "năm 2022", "value": "2022", "grain": "year"},
            {"text": "tháng 5/2023", "value": "2023-05", "grain": "month"},
            {"text": "tháng 8", "value": "--08", "grain": "month"},
        ],
    ),
    Example(
        "Thứ Hai, ngày 7/10, Sở Công Thương tổ chức họp báo; tháng Mười năm nay, giá phân bón tăng so với"
        " tháng 9 năm ngoái.",
        [
            {"text": "ngày 7/10", "value": "2024-10-07", "grain": "day", "year_inferred": True},
            {"text": "tháng Mười", "value": "2024-10", "grain": "month", "year_inferred": True},
        ],
        doc_date="2024-10-08",
    ),
    # Decoys.
    Example("Dự án đã đi qua 2/3 chặng đường và sẽ hoàn thành sau 2-3 năm nữa."),
    Example("Công nhân được kiểm tra sức khỏe mỗi ngày 2-3 lần và làm việc 3 tháng 10 ngày liên tục."),
    Example("Trong quý I, giá thép giảm nhẹ còn nhu cầu quý trước tăng."),
    Example("Nghị định số 15/2023/NĐ-CP sửa đổi quy định về phòng vệ thương mại."),
    Example("Theo Kế hoạch 245/KH-UBND và Quyết định 1234/QĐ-BCT, các sở triển khai ngay."),
    Example("Đến nay đã có 178/179 đề án được nghiệm thu, đạt 99,4%."),
    Example("Với 85 năm kinh nghiệm, doanh nghiệp đã xuất khẩu sang 30 nước trong 20 năm qua."),
    Example("Người dân gọi đường dây nóng 0912.345.678 để phản ánh hàng giả."),
    Example("Đây là lần thứ 9 hội chợ được tổ chức, năm vừa qua có 300 gian hàng."),
    Example("Trận chung kết kết thúc với tỷ số 2-1 sau 90 phút thi đấu."),
    Example("Chỉ số giá tiêu dùng dự kiến tăng 3-4% và tổng vốn đạt 2 tỷ 627 triệu đồng."),
    Example("Triển lãm VIMEXPO 2024 và Hội chợ Vietnam Expo 2025 thu hút nhiều doanh nghiệp."),
    Example("Quý I vừa qua, 7 tháng qua và những tháng cuối năm đều ghi nhận tăng trưởng."),
    Example("Gần 2/3 số doanh nghiệp được khảo sát cho biết đơn hàng giảm tới 1/2 so với trước."),
    Example("Phiên họp bắt đầu lúc 17:15 và phần mềm được nâng cấp lên phiên bản 2.10.3."),
    Example("Bản đồ quy hoạch tỷ lệ 1/2000 được công bố công khai tại trụ sở xã."),
    Example("Sản lượng khai thác đạt 52.711 tấn, mỗi tháng 2 lần kiểm tra định kỳ."),
    Example(
        "Đây là lần thứ 15 doanh nghiệp lọt Top 10 thương hiệu mạnh; phần mềm phiên bản 4.2.1 giúp giảm"
        " 5-7% chi phí, nhiệt độ kho được giữ ở 21-23°C và giá bán 23.500 đồng/lít."
    ),
    Example(
        "Mùng 10/3 âm lịch, hàng vạn du khách về Đền Hùng; rằm tháng Giêng và tháng Chạp cũng đông khách."
    ),
    Example(
        "Hàng tháng tư vấn cho 200 hộ kinh doanh, mỗi tháng hai lần kiểm tra và ba tháng một lần tổng kết."
    ),
    Example("Quý khách mua đá quý hai loại được giảm giá; mỗi quý một lần công ty tri ân khách hàng."),
    Example("Sau 3 tháng 2 doanh nghiệp đã hoàn tất thủ tục, giá điện tăng từ 1/3 đến 1/2 so với trước."),
    Example("6 tháng đầu năm, nửa cuối năm nay và 7 tháng qua, sức mua đều tăng chậm."),
    Example("Tháng 9 năm ngoái giá giảm, còn 6 tháng đầu năm trước sản lượng thấp.", doc_date="2024-10-01"),
    Example("Cách mạng tháng Tám thành công mở ra kỷ nguyên mới; tháng này và tháng tới giá ổn định."),
    Example("Sản phẩm đạt tiêu chuẩn TCVN 5699-2-2010, ISO 14001:2015 và bản đồ tỷ lệ 1:2000."),
    Example("Xe xuất phát lúc 9.10 sáng, cả 2 và 3/5 số xe đã kiểm định, chiều dài 14.9 mét."),
]
