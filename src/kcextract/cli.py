"""The `kcextract` command: a thin layer over `kcextract.extract`."""

from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from . import __version__

if TYPE_CHECKING:
    from .batch import Result, Summary

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

  # cron: only new or changed articles, appended; a killed run loses nothing

  kcextract run --quiet --state ~/.kcextract.db /srv/scrapes/ >> facts.jsonl

Exit status: 0 all inputs done, 1 some inputs failed (one line each on stderr), 2 usage error,
130/143 interrupted (Ctrl-C / SIGTERM), 141 the reader closed the pipe.
"""

# One document is one article: anything this large is a dump, refused with a clear line.
DEFAULT_MAX_MB = 5.0

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


def _check_doc_date(value: str | None) -> str | None:
    if value is not None and not _DOC_DATE.fullmatch(value):
        raise typer.BadParameter("expected YYYY-MM or YYYY-MM-DD")
    return value


class _Interrupted(BaseException):
    """SIGTERM as an exception (like KeyboardInterrupt, not an Exception: nothing may swallow it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum: int, _frame: Any) -> None:
    raise _Interrupted(signum)


@app.command(epilog=RUN_EPILOG)
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (walked for *.txt) or - for stdin.")],
    include_boilerplate: Annotated[
        bool, typer.Option("--include-boilerplate", help="Also write facts found in scraper boilerplate.")
    ] = False,
    doc_date: Annotated[
        str | None,
        typer.Option(
            "--doc-date", callback=_check_doc_date, help="YYYY-MM[-DD]: overrides the document's date."
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Write to FILE (via a temporary file renamed at the end) instead of stdout.",
        ),
    ] = None,
    no_about: Annotated[
        bool, typer.Option("--no-about", help="Skip linking figures to what they are about.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the number of cores)."),
    ] = None,
    state: Annotated[
        Path | None,
        typer.Option(
            "--state",
            metavar="PATH",
            help="SQLite ledger of documents already written: write only new or changed ones.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="With --state: process every document, ignoring the ledger.")
    ] = False,
    max_size: Annotated[
        float,
        typer.Option(
            "--max-size",
            metavar="MB",
            min=0,
            help="Refuse inputs larger than this many MB (a news article is well under 1 MB); 0: no limit.",
        ),
    ] = DEFAULT_MAX_MB,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line; errors only.")
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Run on Dask: a scheduler address (tcp://host:8786), or local[:N] for N local worker "
            "processes. -o names the directory of part files; PATHS may be globs and s3://, gs:// URLs. "
            "Needs: pip install 'kcextract\\[dask]'.",
        ),
    ] = None,
) -> None:
    """Extract facts from PATHS and write them as JSON Lines."""
    if dask is not None:
        _run_on_dask(
            paths,
            dask,
            output,
            quiet=quiet,
            state=state,
            force=force,
            include_boilerplate=include_boilerplate,
            doc_date=doc_date,
            with_about=not no_about,
            max_bytes=int(max_size * 1024 * 1024) or None,
        )
        return
    from .batch import LedgerView, Options, Runner, default_jobs, run_batch, signals_held
    from .inputs import Source, discover
    from .output import AtomicFile

    entries = list(discover(paths))
    options = Options(
        doc_date=doc_date,
        include_boilerplate=include_boilerplate,
        with_about=not no_about,
        max_bytes=int(max_size * 1024 * 1024) or None,
    )
    ledger = _open_ledger(state, options) if state else None
    view = None
    if ledger is not None and not force:
        view = LedgerView(str(ledger.path), ledger.extractor, ledger.options)
    files = sum(isinstance(e, Source) for e in entries)
    runner = Runner(min(jobs or default_jobs(), max(files, 1)), options, view)

    display = _Display(files, enabled=not quiet and sys.stderr.isatty())
    previous = signal.signal(signal.SIGTERM, _on_signal)
    status = 0
    atomic: AtomicFile | None = None
    try:
        if output is not None:
            try:
                atomic = AtomicFile(output)
            except OSError as e:
                _fail_usage(f"cannot write {output}: {e.strerror or e}")
                raise
            if ledger is not None:
                ledger.defer()  # the facts reach FILE only with the final rename
            sink: IO[bytes] = atomic.stream
        else:
            sys.stdout.flush()
            sink = sys.stdout.buffer
        runner.start()
        display.start()
        summary = run_batch(
            entries,
            options,
            sink,
            runner=runner,
            ledger=ledger,
            on_error=display.error,
            on_result=display.advance,
            skip_known=not force,
        )
    except (KeyboardInterrupt, _Interrupted) as e:
        runner.stop(kill=True)
        display.stop()
        if atomic is not None:
            atomic.discard()
        signum = e.signum if isinstance(e, _Interrupted) else signal.SIGINT
        typer.echo(f"kcextract: interrupted; {_kept(output, state)}", err=True)
        status = 128 + signum
    except BrokenPipeError:
        # The reader is gone (`| head -3`): stop quietly, as a Unix filter does.
        runner.stop(kill=True)
        display.stop()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 128 + signal.SIGPIPE
    except BaseException:
        runner.stop(kill=True)
        display.stop()
        if atomic is not None:
            atomic.discard()
        raise
    else:
        runner.stop()
        display.stop()
        with signals_held():  # the file and the ledger's records go together
            if atomic is not None:
                atomic.commit()
            if ledger is not None:
                ledger.commit_pending()
        if not quiet:
            typer.echo(summary.line(), err=True)
        status = 1 if summary.failed else 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        if ledger is not None:
            ledger.close()
    if runner.killed:
        # Workers were killed mid-task: skip the exit handlers that would wait for them.
        sys.stderr.flush()
        os._exit(status)
    if status:
        raise typer.Exit(status)


def _kept(output: Path | None, state: Path | None) -> str:
    if output is not None:
        return f"{output} left as it was"
    if state is not None:
        return "the documents written so far are in the ledger: rerun to go on"
    return "the facts written so far are complete lines"


def _run_on_dask(paths: list[str], address: str, output: Path | None, *, quiet: bool, **options: Any) -> None:
    """`run --dask`: the same options, part files in the directory -o names (see kcextract.dask)."""
    if output is None:
        _fail_usage("--dask writes part files: name their directory with -o OUTDIR")
    from .dask import run_on_dask

    try:
        status = run_on_dask(paths, address, output, summary=not quiet, **options)
    except KeyboardInterrupt:
        typer.echo("kcextract: interrupted; the parts in place are recorded in --state", err=True)
        status = 128 + signal.SIGINT
    if status:
        raise typer.Exit(status)


def _open_ledger(state: Path, options: Any) -> Any:
    import sqlite3

    from .ledger import Ledger, extractor_version

    try:
        return Ledger(state, extractor=extractor_version(), options=options.fingerprint())
    except (sqlite3.Error, OSError) as e:
        _fail_usage(f"--state {state}: cannot use it as a ledger ({e})")


def _fail_usage(message: str) -> None:
    typer.echo(f"kcextract: {message}", err=True)
    raise typer.Exit(2)


class _Display:
    """The progress bar on a terminal's stderr; error lines either way.

    The bar writes only to stderr: rich's live display would otherwise redirect sys.stdout,
    and facts must reach standard output untouched.
    """

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.progress: Any = None
        self.task: Any = None

    def start(self) -> None:
        if not self.enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")))
        self.progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("{task.fields[facts]} facts"),
            TimeRemainingColumn(),
            console=console,
            redirect_stdout=False,
            redirect_stderr=False,
            transient=True,
        )
        self.task = self.progress.add_task("files", total=self.total, rate="", facts=0)
        self.progress.start()

    def advance(self, result: Result, summary: Summary) -> None:
        if self.progress is None:
            return
        import time

        elapsed = max(time.monotonic() - summary.started, 1e-6)
        self.progress.update(
            self.task,
            completed=summary.written + summary.skipped + summary.failed,
            rate=f"{summary.chars / elapsed / 1000:,.0f}k chars/s",
            facts=sum(summary.facts.values()),
        )

    def error(self, line: str) -> None:
        line = f"kcextract: {line}"
        if self.progress is not None:
            from rich.text import Text

            self.progress.console.print(Text(line), soft_wrap=True)
        else:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path, typer.Option("--gold", help="Gold facts (JSON Lines), doc names matched by file name.")
    ],
    paths: Annotated[list[str], typer.Argument(help="The annotated articles (files or directories).")],
    section: Annotated[str, typer.Option(help="body or all")] = "body",
    links: Annotated[
        Path | None,
        typer.Option("--links", help="Gold `about` objects (JSON Lines: doc, type, start) to score too."),
    ] = None,
) -> None:
    """Score the extractor against annotated articles: precision, recall and F1 per type.

    Example: kcextract eval --gold tests/gold/dev.jsonl --links tests/gold/dev_links.jsonl data/
    """
    from .evaluate import evaluate_paths, format_table
    from .inputs import Source, discover

    sources = [s for s in discover(paths) if isinstance(s, Source)]
    summary = evaluate_paths(gold, sources, section=section, links_path=links)
    typer.echo(format_table(summary))


from .views import register as _register_views  # noqa: E402  (commands defined in views.py)

_register_views(app)


def main() -> None:
    app()
