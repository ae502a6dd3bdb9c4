"""`kcextract show`: one article in the terminal with its facts highlighted, and a table of them.

Facts are shown as `kcextract run` writes them (dicts), so what a reader checks here is
exactly what a jq script downstream gets.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from .facts import BOILERPLATE, FACT_TYPES
from .inputs import Source, read_text
from .text import Document, drop_bom

# A highlight per type for body facts (background), and a lighter one (coloured underlined
# text) for facts in boilerplate, which `kcextract run` leaves out by default.
BODY_STYLES = {
    "money": "bold black on green3",
    "percent": "bold black on orchid1",
    "date": "bold black on deep_sky_blue1",
    "province": "bold black on gold1",
}
BOILERPLATE_STYLES = {
    "money": "underline green3",
    "percent": "underline orchid1",
    "date": "underline deep_sky_blue1",
    "province": "underline gold1",
}
TYPE_COLOURS = {"money": "green3", "percent": "orchid1", "date": "deep_sky_blue1", "province": "gold1"}
DIM = "dim"
GUTTER = "│ "  # marks boilerplate lines; the only boilerplate signal in plain text

QUALIFIER_SIGNS = {"gt": ">", "lt": "<", "approx": "≈", "ge": "≥", "le": "≤"}
CHANGE_SIGNS = {"increase": "↑ increase", "decrease": "↓ decrease"}

# Control characters would reach the terminal raw (rich strips only some, and stripping
# would shift offsets): each becomes one visible character, so offsets still hold.
_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def sanitise(text: str) -> str:
    """Same length as `text`, no control characters but newline and tab (CR becomes a space)."""
    return _CONTROL.sub(lambda m: " " if m.group() == "\r" else "\ufffd", text)


@dataclass
class ShownDocument:
    """What `show` needs of one document: its decoded text, facts and boilerplate spans."""

    name: str
    text: str  # the decoded input; fact offsets point into it
    facts: list[dict[str, Any]]
    boilerplate: list[tuple[int, int]] = field(default_factory=list)  # spans of `text`
    doc_date: str | None = None


def load(source: Source, *, doc_date: str | None = None) -> ShownDocument:
    """Read and extract one input (every fact, body and boilerplate). Raises InputError."""
    # The rules are imported here, not at the top: `kcextract stats` and `--help` need none of them.
    from .pipeline import extract
    from .rules import date as date_rules
    from .sections import split_sections

    text = drop_bom(read_text(source))
    document = Document.from_text(text)
    blocks = split_sections(document.text)
    spans = [document.to_original(b.start, b.end) for b in blocks if b.section == BOILERPLATE]
    own_date = doc_date or date_rules.document_date(document.text, blocks)
    facts = extract(text, doc=source.name, doc_date=doc_date, include_boilerplate=True)
    return ShownDocument(source.name, text, [f.to_dict() for f in facts], spans, own_date)


# --- normalised values -------------------------------------------------------------------


def format_number(value: Any) -> str:
    """1234567 → 1,234,567; 11.5 → 11.5; float noise (4100000000.0000005) rounded away."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    rounded = round(value, 4)
    if rounded.is_integer():
        return f"{int(rounded):,}"
    return f"{rounded:,.4f}".rstrip("0").rstrip(".")


def _range(fact: dict[str, Any]) -> str:
    low = format_number(fact.get("value"))
    if fact.get("value_max") is not None:
        return f"{low}–{format_number(fact['value_max'])}"
    return low


def format_value(fact: dict[str, Any]) -> str:
    """The normalised value as a person reads it, e.g. `297,066,000,000,000 VND`."""
    kind = fact.get("type")
    value = fact.get("value")
    if value is None:
        return "—"
    if kind == "money":
        sign = QUALIFIER_SIGNS.get(fact.get("qualifier") or "")
        amount = f"{_range(fact)} {fact.get('currency') or '?'}"
        return f"{sign} {amount}" if sign else amount
    if kind == "percent":
        unit = fact.get("unit") or "%"
        shown = f"{_range(fact)}%" if unit == "%" else f"{_range(fact)} {unit}"
        change = CHANGE_SIGNS.get(fact.get("change") or "")
        return f"{shown} {change}" if change else shown
    if kind == "date":
        notes = []
        if fact.get("grain") in ("quarter", "range"):
            notes.append(fact["grain"])
        if fact.get("year_inferred"):
            notes.append("year inferred")
        elif isinstance(value, str) and value.startswith("--"):
            notes.append("no year")
        return f"{value} ({', '.join(notes)})" if notes else str(value)
    if kind == "province":
        shown = str(value)
        if fact.get("code"):
            shown += f" ({fact['code']})"
        new = fact.get("province_2025")
        if new and new != value:
            shown += f" → {new} 2025"
        return shown
    return str(value)


def format_about(about: Any) -> str:
    """`metric · province · period (vs base)`, `–` for a field the text does not give."""
    if not isinstance(about, dict) or not any(about.get(k) for k in ("metric", "province", "period")):
        if isinstance(about, dict) and about.get("compared_to"):
            return f"– · – · – (vs {about['compared_to']})"
        return ""
    parts = [str(about.get(k) or "–") for k in ("metric", "province", "period")]
    shown = " · ".join(parts)
    if about.get("compared_to"):
        shown += f" (vs {about['compared_to']})"
    return shown


# --- the article ---------------------------------------------------------------------------


def _valid(fact: dict[str, Any], length: int) -> bool:
    start, end = fact.get("start"), fact.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def _line_spans(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _is_boilerplate(start: int, end: int, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """A line is boilerplate when its first visible character lies in a boilerplate span."""
    stripped = text[start:end]
    pos = start + (len(stripped) - len(stripped.lstrip()))
    return any(s <= pos < e for s, e in spans)


def _plain_line(text: str, start: int, end: int, facts: Sequence[dict[str, Any]]) -> Text:
    """The line with each fact written `[text]{type}`: what colour shows, in plain characters."""
    events: list[tuple[int, int, int, str]] = []  # (position, order, tie-break, marker)
    for i, f in enumerate(facts):
        s, e = max(f["start"], start), min(f["end"], end)
        if s >= e:
            continue
        # At one position: closings first (innermost first), then openings (outermost first).
        events.append((s, 1, -(e - s), "["))
        events.append((e, 0, -i, "]{" + str(f.get("type")) + "}"))
    events.sort()
    out: list[str] = []
    cursor = start
    for pos, _, _, marker in events:
        out.append(text[cursor:pos])
        out.append(marker)
        cursor = pos
    out.append(text[cursor:end])
    return Text("".join(out))


def _styled_line(
    text: str, start: int, end: int, facts: Sequence[dict[str, Any]], spans: Sequence[tuple[int, int]]
) -> Text:
    line = Text(text[start:end])
    for s, e in spans:
        if s < end and e > start:
            line.stylize(DIM, max(s, start) - start, min(e, end) - start)
    for f in facts:
        s, e = max(f["start"], start), min(f["end"], end)
        if s < e:
            styles = BOILERPLATE_STYLES if f.get("section") == BOILERPLATE else BODY_STYLES
            line.stylize(styles.get(f.get("type"), "reverse"), s - start, e - start)
    return line


def article(doc: ShownDocument, facts: Sequence[dict[str, Any]], *, plain: bool) -> RenderableType:
    """The article, line by line, boilerplate lines dimmed and marked in a gutter.

    Plain text is one Text to print unwrapped (soft wrap: the pager or terminal wraps, and a
    file gets the input's own lines back); on a terminal a grid keeps wrapped lines indented.
    """
    text = sanitise(doc.text)
    facts = sorted((f for f in facts if _valid(f, len(text))), key=lambda f: (f["start"], f["end"]))
    rows: list[tuple[bool, Text]] = []
    first = 0  # facts before this index end before the current line
    for start, end in _line_spans(text):
        while first < len(facts) and facts[first]["end"] <= start:
            first += 1
        here = [f for f in facts[first:] if f["start"] < end]
        boiler = _is_boilerplate(start, end, text, doc.boilerplate)
        if plain:
            rows.append((boiler, _plain_line(text, start, end, here)))
        else:
            rows.append((boiler, _styled_line(text, start, end, here, doc.boilerplate)))
    if plain:
        return Text("\n").join(Text(GUTTER) + line if boiler else line for boiler, line in rows)
    grid = Table.grid(padding=0, expand=True)
    grid.add_column(width=len(GUTTER), no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for boiler, line in rows:
        grid.add_row(Text(GUTTER if boiler else "", style=DIM), line)
    return grid


def legend(facts: Sequence[dict[str, Any]], types: Sequence[str], *, plain: bool) -> Text:
    counts = {t: sum(1 for f in facts if f.get("type") == t) for t in types}
    out = Text("Legend: ")
    for t in types:
        if plain:
            out.append(f"[…]{{{t}}} {counts[t]}")
        else:
            out.append(f" {t} ", style=BODY_STYLES[t])
            out.append(f" {counts[t]}")
        out.append("  ")
    out.append("· ")
    if plain:
        out.append(f"lines marked '{GUTTER.strip()}' are boilerplate")
    else:
        out.append(GUTTER + "boilerplate", style=DIM)
        out.append(" (its facts ")
        out.append("underlined", style="underline")
        out.append(")")
    return out


def _line_numbers(text: str, facts: Sequence[dict[str, Any]]) -> dict[int, int]:
    """1-based line of each fact start, keyed by id() of the fact."""
    newlines = [i for i, c in enumerate(text) if c == "\n"]
    return {id(f): bisect.bisect_right(newlines, f["start"] - 1) + 1 for f in facts}


def _highlighted(text: str, style: str) -> Text:
    """Text styled over its characters only, so a table cell's padding stays unhighlighted."""
    out = Text(text)
    if style:
        out.stylize(style, 0, len(text))
    return out


def facts_table(
    doc: ShownDocument, facts: Sequence[dict[str, Any]], *, plain: bool, width: int = 80
) -> Table:
    facts = sorted(facts, key=lambda f: (f.get("start", 0), f.get("end", 0)))
    lines = _line_numbers(doc.text, [f for f in facts if isinstance(f.get("start"), int)])
    show_about = any(format_about(f.get("about")) for f in facts)
    table = Table(title=f"Facts in {doc.name}", title_justify="left", caption_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("text", overflow="fold")
    # On a wide screen, wide enough for the longest unbroken token, so an amount never breaks
    # mid-number; on a narrow one rich must be free to squeeze every column (or it crops).
    longest = max((len(w) for f in facts for w in format_value(f).split()), default=1)
    min_width = min(longest, 30) if width >= 100 else None
    table.add_column("normalised value", overflow="fold", min_width=min_width)
    if show_about:
        table.add_column("about (metric · province · period)", overflow="fold")
    for n, f in enumerate(facts, 1):
        kind = str(f.get("type"))
        boiler = f.get("section") == BOILERPLATE
        row_style = DIM if boiler and not plain else ""
        kind_cell = Text(kind + (" (b)" if boiler else ""), style="" if plain else TYPE_COLOURS.get(kind, ""))
        text_style = "" if plain else (BOILERPLATE_STYLES if boiler else BODY_STYLES).get(kind, "")
        cells: list[RenderableType] = [
            Text(str(n)),
            Text(str(lines.get(id(f), "?"))),
            kind_cell,
            _highlighted(sanitise(str(f.get("text", ""))), text_style),
            Text(sanitise(format_value(f))),
        ]
        if show_about:
            cells.append(Text(sanitise(format_about(f.get("about")))))
        table.add_row(*cells, style=row_style)
    table.caption = (
        "(b) = fact in boilerplate" if any(f.get("section") == BOILERPLATE for f in facts) else None
    )
    return table


def header(doc: ShownDocument, facts: Sequence[dict[str, Any]]) -> Text:
    body = sum(1 for f in facts if f.get("section") != BOILERPLATE)
    out = Text(doc.name, style="bold")
    out.append(f"  ·  {len(doc.text):,} characters  ·  {len(facts)} facts")
    out.append(f" ({body} body, {len(facts) - body} boilerplate)")
    out.append(f"  ·  document date {doc.doc_date or 'none'}")
    return out


def print_document(
    console: Console, doc: ShownDocument, types: Sequence[str] = FACT_TYPES, *, plain: bool
) -> None:
    """Everything `show` prints for one document: header, legend, article, legend, table."""
    facts = [f for f in doc.facts if f.get("type") in types]
    console.print(header(doc, facts))
    console.print(legend(facts, types, plain=plain))
    console.print()
    console.print(article(doc, facts, plain=plain), soft_wrap=plain)
    console.print()
    console.print(legend(facts, types, plain=plain))
    if facts:
        console.print(facts_table(doc, facts, plain=plain, width=console.width))
    else:
        console.print(Text("No facts of the chosen types."))
