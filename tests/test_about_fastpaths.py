"""The about stage's shortcuts give exactly what the plain regex walks give, on any text.

`about.py` skips work where it can prove a pattern cannot match (needles in the lower-case
text, the sentence's syllables, a split at spaces). These properties pin each shortcut to the
walk it replaces, on text built from the lexicons' own words mixed with the awkward cases the
proofs rely on: upper case, odd spaces, underscores, `ſ`/`İ`/`ı`, combining marks, digits.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kcextract import about
from kcextract.facts import Mention
from kcextract.lexicons import about as lex
from kcextract.sentences import Sentence

_SCANS = [
    about._NATIONAL_STRONG_SCAN,
    about._NATIONAL_WEAK_SCAN,
    about._ANAPHOR_SCAN,
    about._RELATIVE_SCAN,
    about._NOW_SCAN,
    about._RESPECTIVELY_SCAN,
    about._COMMA_COMPOUND_SCAN,
    about._SO_VOI_SCAN,
    about._MONTH_COUNT_SCAN,
    about._MONTH_COUNT_CUED_SCAN,
]
_TAILS = [about._BASE_TAIL, about._START_TAIL, about._RUNNING_TAIL, about._CHANGE_TAIL]

_PHRASES = sorted(
    {
        *lex.NATIONAL_STRONG,
        *lex.NATIONAL_WEAK,
        *lex.ANAPHOR_WORDS,
        *(p for p, _, _ in lex.RELATIVE_TIMES),
        *lex.NOW_PHRASES,
        *lex.RESPECTIVELY,
        *lex.COMMA_COMPOUNDS,
        *lex.MONTH_COUNT_CUES,
        *lex.MONTH_COUNT_TAILS,
        *lex.MONTH_COUNT_WORDS,
        *lex.START_CUES,
        *lex.RUNNING_TOTAL_CUES,
        *lex.CHANGE_WORDS,
        *lex.BASE_FILLERS,
        "so với",
        "so",
        "cùng kỳ",
        "bằng",
        "gấp",
        "tháng",
        "năm",
    }
)
_PIECES = st.one_of(
    st.sampled_from(_PHRASES),
    st.sampled_from(_PHRASES).map(str.upper),
    st.sampled_from(_PHRASES).map(str.title),
    st.sampled_from(["9", "12", "2024", "5,2%", "1.234", "tỷ đồng", "Hà Nội", "tỉnh Bến Tre"]),
    st.sampled_from(["x", "_", "ſo", "İ", "ı", "so\u0301", "a\u0300", "Σ", "ΑΣ'Β", "\x00", "\u00a0", "\t"]),
    st.text(alphabet="aăâđeêioôơuưyAĐƠ0123456789_,.;:()%/-–“” ", max_size=6),
)
_GLUE = st.sampled_from([" ", " ", " ", "", "", ", ", "; ", ": ", "  ", "\t", "\u00a0", " (", ") ", "_", "x"])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_PIECES, _GLUE), max_size=14))
    return "".join(p + g for p, g in parts)


def _sent(text: str, *, figure: bool) -> about._Sent:
    """A `_Sent` with (so tokenized, with `words`) or without a figure mention."""
    mentions = [Mention("percent", 0, min(1, len(text)), 1.0)] if figure and text else []
    return about._Sent(Sentence(text, 0, len(text), "body", 0), mentions, None)


def _spans(matches: list) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=300, deadline=None)
@given(sentences(), st.booleans())
def test_scans_find_what_finditer_finds(text: str, figure: bool) -> None:
    for scan in _SCANS:
        s = _sent(text, figure=figure)
        assert _spans(scan.finditer(s)) == _spans(list(scan.pattern.finditer(text))), scan.pattern.pattern
        assert scan.search(_sent(text, figure=figure)) == bool(scan.pattern.search(text))


@settings(max_examples=300, deadline=None)
@given(sentences(), st.booleans(), st.data())
def test_tails_answer_as_the_pattern_does(text: str, figure: bool, data: st.DataObject) -> None:
    after_space = [i + 1 for i, c in enumerate(text) if c.isspace()]  # where a cue may end
    if after_space and data.draw(st.booleans()):
        b = data.draw(st.sampled_from(after_space))
    else:
        b = data.draw(st.integers(0, len(text)))
    a = data.draw(st.integers(b - 45, b))
    for tail in _TAILS:
        s = _sent(text, figure=figure)
        assert tail.ends(s, a, b) == (tail.pattern.search(text[max(a, 0) : b]) is not None)


_REFERENCE_TOKEN = re.compile(r"(\w+|\S)")


@settings(max_examples=300, deadline=None)
@given(sentences())
def test_tokens_are_the_pattern_split(text: str) -> None:
    s = _sent(text, figure=True)
    starts, ends, low = s._tokenized
    want = [(m.start(), m.end()) for m in about._TOKEN.finditer(text)]
    assert list(zip(starts, ends, strict=True)) == want
    if len(text.lower()) == len(text):
        assert low == [text.lower()[a:b] for a, b in want]
    else:
        assert low == [text[a:b].lower() for a, b in want]


@settings(max_examples=300, deadline=None)
@given(sentences())
def test_plain_is_single_spaces_and_no_odd_letter(text: str) -> None:
    want = " ".join(text.split()) == text and not any(c in text for c in about._FOLD_ODD)
    assert _sent(text, figure=False).plain == want


def test_plain_split_on_a_real_sentence() -> None:
    text = "kim ngạch (iip) đạt 1.234 triệu usd, tăng 12,5% so với cùng kỳ."
    starts, ends, tokens = about._split_plain(text)
    assert tokens == _REFERENCE_TOKEN.findall(text)
    assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == tokens


# Hand-picked texts where a shortcut's proof is tight: a cue glued to a letter (`xcùng kỳ`, which
# `cùng\s+kỳ` matches with no boundary), an underscore, odd letters, month counts in words.
_TRICKY = [
    "tăng 5% xcùng kỳ năm trước",
    "tăng 5% so với cùng kỳ năm 2023, bằng 90% so_với kế hoạch",
    "ſo với năm trước tăng 3%; SO VỚI tháng trước giảm 1%",
    "Trong 9 tháng đầu năm, mười hai tháng qua, trong cả 12 tháng tăng 2%",
    "Lũy kế 11 tháng, Cả nước xuất khẩu 5 tỷ USD; tỉnh xuất, nhập khẩu đạt 2 tỷ USD",
    "İ tháng này, ı năm nay, tính đến hết tháng 6 đạt 4%",
    "A, B và C lần lượt tăng 5%, 6% và 7% từ tháng 3",
]


def test_tricky_texts_every_stretch() -> None:
    for text in _TRICKY:
        for figure in (False, True):
            for scan in _SCANS:
                got = _spans(scan.finditer(_sent(text, figure=figure)))
                assert got == _spans(list(scan.pattern.finditer(text))), (text, scan.pattern.pattern)
            for b in range(len(text) + 1):
                for tail in _TAILS:
                    want = tail.pattern.search(text[max(b - 40, 0) : b]) is not None
                    assert tail.ends(_sent(text, figure=figure), b - 40, b) == want, (text, b)


def test_time_words_cover_every_relative_time() -> None:
    """`_find_times` skips a sentence with no date and none of `_TIME_WORDS`: it may only if
    every relative time and month count it looks for holds one of them."""
    for scan in (about._RELATIVE_SCAN, about._MONTH_COUNT_SCAN):
        for needle in scan.needles:
            assert any(w in needle for w in about._TIME_WORDS), needle
    assert "tháng" in about._MONTH_COUNT_CUED.pattern
