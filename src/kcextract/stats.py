"""`kcextract stats`: tables over the JSON Lines that `kcextract run` writes.

Reading is forgiving (a bad line is reported and skipped); counting is a single pass, so a
week of scrapes piped through `kcextract run data/ | kcextract stats` needs little memory.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from .facts import FACT_TYPES
from .show import format_number, sanitise

NOT_STATED = "(not stated)"
NO_YEAR = "(no year)"


@dataclass(frozen=True)
class BadLine:
    """A line that is not a fact; str() is the one line written on stderr."""

    where: str  # "file:line"
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def read_facts(name: str, lines: Iterable[bytes | str]) -> Iterator[dict[str, Any] | BadLine]:
    """The facts of one JSON Lines stream; a BadLine in place of each line that is not one."""
    for number, raw in enumerate(lines, 1):
        where = f"{name}:{number}"
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as e:
                yield BadLine(where, f"not UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1})")
                continue
        else:
            line = raw
        if not line.strip():
            continue
        try:
            fact = json.loads(line)
        except json.JSONDecodeError as e:
            yield BadLine(where, f"not JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(fact, dict):
            yield BadLine(where, f"not a JSON object but {type(fact).__name__}")
        elif not isinstance(fact.get("type"), str) or not isinstance(fact.get("doc"), str):
            yield BadLine(where, 'not a fact (no string "type" and "doc")')
        else:
            yield fact


def year_of(value: Any) -> str:
    """The year an ISO value falls in: `2022-01/2022-09` → 2022, `2021/2025` → 2021–2025."""
    if not isinstance(value, str) or not value:
        return NO_YEAR
    low, _, high = value.partition("/")
    if low.startswith("--") or not low[:4].isdigit():
        return NO_YEAR
    if high and high[:4].isdigit() and high[:4] != low[:4]:
        return f"{low[:4]}–{high[:4]}"
    return low[:4]


def _year_key(year: str) -> tuple[int, str]:
    return (1, year) if year == NO_YEAR else (0, year)


def _amount(value: Any) -> float | int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


@dataclass
class Sum:
    facts: int = 0
    total: float | int = 0
    unvalued: int = 0  # facts with no number to add

    def add(self, value: Any) -> None:
        self.facts += 1
        amount = _amount(value)
        if amount is None:
            self.unvalued += 1
        else:
            self.total += amount


@dataclass
class Stats:
    """Counts over the facts seen; `sections=None` counts every section past the first table."""

    sections: tuple[str, ...] | None = ("body",)
    by_type: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_doc: dict[str, Counter[str]] = field(default_factory=dict)
    money: dict[tuple[str, str], Sum] = field(default_factory=lambda: defaultdict(Sum))
    by_year: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    provinces: Counter[str] = field(default_factory=Counter)
    province_docs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    province_info: dict[str, tuple[str, str]] = field(default_factory=dict)  # value → (code, 2025)
    about: dict[tuple[str, str, str, str], Sum] = field(default_factory=lambda: defaultdict(Sum))
    linked_money: int = 0  # money facts with at least one `about` field set
    excluded: int = 0  # facts left out of the tables past the first (boilerplate)

    def add(self, fact: dict[str, Any]) -> None:
        kind = fact["type"]
        section = str(fact.get("section") or "body")
        self.by_type[kind, section] += 1
        if kind == "province" and isinstance(fact.get("value"), str):
            # Names and their 2025 province are learnt from every line, boilerplate too.
            self.province_info.setdefault(
                fact["value"], (str(fact.get("code") or ""), str(fact.get("province_2025") or ""))
            )
        if self.sections is not None and section not in self.sections:
            self.excluded += 1
            return
        self.by_doc.setdefault(fact["doc"], Counter())[kind] += 1
        about = fact.get("about") if isinstance(fact.get("about"), dict) else {}
        if kind == "date":
            self.by_year[year_of(fact.get("value"))]["date"] += 1
        elif kind in ("money", "percent") and about.get("period"):
            self.by_year[year_of(about["period"])][kind] += 1
        if kind == "province" and isinstance(fact.get("value"), str):
            self.provinces[fact["value"]] += 1
            self.province_docs[fact["value"]].add(fact["doc"])
        if kind == "money":
            currency = str(fact.get("currency") or "?")
            self.money[currency, str(about.get("province") or NOT_STATED)].add(fact.get("value"))
            if any(about.get(k) for k in ("metric", "province", "period")):
                self.linked_money += 1
            key = tuple(str(about.get(k) or "–") for k in ("metric", "province", "period"))
            self.about[(*key, currency)].add(fact.get("value"))  # type: ignore[index]

    def add_all(self, facts: Iterable[dict[str, Any]]) -> None:
        for fact in facts:
            self.add(fact)


# --- tables -----------------------------------------------------------------------------------


def _types(stats: Stats) -> list[str]:
    """The contract's types first, then any others the input holds (fields may be added)."""
    seen = {kind for kind, _ in stats.by_type}
    return [t for t in FACT_TYPES if t in seen] + sorted(seen - set(FACT_TYPES))


def _scope(stats: Stats) -> str:
    return " (body facts)" if stats.sections == ("body",) and stats.excluded else ""


def per_type(stats: Stats) -> Table:
    table = Table(title="Facts per type", title_justify="left")
    for name, justify in (("type", "left"), ("body", "right"), ("boilerplate", "right"), ("total", "right")):
        table.add_column(name, justify=justify, no_wrap=justify == "right")  # type: ignore[arg-type]
    totals = Counter[str]()
    for kind in _types(stats):
        body, boiler = stats.by_type[kind, "body"], stats.by_type[kind, "boilerplate"]
        other = sum(
            n for (k, s), n in stats.by_type.items() if k == kind and s not in ("body", "boilerplate")
        )
        totals.update(body=body, boilerplate=boiler + other)
        table.add_row(kind, f"{body:,}", f"{boiler + other:,}", f"{body + boiler + other:,}")
    table.add_section()
    b, o = totals["body"], totals["boilerplate"]
    table.add_row(Text("all", style="bold"), f"{b:,}", f"{o:,}", Text(f"{b + o:,}", style="bold"))
    return table


def per_document(stats: Stats, limit: int) -> Table:
    docs = list(stats.by_doc.items())
    title = "Facts per document" + _scope(stats)
    if limit and len(docs) > limit:
        docs = sorted(docs, key=lambda d: -sum(d[1].values()))[:limit]
        title += f": the {limit} with most facts of {len(stats.by_doc):,}"
    table = Table(title=title, title_justify="left")
    table.add_column("document", overflow="fold")
    kinds = _types(stats)
    for kind in kinds:
        table.add_column(kind, justify="right", no_wrap=True)
    table.add_column("total", justify="right", no_wrap=True)
    for doc, counts in docs:
        table.add_row(Text(sanitise(doc)), *(f"{counts[k]:,}" for k in kinds), f"{sum(counts.values()):,}")
    all_counts = Counter[str]()
    for counts in stats.by_doc.values():
        all_counts.update(counts)
    table.add_section()
    table.add_row(
        Text(f"all {len(stats.by_doc):,} documents", style="bold"),
        *(f"{all_counts[k]:,}" for k in kinds),
        Text(f"{sum(all_counts.values()):,}", style="bold"),
    )
    return table


def _money_cell(s: Sum) -> str:
    shown = format_number(s.total)
    return f"{shown} (+{s.unvalued} without value)" if s.unvalued else shown


def _province_2025(stats: Stats, province: str) -> str:
    if province == NOT_STATED:
        return NOT_STATED
    return stats.province_info.get(province, ("", ""))[1] or "?"


def money_by_province(stats: Stats, *, after_2025: bool = False) -> Table:
    """Money totals per currency per province, as named (before the 2025 merger) or merged."""
    which = "province 2025" if after_2025 else "province"
    table = Table(
        title=f"Money per currency and {which}" + _scope(stats),
        title_justify="left",
        caption="province: what the figure is about (about.province); a range counts at its low end",
        caption_justify="left",
    )
    columns = ["currency", "province 2025", "provinces before", "facts", "total"]
    if not after_2025:
        columns[1:3] = ["province", "province 2025"]
    for name in columns:
        number = name in ("facts", "total")
        table.add_column(name, justify="right" if number else "left", no_wrap=number)
    # Regroup the per-province sums under the chosen key.
    groups: dict[tuple[str, str], tuple[Sum, set[str]]] = {}
    for (currency, province), s in stats.money.items():
        key = _province_2025(stats, province) if after_2025 else province
        acc, names = groups.setdefault((currency, key), (Sum(), set()))
        acc.facts += s.facts
        acc.total += s.total
        acc.unvalued += s.unvalued
        names.add(province)
    currencies = sorted({c for c, _ in groups}, key=lambda c: (c != "VND", c))
    for currency in currencies:
        rows = [(p, acc, names) for (c, p), (acc, names) in groups.items() if c == currency]
        rows.sort(key=lambda r: (r[0] in (NOT_STATED, "?"), -r[1].total, r[0]))
        whole = Sum()
        for province, acc, names in rows:
            other = ", ".join(sorted(names - {NOT_STATED})) if after_2025 else _province_2025(stats, province)
            if not after_2025 and province == NOT_STATED:
                other = ""
            table.add_row(
                currency, Text(sanitise(province)), Text(sanitise(other)), f"{acc.facts:,}", _money_cell(acc)
            )
            whole.facts += acc.facts
            whole.total += acc.total
            whole.unvalued += acc.unvalued
        table.add_row(
            Text(f"{currency} total", style="bold"),
            "",
            "",
            Text(f"{whole.facts:,}", style="bold"),
            Text(_money_cell(whole), style="bold"),
            end_section=True,
        )
    return table


def per_year(stats: Stats) -> Table:
    table = Table(
        title="Facts per year" + _scope(stats),
        title_justify="left",
        caption="dates by their value; money and percent by the period they are about (about.period)",
        caption_justify="left",
    )
    table.add_column("year", no_wrap=True)
    for kind in ("date", "money", "percent"):
        table.add_column(kind, justify="right", no_wrap=True)
    for year in sorted(stats.by_year, key=_year_key):
        counts = stats.by_year[year]
        table.add_row(year, *(f"{counts[k]:,}" for k in ("date", "money", "percent")))
    return table


def top_provinces(stats: Stats, limit: int) -> Table:
    ranked = sorted(stats.provinces.items(), key=lambda p: (-p[1], p[0]))
    title = "Most frequent provinces" + _scope(stats)
    if limit and len(ranked) > limit:
        ranked = ranked[:limit]
        title += f": top {limit} of {len(stats.provinces)}"
    table = Table(title=title, title_justify="left")
    for name, justify in (
        ("province", "left"),
        ("code", "right"),
        ("province 2025", "left"),
        ("mentions", "right"),
        ("documents", "right"),
    ):
        table.add_column(name, justify=justify, no_wrap=justify == "right")  # type: ignore[arg-type]
    for name, count in ranked:
        code, new = stats.province_info.get(name, ("", ""))
        table.add_row(
            Text(sanitise(name)),
            code,
            Text(sanitise(new)),
            f"{count:,}",
            f"{len(stats.province_docs[name]):,}",
        )
    return table


def money_by_about(stats: Stats, limit: int) -> RenderableType:
    title = "Money by metric × province × period" + _scope(stats)
    if not stats.linked_money:
        return Text(f"{title}: no money fact says what it is about (all `about` fields null or absent).")
    rows = sorted(stats.about.items(), key=lambda r: (r[0][3] != "VND", r[0][3], -r[1].total, r[0]))
    if limit and len(rows) > limit:
        title += f": the {limit} largest of {len(rows):,}"
        rows = rows[:limit]
    table = Table(title=title, title_justify="left", caption="– = not stated", caption_justify="left")
    for name, justify in (
        ("metric", "left"),
        ("province", "left"),
        ("period", "left"),
        ("currency", "left"),
        ("facts", "right"),
        ("total", "right"),
    ):
        number = justify == "right"
        table.add_column(name, justify=justify, overflow="fold", no_wrap=number)  # type: ignore[arg-type]
    for (metric, province, period, currency), s in rows:
        table.add_row(
            Text(sanitise(metric)),
            Text(sanitise(province)),
            Text(sanitise(period)),
            currency,
            f"{s.facts:,}",
            _money_cell(s),
        )
    return table


def render(stats: Stats, *, limit: int = 20) -> Group:
    """Every table `stats` prints, in order."""
    if not stats.by_type:
        return Group(Text("No facts."))
    parts: list[RenderableType] = [per_type(stats), per_document(stats, limit)]
    if stats.money:
        parts += [
            money_by_province(stats),
            money_by_province(stats, after_2025=True),
            money_by_about(stats, limit),
        ]
    if stats.by_year:
        parts.append(per_year(stats))
    if stats.provinces:
        parts.append(top_provinces(stats, limit))
    spaced: list[RenderableType] = []
    for part in parts:
        spaced += [part, Text()]
    return Group(*spaced[:-1])
