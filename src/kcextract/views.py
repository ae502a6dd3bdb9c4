"""`kcextract show`, `kcextract stats` and `kcextract schema`: looking at facts instead of raw JSON."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console

from . import show as show_view
from . import stats as stats_view
from .facts import FACT_TYPES
from .inputs import InputError, Source
from .schema import schema_json

_DOC_DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")

SHOW_EPILOG = """
Examples:

  kcextract show data/002_bbf45f2fc4466c0e.txt

  kcextract show article.txt --type money --type percent --pager

  kcextract show article.txt | less        # plain text: facts written [text]{type}
"""

STATS_EPILOG = """
Examples:

  kcextract run data/ | kcextract stats

  kcextract stats week1.jsonl week2.jsonl --limit 50
"""


def make_console(
    file: IO[str] | None = None, *, env: Mapping[str, str] | None = None, is_tty: bool | None = None
) -> Console:
    """A console for standard output: colour on a terminal, plain text when piped or NO_COLOR is set."""
    stream = file if file is not None else sys.stdout
    env = os.environ if env is None else env
    if is_tty is None:
        is_tty = bool(getattr(stream, "isatty", lambda: False)())
    plain = not is_tty or bool(env.get("NO_COLOR"))
    # markup/highlight off: article text and fact values must never be read as rich markup.
    if plain:
        return Console(
            file=stream, no_color=True, color_system=None, force_terminal=False, markup=False, highlight=False
        )
    return Console(file=stream, force_terminal=True, markup=False, highlight=False, emoji=False)


def is_plain(console: Console) -> bool:
    return console.color_system is None


def _show_one(console: Console, doc: show_view.ShownDocument, types: list[str], *, pager: bool) -> None:
    plain = is_plain(console)
    if pager and console.is_terminal:
        # less shows colours only with -R; keep whatever the user set.
        os.environ.setdefault("LESS", "-R")
        with console.pager(styles=not plain):
            show_view.print_document(console, doc, types, plain=plain)
    else:
        show_view.print_document(console, doc, types, plain=plain)


def _parse_types(values: list[str] | None) -> list[str]:
    if not values:
        return list(FACT_TYPES)
    chosen = [t.strip() for v in values for t in v.split(",") if t.strip()]
    unknown = [t for t in chosen if t not in FACT_TYPES]
    if unknown:
        raise typer.BadParameter(f"unknown type {unknown[0]!r}; choose from {', '.join(FACT_TYPES)}")
    return [t for t in FACT_TYPES if t in chosen]


def _check_doc_date(value: str | None) -> str | None:
    if value is not None and not _DOC_DATE.fullmatch(value):
        raise typer.BadParameter("expected YYYY-MM or YYYY-MM-DD")
    return value


def _error(message: str) -> None:
    typer.echo(f"kcextract: {message}", err=True)


def show(
    files: Annotated[list[str], typer.Argument(help="Article files (plain text), or - for standard input.")],
    types: Annotated[
        list[str] | None,
        typer.Option(
            "--type",
            "-t",
            help="Only these types (repeat or comma-separate): money, percent, date, province.",
        ),
    ] = None,
    pager: Annotated[bool, typer.Option("--pager", help="Page the output (less -R) on a terminal.")] = False,
    doc_date: Annotated[
        str | None,
        typer.Option(
            "--doc-date", callback=_check_doc_date, help="YYYY-MM[-DD]: overrides the document's date."
        ),
    ] = None,
) -> None:
    """Show an article with its facts highlighted by type, and a table of their normalised values."""
    chosen = _parse_types(types)
    console = make_console()
    failures = 0
    for name in files:
        try:
            doc = show_view.load(Source(name, None if name == "-" else Path(name)), doc_date=doc_date)
        except InputError as e:
            _error(str(e))
            failures += 1
            continue
        _show_one(console, doc, chosen, pager=pager)
    if failures:
        raise typer.Exit(1)


def stats(
    files: Annotated[
        list[str] | None,
        typer.Argument(help="JSON Lines written by `kcextract run`; standard input when none (or -)."),
    ] = None,
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", min=0, help="Rows in the per-document and ranking tables (0: all)."),
    ] = 20,
    all_sections: Annotated[
        bool,
        typer.Option("--all-sections", help="Count boilerplate facts in every table, not only the first."),
    ] = False,
) -> None:
    """Tables over extracted facts: per type, per document, money per province, per year, top provinces."""
    summary = stats_view.Stats(sections=None if all_sections else ("body",))
    failures = 0
    for name in files or ["-"]:
        try:
            stream = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as e:
            _error(f"{name}: cannot read ({e.strerror or e})")
            failures += 1
            continue
        try:
            for item in stats_view.read_facts("<stdin>" if name == "-" else name, stream):
                if isinstance(item, stats_view.BadLine):
                    _error(str(item))
                    failures += 1
                else:
                    summary.add(item)
        except OSError as e:
            _error(f"{name}: cannot read ({e.strerror or e})")
            failures += 1
        finally:
            if name != "-":
                stream.close()
    make_console().print(stats_view.render(summary, limit=limit))
    if failures:
        raise typer.Exit(1)


def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of one line of `kcextract run` output."""
    typer.echo(schema_json())


def register(app: typer.Typer) -> None:
    """Add the viewing commands to the main app."""
    app.command("show", epilog=SHOW_EPILOG)(show)
    app.command("stats", epilog=STATS_EPILOG)(stats)
    app.command("schema")(schema)
