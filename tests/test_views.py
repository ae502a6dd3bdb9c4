"""`kcextract show` and `kcextract stats`: rendered through rich consoles, and once in a real terminal."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.style import Style
from typer.testing import CliRunner

from kcextract import show as show_view
from kcextract import stats as stats_view
from kcextract.cli import app
from kcextract.facts import Fact
from kcextract.inputs import Source
from kcextract.sections import Block
from kcextract.views import is_plain, make_console

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

# A small article of our own: a weather widget and a teaser list around two body paragraphs.
ARTICLE = (
    "Hà Nội: 21°C\n"
    "\n"
    "Vĩnh Phúc: giá trị sản xuất công nghiệp năm 2021 ước đạt 297.066 tỷ đồng, tăng 11,5%.\n"
    "Ngày 7-1, Sở Công Thương tổ chức hội nghị tổng kết.\n"
    "Tin liên quan\n"
    "Quảng Nam thu hút hơn 5 tỷ đồng đầu tư\n"
)
BOILER_LINES = ("Hà Nội: 21°C", "Tin liên quan\nQuảng Nam thu hút hơn 5 tỷ đồng đầu tư\n")


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _fact(kind: str, needle: str, value: Any, section: str = "body", **fields: Any) -> dict[str, Any]:
    start, end = _span(ARTICLE, needle)
    return {
        "doc": "bai.txt",
        "type": kind,
        "text": needle,
        "start": start,
        "end": end,
        "section": section,
        "sentence": "…",
        "value": value,
        **fields,
        "id": f"{start:020d}",
    }


FACTS = [
    _fact("province", "Hà Nội", "Hà Nội", "boilerplate", code="01", province_2025="Hà Nội"),
    _fact("province", "Vĩnh Phúc", "Vĩnh Phúc", code="26", province_2025="Phú Thọ"),
    _fact("date", "năm 2021", "2021", grain="year"),
    _fact(
        "money",
        "297.066 tỷ đồng",
        297066000000000,
        currency="VND",
        qualifier=None,
        about={"metric": "giá trị sản xuất công nghiệp", "province": "Vĩnh Phúc", "period": "2021"},
    ),
    _fact(
        "percent",
        "11,5%",
        11.5,
        unit="%",
        change="increase",
        about={
            "metric": "giá trị sản xuất công nghiệp",
            "province": "Vĩnh Phúc",
            "period": "2021",
            "compared_to": None,
        },
    ),
    _fact("date", "Ngày 7-1", "2022-01-07", grain="day", year_inferred=True),
    _fact("province", "Quảng Nam", "Quảng Nam", "boilerplate", code="49", province_2025="Đà Nẵng"),
    _fact(
        "money",
        "hơn 5 tỷ đồng",
        5000000000,
        "boilerplate",
        currency="VND",
        qualifier="gt",
        about={"metric": None, "province": "Quảng Nam", "period": None},
    ),
]


def _doc() -> show_view.ShownDocument:
    spans = [_span(ARTICLE, BOILER_LINES[0]), _span(ARTICLE, BOILER_LINES[1])]
    return show_view.ShownDocument("bai.txt", ARTICLE, [dict(f) for f in FACTS], spans, "2022-01")


def _colour_console(width: int = 200) -> Console:
    return Console(
        file=io.StringIO(),
        width=width,
        record=True,
        force_terminal=True,
        color_system="truecolor",
        markup=False,
    )


def _plain_console(width: int = 80) -> Console:
    return Console(file=io.StringIO(), width=width, record=True, color_system=None, force_terminal=False)


def _styled_lines(console: Console, renderable: Any) -> list[list[tuple[str, Style]]]:
    """The rendered lines as (character, style) pairs."""
    lines = console.render_lines(renderable, console.options, pad=False)
    out = []
    for line in lines:
        chars: list[tuple[str, Style]] = []
        for seg in line:
            chars.extend((c, seg.style or Style()) for c in seg.text)
        out.append(chars)
    return out


# --- normalised values ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fact", "shown"),
    [
        ({"type": "money", "value": 297066000000000, "currency": "VND"}, "297,066,000,000,000 VND"),
        ({"type": "money", "value": 4100000000.0000005, "currency": "VND"}, "4,100,000,000 VND"),
        (
            {"type": "money", "value": 52711e9, "currency": "VND", "qualifier": "gt"},
            "> 52,711,000,000,000 VND",
        ),
        (
            {"type": "money", "value": 3e9, "value_max": 5e9, "currency": "USD"},
            "3,000,000,000–5,000,000,000 USD",
        ),
        ({"type": "percent", "value": 11.5, "unit": "%", "change": "increase"}, "11.5% ↑ increase"),
        ({"type": "percent", "value": 7, "value_max": 8, "unit": "%", "change": None}, "7–8%"),
        ({"type": "percent", "value": 1.25, "unit": "pp", "change": "decrease"}, "1.25 pp ↓ decrease"),
        (
            {"type": "date", "value": "2022-01-07", "grain": "day", "year_inferred": True},
            "2022-01-07 (year inferred)",
        ),
        ({"type": "date", "value": "2024-01/2024-03", "grain": "quarter"}, "2024-01/2024-03 (quarter)"),
        ({"type": "date", "value": "--12-27", "grain": "day"}, "--12-27 (no year)"),
        ({"type": "date", "value": "2021", "grain": "year"}, "2021"),
        (
            {"type": "province", "value": "Vĩnh Phúc", "code": "26", "province_2025": "Phú Thọ"},
            "Vĩnh Phúc (26) → Phú Thọ 2025",
        ),
        ({"type": "province", "value": "Hà Nội", "code": "01", "province_2025": "Hà Nội"}, "Hà Nội (01)"),
        ({"type": "money", "value": None, "currency": "VND"}, "—"),
    ],
)
def test_format_value(fact: dict[str, Any], shown: str) -> None:
    assert show_view.format_value(fact) == shown


def test_format_about() -> None:
    assert (
        show_view.format_about({"metric": "xuất khẩu", "province": None, "period": "2022"})
        == "xuất khẩu · – · 2022"
    )
    assert show_view.format_about({"metric": None, "province": None, "period": None}) == ""
    assert show_view.format_about(None) == ""
    full = {"metric": "chỉ số", "province": "Bắc Ninh", "period": "2022-09", "compared_to": "2021-09"}
    assert show_view.format_about(full) == "chỉ số · Bắc Ninh · 2022-09 (vs 2021-09)"


# --- show, in colour -----------------------------------------------------------------------


def test_show_highlights_each_fact_where_it_stands() -> None:
    doc = _doc()
    console = _colour_console()
    lines = _styled_lines(console, show_view.article(doc, doc.facts, plain=False))
    source_lines = ARTICLE.split("\n")
    assert len(lines) == len(source_lines)
    line_starts = [sum(len(x) + 1 for x in source_lines[:i]) for i in range(len(source_lines))]
    gutter = len(show_view.GUTTER)
    for fact in doc.facts:
        row = max(i for i, s in enumerate(line_starts) if s <= fact["start"])
        col = gutter + fact["start"] - line_starts[row]
        chars = lines[row]
        assert "".join(c for c, _ in chars[col : col + len(fact["text"])]) == fact["text"]
        styles = {s for _, s in chars[col : col + len(fact["text"])]}
        if fact["section"] == "body":
            expected = Style.parse(show_view.BODY_STYLES[fact["type"]]).bgcolor
            assert {s.bgcolor for s in styles} == {expected}, fact["text"]
        else:
            expected = Style.parse(show_view.BOILERPLATE_STYLES[fact["type"]]).color
            assert all(s.underline and s.color == expected for s in styles), fact["text"]
        # The highlight stops at the fact's edges.
        for c, s in (chars[col - 1], chars[col + len(fact["text"])]):
            assert s.bgcolor is None and not s.underline, (fact["text"], c)
    # Different types, different colours.
    assert len({Style.parse(s).bgcolor for s in show_view.BODY_STYLES.values()}) == 4


def test_show_dims_boilerplate_only() -> None:
    doc = _doc()
    lines = _styled_lines(_colour_console(), show_view.article(doc, doc.facts, plain=False))
    texts = ["".join(c for c, _ in line) for line in lines]
    boiler = [i for i, t in enumerate(texts) if t.startswith(show_view.GUTTER)]
    assert [texts[i].strip() for i in boiler] == [
        "│ Hà Nội: 21°C",
        "│ Tin liên quan",
        "│ Quảng Nam thu hút hơn 5 tỷ đồng đầu tư",
    ]
    for i, line in enumerate(lines):
        visible = [s for c, s in line[len(show_view.GUTTER) :] if c.strip()]
        if i in boiler:
            assert visible and all(s.dim for s in visible)
        else:
            assert not any(s.dim for s in visible)


def test_show_whole_output_has_legend_and_table() -> None:
    console = _colour_console(width=160)
    show_view.print_document(console, _doc(), plain=False)
    out = console.export_text()
    assert "Legend:" in out and "boilerplate" in out
    for kind in ("money", "percent", "date", "province"):
        assert kind in out
    assert "297,066,000,000,000 VND" in out
    assert "2022-01-07 (year inferred)" in out
    assert "Vĩnh Phúc (26) → Phú Thọ 2025" in out
    assert "> 5,000,000,000 VND" in out
    assert "giá trị sản xuất công nghiệp · Vĩnh Phúc · 2021" in out
    # The table lists facts in text order, with the line each stands on.
    rows = [line.split("│") for line in out.splitlines() if line.count("│") >= 6]
    assert [r[4].strip() for r in rows] == [f["text"] for f in FACTS]
    assert [r[2].strip() for r in rows] == ["1", "3", "3", "3", "3", "4", "6", "6"]  # line numbers


def test_show_type_filter() -> None:
    console = _plain_console(width=160)
    show_view.print_document(console, _doc(), ["money"], plain=True)
    out = console.export_text()
    assert "[297.066 tỷ đồng]{money}" in out and "{date}" not in out and "{province}" not in out
    assert "Ngày 7-1" in out  # the article is all there, only the highlights are filtered


# --- show, plain text ----------------------------------------------------------------------


def test_show_plain_marks_facts_and_boilerplate_in_characters() -> None:
    console = _plain_console(width=60)
    show_view.print_document(console, _doc(), plain=True)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b" not in out
    # The long line is not wrapped: the article keeps its own lines.
    assert (
        "[Vĩnh Phúc]{province}: giá trị sản xuất công nghiệp [năm 2021]{date} ước đạt "
        "[297.066 tỷ đồng]{money}, tăng [11,5%]{percent}.\n" in out
    )
    assert "│ [Hà Nội]{province}: 21°C\n" in out
    assert "│ [Quảng Nam]{province} thu hút [hơn 5 tỷ đồng]{money} đầu tư\n" in out
    assert "\n[Ngày 7-1]{date}, Sở Công Thương" in out


def test_plain_markers_nest() -> None:
    text = "Sở Công Thương Hà Nội họp"
    outer = {"type": "org", "start": 0, "end": 21}
    inner = {"type": "province", "start": 15, "end": 21}
    line = show_view._plain_line(text, 0, len(text), [outer, inner])
    assert line.plain == "[Sở Công Thương [Hà Nội]{province}]{org} họp"


def test_control_characters_never_reach_the_terminal() -> None:
    text = "Giá\x1b[31m 5 tỷ đồng\r\n"
    clean = show_view.sanitise(text)
    assert len(clean) == len(text) and "\x1b" not in clean and "\r" not in clean
    doc = show_view.ShownDocument("x", text, [], [])
    console = _colour_console()
    show_view.print_document(console, doc, plain=False)
    assert "\x1b[31m" not in console.file.getvalue()  # type: ignore[attr-defined]


def test_load_maps_boilerplate_blocks_to_original_offsets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # NFD input: the sections are found on NFC text, the display works on the original.
    original = unicodedata.normalize("NFD", "Thời tiết Hà Nội\nBài viết chính về Vĩnh Phúc\n")
    path = tmp_path / "nfd.txt"
    path.write_bytes(original.encode("utf-8"))
    nfc = unicodedata.normalize("NFC", original)
    first = nfc.index("\n") + 1

    def fake_sections(text: str) -> list[Block]:
        assert text == nfc
        return [Block(0, first, "boilerplate"), Block(first, len(text), "body")]

    monkeypatch.setattr("kcextract.sections.split_sections", fake_sections)
    doc = show_view.load(Source(str(path), path))
    assert doc.text == original
    assert len(doc.boilerplate) == 1
    start, end = doc.boilerplate[0]
    assert original[start:end] == unicodedata.normalize("NFD", "Thời tiết Hà Nội\n")


# --- the command ---------------------------------------------------------------------------


def _fake_extract(text: str, **kwargs: Any) -> list[Fact]:
    common = ("doc", "type", "text", "start", "end", "section", "sentence", "value", "id")
    out = []
    for f in FACTS:
        fields = {k: v for k, v in f.items() if k not in common}
        out.append(Fact(**{k: f[k] for k in common}, fields=fields))  # type: ignore[arg-type]
    return out


def test_show_command_plain_when_piped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bai.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr("kcextract.pipeline.extract", _fake_extract)
    result = runner.invoke(app, ["show", str(path)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert "[297.066 tỷ đồng]{money}" in result.stdout and "297,066,000,000,000 VND" in result.stdout
    result = runner.invoke(app, ["show", str(path), "--type", "date,province"])
    assert "{money}" not in result.stdout and "[Ngày 7-1]{date}" in result.stdout
    assert runner.invoke(app, ["show", str(path), "--type", "weather"]).exit_code == 2


def test_show_command_unreadable_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "missing.txt" in result.stderr


def test_show_command_on_a_sample() -> None:
    sample = sorted((ROOT / "data").glob("*.txt"))[2]
    result = runner.invoke(app, ["show", str(sample), "--pager"])  # no pager: not a terminal
    assert result.exit_code == 0, result.output
    assert sample.name in result.stdout and "Legend:" in result.stdout


def test_console_choice() -> None:
    assert is_plain(make_console(io.StringIO(), env={}, is_tty=False))
    assert is_plain(make_console(io.StringIO(), env={"NO_COLOR": "1"}, is_tty=True))
    assert not is_plain(make_console(io.StringIO(), env={}, is_tty=True))


# --- stats ---------------------------------------------------------------------------------


def _line(kind: str, doc: str, value: Any, section: str = "body", **fields: Any) -> str:
    fact = {"doc": doc, "type": kind, "text": "x", "start": 0, "end": 1, "section": section}
    fact.update(sentence="x", value=value, **fields, id="0" * 20)
    return json.dumps(fact, ensure_ascii=False)


def _money(doc: str, value: Any, province: str | None, currency: str = "VND", **more: Any) -> str:
    about = {"metric": more.pop("metric", None), "province": province, "period": more.pop("period", None)}
    return _line("money", doc, value, currency=currency, qualifier=None, about=about, **more)


def _prov(doc: str, name: str, code: str, new: str, section: str = "body") -> str:
    return _line("province", doc, name, section, code=code, province_2025=new)


STATS_LINES = [
    _prov("a.txt", "Vĩnh Phúc", "26", "Phú Thọ"),
    _prov("a.txt", "Vĩnh Phúc", "26", "Phú Thọ"),
    _prov("a.txt", "Hòa Bình", "17", "Phú Thọ"),
    _prov("b.txt", "Hà Nội", "01", "Hà Nội"),
    _prov("b.txt", "Đà Nẵng", "48", "Đà Nẵng", "boilerplate"),
    _money("a.txt", 297066000000000, "Vĩnh Phúc", metric="giá trị sản xuất công nghiệp", period="2021"),
    _money("a.txt", 4100000000, "Hòa Bình", metric="doanh thu", period="2021"),
    _money("a.txt", 2627000000, "Vĩnh Phúc", "USD", metric="kim ngạch xuất khẩu", period="2021"),
    _money("b.txt", 3000000000, "Hà Nội", value_max=5000000000, period="2022-01/2022-09"),
    _money("b.txt", 1500000, None),
    _money("b.txt", 9999, "Đà Nẵng", section="boilerplate"),
    _line("date", "a.txt", "2021", grain="year"),
    _line("date", "a.txt", "2021/2025", grain="range"),
    _line("date", "b.txt", "2022-01/2022-09", grain="range"),
    _line("date", "b.txt", "--12-27", grain="day"),
    _line("percent", "b.txt", 11.5, unit="%", change="increase", about={"period": "2021"}),
]


def _stats(lines: list[str], **kwargs: Any) -> stats_view.Stats:
    summary = stats_view.Stats(**kwargs)
    for item in stats_view.read_facts("t", lines):
        assert isinstance(item, dict)
        summary.add(item)
    return summary


def test_stats_counts() -> None:
    s = _stats(STATS_LINES)
    assert s.by_type["province", "body"] == 4 and s.by_type["province", "boilerplate"] == 1
    assert s.by_type["money", "body"] == 5 and s.by_type["money", "boilerplate"] == 1
    assert s.money["VND", "Vĩnh Phúc"].total == 297066000000000
    assert s.money["VND", "Hà Nội"].total == 3000000000  # a range counts at its low end
    assert s.money["VND", stats_view.NOT_STATED].facts == 1
    assert ("VND", "Đà Nẵng") not in s.money  # boilerplate left out by default
    assert s.provinces == {"Vĩnh Phúc": 2, "Hòa Bình": 1, "Hà Nội": 1}
    assert s.by_year["2021"] == {"date": 1, "money": 3, "percent": 1}
    assert s.by_year["2021–2025"]["date"] == 1 and s.by_year["2022"] == {"date": 1, "money": 1}
    assert s.by_year[stats_view.NO_YEAR]["date"] == 1
    everything = _stats(STATS_LINES, sections=None)
    assert everything.money["VND", "Đà Nẵng"].total == 9999


@pytest.mark.parametrize(
    ("value", "year"),
    [("2021", "2021"), ("2022-01-07", "2022"), ("2022-01/2022-09", "2022"), ("2021/2025", "2021–2025"),
     ("--12-27", "(no year)"), (None, "(no year)")],
)  # fmt: skip
def test_year_of(value: Any, year: str) -> None:
    assert stats_view.year_of(value) == year


def _row(out: str, first: str) -> list[str]:
    for line in out.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if cells and cells[0] == first:
            return cells
    raise AssertionError(f"no row {first!r} in\n{out}")


def test_stats_rendered_totals() -> None:
    console = _colour_console(width=200)
    console.print(stats_view.render(_stats(STATS_LINES)))
    out = console.export_text()
    vnd = 297066000000000 + 4100000000 + 3000000000 + 1500000
    for title in (
        "Facts per type",
        "Facts per document",
        "Money per currency and province",
        "Facts per year",
    ):
        assert title in out
    assert _row(out, "all")[1:] == ["14", "2", "16"]  # per type: body, boilerplate, total
    assert _row(out, "money")[1:] == ["5", "1", "6"]
    # Money per province: a total row per currency, pre- and post-2025 tables.
    totals = [line for line in out.splitlines() if "VND total" in line]
    assert len(totals) == 2 and all(f"{vnd:,}" in t for t in totals)
    assert any("USD total" in line and "2,627,000,000" in line for line in out.splitlines())
    assert "Hòa Bình, Vĩnh Phúc" in out  # the 2025 table: Phú Thọ sums both
    phu_tho = [line for line in out.splitlines() if "Phú Thọ" in line and "Hòa Bình, Vĩnh Phúc" in line]
    assert phu_tho and f"{297066000000000 + 4100000000:,}" in phu_tho[0]
    # Metric × province × period, and the most frequent provinces.
    assert "Money by metric × province × period" in out
    assert any(
        "giá trị sản xuất công nghiệp" in ln and "297,066,000,000,000" in ln for ln in out.splitlines()
    )
    assert "Most frequent provinces" in out
    assert _row(out.split("Most frequent provinces")[1], "Vĩnh Phúc")[1:] == ["26", "Phú Thọ", "2", "1"]


def test_stats_about_table_waits_for_links() -> None:
    lines = [_line("money", "a.txt", 5, currency="VND", qualifier=None)]
    console = _plain_console(width=120)
    console.print(stats_view.render(_stats(lines)))
    assert "no money fact says what it is about" in console.export_text()


def test_stats_command_stdin_and_bad_lines(tmp_path: Path) -> None:
    text = "\n".join([STATS_LINES[0], "{not json", STATS_LINES[5], "[1, 2]", ""]) + "\n"
    result = runner.invoke(app, ["stats"], input=text)
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and errors[0].startswith("kcextract: <stdin>:2: not JSON")
    assert "<stdin>:4:" in errors[1]
    assert "\x1b" not in result.stdout and "Facts per type" in result.stdout
    path = tmp_path / "facts.jsonl"
    path.write_bytes(("\n".join(STATS_LINES) + "\n").encode() + b"\xff\xfe\n")
    result = runner.invoke(app, ["stats", str(path), str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert f"{path}:{len(STATS_LINES) + 1}: not UTF-8" in result.stderr
    assert "none.jsonl: cannot read" in result.stderr
    assert "VND total" in result.stdout


def test_run_piped_into_stats() -> None:
    samples = [str(p) for p in sorted((ROOT / "data").glob("*.txt"))[2:4]]
    run = runner.invoke(app, ["run", *samples])
    assert run.exit_code == 0
    result = runner.invoke(app, ["stats"], input=run.stdout)
    assert result.exit_code == 0, result.stderr
    n = len(run.stdout.splitlines())
    assert (_row(result.stdout, "all")[3] == f"{n:,}") if n else "No facts." in result.stdout


# --- in a real terminal --------------------------------------------------------------------

TMUX = shutil.which("tmux")


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_show_in_a_real_terminal(tmp_path: Path) -> None:
    """What a person sees: `kcextract show` in a 120×40 terminal, colours and all."""
    from kcextract.inputs import read_text
    from kcextract.pipeline import extract

    sample = ROOT / "data" / "002_bbf45f2fc4466c0e.txt"
    facts = extract(read_text(Source(str(sample), sample)), include_boilerplate=True)
    exe = Path(sys.executable).parent / "kcextract"
    socket = f"kcx-test-{os.getpid()}"  # our own tmux server, never the user's
    tmux = [TMUX, "-L", socket]
    done = tmp_path / "done"
    command = f"{exe} show {sample} --type money,percent,date,province; touch {done}; sleep 30"
    subprocess.run([*tmux, "new-session", "-d", "-s", "show", "-x", "120", "-y", "40", command], check=True)
    try:
        deadline = time.monotonic() + 30
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert done.exists(), "kcextract show did not finish"
        grab = [*tmux, "capture-pane", "-p", "-t", "show", "-S", "-2000"]
        screen = subprocess.run(grab, check=True, capture_output=True, text=True).stdout
        coloured = subprocess.run([*grab, "-e"], check=True, capture_output=True, text=True).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)
    assert "Legend:" in screen and "{money}" not in screen  # a terminal gets colours, not markers
    assert "\x1b[" in coloured
    if facts:
        first = facts[0]
        assert show_view.format_value(first.to_dict()).split(" (")[0] in screen
        assert first.text in screen
    else:
        assert "No facts of the chosen types." in screen
