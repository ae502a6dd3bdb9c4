"""Tell the article body from the boilerplate a scraper dragged in around it.

The text is read line by line (a line is a paragraph). Each line is first given a kind from
its own shape and the word lists in `lexicons.sections` (a teaser-list heading, a rating
widget, a footer, a time stamp, a price row, a page counter, an attachment …); then one
pass walks the lines with a small state machine:

- PRE: before the article. Widgets, menus, breadcrumbs and stamps are boilerplate, and so
  is site chrome: a masthead ("Cổng thông tin điện tử tỉnh …"), a section label of three
  words or fewer ("Kinh doanh", "Vĩ mô"), an organisation's name in capitals over the menu,
  unless the article's lead follows it directly (then it is a short title). The first
  other line (the title) starts the body. A stamp with a time of day right above the title
  is the article's own (vnexpress style) and is body; a site header's date is not.
- BODY: the article. Stray links, share buttons, counters ("Lượt xem: 123"), attachments
  and stamps are boilerplate lines, but the article goes on (its own dateline under the
  title stays body, like the byline; so does a period "Thời gian: 17/06 - 20/06/2024").
  A teaser-list heading, a rating widget, comments or a tag list end it, and so does teaser
  structure: a headline printed twice in a row, a headline followed by its own time stamp
  (a bare date or "2 giờ trước", not a labelled period), a headline ending in a stamp, a
  widget heading over widget rows, weather rows in a run.
- TAIL: teaser lists and the like. Everything is boilerplate unless there is clear evidence
  that the article goes on (an inline "Tin liên quan" box, whose links may carry dates):
  two long paragraphs in a row after a few short link lines, with nothing else that looks
  like a teaser list. A tail opened by comments, a rating or tags never resumes (readers'
  comments are long paragraphs too). Before the article has begun, a lead and a second
  paragraph resume it, and the line above the lead is its title when the list's items had
  stamps or leads (in a list of bare headlines the title cannot be told apart).
- FINAL: after a footer (copyright, press licence "GP-BTTTT", "Cơ quan chủ quản",
  "Trưởng Ban biên tập:"): all boilerplate. A masthead line right above it goes with it.

Then three sweeps over the labels: dated headlines above the article (two or more, no
heading) are a teaser list; after the name that signs the last paragraph ("Minh Anh"),
headlines alone or with their leads to the end are one; so is a run of four or more bare
headlines after the last paragraph.

A scraper's metadata header at the very start (" date 2022-01 <title>") is the only block
smaller than a line.

Out of reach: a teaser list of bare headlines with no heading, fewer than four items and no
signature line before it; a short title that is only a category-sized phrase with no lead
right after it; body text printed inside a "related" box longer than six lines.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import cached_property

import regex

from .facts import BODY, BOILERPLATE  # noqa: F401  (re-exported for callers)
from .lexicons import sections as lex


@dataclass(frozen=True)
class Block:
    """A span of the (NFC) document text that is wholly body or wholly boilerplate."""

    start: int
    end: int
    section: str


# --- thresholds (characters) -------------------------------------------------------------
_SHORT = 200  # longer lines are paragraphs: only footer patterns are tried on them
_FOOTER_MAX = 400  # a footer line can be long (licence, address, copyright in one line)
_STAMP_MAX = 80  # a time-stamp line is short
_WIDGET_MAX = 80  # so is a weather or price row
_PARA = 150  # a paragraph of article text, as opposed to a headline or a link
_SUBSTANTIVE = 100  # a body line this long (and ending a sentence) means the article has begun
_TAG_ITEM = 60  # the items under "Từ khóa:"
_MAX_BOX_LINES = 6  # link lines an inline "related" box may hold before the article goes on
_HEADLINE_AVG = 40  # bare headlines of a teaser list are this long on average; names are shorter
_BYLINE_MAX = 80  # "Theo Báo Công Thương", "Văn Dũng (TTXVN/Vietnam+)"; a lead starting "Theo …" is longer
_LABEL_WORDS = 3  # a section label above the title ("Kinh doanh", "Vĩ mô"); a title is longer
_WORDS_CAP = 5  # a line's words are only ever compared with 4 or fewer: no need to count on

# --- line kinds ---------------------------------------------------------------------------
_BLANK = "blank"
_TEXT = "text"
_BYLINE = "byline"
_PUNCT = "punct"
_HEADING = "heading"
_COMMENT = "comment"
_MORE = "more"
_RATING = "rating"
_TAGS = "tags"
_FOOTER = "footer"
_CONTACT = "contact"
_URL = "url"
_SHARE = "share"
_MENU = "menu"
_WIDGET = "widget"
_STAMP = "stamp"
_STAMPED = "stamped"
_COUNTER = "counter"

# Kinds that stand for the article's own text; anything else seen in a tail is teaser-list evidence.
_TEXTUAL = frozenset({_TEXT, _BYLINE, _PUNCT})
# Kinds that are boilerplate wherever they stand, without ending the article.
_STRAY = frozenset({_MORE, _CONTACT, _URL, _SHARE, _MENU, _COUNTER})
# Kinds an inline "related" box inside the article may hold besides its links.
_BOX_KINDS = frozenset({_STAMP, _STAMPED, _MORE, _URL})


def _alt(words: tuple[str, ...]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered)


# Old tone placement ("khoá", "hoà") → modern ("khóa", "hòa"), only at a syllable's end, so
# lexicon phrases written one way match text written the other. Keeps the length.
_OLD_TONES = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
}  # fmt: skip
_OLD_TONE = regex.compile(r"(?:" + "|".join(_OLD_TONES) + r")(?!\w)")


# A plain-string scan for the old tones' letter pairs: most lines have none, and then the
# `(?!\w)` pattern need not run at all.
_OLD_TONE_PAIR = re.compile("|".join(_OLD_TONES))


def _canon(s: str) -> str:
    low = s.lower()
    if _OLD_TONE_PAIR.search(low) is None:
        return low
    return _OLD_TONE.sub(lambda m: _OLD_TONES[m.group()], low)


_F = regex.IGNORECASE | regex.V1
_HAS_LETTER = regex.compile(r"\p{L}")
_HAS_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*")
_LEAD_BULLETS = regex.compile(r"^[\s\-–—•*·>»#+|]+")
_TRAIL_PUNCT = " \t:：.…›»>-–—|"
_FIRST_STRIP = "()[]{}:：,.;!?'\"“”|/+-–—0123456789★☆✩✭✰⭐*©"
_SENTENCE_END = regex.compile(r"[.!?…:;\"”’»)\]]\s*$")

# The lexicon patterns, by name. They are matched against canonical (lower-cased) text and the
# lexicons are lower case, so they need no IGNORECASE, which triples `regex`'s compile time;
# each is compiled on first use, so a run that never meets (say) a rating widget never pays
# for its pattern. A line whose lower case is not its case fold ("ß", "ſ", "ﬁ") could match
# differently without IGNORECASE: such a line gets the IGNORECASE set, i.e. exactly as before.
_SOURCES: dict[str, str] = {}
_HEAD = _alt(lex.TEASER_HEADINGS)
_SOURCES["HEADING_LINE"] = rf"^(?:{_HEAD})(?:\s*[|/·•,\-–]?\s*(?:{_HEAD}))*(?:\s*\(\d+\))?$"
_SOURCES["HEADING_TOPIC"] = rf"^(?:{_HEAD})\s*[:：]\s*\S.{{0,80}}$"
# A heading glued to the next link text by the scraper ("Tin mới nhấtBộ Công Thương …").
_SOURCES["HEADING_GLUED"] = rf"^(?:{_HEAD})(?=\S)"
_SOURCES["MORE_LINK"] = rf"^(?:{_alt(lex.MORE_LINK_HEADINGS)})\s*[:：>»]\s*\S"
_SOURCES["COMMENT_LINE"] = (
    rf"^(?:(?:{_alt(lex.COMMENT_HEADINGS)})(?:\s*\(\d+\))?|(?:{_alt(lex.COMMENT_COUNTED)})\s*\(\d+\))$"
)
_SOURCES["COUNTER_LINE"] = rf"^(?:{_alt(lex.COUNTER_KEYS)})\s*[:：]?\s*\d[\d.,]*$"
_SOURCES["ATTACHMENT"] = (
    rf"^(?:{_alt(lex.ATTACHMENT_KEYS)})(?:\s*[:：].*)?$|\.(?:{_alt(lex.ATTACHMENT_EXTENSIONS)})\)?$"
)
_FILE_ENDINGS = tuple(f".{e}" for e in lex.ATTACHMENT_EXTENSIONS) + tuple(
    f".{e})" for e in lex.ATTACHMENT_EXTENSIONS
)
_SOURCES["MASTHEAD"] = rf"^(?:{_alt(lex.MASTHEAD_STARTS)})(?!\w)"

_SOURCES["RATING_PROMPT"] = rf"^(?:{_alt(lex.RATING_PROMPTS)})(?!\w)"
_STARS = "★☆✩✭✰⭐*"
_RATING_SEP = rf"[\s{_STARS}|,/·\-\d]"
_RATING_LABEL = _alt(lex.RATING_LABELS)
_SOURCES["RATING_LINE"] = rf"^(?:{_RATING_SEP}*(?:{_RATING_LABEL})(?!\w))+{_RATING_SEP}*$"
_SOURCES["RATING_LABEL"] = rf"(?<!\w)(?:{_RATING_LABEL})(?!\w)"

_SOURCES["TAGS_LINE"] = rf"^(?:{_alt(lex.TAG_KEYS)})\s*(?:[:：]|$)"

_SOURCES["FOOTER_START"] = rf"^(?:(?:{_alt(lex.FOOTER_STARTS)})(?!\w)|(?:{_alt(lex.FOOTER_KEYS)})\s*[:：])"
# Plain phrases in lower-cased text: one stdlib alternation beats a loop of `in` tests.
_FOOTER_PHRASES = re.compile(
    "|".join(re.escape(p) for p in sorted(lex.FOOTER_ANYWHERE, key=len, reverse=True))
)
# The copyright sign with a year or the word, a press licence number "123/GP-BTTTT" (not a
# trade licence "38/GP-BCT", which an article may quote).
_SOURCES["FOOTER_MARKS"] = (
    rf"(?:©|\(c\))\s*(?:\d{{4}}|copyright|bản\s+quyền)|gp\s*-\s*(?:{_alt(lex.LICENCE_ISSUERS)})(?!\w)"
)
_SOURCES["LICENCE_LINE"] = rf"^giấy\s+phép(?!\w).*(?:{_alt(lex.LICENCE_WORDS)})"
_SOURCES["FOOTER_OTHER"] = (
    r"^(?:©|\(c\)\s|copyright(?!\w)"
    r"|bản\s+quyền(?:\s*(?:thuộc|©|\(c\)|\d{4})|\s*[:：]|$)"
    r"|(?:phó\s+)?tổng\s+biên\s+tập\s*[:：])"
)
_SOURCES["CONTACT_LINE"] = rf"^(?:{_alt(lex.CONTACT_KEYS)})\s*[:：]"

# Matched against the line as written (with IGNORECASE): only through `_EXACT`.
_SOURCES["URL_LINE"] = (
    r"^(?:(?:https?://|www\.)\S+|(?:[\w-]+\.)+(?:vn|com|net|org|info|biz|gov|edu)(?:\.vn)?(?:[/?#]\S*)?)$"
)
_SHARE_SEP = r"[\s|,/·•:()\[\]\d+\-]"
_SOURCES["SHARE_LINE"] = rf"^(?:{_SHARE_SEP}*(?:{_alt(lex.SHARE_WORDS)})(?!\w))+{_SHARE_SEP}*$"
_MENU_LINES = frozenset(lex.MENU_LINES)
_SOURCES["MENU_START"] = rf"^(?:{_alt(lex.MENU_STARTS)})(?!\w)"
_MENU_SPLIT = regex.compile(r"\s*[|»›>]\s*")
_SIGNATURE_NOTE = regex.compile(r"\s*\([^()]{1,30}\)\s*$")  # "(TTXVN)", "(thực hiện)"
_LABEL_SPLIT = regex.compile(r"\s+[\-–/&]\s+")

_WIDGET_HEADINGS = frozenset(lex.WIDGET_HEADINGS)
_SOURCES["WEATHER"] = r"\d\s*(?:°|º|˚)\s*[cf]?(?!\w)|℃|\d\s*độ\s*c(?!\w)"
_SOURCES["PRICE_LABEL"] = rf"(?<!\w)(?:{_alt(lex.PRICE_LABELS)})(?!\w)"
_NUMBER = regex.compile(r"(?<![\p{L}\d])[+\-]?\d[\d.,]*%?")

_DATE = r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}"
_TIME = r"\d{1,2}\s*(?::|h|g)\s*\d{2}(?:\s*:\s*\d{2})?'?"
_REL = rf"\d+\s+(?:{_alt(lex.RELATIVE_UNITS)})\s+trước"
_STAMP_WORD = rf"(?:{_alt(lex.WEEKDAYS)}|{_alt(lex.STAMP_LABELS)})(?!\w)"
_SOURCES["STAMP_LINE"] = (
    rf"^(?:{_DATE}|{_TIME}|{_REL}|{_STAMP_WORD}|gmt\s*[+\-]\s*\d{{1,2}}|[\s,|\-–—:()\[\]·•'/+])+$"
)
_SOURCES["STAMP_DATE"] = rf"{_DATE}|{_REL}"
# Also searched in a line as written, so always with IGNORECASE (it is small).
_STAMP_TIME = regex.compile(_TIME, _F)
# A headline carrying its own stamp: "… (18/02/2025)", "… - 18/02/2025 10:30", "10:30 18/02/2025 - …".
# Searched only in a line's last characters: a lazy headline group before it would be quadratic.
_SOURCES["STAMPED_END"] = (
    rf"(?:[\-–—|]\s*|[(\[]\s*)"
    rf"(?:(?:{_DATE})(?:\s*[,\-]?\s*(?:{_TIME}))?|(?:{_TIME})\s*[,\-]?\s*(?:{_DATE})|{_REL})\s*[)\]]?$"
)
_STAMPED_END_SPAN = 48
_SOURCES["STAMPED_START"] = (
    rf"^(?:(?:{_TIME})\s*[,\-|]?\s*(?:{_DATE})|(?:{_DATE})\s*[,\-|]?\s*(?:{_TIME}))"
    rf"\s*[\-–—|:]?\s*(?P<t>\p{{L}}.{{10,}})$"
)

# Bylines and credits: checked on the original text, a name after them starts upper case.
# Case-insensitive only where it says so: only through `_FAST` (plain V1, as it always was).
_SOURCES["BYLINE"] = rf"^(?i:{_alt(lex.BYLINE_STARTS)})(?:\s*[:：,\-–]|\s+\p{{Lu}}|$)"


class _Patterns:
    """The patterns of `_SOURCES` with one set of flags, each compiled on first use."""

    def __init__(self, flags: int) -> None:
        self._flags = flags

    def __getattr__(self, name: str) -> regex.Pattern[str]:
        # Called only while the attribute is missing: compile, then keep it as a plain attribute.
        if name not in _SOURCES:
            raise AttributeError(name)
        pattern = regex.compile(_SOURCES[name], self._flags)
        setattr(self, name, pattern)
        return pattern


_FAST = _Patterns(regex.V1)
_EXACT = _Patterns(_F)


def _pats(c: str) -> _Patterns:
    """The pattern set for canonical text `c`: case-sensitive unless case folding could tell."""
    return _FAST if c.casefold() == c else _EXACT


def _meta_source() -> str:
    iso = (
        r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?"
        r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+\-]\d{2}:?\d{2})?)?"
    )
    pair = (
        rf"(?:(?:{_alt(lex.METADATA_DATE_KEYS)})(?!\w)[ \t]*[:=]?[ \t]*{iso}"
        rf"|(?:{_alt(lex.METADATA_TEXT_KEYS)})(?!\w)[ \t]*[:=]?[ \t]*\S+"
        rf"|(?:{_alt(lex.METADATA_BARE_KEYS)})(?!\w)[ \t]*[:=]?)"
    )
    return rf"\A[ \t]*{pair}(?:[ \t]+{pair})*(?=\s|\Z)[ \t]*"


# A metadata header can only start with the first letter of a key (case-sensitive: scraper
# keys are lower case, a title is not): other texts never compile its pattern.
_META_FIRSTS = frozenset(
    k[0] for k in (*lex.METADATA_DATE_KEYS, *lex.METADATA_TEXT_KEYS, *lex.METADATA_BARE_KEYS)
)


@functools.cache
def _meta_header() -> regex.Pattern[str]:
    return regex.compile(_meta_source())


def _meta_header_match(text: str) -> regex.Match[str] | None:
    i = 0
    while i < len(text) and text[i] in " \t":
        i += 1
    if text[i : i + 1] not in _META_FIRSTS:
        return None
    return _meta_header().match(text)


def _first_words(*lists: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_canon(p).split()[0].strip(_FIRST_STRIP) for words in lists for p in words)


# First words of every phrase looked for at a line's start (plus those of the footer patterns).
_FIRST_WORDS = _first_words(
    lex.TEASER_HEADINGS,
    lex.MORE_LINK_HEADINGS,
    lex.COMMENT_HEADINGS,
    lex.COMMENT_COUNTED,
    lex.COUNTER_KEYS,
    lex.ATTACHMENT_KEYS,
    lex.RATING_PROMPTS,
    lex.RATING_LABELS,
    lex.TAG_KEYS,
    lex.FOOTER_STARTS,
    lex.FOOTER_KEYS,
    lex.CONTACT_KEYS,
    lex.SHARE_WORDS,
    lex.MENU_LINES,
    lex.MENU_STARTS,
    lex.BYLINE_STARTS,
    ("copyright", "bản quyền", "tổng biên tập", "phó tổng biên tập", "giấy phép", "(c)"),
)
_STAMP_FIRSTS = _first_words(lex.WEEKDAYS, lex.STAMP_LABELS)
_WEEKDAY_FIRSTS = _first_words(lex.WEEKDAYS)


# --- classifying one line -----------------------------------------------------------------


def _classify(s: str) -> str:
    """The kind of one stripped, non-empty line."""
    n = len(s)
    if n > _FOOTER_MAX:
        return _TEXT
    c = _canon(s)
    lead_cut = _LEAD_BULLETS.match(c)
    lead = c[lead_cut.end() :] if lead_cut else c
    # Most lines are ordinary text: the lexicon phrases are only tried on a line whose
    # first word can start one of them.
    first = lead.split(maxsplit=1)[0].strip(_FIRST_STRIP) if lead else ""
    keyed = not first or first in _FIRST_WORDS
    # The pattern set is chosen only for a line that needs a lexicon pattern: most never do.
    if (
        keyed
        and (
            (p := _pats(c)).FOOTER_START.match(lead)
            or p.FOOTER_OTHER.match(lead)
            or (first == "giấy" and p.LICENCE_LINE.match(lead))
        )
    ) or _footer_anywhere(c):
        return _FOOTER
    if n > _SHORT:
        return _TEXT
    if not _HAS_ALNUM.search(s):
        return _PUNCT
    if " " not in s and _EXACT.URL_LINE.match(s):
        return _URL
    core = lead.rstrip(_TRAIL_PUNCT)
    if keyed:
        kind = _classify_keyed(s, c, lead, core, _pats(c))
        if kind is not None:
            return kind
    if (
        n <= _STAMP_MAX
        and (lead[:1].isdigit() or first in _STAMP_FIRSTS)
        and (p := _pats(c)).STAMP_LINE.match(c)
        and (p.STAMP_DATE.search(c) or _STAMP_TIME.search(c))
    ):
        return _STAMP
    if _is_stamped_headline(c):
        return _STAMPED
    if c.endswith(_FILE_ENDINGS) and _pats(c).ATTACHMENT.search(c):
        return _MORE  # an attached file's name
    if _is_menu(core):
        return _MENU
    if n <= _WIDGET_MAX and (core in _WIDGET_HEADINGS or _is_weather(c) or _is_price_row(c)):
        return _WIDGET
    return _TEXT


# Short lines repeat across a site's pages (menus, headings, footers): their kinds are kept.
_classify_short = functools.lru_cache(maxsize=8192)(_classify)


def _classify_keyed(s: str, c: str, lead: str, core: str, p: _Patterns) -> str | None:
    """The kinds announced by a lexicon phrase at the line's start."""
    if p.RATING_PROMPT.match(core) or _is_rating_labels(core, p):
        return _RATING
    if p.MORE_LINK.match(lead) or p.ATTACHMENT.match(core):
        return _MORE
    if p.HEADING_LINE.match(core) or p.HEADING_TOPIC.match(lead) or _is_glued_heading(s, c, lead, p):
        return _HEADING
    if p.COMMENT_LINE.match(core):
        return _COMMENT
    if p.COUNTER_LINE.match(core):
        return _COUNTER
    if p.TAGS_LINE.match(lead):
        return _TAGS
    if p.CONTACT_LINE.match(lead):
        return _CONTACT
    if p.SHARE_LINE.match(c):
        return _SHARE
    if core in _MENU_LINES or p.MENU_START.match(core):
        return _MENU
    if len(s) <= _BYLINE_MAX and _FAST.BYLINE.match(s):
        return _BYLINE
    return None


def _footer_anywhere(c: str) -> bool:
    if _FOOTER_PHRASES.search(c):
        return True
    return ("©" in c or "(c)" in c or "gp" in c) and bool(_pats(c).FOOTER_MARKS.search(c))


def _is_rating_labels(core: str, p: _Patterns) -> bool:
    if not p.RATING_LINE.match(core):
        return False
    return any(ch in core for ch in _STARS) or len(p.RATING_LABEL.findall(core)) >= 2


def _is_glued_heading(s: str, c: str, lead: str, p: _Patterns) -> bool:
    m = p.HEADING_GLUED.match(lead)
    if not m or len(c) != len(s):
        return False
    i = len(c) - len(lead) + m.end()
    return i < len(s) and s[i].isupper() and s[i - 1].islower()


def _is_stamped_headline(c: str) -> bool:
    if c[-1:].isdigit() or c.endswith((")", "]", "'", "trước")):
        m = _pats(c).STAMPED_END.search(c, max(0, len(c) - _STAMPED_END_SPAN))
        if m and len(_WORD.findall(c, 0, m.start())) >= 3:
            return True
    if not c[:1].isdigit():
        return False
    m = _pats(c).STAMPED_START.match(c)
    return bool(m) and len(_WORD.findall(m.group("t"))) >= 3


def _is_menu(core: str) -> bool:
    if not ("|" in core or "»" in core or "›" in core or ">" in core):
        return False
    parts = _MENU_SPLIT.split(core)
    if len(parts) < 2:
        return False
    # Two parts only as a breadcrumb ("Tin tức > Hoạt động của lãnh đạo Bộ"), never "A | B".
    most = 4 if len(parts) > 2 else 6 if not any(ch in core for ch in "|") else 0
    return all(p and len(p.split()) <= most and not any(ch.isdigit() for ch in p) for p in parts)


def _is_weather(c: str) -> bool:
    # "Hà Nội: 21°C Hà Nội", "TP.HCM 27 - 33°C": a place and a temperature, nothing more.
    if not ("°" in c or "º" in c or "˚" in c or "℃" in c or "độ c" in c):
        return False
    return bool(_pats(c).WEATHER.search(c)) and len(_WORD.findall(c)) <= 10 and not _SENTENCE_END.search(c)


def _stamp_dates(text: str) -> int:
    """How many dates (or "2 giờ trước") a line holds."""
    c = _canon(text)
    return len(_pats(c).STAMP_DATE.findall(c))


def _is_masthead(text: str) -> bool:
    c = _canon(text)
    return bool(_pats(c).MASTHEAD.match(c))


def _is_price_row(c: str) -> bool:
    # "SJC 66.500 67.200", "USD 23.155 23.465", "Mua vào: 66.500 Bán ra: 67.200".
    # at least two figures that look like prices, not "Tháng 1: 650 triệu USD"
    if sum(len(x) >= 3 for x in _NUMBER.findall(c)) < 2 or not (p := _pats(c)).PRICE_LABEL.search(c):
        return False
    if c.endswith((".", "!", "?", "…", ";")):
        return False
    rest = p.PRICE_LABEL.sub(" ", _NUMBER.sub(" ", c))
    return sum(1 for w in _WORD.findall(rest) if _HAS_LETTER.search(w) and not w[0].isdigit()) <= 2


# --- the pass over lines ------------------------------------------------------------------


class _Line:
    """One line; what only some lines are asked about is computed on first use."""

    def __init__(self, start: int, stop: int, text: str, kind: str) -> None:
        self.start = start  # offset of the line's first character
        self.stop = stop  # offset just past its newline (or the text's end)
        self.text = text  # stripped
        self.kind = kind

    @cached_property
    def key(self) -> str:
        """For "printed twice in a row": case-folded, spaces collapsed."""
        return " ".join(self.text.split()).casefold()

    def same_key(self, other: _Line) -> bool:
        """`self.key == other.key`, settled by the first and last characters where they differ."""
        a, b = self.text, other.text
        if (
            a
            and b
            and (a[0].casefold()[0] != b[0].casefold()[0] or a[-1].casefold()[-1] != b[-1].casefold()[-1])
        ):
            return False  # a key starts with its line's first character folded, ends with its last
        return self.key == other.key

    @cached_property
    def words(self) -> int:
        """Words of a short line (0 for a paragraph), counted up to `_WORDS_CAP`."""
        n = 0
        if len(self.text) < _PARA:
            for _ in _WORD.finditer(self.text):
                n += 1
                if n == _WORDS_CAP:
                    break
        return n

    @property
    def is_para(self) -> bool:
        return self.kind == _TEXT and len(self.text) >= _PARA and self.ends_sentence

    @property
    def opens_article(self) -> bool:
        """A body line long enough, and ending a sentence, to show the article has begun."""
        n = len(self.text)
        return self.kind == _TEXT and (n >= 2 * _SUBSTANTIVE or (n >= _SUBSTANTIVE and self.ends_sentence))

    @cached_property
    def ends_sentence(self) -> bool:
        return bool(_SENTENCE_END.search(self.text))

    @property
    def headline_like(self) -> bool:
        """Short, several words, no closing full stop: the title of a teaser."""
        return (
            self.kind == _TEXT
            and len(self.text) < _PARA
            and not self.text.endswith((".", ":", ";"))
            and self.words >= 4  # the costliest test last
        )


@dataclass
class _Tail:
    relaxed: bool  # entered before the article had really begun
    final: bool = False  # entered at the article's closing widgets (comments, rating, tags)
    titled: bool = False  # entered after the title: the line above the lead is no title
    lines: int = 0
    events: int = 0  # lines seen since that look like teaser lists, not article text
    long_seen: bool = False
    # whether the last two lines seen were bare headlines (a list of them hides the title)
    last_headline: bool = False
    before_last_headline: bool = False


def _lines(text: str, start: int) -> list[_Line]:
    out: list[_Line] = []
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl + 1
        raw = text[pos : stop if nl < 0 else nl]
        s = raw.strip()
        if not s:
            kind = _BLANK
        elif len(s) > _FOOTER_MAX:
            kind = _TEXT  # what `_classify` says at once
        else:
            kind = _classify_short(s)
        out.append(_Line(pos, stop, s, kind))
        pos = stop
    return out


def _label(lines: list[_Line]) -> list[str | None]:
    """BODY / BOILERPLATE for each non-blank line (None for blank lines)."""
    labels: list[str | None] = [None] * len(lines)
    nonblank = [i for i, ln in enumerate(lines) if ln.kind != _BLANK]
    after = {a: b for a, b in zip(nonblank, nonblank[1:], strict=False)}  # next non-blank line
    mode = "pre"
    begun = False  # the article has shown a real paragraph
    tail: _Tail | None = None
    tag_run = False
    cuts: list[int] = []  # first line of each tail or footer that ends the article
    prev = -1
    for i in nonblank:
        ln = lines[i]
        k = ln.kind
        dup = prev >= 0 and k == _TEXT and ln.same_key(lines[prev]) and (ln.words >= 4 or len(ln.key) >= 20)
        if mode == "final":
            labels[i] = BOILERPLATE
            prev = i
            continue
        if mode == "tail":
            assert tail is not None
            if k == _FOOTER:
                mode = "final"
            elif _resumes(tail, ln, lines[after[i]] if i in after else None, dup):
                if (
                    tail.relaxed
                    and not tail.titled
                    and prev >= 0
                    and lines[prev].headline_like
                    and not tail.before_last_headline
                ):
                    # The title above the lead, after a list before the article whose items
                    # carry stamps: the title has none. In a list of bare headlines (or of
                    # headlines and their copies) the title cannot be told from the items.
                    labels[prev] = BODY
                mode = "body"
                tail = None
            else:
                tail.lines += 1
                # an inline box may date its links; headings, widgets and copies are teaser lists
                tail.events += (k not in _TEXTUAL and k not in _BOX_KINDS) or dup
                tail.long_seen |= len(ln.text) >= _PARA
                tail.before_last_headline, tail.last_headline = tail.last_headline, ln.headline_like
            if mode != "body":
                labels[i] = BOILERPLATE
                prev = i
                continue

        # pre or body
        if tag_run:
            if len(ln.text) <= _TAG_ITEM and k in _TEXTUAL and (ln.text[0] in "-•*#+" or ln.words <= 4):
                labels[i] = BOILERPLATE
                prev = i
                continue
            tag_run = False
        lab = BOILERPLATE
        was_body = mode == "body"
        if k == _FOOTER:
            if mode == "body" and begun:
                mode = "final"
        elif k in (_HEADING, _RATING, _TAGS) or (k == _COMMENT and begun):
            tag_run = k == _TAGS
            if mode == "body" or k == _HEADING:
                # comments, ratings and tags close an article: what follows them never resumes it
                mode, tail = (
                    "tail",
                    _Tail(relaxed=not begun, final=k != _HEADING and begun, titled=mode == "body"),
                )
        elif k == _MENU and begun and _table_header(ln, lines[after[i]] if i in after else None):
            lab = BODY  # "STT | Mặt hàng | Kim ngạch" over rows with as many cells
        elif k == _COMMENT or k in _STRAY:
            pass
        elif k == _STAMP:
            p = lines[prev] if prev >= 0 else None
            if mode == "pre" and _stamp_above_title(ln, *_next_two(lines, after, i)):
                lab = BODY  # vnexpress-style: weekday, date and time right above the title
            elif (
                mode == "body"
                and begun
                and p is not None
                and labels[prev] == BODY
                and p.headline_like
                and _teaser_stamp(ln)
            ):
                labels[prev] = BOILERPLATE  # the teaser's headline, above its stamp
                mode, tail = "tail", _Tail(relaxed=False)
            elif mode == "body" and not begun:
                lab = BODY  # the article's own dateline, between title and lead, like its byline
            elif mode == "body" and _stamp_dates(ln.text) > 1:
                lab = BODY  # a period ("Thời gian: 17/06/2024 - 20/06/2024"), not a stamp
        elif k == _STAMPED and not (not begun and _titles_lead(*_next_two(lines, after, i))):
            if mode == "body" and begun:
                mode, tail = "tail", _Tail(relaxed=False)
        elif k == _WIDGET and not begun:
            pass
        elif k == _WIDGET and mode == "body" and _widget_box(lines, after, i):
            mode, tail = "tail", _Tail(relaxed=False)  # a price or weather box after the article
        elif dup and mode == "body":
            if not begun:
                lab = BODY  # the title printed twice (page title and headline)
            elif labels[prev] == BODY:
                # a teaser: headline, then the same as link text (or an image's alt text
                # repeated as its caption: then two paragraphs follow and the article resumes)
                labels[prev] = BOILERPLATE
                mode, tail = "tail", _Tail(relaxed=False)
        elif k == _PUNCT:
            lab = BODY if mode == "body" else BOILERPLATE
        elif mode == "pre" and _is_chrome(ln, *_next_two(lines, after, i)):
            pass
        else:
            lab = BODY
            mode = "body"
            begun |= ln.opens_article
        labels[i] = lab
        if was_body and mode != "body":
            # a teaser's headline above its stamp or its copy was relabelled: the cut is there
            cuts.append(prev if labels[prev] == BOILERPLATE else i)
        prev = i
    rank = {i: n for n, i in enumerate(nonblank)}  # a line's place among the non-blank ones
    for cut in cuts:
        _sweep_tag_items(lines, labels, nonblank, rank[cut])
    _drop_leading_teasers(lines, labels, nonblank)
    _drop_after_signature(lines, labels, nonblank)
    _drop_trailing_headlines(lines, labels, nonblank)
    return labels


def _sweep_tag_items(lines: list[_Line], labels: list[str | None], nonblank: list[int], n: int) -> None:
    """Separators, tag items ("- khuyến công") and a teaser's category label just above a cut.

    A category label is a word or three between a separator line and the teaser's headline
    ("-", "Hàng hóa", headline, stamp).
    """
    for m in range(n - 1, -1, -1):
        i = nonblank[m]
        ln = lines[i]
        if labels[i] != BODY:
            break
        letters = ln.text.lstrip("-–—•*·#+ ")
        above = lines[nonblank[m - 1]] if m > 0 else None
        label = (
            above is not None
            and above.kind == _PUNCT
            and len(ln.text) <= 30
            and 0 < ln.words <= 3
            and not ln.ends_sentence
        )
        masthead = ln.kind == _TEXT and len(ln.text) <= _WIDGET_MAX and _is_masthead(ln.text)
        if ln.kind == _PUNCT or (len(ln.text) <= 40 and letters[:1].islower()) or label or masthead:
            labels[i] = BOILERPLATE
        else:
            break


def _drop_leading_teasers(lines: list[_Line], labels: list[str | None], nonblank: list[int]) -> None:
    """Dated headlines above the article with no heading over them are a teaser list.

    Before the first paragraph, two or more items (a headline over a date stamp, or a
    headline ending in one) are teasers: they and what stands above them are boilerplate.
    The last headline over its stamp right above the lead is the article's title and dateline.
    """
    first = next((m for m, i in enumerate(nonblank) if labels[i] == BODY and lines[i].opens_article), None)
    if first is None or first < 4:
        return
    items: list[int] = []  # position (in nonblank) of each item's last line
    m = 0
    while m < first:
        ln = lines[nonblank[m]]
        if ln.kind == _STAMPED:
            items.append(m)
        elif ln.headline_like and m + 1 < first:
            nxt = lines[nonblank[m + 1]]
            if nxt.kind == _STAMP and _stamp_dates(nxt.text):
                items.append(m + 1)
                m += 1
        m += 1
    if items and items[-1] == first - 1:
        items.pop()  # the title (dated, or over its own dateline) right above the lead
    if len(items) < 2:
        return
    for m in range(items[-1] + 1):
        labels[nonblank[m]] = BOILERPLATE


def _is_signature(ln: _Line) -> bool:
    """A reporter's name signing the article: "Minh Anh", "NGỌC AN", "Văn Dũng (TTXVN)"."""
    if ln.kind != _TEXT or len(ln.text) > 72:
        return False
    t = _SIGNATURE_NOTE.sub("", ln.text) if ln.text.endswith(")") else ln.text
    if len(t) > 40 or any(ch.isdigit() for ch in t):
        return False
    words = t.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and _HAS_LETTER.match(w) for w in words)


def _drop_after_signature(lines: list[_Line], labels: list[str | None], nonblank: list[int]) -> None:
    """Headlines (with or without their leads) after the paragraph and the name that sign the article.

    Once a name signs off the last paragraph, what follows to the end of the body is a
    teaser list when it opens with a headline, holds two or more, and never has two
    paragraphs in a row (the article itself would).
    """
    body = [i for i in nonblank if labels[i] == BODY]
    for m in range(len(body) - 2, 0, -1):
        if _is_signature(lines[body[m]]) and lines[body[m - 1]].opens_article:
            break
    else:
        return
    rest = [lines[i] for i in body[m + 1 :]]
    if not rest[0].headline_like or any(ln.kind != _TEXT for ln in rest):
        return
    if sum(ln.headline_like for ln in rest) < 2:
        return
    if any(a.opens_article and b.opens_article for a, b in zip(rest, rest[1:], strict=False)):
        return
    for i in body[m + 1 :]:
        labels[i] = BOILERPLATE


def _drop_trailing_headlines(lines: list[_Line], labels: list[str | None], nonblank: list[int]) -> None:
    """A list of bare headlines after the last paragraph, with no heading over it, is a teaser list.

    Four or more headline-like lines in a row (of a headline's length) end the body when
    they follow a paragraph that closes a sentence (not a colon: that announces a list
    belonging to the article), or that paragraph and a byline.
    """
    body = [i for i in nonblank if labels[i] == BODY]
    run: list[int] = []
    m = len(body) - 1
    while m >= 0:
        ln = lines[body[m]]
        if not (ln.headline_like and (ln.text[:1].isupper() or ln.text[:1].isdigit())):
            break
        run.append(body[m])
        m -= 1
    if len(run) < 4 or m < 0 or sum(len(lines[i].text) for i in run) < _HEADLINE_AVG * len(run):
        return
    stop = lines[body[m]]
    if (stop.kind == _BYLINE or (stop.words <= 4 and len(stop.text) <= 40)) and m > 0:
        stop = lines[body[m - 1]]  # the byline under the last paragraph
    if stop.opens_article and stop.ends_sentence and not stop.text.endswith(":"):
        for i in run:
            labels[i] = BOILERPLATE


def _teaser_stamp(ln: _Line) -> bool:
    """A teaser's stamp: one date (or "2 giờ trước"), maybe a time and a weekday, no label.

    "Thời gian: 17/06/2024 - 20/06/2024" under an event's name is the article's own text.
    """
    c = _canon(ln.text)
    first = c.split(maxsplit=1)[0].strip(_FIRST_STRIP) if not c[:1].isdigit() else ""
    if first and first not in _WEEKDAY_FIRSTS:
        return False
    return len(_pats(c).STAMP_DATE.findall(c)) == 1


def _table_header(ln: _Line, nxt: _Line | None) -> bool:
    n = ln.text.count("|")
    return n > 0 and nxt is not None and nxt.text.count("|") == n and any(ch.isdigit() for ch in nxt.text)


def _widget_box(lines: list[_Line], after: dict[int, int], i: int) -> bool:
    """A widget heading over widget rows, or weather rows in a run: a sidebar, not a table.

    Price rows under the article's own words stay body ("Giá vàng niêm yết như sau:", rows).
    """
    j = after.get(i)
    nxt = lines[j] if j is not None else None
    if nxt is None or nxt.kind != _WIDGET:
        return False
    ln = lines[i]
    if _canon(ln.text).rstrip(_TRAIL_PUNCT) in _WIDGET_HEADINGS:
        return True
    return _is_weather(_canon(ln.text)) and _is_weather(_canon(nxt.text))


def _next_two(lines: list[_Line], after: dict[int, int], i: int) -> tuple[_Line | None, _Line | None]:
    j = after.get(i, -1)
    return (lines[j] if j >= 0 else None), (lines[after[j]] if j in after else None)


def _titles_lead(nxt: _Line | None, nxt2: _Line | None) -> bool:
    """The lead (maybe under a dateline) follows: the line above is the article's title."""
    if nxt is not None and nxt.kind == _STAMP:
        nxt = nxt2
    return nxt is not None and nxt.opens_article


def _is_chrome(ln: _Line, nxt: _Line | None, nxt2: _Line | None) -> bool:
    """A site name or a section label above the title ("Kinh doanh", "Cổng thông tin điện tử …")."""
    t = ln.text
    if ln.kind != _TEXT or len(t) > _WIDGET_MAX or ln.ends_sentence or any(ch.isdigit() for ch in t):
        return False
    if nxt is not None and nxt.opens_article:
        return False  # a (short) title right above its lead
    if nxt is not None and nxt.kind == _STAMP and nxt2 is not None and nxt2.opens_article:
        return False  # a short title over its dateline and lead
    if ln.words <= _LABEL_WORDS or _is_masthead(t):
        return True
    # "Kinh tế - Xã hội", "Tin tức / Sự kiện": section names joined, not a title
    parts = _LABEL_SPLIT.split(t)
    if len(parts) > 1 and all(0 < len(_WORD.findall(p)) <= _LABEL_WORDS for p in parts):
        return True
    # an organisation's name in capitals over the site menu ("BỘ CÔNG THƯƠNG")
    return t.isupper() and nxt is not None and nxt.kind in (_MENU, _URL, _SHARE, _WIDGET, _HEADING, _CONTACT)


def _stamp_above_title(ln: _Line, nxt: _Line | None, nxt2: _Line | None) -> bool:
    """The article's own stamp printed above its title: with a time of day, then the title, then text.

    A site header's date (no time, or menus after it) is not the article's.
    """
    if nxt is None or nxt.kind != _TEXT or not nxt.headline_like or not _STAMP_TIME.search(ln.text):
        return False
    return nxt2 is None or nxt2.kind in _TEXTUAL or nxt2.kind == _STAMP


def _resumes(tail: _Tail, ln: _Line, nxt: _Line | None, dup: bool) -> bool:
    """Clear evidence the article goes on: this line and the next are article paragraphs."""
    if dup or nxt is None or tail.final:
        return False
    if tail.relaxed:
        # before the article, a lead and another paragraph (teaser leads alternate with headlines)
        return ln.opens_article and nxt.opens_article
    if not ln.is_para or not nxt.is_para:
        return False
    # A box of a few link lines (or none: a "Xem thêm" button, links the scraper lost).
    return tail.events == 0 and not tail.long_seen and tail.lines <= _MAX_BOX_LINES


def split_sections(text: str) -> list[Block]:
    """Cover `text` with blocks, in order, each marked body or boilerplate."""
    if not text:
        return []
    blocks: list[Block] = []
    m = _meta_header_match(text)
    start = 0
    if m and m.end() > 0:
        blocks.append(Block(0, m.end(), BOILERPLATE))
        start = m.end()
    lines = _lines(text, start)
    labels = _label(lines)
    # Blank lines go with the line above them (the first ones with the first labelled line).
    current = next((lab for lab in labels if lab is not None), BODY)
    for ln, lab in zip(lines, labels, strict=True):
        current = lab or current
        if blocks and blocks[-1].section == current and blocks[-1].end == ln.start:
            blocks[-1] = Block(blocks[-1].start, ln.stop, current)
        else:
            blocks.append(Block(ln.start, ln.stop, current))
    return blocks
