"""Province rules: Vietnam's provinces and centrally-run cities named in a sentence.

A candidate is any spelling of a unit's name (reference names + lexicon aliases), written with
the capitals of a proper name. Cheap context checks then drop what only shares the name:
a commune, street or landmark (`xã Bình Thuận`, `đường Hà Nội`, `mũi Cà Mau`), a city inside a
province (`thành phố Nam Định`), a person (`chị Hà Giang`, `Nguyễn Văn Long An`), a longer name
(`Thái Bình Dương`, `Báo Hà Nội Mới`). Only when a person's name may run into the candidate
(a capitalised run with a surname or title before it, or a capitalised word after it) is
underthesea's word segmenter run, on a few words around it; in an all-capitals or Title Case
headline it is not (it is unreliable there): only a clear surname or a common-word context
(`VÌ HÒA BÌNH`) rejects the name.

Judgement calls (the contract leaves them open):
- An organisation, brand or facility named after the province counts (`Báo Bắc Giang`, `Cảng
  Hải Phòng`, `Formosa Hà Tĩnh`, `Samsung Thái Nguyên`); `Sài Gòn` (`Bia Sài Gòn`) and `Hà Tiên`
  are no province names; the newspaper `Hà Nội Mới` is a longer name.
- Both ends of a route count (`cao tốc Hà Nội - Hải Phòng`, `tuyến đường Hà Nội – Lào Cai`);
  a street named after a province does not (`đường Hà Nội`).
- `Quảng Nam - Đà Nẵng` gives two facts (news uses it for the pair far more than for the
  province of 1976-1996); `Hà Tây` (dissolved 2008) is not among the 63 and gives none.
- A sentence-initial `Hòa Bình …` / `Thái Bình …` is taken as the province: capitals are all
  there is to go on.
- `thành phố Huế` / `TP Huế` is the centrally-run city only from 2025. `find` cannot see the
  document's date, so it keeps the mention (value `Thừa Thiên Huế`, the contract's canonical
  name; the unit was not created on 1 July 2025); `resolve(mentions, doc_date)` returns it for
  dropping when the document is dated before 2025. Without a date it stays: most readers mean
  the province there, and a 2025 text cannot say it otherwise.
- A unit named with a marker (`(mới)`, `sau sáp nhập`, `(sau sắp xếp)`, a bare `mới` before
  `gồm`/punctuation) is the new unit; `(cũ)` is the old one; with a document dated from July
  2025 an unmarked name that the new unit kept (`Gia Lai`) is the new unit (same value, new code).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from ..facts import Mention
from ..lexicons import provinces as lex
from ..patterns import LazyPattern
from ..provinces import Reference, Unit, reference
from ..sentences import Sentence
from . import Example


def _c(pattern: str) -> regex.Pattern[str]:
    # VERSION0: no set operations, no literal that needs full case folding: half the compile time.
    return LazyPattern(pattern, regex.V0)  # type: ignore[return-value]  # duck-typed


_SP = r"[ \t\u00a0]"
_LETTER = r"[\p{L}\p{N}]"
# Tone marks that news places either on the o or on the a/y: Hòa/Hoà, Hóa/Hoá, Thủy/Thuỷ.
_TONE_PAIRS = {
    "òa": "oà",
    "óa": "oá",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "ùy": "uỳ",
    "úy": "uý",
    "ủy": "uỷ",
    "ũy": "uỹ",
    "ụy": "uỵ",
}
_OLD_TONES = _c("|".join(_TONE_PAIRS.values()))
_NEW_TONE = {v: k for k, v in _TONE_PAIRS.items()}
_DASHES = _c(rf"{_SP}*[-–—]{_SP}*")
_SPACES = _c(rf"{_SP}+")
_DOT_SPACE = _c(rf"\.{_SP}+")
_WORD = _c(r"\p{L}+")
_OPENERS = "([{\"'“‘«"


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """A spelling's lookup key: lower case, one tone placement, one dash, single spaces."""
    t = unicodedata.normalize("NFC", text).lower()
    t = _OLD_TONES.sub(lambda m: _NEW_TONE[m.group()], t)
    t = _DASHES.sub("-", t)
    t = _DOT_SPACE.sub(".", t)
    return _SPACES.sub(" ", t.strip())


def _pattern(spelling: str) -> str:
    """A regex for one spelling (of its key), allowing the variants `_key` folds together."""
    out: list[str] = []
    i = 0
    while i < len(spelling):
        pair = spelling[i : i + 2]
        ch = spelling[i]
        if pair in _TONE_PAIRS:
            out.append(f"(?:{pair}|{_TONE_PAIRS[pair]})")
            i += 2
            continue
        if ch == "-":
            out.append(rf"{_SP}*[-–—]{_SP}*")
        elif ch == " ":
            out.append(rf"{_SP}+")
        elif ch == ".":
            out.append(rf"\.{_SP}*")
        else:
            out.append(regex.escape(ch))
        i += 1
    return "".join(out)


@dataclass(frozen=True)
class _Tables:
    ref: Reference
    spellings: dict[str, str]  # spelling key -> old unit key
    # Spellings by first word (key form), longest spelling first: at a capitalised word only
    # those can match, so each group's alternation is the whole alternation's, minus what
    # cannot match there, and is compiled only when a text needs it.
    groups: dict[str, tuple[str, ...]]
    firsts: frozenset[str]  # lower-case first words of every spelling, both tone placements


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """Built on first use: the reference data is not read at import (cold start)."""
    ref = reference()
    spellings: dict[str, str] = {}
    for key, unit in ref.old.items():
        spellings[_key(unit.name)] = key
        for alias in lex.ALIASES.get(key, ()):
            spellings[_key(alias)] = key
    for key, unit in ref.new.items():  # every new unit is named after an old one (Huế: 46)
        spellings.setdefault(_key(unit.name), key)
    groups: dict[str, list[str]] = {}
    firsts: set[str] = set()
    for spelling in sorted(spellings, key=len, reverse=True):
        first = _WORD.match(spelling)
        if first:
            groups.setdefault(first.group(), []).append(spelling)
            firsts.add(first.group())
            firsts.add(regex.sub("|".join(_TONE_PAIRS), lambda m: _TONE_PAIRS[m.group()], first.group()))
    return _Tables(ref, spellings, {k: tuple(v) for k, v in groups.items()}, frozenset(firsts))


@cache
def _names(group: tuple[str, ...]) -> regex.Pattern[str]:
    """The alternation of one first word's spellings (see _Tables.groups)."""
    return regex.compile(rf"(?i:{'|'.join(_pattern(s) for s in group)})(?!{_LETTER})", regex.V0)


def _alternation(keys: tuple[str, ...]) -> str:
    alternatives = "|".join(_pattern(_key(k)) for k in sorted(keys, key=len, reverse=True))
    return rf"(?i:{alternatives})"


_LOWER_WORD = _c(rf"(?<!{_LETTER})\p{{Ll}}")
# A capitalised word: `\p{Lu}\p{L}*` where no letter or digit stands before it. The scan leaves
# the lookbehind out (several times faster) and checks it only for a word that can open a name:
# a match inside a letter run runs to its end, so the scan still reaches every word start.
_CAPITAL_RUN = _c(r"\p{Lu}\p{L}*")
_IS_LETTER = _c(_LETTER)
_CITY_HEAD = _c(rf"(?<!{_LETTER})(?i:thành{_SP}+phố{_SP}+|t\.?p\.{_SP}*|t\.?p{_SP}+)$")
# "các tỉnh, thành phố Bắc Ninh, Hà Nam": "thành phố" here is the other half of "provinces".
_BOTH_HEADS = _c(rf"(?<!{_LETTER})(?i:tỉnh){_SP}*[,/]{_SP}*$")
_PROVINCE_HEAD = _c(rf"(?<!{_LETTER})(?i:tỉnh){_SP}+$")
_END_OR_PUNCT = r"(?:$|(?![-–—])\p{P})"  # punctuation but a dash
_NEW_MARKER = _c(
    rf"{_SP}*(?:\({_SP}*)?(?:{_alternation(lex.NEW_UNIT_MARKERS)})(?!{_LETTER})"
    rf"|{_SP}+(?i:mới)(?={_SP}*{_END_OR_PUNCT}|{_SP}+(?:{_alternation(lex.NEW_AFTER_BARE_MOI)})(?!{_LETTER}))"
)
_OLD_MARKER = _c(rf"{_SP}*(?:\({_SP}*)?(?:{_alternation(lex.OLD_UNIT_MARKERS)})(?!{_LETTER})")
_ROUTE_NEXT = _c(rf"{_SP}*[-–—]{_SP}*")
_LONGER = _c(_alternation(lex.LONGER_NAMES))
# How far a longer name can reach beyond the province name it holds (in characters).
_LONGER_REACH = max(len(n) for n in (*lex.LONGER_NAMES, *lex.TITLE_NAMES)) + 4
_TITLES = _c(_alternation(lex.TITLE_NAMES))
_ROUTE_HEADS = frozenset(lex.ROUTE_HEADS)
_CLEAR_SURNAMES = frozenset(lex.CLEAR_SURNAMES)
_PLACE_HEADS = frozenset(lex.PLACE_HEADS)
_NOT_PLACE_HEADS = frozenset(lex.NOT_PLACE_HEADS)
_PERSON_TITLES = frozenset(lex.PERSON_TITLES)
_MIDDLE_NAMES = frozenset(lex.MIDDLE_NAMES)
_SURNAMES = frozenset(lex.SURNAMES)
_NO_EXTENSION = frozenset(lex.ORG_ENDINGS) | frozenset(lex.FUNCTION_WORDS)
# A capitalised run holding one of these before a name is (part of) a person's name.
_PERSON_START = _SURNAMES | _PERSON_TITLES


def _words_before(text: str, pos: int, n: int) -> list[str]:
    """Up to n words right before pos, nearest last, each separated by spaces only."""
    words: list[str] = []
    i = pos
    while len(words) < n:
        j = i
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        if j == i:
            break  # punctuation or the sentence start
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if k == j or (k > 0 and not text[k - 1].isspace() and text[k - 1] not in _OPENERS):
            break  # not a whole word ("21°C")
        words.insert(0, text[k:j])
        i = k
    return words


def _word_after(text: str, pos: int) -> str:
    """The word right after pos when only spaces stand between, else ''."""
    j = pos
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    if j == pos:
        return ""
    k = j
    while k < len(text) and text[k].isalpha():
        k += 1
    return text[j:k]


def _proper(name: str) -> bool:
    """Written as a proper name: every word capitalised (or the whole name in capitals)."""
    return all(w[0].isupper() for w in _WORD.findall(name))


def _capitalised(word: str, upper_context: bool) -> bool:
    """A capitalised syllable that could extend a name. Acronyms (UBND, TP) cannot, except
    in an all-capitals headline, where every word is written that way."""
    if not word or not word[0].isupper():
        return False
    return upper_context or not (len(word) > 1 and word.isupper())


def _segment_ok(text: str, start: int, end: int) -> bool:
    """Whether the word segmenter keeps [start, end) as whole words in a few-word window."""
    from underthesea import word_tokenize  # slow import and slow call: only here

    before = list(_WORD.finditer(text, max(0, start - 40), start))
    lo = before[max(0, len(before) - 3)].start() if before else start
    after = list(_WORD.finditer(text, end, min(len(text), end + 40)))
    hi = after[min(len(after), 3) - 1].end() if after else end
    window = text[lo:hi]
    bounds: set[int] = {0, len(window)}
    cursor = 0
    for token in word_tokenize(window):
        pos = window.find(token, cursor)
        if pos < 0:
            return True  # the segmenter changed the text: no evidence against the name
        bounds.update((pos, pos + len(token)))
        cursor = pos + len(token)
    return start - lo in bounds and end - lo in bounds


@dataclass(frozen=True)
class _Context:
    """What the caller knows about a candidate's surroundings."""

    shouty: bool  # an all-capitals or Title Case sentence: capitals say nothing there
    route: bool  # "X - Y" right after the name: the two ends of a road or line


def _title_case(text: str) -> bool:
    """A Title Case headline ("Thanh Hóa Khởi Công Nhà Máy Mới"): every word capitalised."""
    return _LOWER_WORD.search(text) is None and len(_WORD.findall(text)) >= 4


def _accept(text: str, start: int, end: int, head_start: int, unit: Unit, ctx: _Context) -> bool:
    name = text[start:end]
    if not _proper(name):
        return False  # "hòa bình" (peace), "thái bình"
    if _in_longer_name(text, start, end):
        return False  # "Thái Bình Dương", "Điện Biên Phủ"
    before = _words_before(text, head_start, 4)
    last = before[-1] if before else ""
    pair = " ".join(before[-2:]).lower() if len(before) >= 2 else ""
    if head_start == start:  # "tỉnh"/"thành phố" before the name settles what it is
        place = (last.lower() in _PLACE_HEADS or pair in _PLACE_HEADS) and pair not in _NOT_PLACE_HEADS
        if place and not (ctx.route and (last.lower() in _ROUTE_HEADS or pair in _ROUTE_HEADS)):
            return False  # "xã Bình Thuận", "đường Hà Nội", "thị xã Quảng Trị"
        if last.lower() in _PERSON_TITLES:
            return False  # "chị Hà Giang"
        stops = lex.NOT_AFTER.get(unit.key, ())
        if last.lower() in stops or pair in stops:
            return False  # "Chủ tịch Hồ Chí Minh"
    upper = name.isupper()
    prev = last if head_start == start else ""
    if ctx.shouty and prev:
        # The segmenter is unreliable on capitals: only a clear person's name or the common
        # word ("VÌ HÒA BÌNH") rejects the name there.
        low = prev.lower()
        return not (
            low in _MIDDLE_NAMES or low in _CLEAR_SURNAMES or low in lex.COMMON_WORD_NAMES.get(unit.key, ())
        )
    if ctx.shouty:
        return True
    nxt = _word_after(text, end)
    check = False
    if _capitalised(prev, upper):
        if prev.lower() in _MIDDLE_NAMES:
            return False  # "Nguyễn Văn Long An"
        # Only a person's name extends a province's name in news: a capitalised run before the
        # name that holds a surname ("Ông Nguyễn Thái Bình", "Hoàng Anh Gia Lai"). A place or a
        # brand before it ("Lục Ngạn Bắc Giang", "Samsung Thái Nguyên") leaves the name whole.
        run = _capitalised_run(before, upper)
        check = prev.lower() not in _NO_EXTENSION and any(w.lower() in _PERSON_START for w in run)
    if _capitalised(nxt, upper) and nxt.lower() not in _SURNAMES and nxt.lower() not in _NO_EXTENSION:
        check = True
    return not check or _segment_ok(text, start, end)


def _capitalised_run(words: list[str], upper: bool) -> list[str]:
    """The capitalised words that end `words` (at least its last word)."""
    i = len(words) - 1
    while i > 0 and _capitalised(words[i - 1], upper) and words[i - 1].lower() not in _NO_EXTENSION:
        i -= 1
    return words[i:]


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in a longer name ("Thái Bình Dương"); only a window is searched."""
    lo, hi = max(0, start - _LONGER_REACH), min(len(text), end + _LONGER_REACH)
    for pattern, as_written in ((_LONGER, False), (_TITLES, True)):
        for m in pattern.finditer(text, lo, hi):
            if m.start() < end and start < m.end():
                # "Hà Nội mới ban hành": an adverb, not the newspaper "Hà Nội Mới"
                if not as_written or (_proper(m.group()) and not m.group().isupper()):
                    return True
    return False


def find(sentence: Sentence) -> list[Mention]:
    found = _find_local(sentence.text)
    if not found:
        return []
    base = sentence.start
    # Fresh objects every time: resolve() pops `_unit` and sets the value and code.
    return [
        Mention("province", base + start, base + end, value, {"_unit": unit})
        for start, end, value, unit in found
    ]


@lru_cache(maxsize=256)
def _group(word: str) -> tuple[str, ...] | None:
    """The spellings that can start with `word` (a first word, either tone placement)."""
    return _tables().groups.get(_OLD_TONES.sub(lambda t: _NEW_TONE[t.group()], word))


_Local = tuple[tuple[int, int, str, tuple[str, str, bool]], ...]


@lru_cache(maxsize=8192)
def _find_local(text: str) -> _Local:
    """The provinces of a sentence with sentence-local offsets. Cached by text: scraped pages
    repeat their boilerplate (menus, related-article headlines) in every article of a site."""
    tables = _tables()
    raw: list[tuple[int, int, str]] = []
    # A name starts with a capitalised word after a non-letter; the big alternation is tried
    # only where that word can start one (a set lookup is cheaper than the regex everywhere).
    for cap in _CAPITAL_RUN.finditer(text):
        word = cap.group().lower()
        if word not in tables.firsts:
            continue
        pos = cap.start()
        if pos and _IS_LETTER.match(text, pos - 1):
            continue  # inside a word
        # Only spellings with this first word can match here (every letter of the spellings
        # matches case-insensitively only what lower-cases to it, but `ſ`, in no first word).
        group = _group(word)
        m = _names(group).match(text, pos) if group else None
        if m is None:
            continue
        key = tables.spellings.get(_key(m.group()))
        if key is not None:
            raw.append((m.start(), m.end(), key))
    if not raw:
        return ()
    # A candidate inside a longer one ("Huế" in "Thừa Thiên Huế") is not a candidate.
    raw = [c for c in raw if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in raw)]
    starts = {c[0] for c in raw}
    shouty = _title_case(text)
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, int, str, tuple[str, str, bool]]] = []
    for start, end, key in raw:
        unit = tables.ref.old.get(key) or tables.ref.new[key]
        head_start = start
        city = _CITY_HEAD.search(text, max(0, start - 16), start) if start else None
        if city and not _key(text[start:end]).startswith(("tp", "thành phố")):
            if not unit.central and not _BOTH_HEADS.search(text, max(0, city.start() - 12), city.start()):
                continue  # "thành phố Nam Định" is a city inside a province
            head_start = city.start()
        else:
            province = _PROVINCE_HEAD.search(text, max(0, start - 8), start) if start else None
            if province:
                head_start = province.start()
        if any(s < end and head_start < e for s, e in taken):
            continue
        dash = _ROUTE_NEXT.match(text, end)
        ctx = _Context(shouty or text[start:end].isupper(), bool(dash) and dash.end() in starts)
        if not _accept(text, start, end, head_start, unit, ctx):
            continue
        taken.append((head_start, end))
        era = ""
        if _NEW_MARKER.match(text, end) and key in tables.ref.new:
            era = "new"
        elif _OLD_MARKER.match(text, end):
            era = "old"
        # "thành phố Huế" is the centrally-run city only from 2025 (resolve() sees the date).
        city_hue = bool(city) and key == "thanhphohue" and head_start != start
        value = tables.ref.new[key].name if era == "new" else unit.name
        out.append((head_start, end, value, (era, key, city_hue)))
    return tuple(out)


# The merger took effect on 1 July 2025; Huế became a centrally-run city on 1 January 2025.
_MERGER = "2025-07"
_HUE_CITY = "2025"


def resolve(mentions: list[Mention], doc_date: str | None = None) -> list[Mention]:
    """Add `code` and `province_2025` from underthesea's administrative data.

    With the document's date (ISO), a text written after the merger that names a unit which
    kept its name (`tỉnh Gia Lai`, not marked `(cũ)`) names the new unit (the value is the same,
    the code may differ), and a text written before 2025 that says `thành phố Huế` names a city
    inside Thừa Thiên Huế, not a province: those are marked `_drop` (the pipeline leaves them
    out) and returned. Without a date nothing is dropped (see the module docstring).
    """
    dropped: list[Mention] = []
    if not mentions:
        return dropped
    ref = reference()
    after = bool(doc_date) and str(doc_date)[:7] >= _MERGER
    before_hue = bool(doc_date) and str(doc_date)[:4] < _HUE_CITY
    for m in mentions:
        era, key, city_hue = m.fields.pop("_unit", ("", None, False))
        if key is None:  # a mention made elsewhere: look its value up by name
            key = next((u.key for u in ref.old.values() if u.name == m.value), None)
            if key is None:
                continue
        if before_hue and city_hue:
            m.fields["_drop"] = True  # the pipeline leaves `_drop` mentions out
            dropped.append(m)
        old = ref.old.get(key)
        if era == "" and after and key in ref.new and (old is None or old.name == ref.new[key].name):
            era = "new"
        unit = ref.new[key] if era == "new" or old is None else old
        m.value = unit.name
        m.fields["code"] = unit.code
        m.fields["province_2025"] = ref.province_2025(unit).name
    return dropped


def _p(text: str, value: str, code: str, p2025: str) -> dict[str, str]:
    return {"text": text, "value": value, "code": code, "province_2025": p2025}


EXAMPLES: list[Example] = [
    # Plain names, heads kept in the span, organisations (span = the name only).
    Example(
        "UBND tỉnh Quảng Nam vừa phê duyệt kế hoạch phát triển cụm công nghiệp.",
        [_p("tỉnh Quảng Nam", "Quảng Nam", "49", "Đà Nẵng")],
    ),
    Example(
        "Kim ngạch xuất khẩu của Bắc Ninh tăng 12% so với cùng kỳ.",
        [_p("Bắc Ninh", "Bắc Ninh", "27", "Bắc Ninh")],
    ),
    Example(
        "Sở Công Thương Bình Dương tổ chức hội nghị kết nối cung cầu.",
        [_p("Bình Dương", "Bình Dương", "74", "Hồ Chí Minh")],
    ),
    Example(
        "Giá xăng tại TP.HCM giảm từ chiều nay.",
        [_p("TP.HCM", "Hồ Chí Minh", "79", "Hồ Chí Minh")],
    ),
    Example(
        "Doanh nghiệp ở TPHCM và Hà Nội chiếm hơn nửa số vốn đăng ký mới.",
        [_p("TPHCM", "Hồ Chí Minh", "79", "Hồ Chí Minh"), _p("Hà Nội", "Hà Nội", "01", "Hà Nội")],
    ),
    Example(
        "Hội chợ diễn ra tại Thành phố Hồ Chí Minh từ ngày 5 đến 8/12.",
        [_p("Thành phố Hồ Chí Minh", "Hồ Chí Minh", "79", "Hồ Chí Minh")],
    ),
    Example(
        "Lãnh đạo TP. Cần Thơ làm việc với các nhà đầu tư Nhật Bản.",
        [_p("TP. Cần Thơ", "Cần Thơ", "92", "Cần Thơ")],
    ),
    Example(
        "Khánh Hoà đón hơn 3 triệu lượt khách quốc tế trong năm.",
        [_p("Khánh Hoà", "Khánh Hòa", "56", "Khánh Hòa")],
    ),
    Example(
        "THANH HOÁ: Khởi công nhà máy xi măng công suất lớn",
        [_p("THANH HOÁ", "Thanh Hóa", "38", "Thanh Hóa")],
    ),
    Example(
        "Cà phê Đắc Lắc được xuất khẩu sang hơn 60 thị trường.",
        [_p("Đắc Lắc", "Đắk Lắk", "66", "Đắk Lắk")],
    ),
    Example(
        "Tỉnh Đắk Nông và tỉnh Lâm Đồng phối hợp phát triển chuỗi bauxite - nhôm.",
        [
            _p("Tỉnh Đắk Nông", "Đắk Nông", "67", "Lâm Đồng"),
            _p("tỉnh Lâm Đồng", "Lâm Đồng", "68", "Lâm Đồng"),
        ],
    ),
    Example(
        "Cảng biển BR-VT đón tàu container lớn nhất từ trước đến nay.",
        [_p("BR-VT", "Bà Rịa - Vũng Tàu", "77", "Hồ Chí Minh")],
    ),
    Example(
        "Nhà máy đặt tại Khu công nghiệp Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu.",
        [_p("tỉnh Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu", "77", "Hồ Chí Minh")],
    ),
    Example(
        "Du lịch Thừa Thiên - Huế phục hồi mạnh sau dịch.",
        [_p("Thừa Thiên - Huế", "Thừa Thiên Huế", "46", "Huế")],
    ),
    Example(
        "Festival nghề truyền thống Huế năm nay thu hút đông du khách.",
        [_p("Huế", "Thừa Thiên Huế", "46", "Huế")],
    ),
    Example(
        "Hiệp hội Doanh nghiệp Kontum kiến nghị giảm tiền thuê đất.",
        [_p("Kontum", "Kon Tum", "62", "Quảng Ngãi")],
    ),
    Example(
        "Tỉnh ủy Bắc Cạn chỉ đạo rà soát các dự án chậm tiến độ.",
        [_p("Bắc Cạn", "Bắc Kạn", "06", "Thái Nguyên")],
    ),
    Example(
        "Sản lượng lúa của An Giang và Kiên Giang chiếm gần một phần tư cả vùng.",
        [_p("An Giang", "An Giang", "89", "An Giang"), _p("Kiên Giang", "Kiên Giang", "91", "An Giang")],
    ),
    Example(
        "Đoàn công tác đã đến thăm thành phố Đà Nẵng và Quảng Ngãi.",
        [
            _p("thành phố Đà Nẵng", "Đà Nẵng", "48", "Đà Nẵng"),
            _p("Quảng Ngãi", "Quảng Ngãi", "51", "Quảng Ngãi"),
        ],
    ),
    Example("HÀ NỘI - Thị trường bán lẻ cuối năm sôi động.", [_p("HÀ NỘI", "Hà Nội", "01", "Hà Nội")]),
    Example("Thủ đô Hà Nội có 30 quận, huyện, thị xã.", [_p("Hà Nội", "Hà Nội", "01", "Hà Nội")]),
    Example(
        "Vĩnh Phúc thu hút thêm 500 triệu USD vốn FDI.",
        [_p("Vĩnh Phúc", "Vĩnh Phúc", "26", "Phú Thọ")],
    ),
    Example(
        "Bạc Liêu, Sóc Trăng và Trà Vinh đẩy mạnh đầu tư điện gió ngoài khơi.",
        [
            _p("Bạc Liêu", "Bạc Liêu", "95", "Cà Mau"),
            _p("Sóc Trăng", "Sóc Trăng", "94", "Cần Thơ"),
            _p("Trà Vinh", "Trà Vinh", "84", "Vĩnh Long"),
        ],
    ),
    Example(
        "Các tỉnh Quảng Trị, Quảng Bình, Hà Tĩnh bị ảnh hưởng nặng bởi bão.",
        [
            _p("tỉnh Quảng Trị", "Quảng Trị", "45", "Quảng Trị"),
            _p("Quảng Bình", "Quảng Bình", "44", "Quảng Trị"),
            _p("Hà Tĩnh", "Hà Tĩnh", "42", "Hà Tĩnh"),
        ],
    ),
    Example(
        "Giám đốc Sở Công Thương Nghệ An Nguyễn Văn Hải cho biết sản lượng điện tăng.",
        [_p("Nghệ An", "Nghệ An", "40", "Nghệ An")],
    ),
    Example(
        "Chủ tịch Bình Định Phạm Anh Tuấn kiểm tra tiến độ khu kinh tế.",
        [_p("Bình Định", "Bình Định", "52", "Gia Lai")],
    ),
    Example(
        "Hải Dương: Vải thiều được xuất khẩu sang Nhật Bản", [_p("Hải Dương", "Hải Dương", "30", "Hải Phòng")]
    ),
    Example(
        "Bộ Công Thương cùng Lạng Sơn tháo gỡ ùn tắc nông sản tại cửa khẩu.",
        [_p("Lạng Sơn", "Lạng Sơn", "20", "Lạng Sơn")],
    ),
    Example(
        "Chủ tịch UBND tỉnh Tây Ninh làm việc với doanh nghiệp dệt may.",
        [_p("tỉnh Tây Ninh", "Tây Ninh", "72", "Tây Ninh")],
    ),
    Example(
        "Huyện Mường Ảng (Điện Biên) có thêm 3 sản phẩm OCOP.",
        [_p("Điện Biên", "Điện Biên", "11", "Điện Biên")],
    ),
    # Units created on 1 July 2025, named as such.
    Example(
        "Từ ngày 1/7/2025, tỉnh Phú Thọ (mới) chính thức đi vào hoạt động.",
        [_p("tỉnh Phú Thọ", "Phú Thọ", "25", "Phú Thọ")],
    ),
    Example(
        "Tỉnh Lào Cai (mới) có diện tích hơn 13.000 km2.",
        [_p("Tỉnh Lào Cai", "Lào Cai", "15", "Lào Cai")],
    ),
    Example(
        "Tỉnh Gia Lai sau sáp nhập có diện tích lớn thứ hai cả nước.",
        [_p("Tỉnh Gia Lai", "Gia Lai", "52", "Gia Lai")],
    ),
    Example(
        "Xã Tân Lập thuộc tỉnh Hòa Bình (cũ) nay thuộc tỉnh Phú Thọ.",
        [_p("tỉnh Hòa Bình", "Hòa Bình", "17", "Phú Thọ"), _p("tỉnh Phú Thọ", "Phú Thọ", "25", "Phú Thọ")],
    ),
    Example(
        "Tỉnh Gia Lai mới gồm hai tỉnh Gia Lai và Bình Định cũ.",
        [
            _p("Tỉnh Gia Lai", "Gia Lai", "52", "Gia Lai"),
            _p("tỉnh Gia Lai", "Gia Lai", "64", "Gia Lai"),
            _p("Bình Định", "Bình Định", "52", "Gia Lai"),
        ],
    ),
    Example(
        "Tỉnh An Giang (sau hợp nhất với Kiên Giang) có bờ biển dài hơn 200 km.",
        [_p("Tỉnh An Giang", "An Giang", "91", "An Giang"), _p("Kiên Giang", "Kiên Giang", "91", "An Giang")],
    ),
    # Hardening: lists with figures, headlines, brands, routes, spellings, people.
    Example(
        "Xuất khẩu rau quả 6 tháng: Tiền Giang tăng 21,3%; Đồng Tháp tăng 9,8%; Sóc Trăng giảm 4,1%.",
        [
            _p("Tiền Giang", "Tiền Giang", "82", "Đồng Tháp"),
            _p("Đồng Tháp", "Đồng Tháp", "87", "Đồng Tháp"),
            _p("Sóc Trăng", "Sóc Trăng", "94", "Cần Thơ"),
        ],
    ),
    Example(
        "NGHỆ AN NĂM 2024 THU HÚT HƠN 1,6 TỶ USD VỐN FDI",
        [_p("NGHỆ AN", "Nghệ An", "40", "Nghệ An")],
    ),
    Example(
        "SỞ CÔNG THƯƠNG HÀ NAM TỔ CHỨC HỘI NGHỊ KẾT NỐI CUNG CẦU",
        [_p("HÀ NAM", "Hà Nam", "35", "Ninh Bình")],
    ),
    Example(
        "Kiên Giang Phát Triển Kinh Tế Biển Gắn Với Du Lịch",
        [_p("Kiên Giang", "Kiên Giang", "91", "An Giang")],
    ),
    Example(
        "Nhà máy Samsung Thái Nguyên đóng góp gần một nửa giá trị xuất khẩu của tỉnh.",
        [_p("Thái Nguyên", "Thái Nguyên", "19", "Thái Nguyên")],
    ),
    Example(
        "Vải thiều Lục Ngạn Bắc Giang có mặt tại siêu thị Nhật Bản.",
        [_p("Bắc Giang", "Bắc Giang", "24", "Bắc Ninh")],
    ),
    Example(
        "Dự án cao tốc Hà Nội - Hải Phòng giúp rút ngắn thời gian vận chuyển hàng hóa.",
        [_p("Hà Nội", "Hà Nội", "01", "Hà Nội"), _p("Hải Phòng", "Hải Phòng", "31", "Hải Phòng")],
    ),
    Example(
        "Theo Báo Bắc Giang, giá trị sản xuất công nghiệp của tỉnh tăng 25%.",
        [_p("Bắc Giang", "Bắc Giang", "24", "Bắc Ninh")],
    ),
    Example(
        "Giá vàng tại tp.HCM và T.P Hà Nội cùng giảm nhẹ.",
        [_p("tp.HCM", "Hồ Chí Minh", "79", "Hồ Chí Minh"), _p("T.P Hà Nội", "Hà Nội", "01", "Hà Nội")],
    ),
    Example(
        "Lượng khách đến TT Huế và Thừa Thiên-Huế tăng, Đăk Lăk và Đăk Nông cũng vậy.",
        [
            _p("TT Huế", "Thừa Thiên Huế", "46", "Huế"),
            _p("Thừa Thiên-Huế", "Thừa Thiên Huế", "46", "Huế"),
            _p("Đăk Lăk", "Đắk Lắk", "66", "Đắk Lắk"),
            _p("Đăk Nông", "Đắk Nông", "67", "Lâm Đồng"),
        ],
    ),
    Example(
        "Ông Nguyễn Thái Bình, Giám đốc Sở Công Thương Kon Tum, trả lời báo chí.",
        [_p("Kon Tum", "Kon Tum", "62", "Quảng Ngãi")],
    ),
    Example(
        "Hà Nội mới ban hành quy định về bán hàng đa cấp.",
        [_p("Hà Nội", "Hà Nội", "01", "Hà Nội")],
    ),
    Example(
        "TP Huế tổ chức lễ hội áo dài thu hút đông du khách.",
        [_p("TP Huế", "Thừa Thiên Huế", "46", "Huế")],
    ),
    # Decoys: places inside a province, longer names, people, common words, other countries.
    Example("Tàu hàng vượt Thái Bình Dương mất khoảng 20 ngày."),
    Example("Chiến thắng Điện Biên Phủ là mốc son của lịch sử dân tộc."),
    Example("Người dân xã Bình Thuận đã thu hoạch xong vụ lúa."),
    Example("Dự án mở rộng đường Hà Nội qua TP Thủ Đức đã hoàn thành."),
    Example("Làng lụa Vạn Phúc ở quận Hà Đông thu hút nhiều khách nước ngoài."),
    Example("Dệt may là ngành chủ lực của thành phố Nam Định."),
    Example("Ai cũng mong hòa bình, thái bình cho muôn nhà."),
    Example("Lào là thị trường nhập khẩu điện lớn của Việt Nam."),
    Example("Chị Hà Giang, chủ cơ sở sản xuất nón lá, cho biết đơn hàng tăng."),
    Example("Ông Nguyễn Văn Long An được bầu làm giám đốc hợp tác xã."),
    Example("Sông Đồng Nai đang chịu áp lực ô nhiễm từ các khu công nghiệp."),
    Example("Mực nước hồ Hòa Bình đã xuống gần mực nước chết."),
    Example("Thị xã Quảng Trị tổ chức lễ hội thống nhất non sông."),
    Example("Chủ tịch Hồ Chí Minh đã đến thăm nhà máy cơ khí năm 1959."),
    Example("Phố Huế là tuyến phố thương mại sầm uất bậc nhất."),
    Example("Việt Nam và Nhật Bản ký kết thỏa thuận hợp tác năng lượng."),
    Example("Bia Sài Gòn tiếp tục dẫn đầu thị phần phía Nam."),
    Example("Công ty CP Xi măng Hà Tiên và Vinacomin công bố kết quả kinh doanh quý III."),
    Example("Các làng nghề ở thị xã Sơn Tây, tỉnh Hà Tây cũ, tham gia hội chợ."),
    Example("Theo Báo Hà Nội Mới, hội chợ hàng Việt diễn ra trong 5 ngày."),
    Example("Khu công nghiệp thuộc thành phố Thủ Dầu Một và TP Điện Biên Phủ đều kín chỗ."),
    Example("HỘI THẢO VÌ HÒA BÌNH VÀ PHÁT TRIỂN BỀN VỮNG"),
    Example("Ông Lê Bình Dương và bà Trần Thị Hà Giang nhận bằng khen."),
    Example("Mũi Cà Mau là điểm cực Nam của Tổ quốc."),
    Example("Cả nước hiện có 34 tỉnh, thành phố trực thuộc trung ương."),
]
