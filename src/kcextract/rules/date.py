"""Date rules: days, months, quarters, years and periods, the document's own date, and year filling.

Spans keep the head noun (`ngày`, `tháng`, `năm`, `quý`, `giai đoạn`, `nhiệm kỳ` …) but not
time-of-day or weekday words (`Sáng 27/12` -> `27/12`). A day or month written without a year
is found with an internal `_yearless` marker and gets its year (or the `--MM-DD` form) in
`resolve`. A quarter or month count without a year (`quý I`, `7 tháng qua`) is not a fact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..facts import Mention
from ..lexicons import dates as lx
from ..sections import BODY
from ..sentences import Sentence
from . import Example

# ---------------------------------------------------------------------------------------------
# Building blocks. Numbers must stand alone: no digit, letter, or number punctuation glued on
# either side, so `52.711`, `0912.345.678`, `43/2024/NĐ-CP` and `79/KH-UBND` never match.


def _words(items: Iterable[str]) -> str:
    """An alternation of lexicon entries, longest first, any whitespace between words."""
    return "|".join(r"\s+".join(map(regex.escape, w.split())) for w in sorted(items, key=len, reverse=True))


_LB = r"(?<![\p{L}\p{N}/.,:_-])"  # what may not stand right before a number
_LB_WORD = r"(?<![\p{L}\p{N}_])"  # before a head word
# After a date: no digit, no letter, no `/x` (document numbers), no `-2`, `.5`, `,5`, `%`, `:`.
_RB = r"(?![\p{L}\p{N}_%]|[/.,:\-–]\p{N}|/\p{L}|-\p{L}|\s*%)"

_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"
_M = r"(?P<m>0?[1-9]|1[0-2])"
_Y = r"(?P<y>1[89]\d\d|20\d\d|21\d\d)"
_NGAY = rf"(?P<head>{_LB_WORD}(?i:{lx.DAY_HEAD})\s+)"
# An optional head is looked for behind a match (cheaper than an optional group at every position).
_NGAY_BEFORE = regex.compile(rf"{_LB_WORD}(?i:{lx.DAY_HEAD})\s+$", regex.V1)
_THANG = rf"{_LB_WORD}(?i:{lx.MONTH_HEAD})\s+"
_NAM = rf"{_LB_WORD}(?i:{lx.YEAR_HEAD})\s+"
_DASH = r"\s*[-–—]\s*"


def _c(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.V1)


# Full days. The separator is the same on both sides: 17/9/2022, 29-1-2021, 17.9.2022.
_DAY_NUM = _c(rf"{_LB}{_D}(?P<s>[/.\-]){_M}(?P=s){_Y}{_RB}")
_DAY_WORDS = _c(rf"{_LB}{_D}\s+(?i:tháng)\s+{_M}(?:\s*,)?\s+(?i:năm)\s+{_Y}{_RB}")
_DAY_ISO = _c(rf"{_LB}{_Y}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){_RB}")
# Day ranges inside one month: "ngày 15-17/9/2022", "từ 15 - 17/9".
_DAY_SPAN = _c(rf"{_LB}(?P<d1>0?[1-9]|[12]\d|3[01]){_DASH}{_D}/{_M}(?:/{_Y})?{_RB}")
# Yearless days: "ngày 7-1", "ngày 17.9", "ngày 17 tháng 9" need the head; a bare "27/12" needs
# a context word before it (checked in code).
_DAY_NOYEAR_HEAD = _c(rf"{_NGAY}{_LB}{_D}(?:(?P<s>[/.\-])|\s+(?i:tháng)\s+){_M}{_RB}")
_DAY_NOYEAR_BARE = _c(rf"{_LB}{_D}/{_M}{_RB}")
_DAY_NOYEAR_DASH = _c(rf"{_LB}{_D}-{_M}{_RB}")  # "Chiều 17-9": only after a time word

# Months.
_MONTH_YEAR = _c(
    rf"(?P<head>{_THANG}|(?<![\p{{L}}\p{{N}}])T(?=\d)){_M}(?:\s*[/.\-]\s*|\s+(?i:năm)\s+){_Y}{_RB}"
)
_MONTH_SPAN = _c(rf"{_THANG}(?P<m1>0?[1-9]|1[0-2]){_DASH}{_M}\s*[/.\-]\s*{_Y}{_RB}")
_MONTH_BARE = _c(rf"{_LB}{_M}/{_Y}{_RB}")
_MONTH_NOYEAR = _c(
    rf"(?<!\d\s{{1,3}}){_THANG}{_M}(?![\p{{L}}\p{{N}}_%]|\s*[/.\-–]\s*\p{{N}}|\s+(?i:năm)\s+\p{{N}}|\s+(?i:{_words(lx.FREQUENCY_NOUNS)})\b)"
)

# Quarters: "quý I/2024", "quý 3 năm 2022", "Quý II-2023".
_QUARTER = _c(
    rf"{_LB_WORD}(?i:{lx.QUARTER_HEAD})\s+(?P<q>IV|III|II|I|[1-4])"
    rf"(?:\s*[/.\-]\s*|\s+(?i:năm)\s+){_Y}{_RB}"
)
_QUARTER_NOYEAR = _c(rf"{_LB_WORD}(?i:{lx.QUARTER_HEAD})\s+(?P<q>IV|III|II|I|[1-4])(?![\p{{L}}\p{{N}}/.\-])")
# Month counts: "9 tháng năm 2022", "6 tháng đầu năm 2022", "6 tháng cuối năm 2022".
_EDGES = _words(lx.COUNT_FROM_START + lx.COUNT_FROM_END)
_COUNT = _c(
    rf"{_LB}(?P<n>0?[1-9]|1[0-2])\s+(?i:tháng)\s+(?:(?P<edge>(?i:{_EDGES}))\s+)?(?:(?i:của)\s+)?"
    rf"(?i:năm)\s+{_Y}{_RB}"
)
_HALF = _c(rf"{_LB_WORD}(?i:{lx.HALF_WORD})\s+(?P<edge>(?i:{_words(lx.HALVES)}))\s+(?i:năm)\s+{_Y}{_RB}")

# Multi-year periods. `y2` may be shortened to two digits ("2021-25").
_Y2 = r"(?P<y2>1[89]\d\d|20\d\d|21\d\d|\d\d)"
_RANGE_HEAD = _c(
    rf"{_LB_WORD}(?i:{_words(lx.RANGE_HEADS)})\s+(?:(?i:năm)\s+)?{_Y}"
    rf"(?:{_DASH}|\s+(?i:đến|tới)\s+)(?:(?i:năm)\s+)?{_Y2}{_RB}"
)
_RANGE_NAM = _c(rf"{_NAM}{_Y}{_DASH}(?:(?i:năm)\s+)?{_Y2}{_RB}")
_RANGE_BARE = _c(rf"{_LB}{_Y}{_DASH}(?P<y2>1[89]\d\d|20\d\d|21\d\d){_RB}")  # no "2021-25" here

# Years: "năm 2021", with bare years listed after it ("các năm 2021, 2022 và 2023").
_YEAR = _c(rf"{_NAM}(?P<y>\d{{4}}){_RB}")
_YEAR_NEXT = _c(rf"\G(?:\s*,\s*|\s+(?i:và|hoặc)\s+)(?P<y>1[89]\d\d|20\d\d|21\d\d){_RB}")
_YEAR_BARE = _c(rf"{_LB}{_Y}{_RB}")

# A scraper header's ISO date: " date 2022-01".
_META = _c(
    rf"(?<![\p{{L}}])(?i:{_words(lx.METADATA_KEYS)})\s*:?\s*(?P<iso>{_Y}-(?P<m>0[1-9]|1[0-2])"
    rf"(?:-(?P<d>0[1-9]|[12]\d|3[01]))?){_RB}"
)

_DAY_CONTEXT = _c(rf"(?:^|{_LB_WORD})(?i:{_words(lx.DAY_CONTEXT)})\s*[,(]?\s*$")
_DAY_PREPOSITION = _c(rf"(?:^|{_LB_WORD})(?i:{_words(lx.DAY_PREPOSITIONS)})\s*$")
_WORD_AFTER = _c(r"\s+\p{L}")  # used with match(text, pos)
_YEAR_CONTEXT = _c(rf"(?:^|{_LB_WORD})(?i:{_words(lx.YEAR_CONTEXT)})\s*$")
_DOC_NUMBER_BEFORE = _c(rf"(?:^|{_LB_WORD})(?i:{_words(lx.DOC_NUMBER_WORDS)})\s*$")
# After a bare number: a unit, or "đến 3000" that is not a year, makes it a count.
_COUNT_AFTER = _c(
    rf"\s*(?:[.,]\d|(?i:{_words(lx.COUNT_NOUNS)})(?![\p{{L}}\p{{N}}])"
    rf"|(?:(?i:đến|tới)\s+|[-–]\s*)(?!(?:1[89]|2[01])\d\d(?!\d))\d)"
)
_UNIT_AFTER = _c(rf"\s*(?:%|(?i:{_words(set(lx.COUNT_NOUNS) - set(lx.TIME_UNITS))})(?![\p{{L}}\p{{N}}]))")
_PER_BEFORE = _c(rf"(?:^|{_LB_WORD})(?i:{_words(lx.PER_WORDS)})\s+$")
_DAY_BEFORE = _c(rf"(?<![\p{{N}}/.]){_D}/{_M}\s*(?:{_words(lx.DAY_JOINERS)})\s*$")
_LIST_JOIN = _c(rf"\s*(?:{_words(lx.LIST_JOINERS)})\s*")
_SENTENCE_OPEN = _c(r"^[\s\p{P}]*$")
_FROM = _c(rf"(?:^|{_LB_WORD})(?P<from>(?i:từ))\s+$")
_TO = _c(r"^\s*(?:(?i:đến|tới)(?:\s+(?i:hết))?\s+|[-–—]\s*)$")
_HAS_DIGIT = _c(r"\d")


@dataclass
class _Cand:
    """A date found in a sentence, before it becomes a Mention (offsets are sentence-local)."""

    start: int
    end: int
    value: str
    grain: str
    yearless: bool = False
    lo: str = ""  # the interval's first and last points, for joining "từ A đến B"
    hi: str = ""

    def __post_init__(self) -> None:
        if not self.lo:
            self.lo, _, hi = self.value.partition("/")
            self.hi = hi or self.lo


def _day(y: str | None, m: str, d: str) -> str | None:
    mi, di = int(m), int(d)
    if di > _MONTH_DAYS[mi - 1] or (y and mi == 2 and di == 29 and not _leap(int(y))):
        return None
    return f"{y}-{mi:02d}-{di:02d}" if y else f"--{mi:02d}-{di:02d}"


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _second_year(y1: str, y2: str) -> int | None:
    """The end of a `y1-y2` range (`2021-25` -> 2025), or None if it is not a later year."""
    end = int(y2) if len(y2) == 4 else int(y1[:2] + y2)
    return end if 0 < end - int(y1) <= 50 else None


_WINDOW = 40  # how far back a context word is looked for


def _before(text: str, pos: int) -> str:
    return text[max(0, pos - _WINDOW) : pos]


def _head_start(text: str, pos: int) -> int | None:
    """Where a `ngày` right before `pos` starts, if there is one."""
    head = _NGAY_BEFORE.search(text, max(0, pos - 12), pos)
    return head.start() if head else None


_ANY_YEAR = _c(r"(?:1[89]|2[01])\d\d")


def _scan(pattern: regex.Pattern[str], text: str, gate: bool) -> Iterable[regex.Match[str]]:
    return pattern.finditer(text) if gate else ()


def _find_all(text: str) -> list[tuple[int, _Cand]]:
    """Every candidate with its priority (lower wins an overlap)."""
    out: list[tuple[int, _Cand]] = []
    # Cheap gates: most sentences with digits have no year, no slash, no "tháng".
    low = text.lower()
    year, slash, thang = bool(_ANY_YEAR.search(text)), "/" in text, "tháng" in low

    for m in _scan(_META, text, year):
        grain = "day" if m.group("d") else "month"
        out.append((0, _Cand(m.start("iso"), m.end("iso"), m.group("iso"), grain)))
    for m in _scan(_DAY_ISO, text, year):
        out.append((1, _Cand(m.start(), m.end(), m.group(), "day")))
    for pat in (_DAY_NUM, _DAY_WORDS):
        for m in _scan(pat, text, year):
            value = _day(m.group("y"), m.group("m"), m.group("d"))
            if value:
                start = _head_start(text, m.start())
                out.append((1, _Cand(m.start() if start is None else start, m.end(), value, "day")))
    for m in _scan(_DAY_SPAN, text, slash):
        start = _head_start(text, m.start())
        if start is None and not _FROM.search(_before(text, m.start())):
            continue
        y, mo = m.group("y"), m.group("m")
        lo, hi = _day(y, mo, m.group("d1")), _day(y, mo, m.group("d"))
        if lo and hi and int(m.group("d1")) < int(m.group("d")):
            start = m.start() if start is None else start
            out.append((1, _Cand(start, m.end(), f"{lo}/{hi}", "range", not m.group("y"))))
    for m in _scan(_QUARTER, text, year and "quý" in low):
        q, y = lx.QUARTERS[m.group("q").lower()], m.group("y")
        value = f"{y}-{3 * q - 2:02d}/{y}-{3 * q:02d}"
        out.append((2, _Cand(m.start(), m.end(), value, "quarter")))
    for m in _scan(_COUNT, text, year and thang):
        n, y, edge = int(m.group("n")), m.group("y"), (m.group("edge") or "").lower()
        first, last = (13 - n, 12) if edge in lx.COUNT_FROM_END else (1, n)
        out.append((2, _Cand(m.start(), m.end(), f"{y}-{first:02d}/{y}-{last:02d}", "range")))
    for m in _scan(_HALF, text, year and "nửa" in low):
        first, last = lx.HALVES[m.group("edge").lower()]
        y = m.group("y")
        out.append((2, _Cand(m.start(), m.end(), f"{y}-{first:02d}/{y}-{last:02d}", "range")))
    for m in _scan(_MONTH_SPAN, text, year and thang):
        m1, m2, y = int(m.group("m1")), int(m.group("m")), m.group("y")
        if m1 < m2:
            out.append((2, _Cand(m.start(), m.end(), f"{y}-{m1:02d}/{y}-{m2:02d}", "range")))
    for m in _scan(_MONTH_YEAR, text, year):
        out.append((3, _Cand(m.start(), m.end(), f"{m.group('y')}-{int(m.group('m')):02d}", "month")))
    for m in _scan(_MONTH_BARE, text, year and slash):
        before = _before(text, m.start())
        if _YEAR_CONTEXT.search(before) and not _DOC_NUMBER_BEFORE.search(before):
            out.append((3, _Cand(m.start(), m.end(), f"{m.group('y')}-{int(m.group('m')):02d}", "month")))
    for pat in (_RANGE_HEAD, _RANGE_NAM, _RANGE_BARE):
        for m in _scan(pat, text, year):
            end = _second_year(m.group("y"), m.group("y2"))
            if end:
                out.append((3, _Cand(m.start(), m.end(), f"{m.group('y')}/{end}", "range")))
    for m in _scan(_YEAR, text, year):
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
    for m in _scan(_DAY_NOYEAR_HEAD, text, "ngày" in low):
        if _UNIT_AFTER.match(text, m.end()) or _PER_BEFORE.search(_before(text, m.start())):
            continue  # "mỗi ngày 2-3 lần" is a rate
        value = _day(None, m.group("m"), m.group("d"))
        if value:
            out.append((5, _Cand(m.start(), m.end(), value, "day", True)))
    for m in _scan(_DAY_NOYEAR_BARE, text, slash):
        if _is_day(text, m):
            value = _day(None, m.group("m"), m.group("d"))
            if value:
                out.append((5, _Cand(m.start(), m.end(), value, "day", True)))
    for m in _scan(_DAY_NOYEAR_DASH, text, "-" in text):
        # A dash is also a range or a score ("2-3 năm", "thắng 2-1"): a time word must come before.
        if _DAY_CONTEXT.search(_before(text, m.start())) and not _COUNT_AFTER.match(text, m.end()):
            value = _day(None, m.group("m"), m.group("d"))
            if value:
                out.append((5, _Cand(m.start(), m.end(), value, "day", True)))
    for m in _scan(_MONTH_NOYEAR, text, thang):
        if not _UNIT_AFTER.match(text, m.end()):  # "lương tháng 13 triệu" is no month
            out.append((6, _Cand(m.start(), m.end(), f"--{int(m.group('m')):02d}", "month", True)))
    for m in _scan(_QUARTER_NOYEAR, text, "quý" in low):
        # Kept only if a listed quarter lends it a year ("quý I và quý II/2024"); see _borrow_years.
        q = lx.QUARTERS[m.group("q").lower()]
        out.append((6, _Cand(m.start(), m.end(), f"--{3 * q - 2:02d}/--{3 * q:02d}", "quarter", True)))
    for m in _scan(_YEAR_BARE, text, year):
        if _YEAR_CONTEXT.search(_before(text, m.start())) and not _COUNT_AFTER.match(text, m.end()):
            out.append((7, _Cand(m.start(), m.end(), m.group("y"), "year")))
    return out


def _is_day(text: str, m: regex.Match[str]) -> bool:
    """Is a bare yearless `15/9` a day? It needs a time word before it, or to open the sentence."""
    before = text[: m.start()]
    if _DAY_CONTEXT.search(_before(text, m.start())) or _DAY_BEFORE.search(_before(text, m.start())):
        return True
    followed = bool(_WORD_AFTER.match(text, m.end()))
    if _SENTENCE_OPEN.match(before):
        return not followed  # "23/4, Bộ Công Thương…" but not "3/4 số doanh nghiệp…"
    if _DAY_PREPOSITION.search(_before(text, m.start())):
        d, mo = int(m.group("d")), int(m.group("m"))
        return not (followed and d < mo <= 10)  # "giảm tới 1/3 diện tích" is a fraction
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


def _borrow_years(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A yearless item listed right before a dated one of the same grain takes its year.

    "tháng 9 và tháng 10/2022" -> 2022-09 and 2022-10; "quý I và quý II/2024" -> both 2024.
    The text gives the year, so this is not `year_inferred`. Yearless quarters that borrow
    nothing are dropped (a quarter with no year anywhere is not a fact).
    """
    for i in range(len(cands) - 2, -1, -1):
        a, b = cands[i], cands[i + 1]
        listed = a.grain == b.grain and _LIST_JOIN.fullmatch(text, a.end, b.start)
        if a.yearless and not b.yearless and listed:
            year = b.lo[:4]
            a.value = "/".join(_with_year(p, year) for p in a.value.split("/"))
            a.lo, a.hi = _with_year(a.lo, year), _with_year(a.hi, year)
            a.yearless = False
    return [c for c in cands if not (c.yearless and c.grain == "quarter")]


def _join_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """ "từ năm 2021 đến năm 2023" / "từ tháng 1 đến tháng 9/2022" are one range, "từ" included."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        opened = _FROM.search(text, max(0, a.start - 12), a.start)
        if b and opened and _TO.match(text[a.end : b.start]) and not b.yearless:
            year = b.lo[:4]
            lo = _with_year(a.lo, year)
            if lo < b.hi:
                out.append(_Cand(opened.start("from"), b.end, f"{lo}/{b.hi}", "range", False, lo, b.hi))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def find(sentence: Sentence) -> list[Mention]:
    text = sentence.text
    if not _HAS_DIGIT.search(text):
        return []
    cands = _join_ranges(text, _borrow_years(text, _select(_find_all(text))))
    out = []
    for c in cands:
        fields: dict[str, object] = {"grain": c.grain}
        if c.yearless:
            fields["_yearless"] = True
        out.append(Mention("date", sentence.start + c.start, sentence.start + c.end, c.value, fields))
    return out


# ---------------------------------------------------------------------------------------------
# The document's own date.

_HEADER = _c(rf"^\s*(?i:{_words(lx.METADATA_KEYS)})\s*:?\s*(?P<iso>{_Y}-(?P<m>0[1-9]|1[0-2])(?:-{_D})?){_RB}")
_STAMP_DATE = _c(
    rf"{_LB}{_D}(?P<s>[/.\-]){_M}(?P=s){_Y}{_RB}"
    rf"|{_LB}{_D}\s+(?i:tháng)\s+{_M}(?:\s*,)?\s+(?i:năm)\s+{_Y}{_RB}"
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
    if len(words) > _STAMP_MAX_WORDS or any(_HAS_DIGIT.search(w) for w in words):
        return None
    return _day(m.group("y"), m.group("m"), m.group("d"))


# ---------------------------------------------------------------------------------------------
# Year filling.


def resolve(mentions: list[Mention], doc_date: str | None) -> None:
    """Give yearless days and months the document's year (year_inferred), else the --MM-DD form.

    Year roll-over: a yearless month is put in whichever of the document's year, the year
    before or the year after brings it closest to the document's month (ties keep the
    document's year). So an article dated 2022-01 that mentions `27/12` means 2021-12-27, and
    one dated 2022-12 announcing `ngày 5/1` means 2023-01-05. With a year-only document date
    the year is taken as it is. Internal marker fields (`_…`) are removed here.
    """
    for m in mentions:
        yearless = bool(m.fields.get("_yearless"))
        for key in [k for k in m.fields if k.startswith("_")]:
            del m.fields[key]
        if not (yearless and doc_date and isinstance(m.value, str)):
            continue
        year = _year_for(m.value, doc_date)
        if year is None:
            continue
        parts = [_with_year(p, str(year)) for p in m.value.split("/")]
        m.value = "/".join(parts)
        m.fields["year_inferred"] = True


def _year_for(value: str, doc_date: str) -> int | None:
    """The year a `--MM…` value most likely means in a document dated `doc_date`."""
    try:
        doc_year = int(doc_date[:4])
    except ValueError:
        return None
    if len(doc_date) < 7 or not value.startswith("--"):
        return doc_year
    doc_month, month = int(doc_date[5:7]), int(value[2:4])
    here = doc_year * 12 + doc_month
    best = min((doc_year, doc_year - 1, doc_year + 1), key=lambda y: abs(y * 12 + month - here))
    return best


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
]
