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

from .formats import SUPPORTED

STDIN = "-"


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
    seen: set[str] = set()
    found.paths = [p for p in found.paths if p == STDIN or not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]
    return found
