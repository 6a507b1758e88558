"""Compiled rules kept between runs, so that a short run does not spend its start-up compiling.

The ``regex`` module parses a pattern in Python: the 160-odd rules one plan needs take about
0.09 s to compile, half of what ``cchc extract`` adds to the interpreter's own start-up.  A
compiled pattern pickles as its compiled code (the library's own pickling support), and
unpickling it costs microseconds.  The first run compiles as before and, when it exits, writes
what it compiled to ``$CCHC_CACHE_DIR`` (default ``$XDG_CACHE_HOME/cchc-extract``, else
``~/.cache/cchc-extract``); later runs read it.  ``CCHC_CACHE_DIR=`` (empty) turns this off.

The cache can only speed a run up, never change or stop it: a file is named by the ``regex``
release and the Python version that wrote it and keyed by each rule's source and flags; it is
read only when it is a regular file of sane size whose checksum matches, and only the library's
compile function may be called while unpickling it.  Anything else (a missing, unreadable,
corrupt or foreign file; a cache directory that cannot be written) is ignored, and the rules
are compiled as they would be without it.  A file is written whole beside its place and moved
into it, and never over something that is not a regular file.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import io
import os
import pickle
import stat
import sys
import threading
from pathlib import Path
from typing import Any

import regex

ENV = "CCHC_CACHE_DIR"
_MAGIC = b"cchc-extract compiled rules 1\n"
_DIGEST = 32  # bytes of the payload's BLAKE2b checksum after the magic line
_MAX_BYTES = 64 * 1024 * 1024  # a file past this is not ours
_MAX_ENTRIES = 20_000  # past this (rules from many --patterns folders), the file starts afresh
# the one callable a cache file may name: the ``regex`` module's own unpickler of compiled code
_ALLOWED = ("regex._regex", "compile")

_lock = threading.Lock()
_known: dict[tuple[str, int], regex.Pattern[str]] | None = None  # None until the file is read
_added = 0  # patterns compiled by this process that the file lacks
_saving = False  # whether :func:`save` is registered to run at exit


def cache_dir() -> Path | None:
    """Where compiled rules are kept, or None when caching is off (``CCHC_CACHE_DIR=``) or there is no home."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "cchc-extract"
    try:
        return Path.home() / ".cache" / "cchc-extract"
    except RuntimeError:  # no home directory to speak of
        return None


def cache_file() -> Path | None:
    """The file for this ``regex`` release and Python version (compiled code is theirs, not portable)."""
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"rules-regex{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"


def compile(source: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 - regex.compile's own name
    """``regex.compile(source, flags)``, from the cache when an earlier run compiled it."""
    global _added, _saving
    known = _known if _known is not None else _load()
    key = (source, int(flags))  # a plain int: the file holds no flag objects (see ``_RulesOnly``)
    found = known.get(key)
    if found is not None:
        return found
    compiled = regex.compile(source, flags)
    with _lock:
        if key not in known:
            known[key] = compiled
            _added += 1
            if not _saving:
                _saving = True
                atexit.register(save)
    return compiled


class _RulesOnly(pickle.Unpickler):
    """An unpickler that builds compiled patterns and plain containers, and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) != _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not a compiled rule")
        return super().find_class(module, name)


def _load() -> dict[tuple[str, int], regex.Pattern[str]]:
    global _known
    with _lock:
        if _known is None:
            path = cache_file()
            _known = _read(path) if path is not None else {}
        return _known


def _read(path: Path) -> dict[tuple[str, int], regex.Pattern[str]]:
    """The patterns kept in ``path``, or nothing when it is missing or anything about it is off."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return {}
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_BYTES:
            return {}
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(_MAX_BYTES + 1)
    except OSError:
        return {}
    finally:
        os.close(fd)
    head = len(_MAGIC) + _DIGEST
    if not data.startswith(_MAGIC) or len(data) <= head:
        return {}
    payload = data[head:]
    if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != data[len(_MAGIC) : head]:
        return {}
    try:
        kept = _RulesOnly(io.BytesIO(payload)).load()
    except Exception:  # noqa: BLE001 - a damaged cache is a cache miss, whatever the damage
        return {}
    if not isinstance(kept, dict):
        return {}
    return {
        key: value
        for key, value in kept.items()
        if isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and type(key[1]) is int
        and isinstance(value, regex.Pattern)
        and value.pattern == key[0]
    }


def save() -> None:
    """Write the patterns compiled so far, with those read, to the cache file (run at exit, once a
    process compiled something the file lacks).  Never raises: a cache that cannot be written is skipped."""
    global _added
    path = cache_file()
    with _lock:
        if path is None or not _added or _known is None:
            return
        entries = dict(_known) if len(_known) <= _MAX_ENTRIES else {}
        _added = 0
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        payload = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            if not stat.S_ISREG(os.lstat(path).st_mode):
                return  # never replace what is not a regular file
        except FileNotFoundError:
            pass
        with open(part, "xb") as out:
            out.write(_MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload)
        os.replace(part, path)
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
