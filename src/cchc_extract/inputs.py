"""Turn command-line arguments into the list of documents to read.

Arguments may be files, folders (their files; all levels with ``recursive``),
glob patterns and ``-`` (standard input).  A file named explicitly is always
read; inside folders only supported formats are, and the others are counted
as skipped so nothing is silently ignored.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass, field
from pathlib import Path

from .readers import SUPPORTED

STDIN = "-"


def missing_message(name: str) -> str:
    """What a run reports for an argument that names nothing (the CLI and the Dask bag alike)."""
    return f"{name}: no such file or folder (and no file matches it as a pattern)"


@dataclass
class Inputs:
    paths: list[str] = field(default_factory=list)  # in order; "-" for standard input
    skipped: list[str] = field(default_factory=list)  # unsupported files found in folders
    missing: list[str] = field(default_factory=list)  # arguments that name nothing


def _folder(folder: Path, recursive: bool, found: Inputs) -> None:
    entries = sorted(folder.rglob("*") if recursive else folder.iterdir())
    for entry in entries:
        if any(part.startswith(".") for part in entry.relative_to(folder).parts) or not entry.is_file():
            continue
        if entry.suffix.lower() in SUPPORTED:
            found.paths.append(str(entry))
        else:
            found.skipped.append(str(entry))


def expand(arguments: list[str], recursive: bool = False) -> Inputs:
    """Expand ``arguments`` in order; duplicates are read once."""
    found = Inputs()
    for arg in arguments:
        if arg == STDIN:
            found.paths.append(STDIN)
            continue
        path = Path(arg)
        if path.is_dir():
            _folder(path, recursive, found)
        elif path.exists():
            found.paths.append(arg)
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                found.missing.append(arg)
            for match in matches:
                if Path(match).is_dir():
                    _folder(Path(match), recursive, found)
                elif Path(match).suffix.lower() in SUPPORTED:
                    found.paths.append(match)
                else:
                    found.skipped.append(match)
        else:
            found.missing.append(arg)
    found.paths = _once(found.paths)
    return found


def _once(paths: list[str]) -> list[str]:
    """``paths`` without repeats of one file, however it was named (``a.txt``, ``./a.txt``, a link)."""
    seen: set[str] = set()
    kept: list[str] = []
    for path in paths:
        if path == STDIN:
            if STDIN not in seen:
                kept.append(path)
            seen.add(STDIN)
            continue
        try:
            key = str(Path(path).resolve())
        except (OSError, RuntimeError):  # a link loop: let the reader report it
            key = path
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept
