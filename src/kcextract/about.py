"""What each money and percent figure is about: metric, province, period and (percent) base.

A stage of its own, run after extraction and resolution. In: every mention of a document,
its sentences (with paragraph index and section) and the document's date. Out:
`fields["about"]` on every money and percent mention. The contract is the "about" section of
the fact spec; where the text does not say, a field stays null (a wrong link is worse than none).

Everything here is cheap: the facts the extractors found (dates, provinces, figures), a few
regexes over the sentence text, and a clause split on `;` `:` `,`. No word segmentation: the
sentence's own syllables and the lexicons in `lexicons/about.py` decide.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, count, islice
from typing import Any, Generic, TypeVar

import regex

from .facts import Mention
from .lexicons import about as lex
from .sentences import Sentence

FIGURES = ("money", "percent")

_T = TypeVar("_T")


class _cached(Generic[_T]):  # noqa: N801 - used as a decorator, like functools.cached_property
    """functools.cached_property without its per-access lock: a `_Sent` lives in one thread."""

    def __init__(self, fn: Callable[[Any], _T]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> _T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


# A syllable, a number or one punctuation mark.
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}_]+|\S")
_TOKEN_SPLIT = regex.compile("(" + _TOKEN.pattern + ")")  # split() keeps the tokens, with offsets
# The same split in the standard `re`, twice as fast; used only on text drawn from ranges where
# its `\w` and `\s` were checked, code point by code point, to agree with the pattern above
# (Latin, Vietnamese, general punctuation; no combining marks, no C0 separators).
_TOKEN_SPLIT_FAST = re.compile(r"(\w+|\S)")
_FAST_TEXT = re.compile("[\t-\r\x20-\u024f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*")
_WORD = regex.compile(r"[\p{L}\p{M}]")
_DIGIT = regex.compile(r"\p{N}")
_DAY_VALUE = regex.compile(r"^(?:\d{4}|-)-\d{2}-\d{2}$")
_ISO_PART = regex.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_CLAUSE_PUNCT = re.compile(r"[,;:]")  # ASCII only: the standard `re` is enough
_SEGMENT_PUNCT = frozenset(";:")
_DATE_JOIN = regex.compile(r"^\s*(?:và|hoặc|cũng như|,)\s*$", regex.I)
_ANCHOR_JOIN = regex.compile(r"^\s*(?:và|,|cùng|với|hoặc)\s*(?:tỉnh|thành phố|TP\.?)?\s*$", regex.I)
_OPENER_FOLLOW = regex.compile(r"^\s*,")
_OPENER_REACH = 40  # a frame date starts this close to its sentence start ("Năm 2021, …")
_OPENER_WORDS = 2  # words allowed before a date that opens a later clause (`Trong 9 tháng năm 2024,`)
# `so với …`, or the short `so cùng kỳ`.
_SO_VOI = regex.compile(r"(?<![\p{L}\p{N}])so(?:\s+với(?![\p{L}\p{N}])|(?=\s+cùng\s+kỳ))", regex.I)
_CAP_AGENCY = regex.compile(r"(?<![\p{L}\p{N}])(?:Bộ|Cục)\s+\p{Lu}")


def _alternation(phrases: Iterable[str]) -> str:
    alts = sorted({regex.escape(p).replace(r"\ ", r"\s+") for p in phrases}, key=len, reverse=True)
    return "(?<![\\p{L}\\p{M}\\p{N}])(?:" + "|".join(alts) + ")(?![\\p{L}\\p{M}\\p{N}])"


# The `…$` patterns below are only asked whether they match: searched from the end (REVERSE),
# the engine stops at once where the text does not end in one, instead of trying every offset.
_TAIL_FLAGS = regex.I | regex.REVERSE


def _tail(phrases: Iterable[str]) -> regex.Pattern[str]:
    """A pattern for text that ends with one of the phrases (and spaces)."""
    return regex.compile("(?:" + _alternation(phrases) + r")\s*$", _TAIL_FLAGS)


class _Lexicon:
    """A phrase list matched on token sequences (lower case), longest first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        # Indexed by first and by last token, longest first: most tokens start no phrase at all.
        self.first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        self.last: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for p in set(phrases):
            key = tuple(_TOKEN.findall(p.lower()))
            self.first.setdefault(key[0], []).append((len(key), key))
            self.last.setdefault(key[-1], []).append((len(key), key))
        for table in (self.first, self.last):
            for entries in table.values():
                entries.sort(reverse=True)

    def at(self, low: Sequence[str], i: int) -> int:
        """Length (in tokens) of the longest phrase starting at token i, else 0."""
        if i >= len(low):
            return 0
        for n, key in self.first.get(low[i], ()):
            if n == 1 or tuple(low[i : i + n]) == key:
                return n
        return 0

    def ending_at(self, low: Sequence[str], j: int) -> int:
        """Length of the longest phrase ending just before token j, else 0."""
        if j <= 0 or j > len(low):
            return 0
        for n, key in self.last.get(low[j - 1], ()):
            if n == 1 or (j - n >= 0 and tuple(low[j - n : j]) == key):
                return n
        return 0


_HEADS = _Lexicon(lex.METRIC_HEADS)
_LEFT_CUTS = _Lexicon(lex.METRIC_LEFT_CUTS)
_STOPS = _Lexicon(lex.METRIC_STOPS)
_KEEPS = _Lexicon(lex.METRIC_KEEPS)
_CHAIN = _Lexicon(lex.VERB_CHAIN)
_FILLERS = _Lexicon(lex.LEADING_FILLERS)
_PREDICATES = _Lexicon(lex.SUBJECT_PREDICATES)
_OBJECT_VERBS = _Lexicon(lex.OBJECT_VERBS)
_AGENTS = _Lexicon(lex.SUBJECT_AGENTS)
_SUBCLAUSE = regex.compile(_alternation(lex.SUBCLAUSE_CUES), regex.I)
_COMMA_COMPOUND = regex.compile(_alternation(lex.COMMA_COMPOUNDS), regex.I)
_NATIONAL_STRONG = regex.compile(_alternation(lex.NATIONAL_STRONG), regex.I)
_NATIONAL_WEAK = regex.compile(_alternation(lex.NATIONAL_WEAK), regex.I)
_ANAPHOR = regex.compile(_alternation(lex.ANAPHOR_WORDS), regex.I)
_ANAPHOR_BAD_BEFORE = _tail(lex.ANAPHOR_NOT_AFTER)
_ANAPHOR_BAD_AFTER = regex.compile(
    r"^\s*(?:\p{Lu}|\p{N}|,\s*(?:thành|TP)|" + _alternation(lex.ANAPHOR_NOT_BEFORE) + ")"
)
_RELATIVE = regex.compile(_alternation(p for p, _, _ in lex.RELATIVE_TIMES), regex.I)
_RELATIVE_UNITS = {p: (u, k) for p, u, k in lex.RELATIVE_TIMES}
_RELATIVE_BAD_BEFORE = regex.compile(
    "(?:" + _alternation(lex.RELATIVE_NOT_AFTER) + r"|\p{N})\s*$", _TAIL_FLAGS
)
_BASE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}\p{N}])(?:"
    + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(lex.BASE_WORDS, key=len, reverse=True))
    + r")\s+(?:(?:"
    + "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in lex.BASE_FILLERS)
    + r")\s+)*|cùng\s+kỳ\s+)$",
    _TAIL_FLAGS,
)
_START_BEFORE = _tail(lex.START_CUES)
_RUNNING_BEFORE = regex.compile(
    "(?:" + _alternation(lex.RUNNING_TOTAL_CUES) + r")(?:\s+hết)?\s*$", _TAIL_FLAGS
)
_RELATIVE_BASE = regex.compile(r"\s*(" + _alternation(p for p, _, _ in lex.RELATIVE_BASES) + ")", regex.I)
_RELATIVE_BASE_UNITS = {p: (u, k) for p, u, k in lex.RELATIVE_BASES}
_BASE_FILLER = regex.compile(r"\s*(?:" + _alternation(lex.BASE_FILLERS) + r")", regex.I)
_PLAN_BASE = regex.compile(r"\s*(?:" + _alternation(lex.PLAN_BASES) + ")", regex.I)
# A plan base runs to the end of its phrase (`so với dự toán Trung ương giao`).
_PLAN_END = regex.compile(r"[,;:.()]|\s(?:và|nhưng|song|tăng|giảm|đạt|vượt)\s|\p{N}", regex.I)
_RESPECTIVELY = regex.compile(_alternation(lex.RESPECTIVELY), regex.I)
# What may stand between the figures of one coordinated list (`5%, 6% và 7%`).
_LIST_GAP = regex.compile(r"^\s*(?:,\s*(?:và\s+)?|;\s*|và\s+|hoặc\s+)$", regex.I)
_JOINT = regex.compile(r"(?<![\p{L}\p{N}])(?:và|nhưng|song|còn)(?![\p{L}\p{N}])", regex.I)
_WORD_NEXT = regex.compile(r"\s+[\p{L}]")
_SUBJECT_MAX = 5  # syllables of a bare subject taken as a metric
# `Sáng 10/1, tại Hà Nội, Bộ Công Thương tổ chức …`: where an event took place.
_VENUE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:tại|ở)\s*$", regex.I)
_OLD_NEW = regex.compile(r"\s*\((?:cũ|mới)\)", regex.I)
# `8,4% của cả nước`: an owner named right after the figure.
_OWNER_GAP = regex.compile(r"^\s*(?:(?:của|tại|ở|trên|toàn)\s+)+$", regex.I)
_PLACE_FILLERS = regex.compile(_alternation(lex.PLACE_FILLERS), regex.I)
_MONTH_COUNT = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<n>\d{1,2}|"
    + "|".join(sorted(lex.MONTH_COUNT_WORDS, key=len, reverse=True))
    + r")\s+tháng\s+(?P<tail>"
    + "|".join(
        regex.escape(t).replace(r"\ ", r"\s+") for t in sorted(lex.MONTH_COUNT_TAILS, key=len, reverse=True)
    )
    + r")(?![\p{L}\p{N}])",
    regex.I,
)
_MONTH_COUNT_CUED = regex.compile(
    "(?:" + _alternation(lex.MONTH_COUNT_CUES) + r")\s+(?:cả\s+)?(?P<span>(?P<n>\d{1,2})\s+tháng)"
    r"(?!\s*(?:[\p{L}\p{N}/]*\p{N}|năm|đầu|qua|vừa|của|này|nay|trước|tới|sau|liên))",
    regex.I,
)
_NOW = regex.compile(_alternation(lex.NOW_PHRASES), regex.I)
_DETAIL_OPENER = regex.compile(r"^\W*(?:" + _alternation(lex.DETAIL_OPENERS) + ")", regex.I)
_CHANGE_BEFORE = regex.compile(
    "(?:" + _alternation(lex.CHANGE_WORDS) + r")(?:\s+(?:" + _alternation(lex.VERB_CHAIN) + r"))*\s*$",
    regex.I,
)


# Letters the case-insensitive scans equate with a lexicon letter that `str.lower()` does not
# turn into it (`ſ` ~ s, `ı`/`İ` ~ i): a sentence holding one is always scanned.
_FOLD_ODD = ("ſ", "ı", "İ")
_ODD_SPACE = re.compile(r"[^\S ]")  # a space other than U+0020 (`\s` is `str.isspace`)


def _needles(phrases: Iterable[str]) -> tuple[str, ...]:
    """What must occur in a sentence's lower-case text for a scan of these phrases to match."""
    return tuple(sorted({" ".join(p.lower().split()) for p in phrases}))


def _first_syllable(needle: str) -> str:
    return _TOKEN.findall(needle)[0]


class _Scan:
    """`pattern.finditer(text)` for a sentence, tried only where a match can start.

    Every match of the pattern starts at one of the needles (lower case, single spaces) of the
    sentence's lower-case text, or at most `reach` characters before one. In a plain sentence
    (see `_Sent.plain`) the lower-case text lines up with the text character for character, so
    the pattern is tried only at those offsets, left to right and without overlap: the matches
    finditer finds, without a regex walk over the whole sentence. Other sentences are walked.
    """

    def __init__(self, pattern: regex.Pattern[str], needles: Iterable[str], reach: int = 0) -> None:
        self.pattern = pattern
        self.needles = _needles(needles)
        self.reach = reach
        # By first syllable: in a tokenized sentence only the needles its syllables start.
        self.by_first: dict[str, tuple[str, ...]] = {}
        for n in self.needles:
            first = _first_syllable(n)
            self.by_first[first] = (*self.by_first.get(first, ()), n)
        self.firsts = frozenset(self.by_first)

    def finditer(self, s: _Sent, *, first: bool = False) -> list[regex.Match[str]]:
        if not s.plain:
            if first:
                m = self.pattern.search(s.text)
                return [m] if m else []
            return list(self.pattern.finditer(s.text))
        words = s.words
        if words is None:
            needles: Iterable[str] = self.needles
        else:
            hits = self.firsts.intersection(words)
            if not hits:
                return []
            by_first = self.by_first
            needles = by_first[next(iter(hits))] if len(hits) == 1 else [n for w in hits for n in by_first[w]]
        lower, find, reach = s.lower, s.lower.find, self.reach
        starts: list[int] = []
        for needle in needles:
            if needle not in lower:
                continue
            i = find(needle)
            while i >= 0:
                if reach:
                    starts.extend(range(max(0, i - reach), i + 1))
                else:
                    starts.append(i)
                i = find(needle, i + 1)
        if not starts:
            return []
        text, match = s.text, self.pattern.match
        out: list[regex.Match[str]] = []
        done = 0  # offsets before this lie inside a match found
        for start in sorted(set(starts)) if len(starts) > 1 else starts:
            if start < done:
                continue
            m = match(text, start)
            if m:
                out.append(m)
                if first:
                    break
                done = max(m.end(), start + 1)
        return out

    def search(self, s: _Sent) -> bool:
        return bool(self.finditer(s, first=True))


_NATIONAL_STRONG_SCAN = _Scan(_NATIONAL_STRONG, lex.NATIONAL_STRONG)
_NATIONAL_WEAK_SCAN = _Scan(_NATIONAL_WEAK, lex.NATIONAL_WEAK)
_ANAPHOR_SCAN = _Scan(_ANAPHOR, lex.ANAPHOR_WORDS)
_RELATIVE_SCAN = _Scan(_RELATIVE, (p for p, _, _ in lex.RELATIVE_TIMES))
_NOW_SCAN = _Scan(_NOW, lex.NOW_PHRASES)
_RESPECTIVELY_SCAN = _Scan(_RESPECTIVELY, lex.RESPECTIVELY)
_COMMA_COMPOUND_SCAN = _Scan(_COMMA_COMPOUND, lex.COMMA_COMPOUNDS)
_SO_VOI_SCAN = _Scan(_SO_VOI, ("so",))
# `9 tháng đầu năm`: the count stands up to a word and a space before `tháng`.
_MONTH_COUNT_SCAN = _Scan(
    _MONTH_COUNT,
    (f"tháng {tail}" for tail in lex.MONTH_COUNT_TAILS),
    reach=max(2, *map(len, lex.MONTH_COUNT_WORDS)) + 1,
)
_MONTH_COUNT_CUED_SCAN = _Scan(_MONTH_COUNT_CUED, lex.MONTH_COUNT_CUES)
# Every relative time and month count holds one of these words (a test checks the lexicons).
_TIME_WORDS = ("năm", "tháng")
_SUBCLAUSE_NEEDLES = _needles(lex.SUBCLAUSE_CUES)  # searched between two offsets: see `_bases`


class _Tail:
    """Does a stretch of a sentence end with a cue (`so với`, `từ`, `tính đến`)? One of the
    needles must stand in its lower-case text (for a plain sentence; see `_Scan`) or it cannot."""

    def __init__(self, pattern: regex.Pattern[str], needles: Iterable[str], *, bounded: bool = True) -> None:
        self.pattern = pattern
        self.needles = _needles(needles)
        # Where each cue starts at a word boundary, its first syllable is a token of the
        # sentence (see `_Sent.words`) wherever it stands.
        self.firsts = frozenset(map(_first_syllable, self.needles)) if bounded else None

    def ends(self, s: _Sent, a: int, b: int) -> bool:
        a = max(a, 0)
        if s.plain:
            words = s.words
            if self.firsts is not None and words is not None and self.firsts.isdisjoint(words):
                return False
            if not any(map(s.lower[a:b].__contains__, self.needles)):
                return False
        return self.pattern.search(s.text[a:b]) is not None


# (`cùng kỳ` ends the pattern with no word boundary before it: no syllable gate)
_BASE_TAIL = _Tail(_BASE_BEFORE, (*lex.BASE_WORDS, "cùng kỳ"), bounded=False)
_START_TAIL = _Tail(_START_BEFORE, lex.START_CUES)
_RUNNING_TAIL = _Tail(_RUNNING_BEFORE, lex.RUNNING_TOTAL_CUES)
_CHANGE_TAIL = _Tail(_CHANGE_BEFORE, lex.CHANGE_WORDS)


class _Memo(dict[str, bool]):
    """A token property, memoised by token text (syllables repeat); bounded."""

    def __init__(self, test: Callable[[str], bool], limit: int = 100_000) -> None:
        super().__init__()
        self.test, self.limit = test, limit

    def __missing__(self, token: str) -> bool:
        if len(self) >= self.limit:
            self.clear()
        value = self[token] = self.test(token)
        return value


_HAS_LETTER = _Memo(lambda t: _WORD.search(t) is not None)
_STARTS_DIGIT = _Memo(lambda t: _DIGIT.match(t) is not None)


def _space(text: str) -> str:
    return " ".join(text.split())


# --- ISO arithmetic for relative times and bases -------------------------------------------


def _parse(part: str) -> tuple[int, int | None, int | None] | None:
    m = _ISO_PART.match(part)
    if not m:
        return None
    return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None


def _fmt(y: int, mo: int | None, d: int | None) -> str:
    if mo is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{mo:02d}"
    return f"{y:04d}-{mo:02d}-{min(d, 28) if mo == 2 and d == 29 else d:02d}"


def _shift(iso: str | None, years: int = 0, months: int = 0) -> str | None:
    """Move every part of an ISO date or interval by whole years and months."""
    if not iso:
        return None
    out = []
    for part in iso.split("/"):
        p = _parse(part)
        if p is None:
            return None
        y, mo, d = p
        if months:
            if mo is None:
                return None
            k = y * 12 + (mo - 1) + months
            y, mo = divmod(k, 12)
            mo += 1
        out.append(_fmt(y + years, mo, d))
    return "/".join(out)


def _first_year(iso: str | None) -> int | None:
    p = _parse(iso.split("/")[0]) if iso else None
    return p[0] if p else None


def _relative_value(phrase: str, doc_date: str | None) -> str | None:
    """`năm nay`, `tháng trước`… against the document's date; None where it has none."""
    p = _parse(doc_date) if doc_date else None
    if p is None:
        return None
    unit, k = _RELATIVE_UNITS[_space(phrase.lower())]
    y, mo, _ = p
    if unit == "year":
        # "năm qua" in a December article is the year now ending.
        if k < 0 and mo == 12 and phrase.lower().endswith("qua"):
            k = 0
        return f"{y + k:04d}"
    if mo is None:
        return None
    return _shift(f"{y:04d}-{mo:02d}", months=k)


def _month_count_value(n: str, doc_date: str | None) -> str | None:
    """`9 tháng qua` in an October article: January to September of its year."""
    p = _parse(doc_date) if doc_date else None
    k = int(n) if n.isdigit() else lex.MONTH_COUNT_WORDS.get(_space(n.lower()))
    if p is None or p[1] is None or not k or not 1 < k <= min(p[1], 12):
        return None
    return f"{p[0]:04d}-01/{p[0]:04d}-{k:02d}"


# --- per-sentence analysis -------------------------------------------------------------------


@dataclass(slots=True)
class _Span:
    start: int  # local offsets into the sentence text
    end: int
    value: Any = None
    kind: str = ""


class _Sent:
    """One sentence with its mentions; the costlier views are computed on first use."""

    def __init__(self, sentence: Sentence, mentions: list[Mention], doc_date: str | None) -> None:
        base = sentence.start
        self.sentence = sentence
        self.text = sentence.text
        self.doc_date = doc_date
        if not mentions:  # most sentences of a paragraph, read only for what they say about the next
            self.figures, self.dates, self.provinces = [], [], []
            return
        # `mentions` come in text order (see `_Doc`): the lists need no sorting.
        self.figures = [m for m in mentions if m.type in FIGURES]
        self.dates = [
            _Span(m.start - base, m.end - base, m.value, str(m.fields.get("grain") or ""))
            for m in mentions
            if m.type == "date" and isinstance(m.value, str)
        ]
        self.provinces = [
            _Span(m.start - base, self._old_new(m.end - base), m.value, "province")
            for m in mentions
            if m.type == "province"
        ]

    def _old_new(self, end: int) -> int:
        """`tỉnh Vĩnh Phúc (cũ)`: the marker belongs to the name."""
        if "(" not in self.text:
            return end
        m = _OLD_NEW.match(self.text, end)
        return m.end() if m else end

    @_cached
    def lower(self) -> str:
        return self.text.lower()

    @_cached
    def plain(self) -> bool:
        """Single spaces between words and no oddly folding letter: then a phrase scan can only
        match where the phrase stands verbatim in the lower-case text (see `_Scan`)."""
        text = self.text
        return (
            # (printable leaves no space but U+0020; the regex is the check for the rest)
            (text.isprintable() or _ODD_SPACE.search(text) is None)
            and "  " not in text
            and text[:1] != " "
            and text[-1:] != " "
            and not any(map(text.__contains__, _FOLD_ODD))
        )

    def may_hold(self, needles: tuple[str, ...]) -> bool:
        """False only where no phrase of a case-insensitive scan can match: the scan is skipped."""
        if not self.plain:
            return True
        return any(map(self.lower.__contains__, needles))

    @_cached
    def words(self) -> frozenset[str] | None:
        """The syllables (lower case) of a figure's sentence, where a phrase's first syllable
        stands as a token of its own wherever the phrase does (plain text, in the checked
        ranges, no `_`): a phrase whose first syllable is not among them is not looked for."""
        if not self.figures or not self.plain or "_" in self.text or not self.fast:
            return None
        return frozenset(self.low)

    @_cached
    def fast(self) -> bool:
        """Only characters of the ranges `_TOKEN_SPLIT_FAST` was checked on."""
        return _FAST_TEXT.fullmatch(self.text) is not None

    @_cached
    def _tokenized(self) -> tuple[list[int], list[int], list[str]]:
        """Token starts, ends and lower-case texts, from one split: gap, token, gap, …, token, gap."""
        text = self.text
        lower = self.lower
        if len(lower) == len(text) and self.fast:
            # In these ranges lower-casing keeps each character's length and kind (letter,
            # digit, space, mark; checked code point by code point): the lower-case text splits
            # into the same tokens, already lower-cased.
            if self.plain:
                return _split_plain(lower)
            parts = _TOKEN_SPLIT_FAST.split(lower)
            bounds = list(accumulate(map(len, parts)))
            return bounds[0:-1:2], bounds[1::2], parts[1::2]
        parts = _TOKEN_SPLIT.split(text)
        bounds = list(accumulate(map(len, parts)))
        starts, ends = bounds[0:-1:2], bounds[1::2]
        if len(lower) == len(text):  # letter for letter: the sentence's own lower case (a final sigma)
            return starts, ends, [lower[a:b] for a, b in zip(starts, ends, strict=True)]
        return starts, ends, [t.lower() for t in parts[1::2]]

    @_cached
    def low(self) -> list[str]:
        """The tokens, lower-cased."""
        return self._tokenized[2]

    @_cached
    def token_ends(self) -> list[int]:
        return self._tokenized[1]

    @_cached
    def respectively(self) -> list[regex.Match[str]]:
        return _RESPECTIVELY_SCAN.finditer(self)

    @_cached
    def token_starts(self) -> list[int]:
        return self._tokenized[0]

    @_cached
    def so_voi(self) -> list[regex.Match[str]]:
        return _SO_VOI_SCAN.finditer(self)

    @_cached
    def _splits(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        return _split_clauses(self)

    @property
    def clauses(self) -> list[tuple[int, int]]:
        return self._splits[0]

    @property
    def segments(self) -> list[tuple[int, int]]:
        return self._splits[1]

    @_cached
    def times(self) -> list[_Span]:
        """Candidate periods (value None: a time the text names but the document cannot resolve)."""
        return _find_times(self, self.doc_date)

    @_cached
    def anchors(self) -> list[_Span]:
        """Province / national / anaphor spans a figure's province can hang on."""
        return _find_anchors(self)

    @_cached
    def time_groups(self) -> list[list[_Span]]:
        return _groups(self.times, self.text, _DATE_JOIN)

    @_cached
    def anchor_groups(self) -> list[list[_Span]]:
        return _groups(self.anchors, self.text, _ANCHOR_JOIN)

    @_cached
    def figure_clauses(self) -> set[tuple[int, int]]:
        return {self.clause_of(self.local(f)[0]) for f in self.figures}

    @_cached
    def national_anchors(self) -> list[_Span]:
        """The national bodies among the anchors: all a sentence's scope needs (no anaphor scan)."""
        return _find_national(self)

    @_cached
    def is_dateline(self) -> bool:
        """`Hà Nội, ngày 5/1/2024`: a place and a date, no more (its place is not the topic)."""
        if not self.dates or self.figures or len(self.text) > 80:
            return False
        rest = [
            a
            for a, t in zip(self.token_starts, self.low, strict=True)
            if _HAS_LETTER[t]
            and not self.in_mention(a, self.dates)
            and not self.in_mention(a, self.provinces)
        ]
        return len(rest) <= 3

    @_cached
    def national(self) -> bool:
        return self.weak_national or bool(self.national_anchors)

    @_cached
    def topic_provinces(self) -> list[_Span]:
        """Provinces the sentence is about: not a comparison base, nor the venue of a national event."""
        return [
            p
            for p in self.provinces
            if not self.in_mention(p.start, self.base_spans)
            and not (self.national and _VENUE_BEFORE.search(self.text, max(0, p.start - 8), p.start))
        ]

    @_cached
    def scope(self) -> tuple[str, str | None]:
        """What the sentence is about, for the sentences after it: one province, the nation, or unknown."""
        names = {p.value for p in self.topic_provinces}
        national = bool(self.national_anchors) or (self.weak_national and not names)
        if len(names) == 1 and not national:
            return "province", names.pop()
        if len(names) == 1:
            # `GRDP của Hải Phòng tăng 10,22%, đứng thứ hai cả nước`: one province beside the nation.
            return "mixed", names.pop()
        if names or national:
            return "mixed" if names else "national", None
        return "", None

    @_cached
    def has_now(self) -> bool:
        return _NOW_SCAN.search(self)

    @_cached
    def weak_national(self) -> bool:
        text = self.text
        return bool(
            _NATIONAL_WEAK_SCAN.search(self) or (("Bộ" in text or "Cục" in text) and _CAP_AGENCY.search(text))
        )

    @_cached
    def base_spans(self) -> list[_Span]:
        """The `so với …` phrases."""
        return _find_base_spans(self)

    def local(self, m: Mention) -> tuple[int, int]:
        return m.start - self.sentence.start, m.end - self.sentence.start

    @_cached
    def _clause_starts(self) -> list[int]:
        return [a for a, _ in self.clauses]

    def clause_of(self, pos: int) -> tuple[int, int]:
        # The clauses are contiguous, in order: the last one starting at or before pos.
        k = bisect.bisect_right(self._clause_starts, pos) - 1
        if k >= 0:
            a, b = self.clauses[k]
            if pos < b:
                return a, b
        return 0, len(self.text)

    def _mask(self, *groups: list[_Span]) -> bytearray:
        """1 at each offset some span of the groups covers (see `in_mention`)."""
        n = len(self.text)
        mask = bytearray(n + 1)
        for spans in groups:
            for sp in spans:
                a, b = max(sp.start, 0), min(sp.end, n + 1)
                if a < b:
                    mask[a:b] = b"\x01" * (b - a)
        return mask

    # Masks for the token loops: `mask[pos]` for an offset pos of the text is `in_mention(pos, …)`.
    @_cached
    def placed(self) -> bytearray:
        """Offsets inside a province or a date."""
        return self._mask(self.provinces, self.dates)

    @_cached
    def anchored(self) -> bytearray:
        return self._mask(self.anchors)

    @_cached
    def based(self) -> bytearray:
        return self._mask(self.base_spans)

    def segment_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.segments:
            if a <= pos < b:
                return a, b
        return 0, len(self.text)

    def token_range(self, a: int, b: int) -> tuple[int, int]:
        """Indices of the tokens wholly inside [a, b)."""
        i = bisect.bisect_left(self.token_starts, a)
        return i, max(i, bisect.bisect_right(self.token_ends, b))

    @staticmethod
    def in_mention(pos: int, spans: Iterable[_Span]) -> bool:
        for s in spans:  # (a plain loop: cheaper than any() over the few spans of a sentence)
            if s.start <= pos < s.end:
                return True
        return False


def _split_plain(text: str) -> tuple[list[int], list[int], list[str]]:
    """`_TOKEN_SPLIT_FAST` for a plain text (single spaces): split at the spaces, and only the
    words that hold something other than letters and digits (`USD,` `12,5%`) by the pattern."""
    starts: list[int] = []
    ends: list[int] = []
    tokens: list[str] = []
    pos = 0
    for word in text.split(" "):
        if word.isalnum():  # one `\w+` token
            starts.append(pos)
            tokens.append(word)
            pos += len(word)
            ends.append(pos)
        else:
            for token in _TOKEN_SPLIT_FAST.split(word)[1::2]:  # no spaces: the gaps are empty
                starts.append(pos)
                tokens.append(token)
                pos += len(token)
                ends.append(pos)
        pos += 1
    return starts, ends, tokens


def _skip_base_fillers(text: str, pos: int) -> int:
    """Where the base phrase proper starts after `so với` (past fillers such as `cùng kỳ`)."""
    while f := _BASE_FILLER.match(text, pos):
        pos = f.end()
    return pos


def _find_base_spans(s: _Sent) -> list[_Span]:
    out = []
    for m in s.so_voi:
        end = m.end()
        r = _RELATIVE_BASE.match(s.text, end)
        if r:
            end = r.end()
        end = _skip_base_fillers(s.text, end)
        d = next((d for d in s.dates if end <= d.start <= end + 2), None)
        if d is not None:
            end = d.end
        elif _PLAN_BASE.match(s.text, end):
            # `so với dự toán Trung ương giao`, `so với kế hoạch năm 2024`: the whole plan phrase.
            pe = _PLAN_BASE.match(s.text, end).end()
            d = next((d for d in s.dates if pe <= d.start <= pe + 3), None)
            if d is not None:
                end = d.end
            else:
                stop = _PLAN_END.search(s.text, pe)
                end = stop.start() if stop else len(s.text)
        out.append(_Span(m.start(), end))
    return out


def _split_clauses(s: _Sent) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    text = s.text
    n = len(text)
    parts = _CLAUSE_PUNCT.split(text)  # (no match objects: the offsets follow from the lengths)
    if len(parts) == 1:
        return [(0, n)], [(0, n)]
    # The k-th mark stands after k + 1 parts and k marks.
    puncts = list(map(operator.add, accumulate(map(len, parts[:-1])), count()))
    # No cut inside a figure, a date or a comma compound (`chế biến, chế tạo`).
    cut = [True] * len(puncts)
    base = s.sentence.start
    spans = [(f.start - base, f.end - base) for f in s.figures]
    spans += [(d.start, d.end) for d in s.dates]
    spans += [m.span() for m in _COMMA_COMPOUND_SCAN.finditer(s)]
    for a, b in spans:
        lo = bisect.bisect_left(puncts, a)
        hi = bisect.bisect_left(puncts, b, lo)
        if lo < hi:
            cut[lo:hi] = [False] * (hi - lo)
    clauses, segments = [], []
    start = seg_start = 0
    for i, ok in zip(puncts, cut, strict=True):
        if not ok or (0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
            continue
        clauses.append((start, i + 1))
        start = i + 1
        if text[i] in _SEGMENT_PUNCT:
            segments.append((seg_start, i + 1))
            seg_start = i + 1
    clauses.append((start, n))
    segments.append((seg_start, n))
    return clauses, segments


def _find_times(s: _Sent, doc_date: str | None) -> list[_Span]:
    """Candidate periods: the date phrases that are neither a base, a start point nor an event day."""
    if not s.dates and s.plain and not any(map(s.lower.__contains__, _TIME_WORDS)):
        return []  # no date, and none of the relative phrases or month counts can stand here
    text = s.text
    times: list[_Span] = []
    for d in s.dates:
        before = d.start - 40
        if _BASE_TAIL.ends(s, before, d.start) or s.in_mention(d.start, s.base_spans):
            continue
        if "/" not in d.value and _START_TAIL.ends(s, before, d.start):
            continue
        if (d.kind == "day" or _DAY_VALUE.match(d.value)) and not _RUNNING_TAIL.ends(s, before, d.start):
            continue  # the day of an event (a meeting, a signing), not the time a figure covers
        times.append(_Span(d.start, d.end, d.value, "date"))
    for m in _RELATIVE_SCAN.finditer(s):
        if s.in_mention(m.start(), s.dates) or s.in_mention(m.end() - 1, s.dates):
            continue
        if _RELATIVE_BAD_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        times.append(_Span(m.start(), m.end(), _relative_value(m.group(), doc_date), "relative"))
    for m in _MONTH_COUNT_SCAN.finditer(s):
        if s.in_mention(m.start(), s.dates) or s.in_mention(m.end() - 1, s.dates):
            continue
        if _BASE_TAIL.ends(s, m.start() - 40, m.start()):
            continue
        # The month count replaces the `tháng qua` / `năm nay` inside it.
        times = [t for t in times if not (m.start() <= t.start < m.end())]
        times.append(_Span(m.start(), m.end(), _month_count_value(m["n"], doc_date), "relative"))
    for m in _MONTH_COUNT_CUED_SCAN.finditer(s):
        a, b = m.span("span")
        if s.in_mention(a, s.dates) or any(t.start <= a < t.end for t in times):
            continue
        times.append(_Span(a, b, _month_count_value(m["n"], doc_date), "relative"))
    return sorted(times, key=lambda t: t.start)


def _find_national(s: _Sent) -> list[_Span]:
    out = []
    for m in _NATIONAL_STRONG_SCAN.finditer(s):
        if not s.in_mention(m.start(), s.provinces) and not s.in_mention(m.start(), s.base_spans):
            out.append(_Span(m.start(), m.end(), None, "national"))
    return out


def _find_anchors(s: _Sent) -> list[_Span]:
    """What a figure's province can hang on: provinces, national bodies, a bare `tỉnh`."""
    text = s.text
    anchors = [p for p in s.provinces if not s.in_mention(p.start, s.base_spans)]
    anchors += s.national_anchors
    for m in _ANAPHOR_SCAN.finditer(s):
        if s.in_mention(m.start(), s.provinces) or s.in_mention(m.end() - 1, s.provinces):
            continue
        if _ANAPHOR_BAD_BEFORE.search(text[max(0, m.start() - 15) : m.start()]):
            continue
        if _ANAPHOR_BAD_AFTER.match(text[m.end() : m.end() + 12]) or s.in_mention(m.start(), s.base_spans):
            continue
        anchors.append(_Span(m.start(), m.end(), None, "anaphor"))
    return sorted(anchors, key=lambda a: a.start)


def _groups(spans: list[_Span], text: str, join: regex.Pattern[str]) -> list[list[_Span]]:
    """Spans joined by `và` / `,` (two periods, two provinces) form one group."""
    out: list[list[_Span]] = []
    for sp in spans:
        if out and join.match(text[out[-1][-1].end : sp.start]):
            out[-1].append(sp)
        else:
            out.append([sp])
    return out


# --- the document ----------------------------------------------------------------------------


_START = operator.attrgetter("start")


class _Doc:
    def __init__(self, mentions: list[Mention], sentences: list[Sentence], doc_date: str | None) -> None:
        self.sentences = sorted(sentences, key=_START)
        self.starts = list(map(_START, self.sentences))
        self.doc_date = doc_date
        self.by_sentence: dict[int, list[Mention]] = {}
        # In text order (stable), so each sentence's lists come out sorted.
        for m in sorted(mentions, key=_START):
            i = self.index_of(m.start)
            if i is not None:
                self.by_sentence.setdefault(i, []).append(m)
        self.cache: dict[int, _Sent] = {}
        self._article: tuple[bool, str | None] = (False, None)
        self._named_memo: dict[int, int] = {}
        self._scope_memo: dict[int, int] = {}
        self._frame_memo: dict[int, int] = {}
        self._own_frames: dict[int, tuple[bool, str | None]] = {}
        self.periods: dict[int, str | None] = {}  # by id() of the figure

    def index_of(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return i
        return None

    def sent(self, i: int) -> _Sent:
        if i not in self.cache:
            self.cache[i] = _Sent(self.sentences[i], self.by_sentence.get(i, []), self.doc_date)
        return self.cache[i]

    def earlier_in_paragraph(self, i: int) -> Iterable[int]:
        para = self.sentences[i].paragraph
        j = i - 1
        while j >= 0 and self.sentences[j].paragraph == para:
            yield j
            j -= 1

    # The province the article is about: named (alone) in its headline, else its first sentence.
    def article_province(self) -> str | None:
        done, value = self._article
        if done:
            return value
        body = list(islice((i for i, s in enumerate(self.sentences) if s.section == "body"), 4))
        body = [i for i in body if not self.sent(i).is_dateline][:2]
        value = None
        for i in body:
            s = self.sent(i)
            names = {p.value for p in s.topic_provinces}
            if len(names) == 1:
                value = names.pop()
                break
            if names or s.national_anchors:
                break  # several provinces, or a national headline (`Xuất khẩu cả nước …`)
        self._article = (True, value)
        return value

    def paragraph_province(self, i: int, before: int) -> str | None:
        """What a bare `tỉnh` at `before` in sentence i refers back to."""
        s = self.sent(i)
        named = [p for p in s.provinces if p.end <= before]
        if named:
            return named[-1].value
        j = self._nearest(i, self._named_memo, lambda j: bool(self.sent(j).provinces))
        if j >= 0:
            values = list(dict.fromkeys(p.value for p in self.sent(j).provinces))
            if len(values) == 1:
                return values[0]
            # Several named (`tỉnh Lâm Đồng (mới) gồm Lâm Đồng, Đắk Nông và Bình Thuận cũ`): the
            # article's own province if it is one of them, else the first, the sentence's subject.
            article = self.article_province()
            return article if article in values else values[0]
        return self.article_province()

    def paragraph_scope(self, i: int) -> tuple[str, str | None]:
        """The nearest earlier sentence of the paragraph that says where it is: its scope."""
        j = self._nearest(i, self._scope_memo, lambda j: bool(self.sent(j).scope[0]))
        if j < 0:
            return "", None
        kind, value = self.sent(j).scope
        if kind == "mixed":
            # Trusted only where the article is about that province too.
            return kind, value if value is not None and value == self.article_province() else None
        return kind, value

    def frame(self, i: int) -> tuple[bool, str | None]:
        """The date phrase that opens an earlier sentence of the paragraph (`Năm 2021, …`)."""
        j = self._nearest(i, self._frame_memo, lambda j: self.own_frame(j)[0])
        return self.own_frame(j) if j >= 0 else (False, None)

    def own_frame(self, j: int) -> tuple[bool, str | None]:
        """The date phrase that opens sentence j, if one does."""
        found = self._own_frames.get(j)
        if found is None:
            found = (False, None)
            s = self.sent(j)
            # A frame is followed by a comma: a sentence without one has none.
            for g in s.time_groups if "," in s.text else ():
                if g[0].start > _OPENER_REACH and not _opens_clause(s, g[0].start):
                    break
                if _OPENER_FOLLOW.match(s.text[g[-1].end :]):
                    found = (True, _group_value(g))
                    break
            self._own_frames[j] = found
        return found

    def _nearest(self, i: int, memo: dict[int, int], has: Callable[[int], bool]) -> int:
        """The nearest sentence before i in its paragraph for which `has` holds, else -1.

        Memoised per question: asked for every sentence of a paragraph of n sentences it
        costs O(n) in all, where walking back from each would cost O(n²).
        """
        para = self.sentences[i].paragraph
        chain: list[int] = []  # sentences whose answer is the one found below
        k = i
        while True:
            found = memo.get(k)
            if found is not None:
                break
            j = k - 1
            if j < 0 or self.sentences[j].paragraph != para:
                found = -1
                break
            chain.append(k)
            if has(j):
                found = j
                break
            k = j
        for c in chain:
            memo[c] = found
        return found


def _opens_clause(s: _Sent, pos: int) -> bool:
    """`Theo Sở Kế hoạch và Đầu tư tỉnh Thanh Hóa, 9 tháng năm 2024, …`: a date that opens the
    sentence's second clause, after an attribution and before any figure, frames it too."""
    if any(s.local(f)[0] < pos for f in s.figures):
        return False
    clauses = s.clauses
    k = next((n for n, (a, b) in enumerate(clauses) if a <= pos < b), None)
    if k is None or k > 1:
        return False
    lead = s.text[clauses[k][0] : pos]
    return len(_WORD.findall(lead)) == 0 or len(lead.split()) <= _OPENER_WORDS


def _group_value(group: list[_Span]) -> str | None:
    values = {t.value for t in group}
    return values.pop() if len(values) == 1 else None


# --- the four fields ---------------------------------------------------------------------------


def _period(doc: _Doc, i: int, s: _Sent, fig: Mention) -> str | None:
    # Memoised: a `Trong đó, …` sentence asks for the period of the figure before it.
    key = id(fig)
    if key not in doc.periods:
        doc.periods[key] = _find_period(doc, i, s, fig)
    return doc.periods[key]


def _find_period(doc: _Doc, i: int, s: _Sent, fig: Mention) -> str | None:
    fs, fe = s.local(fig)
    ca, cb = s.clause_of(fs)
    groups = s.time_groups
    own = _respective(s, groups, fig)
    if own is not None:
        return own.value
    before = [g for g in groups if g[-1].end <= fs]
    in_clause = [g for g in before if g[0].start >= ca]
    if in_clause:
        return _group_value(in_clause[-1])
    after = [g for g in groups if g[0].start >= fe and g[-1].end <= cb]
    if after:
        return _group_value(after[0])
    if before:
        return _group_value(before[-1])
    later = [g for g in groups if g[0].start >= fe and s.clause_of(g[0].start) not in s.figure_clauses]
    if later:
        return _group_value(later[0])
    if s.has_now:
        return None  # `Lũy kế đến nay, …`: its own time, which the document does not date
    if _DETAIL_OPENER.match(s.text):
        # `Trong đó, …`: a part of the figure before it, over the same period.
        j = next(iter(doc.earlier_in_paragraph(i)), None)
        if j is not None and doc.sent(j).figures:
            prev = doc.sent(j)
            return _period(doc, j, prev, prev.figures[-1])
    found, value = doc.frame(i)
    return value if found else None


def _anchor_value(doc: _Doc, i: int, a: _Span) -> str | None:
    return doc.paragraph_province(i, a.start) if a.kind == "anaphor" else a.value


def _province(doc: _Doc, i: int, s: _Sent, fig: Mention) -> str | None:
    fs, fe = s.local(fig)
    ca, cb = s.clause_of(fs)
    groups = s.anchor_groups
    own = _respective(s, groups, fig)
    if own is not None:
        return _anchor_value(doc, i, own)
    owner = next((g for g in groups if g[0].start >= fe and _OWNER_GAP.match(s.text[fe : g[0].start])), None)
    before = [g for g in groups if g[-1].end <= fs]
    pick = owner or (before[-1] if before else None)
    if pick is None:
        after = [g for g in groups if g[0].start >= fe and g[-1].end <= cb]
        pick = after[0] if after else None
    if pick is not None:
        values = {_anchor_value(doc, i, a) for a in pick}  # None for a national body
        return values.pop() if len(values) == 1 else None
    if s.weak_national or groups:
        # National bodies, or provinces that belong to the sentence's other figures.
        return None
    # The paragraph's earlier sentences set the scope (`Theo Tổng cục Thống kê, … . IIP tăng 8,3%`).
    kind, value = doc.paragraph_scope(i)
    if kind:
        return value
    return doc.article_province()


def _run(s: _Sent, fig: Mention) -> list[Mention]:
    """The coordinated list of figures the figure stands in (`5%, 6% và 7%`), itself alone if none."""
    figs = s.figures
    k = next(n for n, f in enumerate(figs) if f is fig)

    def joined(n: int) -> bool:  # figures n and n + 1 stand in one list
        return bool(_LIST_GAP.match(s.text[s.local(figs[n])[1] : s.local(figs[n + 1])[0]]))

    a = b = k
    while a > 0 and joined(a - 1):
        a -= 1
    while b + 1 < len(figs) and joined(b):
        b += 1
    return figs[a : b + 1]


def _respective(s: _Sent, groups: list[list[_Span]], fig: Mention) -> _Span | None:
    """`A, B và C lần lượt tăng 5%, 6% và 7%`: the item of the group in the figure's place."""
    if not s.respectively:
        return None
    run = _run(s, fig)
    if len(run) < 2:
        return None
    first = s.local(run[0])[0]
    cue = None
    for m in s.respectively:
        if m.end() <= first:
            cue = m
    if cue is None or _CLAUSE_PUNCT.search(s.text, cue.end(), first):
        return None
    if _DIGIT.search(s.text, cue.end(), first):
        return None
    before = [g for g in groups if g[-1].end <= cue.start()]
    if not before or len(before[-1]) != len(run):
        return None
    return before[-1][run.index(fig)]


def _base_value(s: _Sent, pos: int, period: str | None) -> str | None:
    """The base that starts at `pos` (just after `so với`)."""
    rest = s.text[pos:]
    m = _RELATIVE_BASE.match(rest)
    if m:
        phrase = _space(m.group(1).lower())
        unit, step = _RELATIVE_BASE_UNITS[phrase]
        after = pos + m.end()
        if phrase in lex.SAME_PERIOD_BASES:
            d = next((d for d in s.dates if after <= d.start <= after + 2), None)
            if d is not None:
                y = _first_year(d.value)
                py = _first_year(period)
                return _shift(period, years=y - py) if y is not None and py is not None else None
        if unit == "year":
            return _shift(period, years=-step)
        if unit == "month":
            return _shift(period, months=-step) if period and _parse(period) and _parse(period)[1] else None
        if period and "/" in period:  # a quarter before
            a, b = (_parse(p) for p in period.split("/"))
            if a and b and a[1] and b[1] and (b[0] * 12 + b[1]) - (a[0] * 12 + a[1]) == 2:
                return _shift(period, months=-3)
        return None
    cursor = _skip_base_fillers(s.text, pos)
    d = next((d for d in s.dates if cursor <= d.start <= cursor + 2), None)
    return d.value if d is not None else None


def _bases(s: _Sent, periods: dict[int, str | None]) -> dict[int, tuple[bool, str | None]]:
    """compared_to for each percent of the sentence: (a base applies, its value)."""
    percents = [f for f in s.figures if f.type == "percent"]
    out: dict[int, tuple[bool, str | None]] = {}
    if not percents:
        return out
    first_fig = s.local(s.figures[0])[0]
    head: tuple[int, int] | None = None
    for m in s.so_voi:
        pos = m.end()
        ca, cb = s.clause_of(m.start())
        if m.start() < first_fig and cb <= first_fig:
            head = (m.start(), pos)
            continue
        target = None
        after_list = False
        prev = [p for p in percents if s.local(p)[1] <= m.start()]
        if prev:
            p = prev[-1]
            gap = s.text[s.local(p)[1] : m.start()]
            if (
                not _CLAUSE_PUNCT.search(gap)
                and len(gap.split()) <= 6
                and not any(s.local(f)[0] >= s.local(p)[1] and s.local(f)[1] <= m.start() for f in s.figures)
            ):
                target = p
                after_list = True
        if target is None:
            nxt = [p for p in percents if s.local(p)[0] >= pos and s.local(p)[1] <= cb]
            target = nxt[0] if nxt else None
        if target is not None and id(target) not in out:
            # A base after a list (`tăng 5%, 6% và 7% so với năm 2022`) applies to every item.
            for p in _run(s, target) if after_list else [target]:
                if p.type == "percent" and id(p) not in out:
                    out[id(p)] = (True, _base_value(s, pos, periods.get(id(p))))
    # A base at the head of the sentence applies to all its changes (`So với năm 2020, … tăng 14%; …`).
    if head is not None:
        for p in percents:
            if id(p) not in out and _CHANGE_TAIL.ends(s, s.local(p)[0] - 40, s.local(p)[0]):
                out[id(p)] = (True, _base_value(s, head[1], periods.get(id(p))))
    # A sub-clause (`…, trong đó …`) takes its parent's base.
    for k, p in enumerate(percents):
        if id(p) in out:
            continue
        ps = s.local(p)[0]
        seg = s.segment_of(ps)
        for q in reversed(percents[:k]):
            qs, qe = s.local(q)
            if qs < seg[0]:
                break
            if id(q) in out and s.may_hold(_SUBCLAUSE_NEEDLES) and _SUBCLAUSE.search(s.text, qe, ps):
                out[id(p)] = out[id(q)]
                break
    return out


# --- metric ----------------------------------------------------------------------------------


def _skip_mentions(s: _Sent, i: int, j: int) -> int:
    """First token index at or after i that is not inside a province or date phrase."""
    placed, starts = s.placed, s.token_starts
    while i < j:
        if placed[starts[i]]:
            i += 1
            continue
        return i
    return i


def _noun_phrase(s: _Sent, a: int, b: int, *, head_first: bool = False) -> str | None:
    """The shortest phrase in text[a:b] naming an indicator: from a metric head to the first stop."""
    i, j = s.token_range(a, b)
    low, starts, letter = s.low, s.token_starts, _HAS_LETTER
    # (Each lexicon lookup is tried only where its key table holds the token: most hold none.)
    heads = _HEADS.first
    if not head_first:
        # Start after the last word that opens something new (`phấn đấu`, `với`, `khi` …).
        k = j
        cuts = _LEFT_CUTS.last
        while k > i:
            n = _LEFT_CUTS.ending_at(low, k) if low[k - 1] in cuts else 0
            if (
                n
                and k - n >= i
                and any(map(letter.__getitem__, low[k:j]))
                and not s.in_mention(starts[k - n], s.base_spans)
            ):
                i = k
                break
            k -= 1
        # `Bốn ngành … đạt doanh thu 365.000 tỷ đồng`: an indicator as the object of the verb.
        verbs = _OBJECT_VERBS.last
        for k in range(j - 1, i, -1):
            n = _OBJECT_VERBS.ending_at(low, k) if low[k - 1] in verbs else 0
            if n and k - n >= i and _HEADS.at(low, k):
                i = k
                break
    # Skip fillers, punctuation, places and times at the start.
    fillers, placed = _FILLERS.first, s.placed
    while i < j:
        n = _FILLERS.at(low, i) if low[i] in fillers else 0
        if n:
            i += n
            continue
        if not letter[low[i]] or placed[starts[i]]:
            i += 1
            continue
        break
    if i >= j:
        return None
    h = i
    if head_first:
        if not _HEADS.at(low, i):
            return None
    else:
        while h < j and not (low[h] in heads and _HEADS.at(low, h)):
            h += 1
        if h >= j:
            return None
    e = h + max(_HEADS.at(low, h), 1)
    keeps, stops = _KEEPS.first, _STOPS.first
    while e < j:
        t = low[e]
        pos = starts[e]
        keep = _KEEPS.at(low, e) if t in keeps else 0
        if keep:
            e += keep
            continue
        if t in "();:" or _STARTS_DIGIT[t] or (t in stops and _STOPS.at(low, e)):
            break
        if placed[pos] or s.anchored[pos]:
            break
        e += 1
    while e > h + 1 and not letter[low[e - 1]]:
        e -= 1
    return _space(s.text[starts[h] : s.token_ends[e - 1]])


def _strip_chain(s: _Sent, a: int, b: int) -> int:
    """Where the verbs, modals and qualifiers before a figure begin (text[a:b])."""
    i, j = s.token_range(a, b)
    low, chain = s.low, _CHAIN.last
    while j > i:
        n = _CHAIN.ending_at(low, j) if low[j - 1] in chain else 0
        if not n or j - n < i:
            break
        j -= n
    return s.token_starts[j] if j < len(s.token_starts) and j >= i else b


def _content_words(s: _Sent, a: int, b: int) -> int:
    """Words in text[a:b] other than verbs, places, times and figures."""
    i, j = s.token_range(a, b)
    low, starts, letter = s.low, s.token_starts, _HAS_LETTER
    chain, fillers = _CHAIN.first, _FILLERS.first
    n = 0
    k = i
    while k < j:
        t = low[k]
        c = (_CHAIN.at(low, k) if t in chain else 0) or (_FILLERS.at(low, k) if t in fillers else 0)
        if c:
            k += c
            continue
        pos = starts[k]
        if letter[t] and not (s.placed[pos] or s.anchored[pos] or s.based[pos]):
            n += 1
        k += 1
    return n


def _subject(s: _Sent, a: int, b: int) -> str | None:
    """A clause's bare subject before its predicate: `Trong đó, gạo đạt 590 triệu USD` → `gạo`."""
    i, j = s.token_range(a, b)
    low, letter = s.low, _HAS_LETTER
    while i < j:
        n = _FILLERS.at(low, i)
        if n or not letter[low[i]]:
            i += n or 1
            continue
        break
    start = i
    if i < j and _AGENTS.at(low, i):
        return None
    while (
        i < j
        and letter[low[i]]
        and not (_PREDICATES.at(low, i) or _STOPS.at(low, i) or _LEFT_CUTS.at(low, i) or _CHAIN.at(low, i))
        and not s.in_mention(s.token_starts[i], (*s.provinces, *s.dates, *s.anchors, *s.base_spans))
    ):
        i += 1
    if not 1 <= i - start <= _SUBJECT_MAX:
        return None
    k, predicate = i, False
    while k < j:
        n = _PREDICATES.at(low, k)
        predicate = predicate or bool(n)
        n = n or _CHAIN.at(low, k)
        if not n:
            return None
        k += n
    return _space(s.text[s.token_starts[start] : s.token_ends[i - 1]]) if predicate else None


def _metrics(s: _Sent) -> dict[int, str | None]:
    out: dict[int, str | None] = {}
    text = s.text
    for k, fig in enumerate(s.figures):
        fs, fe = s.local(fig)
        ca, cb = s.clause_of(fs)
        prev = s.figures[k - 1] if k else None
        left = max(ca, s.local(prev)[1]) if prev else ca
        metric: str | None = None
        share_base = False
        opening = text.rfind("(", left, fs)
        if opening >= 0 and ")" in text[opening:fs]:
            opening = -1  # a bracket closed before the figure (`chỉ số … (IIP) tăng 14%`)
        if opening >= 0 and not text[opening + 1 : fs].strip():
            # A figure in brackets: `tổng mức (5,02%) tăng trưởng GRDP` names it after the bracket.
            close = text.find(")", fe)
            if close >= 0:
                metric = _noun_phrase(s, close + 1, cb, head_first=True)
        elif opening >= 0 and _CHANGE_TAIL.ends(s, opening + 1, fs):
            metric = None  # `(tăng 10%)`: the change of the figure before it, shared below
        else:
            if (
                prev is not None
                and prev.type == "percent"
                and left == s.local(prev)[1]
                and _WORD_NEXT.match(text, left)
            ):
                # `chiếm 76,3% tổng mức và tăng 8,3%`: what follows a share is its base, up to `và`.
                joints = list(_JOINT.finditer(text, left, fs))
                left = joints[-1].end() if joints else fs
                share_base = True
            metric = _noun_phrase(s, left, _strip_chain(s, left, fs))
            if metric is None and left == ca:
                metric = _subject(s, ca, fs)
        if metric is None and prev is not None and share_base:
            metric = out[id(prev)]  # `… chiếm 70% tổng kim ngạch và tăng 15,3%`: the same subject
        if metric is None and prev is not None:
            # A change or share right after a figure (`đạt 2 tỷ USD, tăng 66,7%`) or the next item
            # of a list (`Bến Tre giảm 60,1%; Đồng Tháp giảm 59,1%`) shares its metric.
            if _content_words(s, s.local(prev)[1], fs) <= 2:
                metric = out[id(prev)]
        if metric is None and prev is None and _content_words(s, ca, fs) <= 2:
            # The list's head names the metric once: `Kim ngạch xuất khẩu giảm mạnh: Bến Tre giảm …`.
            for a, b in reversed([c for c in s.clauses if c[1] <= ca]):
                metric = _noun_phrase(s, a, b)
                if metric:
                    break
        if metric is None and fig.type == "money":
            # `giải ngân 5 tỷ đồng vốn khuyến công`: the indicator follows the amount.
            metric = _noun_phrase(s, fe, cb, head_first=True)
        out[id(fig)] = metric
    return out


# --- the stage --------------------------------------------------------------------------------


def link(mentions: list[Mention], sentences: list[Sentence], doc_date: str | None) -> None:
    """Set `fields["about"]` on every money and percent mention."""
    figures = [m for m in mentions if m.type in FIGURES]
    if not figures:
        return
    doc = _Doc(mentions, sentences, doc_date)
    done: set[int] = set()
    for m in figures:
        i = doc.index_of(m.start)
        if i is None:
            _set(m, None, None, None, None)
            continue
        if i in done:
            continue
        done.add(i)
        s = doc.sent(i)
        metrics = _metrics(s)
        periods = {id(f): _period(doc, i, s, f) for f in s.figures}
        bases = _bases(s, periods)
        for f in s.figures:
            _set(
                f,
                metrics[id(f)],
                _province(doc, i, s, f),
                periods[id(f)],
                bases.get(id(f), (False, None))[1],
            )


def _set(m: Mention, metric: str | None, province: str | None, period: str | None, base: str | None) -> None:
    about: dict[str, Any] = {"metric": metric, "province": province, "period": period}
    if m.type == "percent":
        about["compared_to"] = base
    m.fields["about"] = about
