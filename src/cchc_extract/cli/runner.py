"""What the commands that read documents share: their input options, the run, and how it ends.

``extract``, ``report`` and ``eval`` take the same inputs (files, folders, globs, ``-``) and
the same options for reading them (the option types below).  A command checks its own
options, then hands :func:`execute` a ``consume`` function that writes what it makes of
the documents' outcomes; :func:`execute` expands the inputs, runs the batch runner,
reports failures and warnings as they come (standard error, ``--errors``), draws the
progress bar, and turns every way a run can end (done, ``--fail-fast``, Ctrl-C, a full
disk, a closed pipe) into its message and exit code.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from ..batch import STDIN_NAME, Outcome, Settings, default_jobs, run
from ..inputs import STDIN, expand, missing_message
from ..long_lived import loading
from ..output import check_output, open_output
from ..readers import DEFAULT_MAX_BYTES, Document, InputError, read_bytes_as, read_limited
from .choices import KindFilter, StdinFormat
from .console import EXIT_INPUT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, progress, quiet_stdout, say, showing

if TYPE_CHECKING:
    from ..models import Record

# the options every document-reading command takes, spelt once
PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Files, folders, glob patterns ('docs/**/*.pdf'); '-' reads standard input.", show_default=False
    ),
]
KindOption = Annotated[KindFilter, typer.Option("--kind", help="Which records to keep.")]
RecursiveOption = Annotated[bool, typer.Option("--recursive", "-r", help="Read folders at every depth.")]
JobsOption = Annotated[
    int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes.", show_default="the number of cores")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
ErrorsOption = Annotated[
    Path | None,
    typer.Option(
        "--errors", help="Also write failures and warnings here as JSON Lines ('-': standard output).", dir_okay=False
    ),
]
FailFastOption = Annotated[bool, typer.Option("--fail-fast", help="Stop at the first input that fails.")]
PatternsOption = Annotated[
    Path | None,
    typer.Option(
        "--patterns", help="A folder of pattern files whose rules add to or replace the built-in ones.", file_okay=False
    ),
]
MaxSizeOption = Annotated[
    float,
    typer.Option(
        "--max-size", min=0.001, help="Largest document to read, in MB (files, devices, pipes, standard input)."
    ),
]
StdinFormatOption = Annotated[
    StdinFormat, typer.Option("--stdin-format", help="What '-' holds; auto looks at its first bytes.")
]
StdinNameOption = Annotated[str, typer.Option("--stdin-name", help="The document name that records of '-' carry.")]
DEFAULT_MAX_SIZE = DEFAULT_MAX_BYTES / 1e6


@dataclass(frozen=True)
class RunOptions:
    """The documents to read and how; one field per shared option."""

    paths: list[str]
    kind: KindFilter = KindFilter.all
    recursive: bool = False
    jobs: int | None = None
    quiet: bool = False
    errors: Path | None = None
    fail_fast: bool = False
    patterns: Path | None = None
    max_size: float = DEFAULT_MAX_SIZE
    stdin_format: StdinFormat = StdinFormat.auto
    stdin_name: str = STDIN_NAME


# the run options in the order --help lists them: (parameter, its option, its default)
_RUN_PARAMETERS: list[tuple[str, Any, Any]] = [
    ("kind", KindOption, KindFilter.all),
    ("recursive", RecursiveOption, False),
    ("jobs", JobsOption, None),
    ("quiet", QuietOption, False),
    ("errors", ErrorsOption, None),
    ("fail_fast", FailFastOption, False),
    ("patterns", PatternsOption, None),
    ("max_size", MaxSizeOption, DEFAULT_MAX_SIZE),
    ("stdin_format", StdinFormatOption, StdinFormat.auto),
    ("stdin_name", StdinNameOption, STDIN_NAME),
]


def reads_documents(*, kind: bool = True) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the run options (``--kind`` only if ``kind``) without spelling them again.

    The command declares its own parameters, ``paths`` among them, and a last one
    ``options: RunOptions``; typer sees the command's own parameters followed by the run
    options, and the command gets those as one :class:`RunOptions` (its ``paths`` included).
    """
    shared = [(name, option, default) for name, option, default in _RUN_PARAMETERS if kind or name != "kind"]

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        own = inspect.signature(command, eval_str=True)
        parameters = [p for name, p in own.parameters.items() if name != "options"] + [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=option)
            for name, option, default in shared
        ]

        @functools.wraps(command)
        def run(**arguments: Any) -> None:
            values = {name: arguments.pop(name) for name, _, _ in shared}
            command(**arguments, options=RunOptions(list(arguments.get("paths") or []), **values))

        run.__signature__ = own.replace(parameters=parameters)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": None}
        return run

    return decorate


class StopRun(Exception):
    """--fail-fast met a failure."""


@dataclass
class Tally:
    """What the run did, for the closing summary."""

    total: int
    documents: int = 0
    failed: list[str] = field(default_factory=list)
    warned: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)
    areas: Counter[str] = field(default_factory=Counter)

    def summary(self, skipped: int) -> str:
        records = sum(self.kinds.values())
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.kinds.items())) or "none"
        areas = ", ".join(f"{a} {n}" for a, n in self.areas.most_common()) or "-"
        line = f"{self.documents} of {self.total} documents read, {records} records ({kinds}); by area: {areas}"
        if self.warned:
            line += f"; {len(self.warned)} read only in part (see the warnings above)"
        if self.failed:
            line += f"; {len(self.failed)} failed"
        if skipped:
            line += f"; {skipped} file(s) skipped (not a format cchc reads)"
        return line


def usage_error(message: str) -> typer.Exit:
    """Say ``message`` and return the exit (code 2) for the caller to raise."""
    say(f"error: {message}")
    return typer.Exit(EXIT_USAGE)


def check_run(options: RunOptions, *destinations: Path | None) -> None:
    """The usage checks of a run, before any document is read: the pattern files and every destination."""
    with loading():  # the rules load for a run, not with the command line (`--help`)
        from ..rules import PatternError, load_patterns

        try:
            load_patterns(extra=options.patterns)
        except PatternError as exc:
            raise usage_error(f"bad pattern file: {exc}") from exc
    for target in (*destinations, options.errors):
        problem = check_output(target)
        if problem:
            raise usage_error(problem)


def execute(
    options: RunOptions,
    consume: Callable[[Iterator[Outcome]], None],
    output: Path | None = None,
    keep_documents: bool = False,
) -> Tally:
    """Run the documents of ``options`` through ``consume``, which writes ``output`` (None: standard output).

    ``consume`` gets each document's outcome in input order, its records filtered by
    ``--kind`` and, with ``keep_documents``, its text.  Every way the run can end is
    handled here; a run that ends early raises :class:`typer.Exit` with its code.  The
    returned tally says what was read; the caller ends with :func:`finish`.
    """
    inputs = expand(options.paths, options.recursive)
    if inputs.paths:
        _load_pipeline()
    tally = Tally(total=len(inputs.paths) + len(inputs.missing))
    error_log = ExitStack()  # the errors file is kept whatever ends the run: it says what failed
    error_file = error_log.enter_context(open_output(options.errors)) if options.errors else None
    settings = Settings(options.patterns, int(options.max_size * 1e6), keep_documents)
    outcomes = _outcomes(inputs.paths, inputs.missing, options, settings)
    try:
        with progress(not options.quiet and sys.stderr.isatty()) as bar:
            consume(_kept(outcomes, options, tally, error_file, bar))
    except StopRun as stop:
        outcomes.close()  # ends the worker processes now, not at exit
        say(f"stopped at the first failure ({stop}) because of --fail-fast; no output file written")
        raise typer.Exit(EXIT_INPUT_FAILED) from stop
    except BrokenPipeError:
        outcomes.close()
        quiet_stdout()  # the reader went away (`| head`): stop without a traceback
        raise typer.Exit(EXIT_OK) from None
    except OSError as exc:
        outcomes.close()
        _cannot_write(output, exc, tally)
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    except KeyboardInterrupt:
        outcomes.close()
        say(f"interrupted after {tally.documents} of {tally.total} documents; no output file written")
        _finish_errors(error_log, options.errors)
        sys.stderr.flush()
        # the temporary output is already removed and the workers ended; exit now rather than
        # wait at interpreter exit for worker-pool threads that may never finish
        os._exit(EXIT_INTERRUPTED)
    finally:
        showing(None)
        if not _finish_errors(error_log, options.errors):
            raise typer.Exit(EXIT_INPUT_FAILED)  # an errors file not written outranks the exit code
    if not options.quiet:
        say(tally.summary(len(inputs.skipped)))
    return tally


def _load_pipeline() -> None:
    """Load the pipeline and the sentence splitter before the first document, as one load.

    The first document would load them anyway, in this process or (forked) in every worker;
    loaded here, they are loaded once, with the collector paused (:func:`..long_lived.loading`).
    """
    with loading():
        from .. import pipeline  # noqa: F401
        from ..segment import load_splitter

        load_splitter()


def finish(tally: Tally) -> None:
    """The run's exit: 1 when some input could not be read (the others were written), else 0."""
    if tally.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


def records_of(outcomes: Iterable[Outcome]) -> Iterator[Record]:
    """The records of ``outcomes``, one after another."""
    for outcome in outcomes:
        yield from outcome.records


def _report(errors: TextIO | None, entry: dict[str, str]) -> None:
    if errors:
        errors.write(json.dumps(entry, ensure_ascii=False) + "\n")
        errors.flush()


def _kept(
    outcomes: Iterable[Outcome], options: RunOptions, tally: Tally, errors: TextIO | None, bar: Any
) -> Iterator[Outcome]:
    """Each outcome with the records ``--kind`` keeps; failures and warnings said as they come."""
    task = bar.add_task("extract", total=tally.total, records=0) if bar else None
    showing(bar)
    kind = options.kind
    for outcome in outcomes:
        if outcome.error:
            say(f"error: {outcome.error}")
            tally.failed.append(outcome.path)
            _report(errors, {"path": outcome.path, "error": outcome.error})
            if options.fail_fast:
                raise StopRun(outcome.path)
        else:
            tally.documents += 1
        for warning in outcome.warnings:
            say(f"warning: {outcome.path}: {warning}")
            _report(errors, {"path": outcome.path, "warning": warning})
        if outcome.warnings:
            tally.warned.append(outcome.path)
        records = [r for r in outcome.records if kind is KindFilter.all or r.kind == kind.value]
        for record in records:
            tally.kinds[record.kind] += 1
            tally.areas[record.area or "none"] += 1
        yield replace(outcome, records=records)
        if bar:
            bar.update(task, advance=1, records=sum(tally.kinds.values()))


def _standard_input(name: str, fmt: StdinFormat, settings: Settings) -> Document:
    """Standard input read through the size limit, as the format it says it is (or ``fmt``)."""
    data = read_limited(sys.stdin.buffer, settings.max_bytes, name)
    return read_bytes_as(data, name, None if fmt is StdinFormat.auto else fmt.value, settings.max_bytes)


def _outcomes(
    paths: list[str], missing: list[str], options: RunOptions, settings: Settings
) -> Generator[Outcome, None, None]:
    for name in missing:
        yield Outcome(name, [], missing_message(name))
    stdin = None
    if STDIN in paths:
        try:
            stdin = _standard_input(options.stdin_name, options.stdin_format, settings)
        except InputError as exc:
            yield Outcome(options.stdin_name, [], str(exc))
            paths = [p for p in paths if p != STDIN]
    yield from run(paths, options.jobs or default_jobs(), stdin, settings)


def _cannot_write(output: Path | None, exc: OSError, tally: Tally) -> None:
    reason = exc.strerror or str(exc)
    read = f"{tally.documents} of {tally.total} documents were read"
    if output is None:
        quiet_stdout()
        say(f"error: cannot write standard output: {reason}; {read}, but the output is incomplete")
    else:
        say(
            f"error: cannot write {output}: {reason}; {read}, but {output} was not written; "
            "free some space or write elsewhere"
        )


def _finish_errors(error_log: ExitStack, errors: Path | None) -> bool:
    """Put the errors file in place; False (and a message) when that fails, e.g. on a full disk."""
    try:
        error_log.close()
    except OSError as exc:
        say(f"error: cannot write the errors file {errors}: {exc.strerror or exc}")
        return False
    return True
