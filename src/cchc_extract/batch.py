"""Run many documents through the pipeline: in parallel, in input order.

Each document is read and extracted in a worker process; results come back
in input order whatever the number of workers, so output is deterministic.
A document that fails becomes an error outcome and the run goes on.  Only a
bounded window of documents is in flight, so memory does not grow with the
size of the run.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .readers import DEFAULT_MAX_BYTES, Document, InputError, read_document
from .safe_regex import PatternTimeout

if TYPE_CHECKING:
    from .models import Record

STDIN_NAME = "<stdin>"  # a document name no spreadsheet reads as a formula


@dataclass
class Outcome:
    """What one document gave: its records, or why it gave none."""

    path: str
    records: list[Record]
    error: str | None = None
    warnings: tuple[str, ...] = ()  # read, but not all of it: said in the summary and in --errors
    document: Document | None = None  # the text its records' offsets count in, when Settings.keep_documents


@dataclass(frozen=True)
class Settings:
    """What every worker needs to know, beyond the document."""

    patterns: Path | None = None  # the analyst's --patterns folder
    max_bytes: int = DEFAULT_MAX_BYTES
    keep_documents: bool = False  # send each document back with its records (the report shows its text)


def process(path: str, stdin: Document | None = None, settings: Settings = Settings()) -> Outcome:
    """Read and extract one document; never raises for a bad input or a runaway pattern.

    ``stdin`` is standard input, already read by ``readers.read_bytes_as`` (text, a page,
    a .docx or a PDF piped in); else ``path`` is read here, in the worker.
    """
    # imported on the first document, not with this module: `cchc --help` needs no pipeline
    from .pipeline import extract_document
    from .rules import load_patterns

    try:
        patterns = load_patterns(extra=settings.patterns)
        document = stdin if stdin is not None else read_document(Path(path), settings.max_bytes)
        records = extract_document(document, patterns=patterns, path="-" if stdin is not None else path)
        kept = document if settings.keep_documents else None
        return Outcome(path, records, warnings=document.warnings, document=kept)
    except InputError as exc:
        return Outcome(path, [], str(exc))
    except PatternTimeout as exc:
        return Outcome(path, [], f"{path}: {exc}")
    except RecursionError as exc:  # a pathological input must not stop the run
        return Outcome(path, [], f"{path}: could not be processed ({exc}); please report it")


def _init_worker(settings: Settings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    _die_with_parent()
    from .rules import load_patterns

    load_patterns(extra=settings.patterns)


def _die_with_parent() -> None:
    """Ask Linux to end this worker if the parent dies (kill -9 included); elsewhere, nothing."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def default_jobs() -> int:
    return os.cpu_count() or 1


BATCH_BYTES = 64_000  # about a tenth of a second of work: far above a task's cost, far below a run's
BATCH_DOCUMENTS = 64  # cap for folders of tiny files


def run(
    paths: Iterable[str], jobs: int, stdin: Document | None = None, settings: Settings = Settings()
) -> Iterator[Outcome]:
    """Outcomes for ``paths`` in order; ``-`` is ``stdin``, read beforehand by the caller.

    Workers take documents in batches of about ``BATCH_BYTES``, because a folder of small
    files spends more on handing out tasks than on extraction otherwise.  If a worker
    process dies (a crash in a library, the out-of-memory killer), the documents of the
    batches in flight are re-run one by one, and those a second death leaves in doubt
    each in a fresh process, so only the document that kills its worker fails and no
    other document's records are lost.
    """
    items = list(paths)
    if jobs <= 1 or len(items) <= 1:
        for path in items:
            yield _call(path, stdin, settings)
        return
    from . import pipeline  # noqa: F401  (loaded once here, so every forked worker starts with it)

    yield from _pooled(deque(_batches(items)), jobs, stdin, settings)


def _batches(paths: list[str]) -> Iterator[list[str]]:
    """Consecutive paths grouped to about ``BATCH_BYTES`` of file each (standard input alone)."""
    batch: list[str] = []
    size = 0
    for path in paths:
        if path == "-":
            if batch:
                yield batch
            yield [path]
            batch, size = [], 0
            continue
        batch.append(path)
        size += _size(path)
        if size >= BATCH_BYTES or len(batch) >= BATCH_DOCUMENTS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # the worker reports it; here it only weighs nothing
        return 0


def _pooled(queue: deque[list[str]], jobs: int, stdin: Document | None, settings: Settings) -> Iterator[Outcome]:
    """Run batches in pools of ``jobs`` workers; a pool that breaks is replaced after its suspects."""
    while queue:
        suspects: list[list[str]] = []
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings,))
        window: deque[tuple[list[str], Future[list[Outcome]]]] = deque()
        try:
            while queue or window:
                broken = False
                while queue and len(window) < 2 * jobs:
                    try:  # a pool whose worker died refuses new work too
                        future = pool.submit(process_batch, queue[0], stdin, settings)
                    except BrokenProcessPool:
                        broken = True
                        break
                    window.append((queue.popleft(), future))
                if broken:
                    # everything in flight is suspect; with nothing in flight, the next batch is
                    suspects = [b for b, _ in window] or [queue.popleft()]
                    window.clear()
                    break
                batch, future = window.popleft()
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    suspects = [batch] + [b for b, _ in window]
                    window.clear()
                    break
                yield from outcomes
        except BaseException:
            _abandon(pool, window)
            raise
        pool.shutdown(wait=True)
        doubtful = [path for batch in suspects for path in batch]
        if any(len(batch) > 1 for batch in suspects):
            yield from _pooled(deque([path] for path in doubtful), jobs, stdin, settings)
        else:
            for path in doubtful:
                yield _isolated(path, stdin, settings)


def process_batch(paths: list[str], stdin: Document | None, settings: Settings) -> list[Outcome]:
    """A worker's task: several documents, each as :func:`process` would do it."""
    return [_call(path, stdin, settings) for path in paths]


def _call(path: str, stdin: Document | None, settings: Settings) -> Outcome:
    if path == "-":
        return process(stdin.name if stdin else STDIN_NAME, stdin or Document(STDIN_NAME, "", False), settings)
    return process(path, None, settings)


def _abandon(pool: ProcessPoolExecutor, window: Iterable[tuple[list[str], Future[list[Outcome]]]] = ()) -> None:
    """Stop a pool now (Ctrl-C, an error): cancel what waits, end the workers, wait for nothing.

    Waiting for a pool whose workers were just ended can block for good, so nothing here joins.
    """
    for _, pending in window:
        pending.cancel()
    workers = list((getattr(pool, "_processes", None) or {}).values())  # shutdown() forgets them
    for proc in workers:
        proc.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _isolated(path: str, stdin: Document | None, settings: Settings) -> Outcome:
    """Run one document in a process of its own, to tell which document kills its worker."""
    solo = ProcessPoolExecutor(max_workers=1, initializer=_init_worker, initargs=(settings,))
    try:
        outcome = solo.submit(_call, path, stdin, settings).result()
    except BrokenProcessPool:
        outcome = Outcome(
            path, [], f"{path}: the worker process reading it died; rerun it alone with --jobs 1 to see why"
        )
    except BaseException:
        _abandon(solo)
        raise
    solo.shutdown(wait=True)
    return outcome
