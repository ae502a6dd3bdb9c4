"""The `kcextract` command: a thin layer over `kcextract.extract`."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .evaluate import evaluate_paths, format_table
from .inputs import InputError, Source, discover, read_text
from .output import write_document
from .pipeline import extract

app = typer.Typer(
    name="kcextract",
    help="Extract money, percent, date and province facts from Vietnamese news as JSON Lines.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

RUN_EPILOG = """
Examples:

  kcextract run data/                               # every *.txt under data/, sorted

  kcextract run a.txt b.txt -o facts.jsonl

  cat article.txt | kcextract run - --doc-date 2022-01

  kcextract run data/ | jq 'select(.type=="money" and .currency=="VND") | .value'

  kcextract run data/ | jq -r 'select(.type=="province") | .province_2025' | sort | uniq -c
"""

_DOC_DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kcextract {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Extract money, percent, date and province facts from Vietnamese news as JSON Lines."""


def _check_doc_date(value: Optional[str]) -> Optional[str]:
    if value is not None and not _DOC_DATE.fullmatch(value):
        raise typer.BadParameter("expected YYYY-MM or YYYY-MM-DD")
    return value


@app.command(epilog=RUN_EPILOG)
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (walked for *.txt) or - for stdin.")],
    include_boilerplate: Annotated[
        bool, typer.Option("--include-boilerplate", help="Also write facts found in scraper boilerplate.")
    ] = False,
    doc_date: Annotated[
        Optional[str],
        typer.Option("--doc-date", callback=_check_doc_date, help="YYYY-MM[-DD]: overrides the document's date."),
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Write to FILE instead of standard output.")
    ] = None,
    no_about: Annotated[bool, typer.Option("--no-about", help="Skip linking figures to what they are about.")] = False,
) -> None:
    """Extract facts from PATHS and write them as JSON Lines."""
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    failures = 0
    try:
        for item in discover(paths):
            if isinstance(item, InputError):
                failures += _report(item)
                continue
            try:
                text = read_text(item)
            except InputError as e:
                failures += _report(e)
                continue
            facts = extract(
                text,
                doc=item.name,
                doc_date=doc_date,
                include_boilerplate=include_boilerplate,
                with_about=not no_about,
            )
            write_document(stream, facts)
    finally:
        if output:
            stream.close()
    if failures:
        raise typer.Exit(1)


def _report(error: InputError) -> int:
    typer.echo(f"kcextract: {error}", err=True)
    return 1


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option("--gold", help="Gold facts (JSON Lines), doc names matched by file name.")],
    paths: Annotated[list[str], typer.Argument(help="The annotated articles (files or directories).")],
    section: Annotated[str, typer.Option(help="body or all")] = "body",
) -> None:
    """Score the extractor against annotated articles: precision, recall and F1 per type."""
    sources = [s for s in discover(paths) if isinstance(s, Source)]
    summary = evaluate_paths(gold, sources, section=section)
    typer.echo(format_table(summary))


from .views import register as _register_views  # noqa: E402  (commands defined in views.py)

_register_views(app)


def main() -> None:
    app()
