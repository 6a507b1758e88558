"""Run the extractor on Dask: a bag of documents' outcomes, for a corpus that outgrows one machine.

On one machine ``cchc extract -j N`` is as fast; this is for a ``dask.distributed``
cluster, or a corpus already in a Dask workflow.  Inputs are expanded as ``cchc extract``
expands them and each document goes through :func:`.batch.process`, so records carry the
same ``document`` and ``path``, and a bad file is an outcome with an error, never an
exception that stops the bag.  Dask is an optional extra, imported here only.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import Settings, process
from .inputs import STDIN, expand, missing_message
from .writers import write_jsonl_rows

if TYPE_CHECKING:
    from dask.bag import Bag

INSTALL = 'Dask is not installed: pip install "cchc-extract[dask]"'
# about a second of extraction on value-dense text: far above Dask's cost per task, and
# small enough that the workers finish together
PARTITION_BYTES = 250_000


def _dask() -> Any:
    try:
        import dask
        import dask.bag
    except ImportError as exc:
        raise ImportError(INSTALL) from exc
    return dask


def outcomes_bag(
    paths: Sequence[str | Path],
    *,
    recursive: bool = False,
    partition_bytes: int = PARTITION_BYTES,
    settings: Settings | None = None,
) -> Bag:
    """One dict per input, in input order: ``path``, ``records`` (as JSON Lines has them), ``error``,
    ``warnings``, and ``skipped`` (a file in a folder that is no format cchc reads: counted, not read).

    A bag of outcomes, not of records, because a failure must travel with the records:
    a second bag for it would read every file again.  Paths are expanded here, so the
    workers must see them at the same place (a shared file system).  Files are grouped
    into partitions of about ``partition_bytes``; nothing is read until the bag is computed.
    """
    dask = _dask()
    settings = settings or Settings()
    inputs = expand([str(p) for p in paths], recursive)
    if STDIN in inputs.paths:
        raise ValueError("standard input ('-') cannot be read by Dask workers; save it to a file first")
    unread = [_missing(name, missing_message(name)) for name in inputs.missing]
    unread += [_outcome(name, skipped=True) for name in inputs.skipped]
    parts = [dask.delayed(_extract)(group, settings) for group in _groups(inputs.paths, partition_bytes)]
    if unread or not parts:
        parts.insert(0, dask.delayed(unread, traverse=False))
    bag: Bag = dask.bag.from_delayed(parts)
    return bag


def records_of(outcomes: Bag) -> Bag:
    """The record dicts of ``outcomes``, in order: what to filter or aggregate in a Dask workflow."""
    bag: Any = outcomes  # Dask's Bag methods are untyped
    records: Bag = bag.pluck("records").flatten()
    return records


def problems_of(outcomes: Bag) -> Bag:
    """Failures and warnings as ``cchc extract --errors`` writes them: ``{"path", "error"|"warning"}``."""
    bag: Any = outcomes
    problems: Bag = bag.map(_problem_list).flatten()
    return problems


@dataclass
class Summary:
    """What a run read: counts, and the paths that failed, were read only in part, or were skipped
    (files in a folder in no format cchc reads, as ``cchc extract`` counts them)."""

    documents: int = 0
    records: int = 0
    failed: list[str] = field(default_factory=list)
    warned: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def to_jsonl(outcomes: Bag, target: str | Path, errors: str | Path | None = None, **compute: Any) -> Summary:
    """Write the records of ``outcomes`` to ``target`` as ``cchc extract -f jsonl`` does, byte for byte.

    Each partition's records are written by the worker that extracted them, to a folder
    next to ``target`` (so on a cluster, ``target`` must be on storage every worker
    reaches); the parts are then joined here in order, so memory does not grow with the
    corpus and ``target`` appears whole or not at all.  ``errors`` gets the failures and
    warnings, as ``--errors`` does.  ``compute`` goes to ``dask.compute`` (``scheduler=``,
    ``num_workers=``; with a ``dask.distributed`` client, nothing).
    """
    dask = _dask()
    target = Path(target)
    # Dask's local process pool hands out 6 tasks at a time unless told otherwise: with tasks of
    # seconds, one worker then idles at the end while the other finishes its six
    chunks = dask.config.get("chunksize", None) or 1
    with (
        dask.config.set(chunksize=chunks),
        tempfile.TemporaryDirectory(prefix=f".{target.name}.", dir=target.parent) as folder,
    ):
        # map_partitions: Dask fuses the writing into the task that extracted the partition;
        # a task of its own (a delayed per partition) would send every record through this process
        bag: Any = outcomes
        parts: list[dict[str, Any]] = bag.map_partitions(_write_part, folder).compute(**compute)
        summary = Summary()
        problems: list[dict[str, str]] = []
        partial = Path(folder) / "all.jsonl"
        with partial.open("wb") as joined:
            for part in parts:  # in partition order, so in input order
                with open(part["file"], "rb") as part_file:
                    shutil.copyfileobj(part_file, joined)
                summary.documents += part["documents"]
                summary.records += part["records"]
                summary.failed += part["failed"]
                summary.warned += part["warned"]
                summary.skipped += part["skipped"]
                problems += part["problems"]
        os.replace(partial, target)
    if errors is not None:
        with Path(errors).open("w", encoding="utf-8") as out:
            out.writelines(_line(p) for p in problems)
    return summary


def _groups(paths: list[str], size: int) -> Iterator[list[str]]:
    """Consecutive paths grouped to about ``size`` bytes of file each (a big file alone)."""
    group: list[str] = []
    weight = 0
    for path in paths:
        group.append(path)
        with contextlib.suppress(OSError):  # the worker reports it
            weight += os.stat(path).st_size
        if weight >= size:
            yield group
            group, weight = [], 0
    if group:
        yield group


def _extract(paths: list[str], settings: Settings) -> list[dict[str, Any]]:
    """A task: each document's outcome as :func:`.batch.process` gives it, made plain data to travel."""
    out = []
    for path in paths:
        outcome = process(path, settings=settings)
        records = [r.model_dump(mode="json") for r in outcome.records]
        out.append(_outcome(outcome.path, records, outcome.error, list(outcome.warnings)))
    return out


def _outcome(
    path: str,
    records: list[dict[str, Any]] | None = None,
    error: str | None = None,
    warnings: list[str] | None = None,
    skipped: bool = False,
) -> dict[str, Any]:
    return {"path": path, "records": records or [], "error": error, "warnings": warnings or [], "skipped": skipped}


def _missing(path: str, error: str) -> dict[str, Any]:
    return _outcome(path, error=error)


def _problem_list(outcome: dict[str, Any]) -> list[dict[str, str]]:
    return list(_problems(outcome))


def _problems(outcome: dict[str, Any]) -> Iterator[dict[str, str]]:
    if outcome["error"]:
        yield {"path": outcome["path"], "error": outcome["error"]}
    for warning in outcome["warnings"]:
        yield {"path": outcome["path"], "warning": warning}


def _line(entry: dict[str, str]) -> str:
    return json.dumps(entry, ensure_ascii=False) + "\n"


def _write_part(outcomes: list[dict[str, Any]], folder: str) -> list[dict[str, Any]]:
    """A task: write one partition's records to a file of its own; send back only its name, counts and problems."""
    fd, name = tempfile.mkstemp(suffix=".jsonl", dir=folder)
    with open(fd, "w", encoding="utf-8", newline="") as out:
        records = write_jsonl_rows((r for o in outcomes for r in o["records"]), out)
    return [
        {
            "file": name,
            "documents": sum(1 for o in outcomes if not o["error"] and not o["skipped"]),
            "records": records,
            "failed": [o["path"] for o in outcomes if o["error"]],
            "warned": [o["path"] for o in outcomes if o["warnings"]],
            "skipped": [o["path"] for o in outcomes if o["skipped"]],
            "problems": [p for o in outcomes for p in _problems(o)],
        }
    ]
