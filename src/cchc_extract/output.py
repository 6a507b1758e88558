"""One output writer for every command: files are replaced whole, special files are written into.

A regular file (or a new name) is written to a temporary file in the same folder and
renamed over the final name at the end, so a reader never sees half a file and an
interrupted run leaves nothing under that name.  The result gets the mode of the file it
replaces, or what the umask allows for a new one.  A symbolic link is followed: its target
is replaced the same way and the link stays a link.

Anything else is not ours to replace: a character device (``/dev/null``, ``/dev/full``), a
FIFO, a socket or a descriptor (``/dev/stdout``, ``/dev/fd/N``, ``-``) is written straight
into, and a write error (``ENOSPC`` on ``/dev/full``) is raised as :class:`OSError` for the
caller to report.  Renaming over them would swap a device node for a regular file.
"""

from __future__ import annotations

import io
import os
import re
import socket
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, overload

STDOUT = "-"

_FD_FOLDER = re.compile(r"^/(?:proc/[^/]+|dev)/fd$")
_STD_NAMES = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
_MAX_LINKS = 40  # as the kernel's ELOOP limit


def check_output(target: str | Path | None) -> str | None:
    """Why ``target`` cannot be written, or None; so a run can stop (exit 2) before reading anything."""
    if target is None or str(target) == STDOUT:
        return None
    name = str(target)
    if _descriptor(Path(target)) is not None:
        return None if _exists(target) else f"{name}: no such open descriptor"
    try:
        info = os.stat(target)
    except FileNotFoundError:
        folder = Path(os.path.realpath(target)).parent
        if not folder.is_dir():
            return f"{name}: folder {folder} does not exist; create it first or write elsewhere"
        return _writable_folder(name, folder)
    except OSError as exc:  # a loop of links, a file used as a folder
        return f"{name}: {exc.strerror or exc}"
    if stat.S_ISDIR(info.st_mode):
        return f"{name} is a folder; give a file name inside it"
    if not os.access(target, os.W_OK):
        return f"{name} is not writable"
    if stat.S_ISREG(info.st_mode):
        return _writable_folder(name, Path(os.path.realpath(target)).parent)
    return None


@overload
def open_output(
    target: str | Path | None, *, binary: Literal[False] = False, newline: str = ""
) -> AbstractContextManager[TextIO]: ...
@overload
def open_output(
    target: str | Path | None, *, binary: Literal[True], newline: str = ""
) -> AbstractContextManager[BinaryIO]: ...
@overload
def open_output(target: str | Path | None, *, binary: bool, newline: str = "") -> AbstractContextManager[IO[Any]]: ...
@contextmanager
def open_output(target: str | Path | None, *, binary: bool = False, newline: str = "") -> Iterator[Any]:
    """A stream for ``target`` (None or ``-``: standard output), committed when the block ends.

    Text streams are UTF-8 with ``newline`` as given (``""``: written as the writer writes them).
    If the block raises (KeyboardInterrupt included), a temporary file is removed and nothing
    appears under the final name.
    """
    if target is None or str(target) == STDOUT:
        yield from _stdout(binary)
        return
    path = Path(target)
    if _writes_directly(path):
        yield from _direct(path, binary, newline)
    else:
        yield from _replace(Path(os.path.realpath(path)), binary, newline)


def _stdout(binary: bool) -> Iterator[IO[Any]]:
    """Standard output, flushed at the end and never closed."""
    if binary:
        sys.stdout.flush()  # text already written goes first
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        yield sys.stdout
        sys.stdout.flush()


def _direct(path: Path, binary: bool, newline: str) -> Iterator[IO[Any]]:
    """Write into a device, FIFO, socket or descriptor; never create, truncate or rename it."""
    raw = _open_special(path)
    stream: IO[Any] = raw if binary else io.TextIOWrapper(raw, encoding="utf-8", newline=newline)
    try:
        yield stream
    except BaseException:
        with suppress(OSError):  # the write already failed; closing flushes and would fail again
            stream.close()
        raise
    stream.close()  # flushes: a full device fails here, and that is reported


def _open_special(path: Path) -> IO[bytes]:
    """A binary stream on ``path``: a copy of the descriptor it names, a socket connection, or the file itself."""
    number = _descriptor(path)
    if number is not None and _own_descriptor(path):
        return open(os.dup(number), "wb")  # keeps the shell's redirection as it is (append, position)
    if stat.S_ISSOCK(os.stat(path).st_mode):
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(str(path))
        stream = client.makefile("wb")
        client.close()  # the file object keeps the connection open
        return stream
    return open(os.open(path, os.O_WRONLY), "wb")


def _replace(final: Path, binary: bool, newline: str) -> Iterator[IO[Any]]:
    """Write a temporary file beside ``final`` and rename it over ``final`` at the end."""
    try:
        old: os.stat_result | None = os.stat(final)
    except FileNotFoundError:
        old = None
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    # closed below on every path: the rename must follow the close, and a failure must not hide the first error
    stream: IO[Any] = open(fd, "wb") if binary else open(fd, "w", encoding="utf-8", newline=newline)  # noqa: SIM115
    try:
        yield stream
        stream.flush()
        _take_mode(fd, old)
        os.fsync(fd)  # the data is on disk before the name points at it
        stream.close()
        os.replace(tmp, final)
    except BaseException:
        with suppress(OSError):  # closing flushes, which may fail again; the first error is the one to report
            stream.close()
        Path(tmp).unlink(missing_ok=True)
        raise


def _take_mode(fd: int, old: os.stat_result | None) -> None:
    """The replaced file's mode and, where allowed, its owner; a new file's mode from the umask."""
    if old is None:
        os.fchmod(fd, 0o666 & ~_umask())
        return
    os.fchmod(fd, stat.S_IMODE(old.st_mode))
    if (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
        with suppress(OSError):  # only root may give a file away; the mode still holds
            os.fchown(fd, old.st_uid, old.st_gid)


def _umask() -> int:
    """The process umask, read without changing it where Linux allows."""
    with suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _writes_directly(path: Path) -> bool:
    """Whether ``path`` is something other than a regular file (or a new name) once links are followed."""
    if _descriptor(path) is not None:
        return True
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return False


def _hops(path: Path) -> Iterator[str]:
    """``path`` and each link it points through, as absolute paths."""
    current = os.path.abspath(path)
    for _ in range(_MAX_LINKS):
        yield current
        if not os.path.islink(current):
            return
        current = os.path.normpath(os.path.join(os.path.dirname(current), os.readlink(current)))


def _descriptor(path: Path) -> int | None:
    """The descriptor number that ``path`` names (/dev/stdout, /dev/fd/N, /proc/self/fd/N, via links), else None."""
    for hop in _hops(path):
        if hop in _STD_NAMES:
            return _STD_NAMES[hop]
        folder, name = os.path.split(hop)
        if name.isdigit() and (_FD_FOLDER.match(folder) or _FD_FOLDER.match(os.path.realpath(folder))):
            return int(name)
    return None


def _own_descriptor(path: Path) -> bool:
    """Whether the descriptor ``path`` names is one of this process's (not /proc/<other pid>/fd/N)."""
    for hop in _hops(path):
        folder = os.path.dirname(hop)
        if re.match(r"^/proc/\d+/fd$", folder) and folder != f"/proc/{os.getpid()}/fd":
            return False
    return True


def _exists(target: str | Path) -> bool:
    try:
        os.stat(target)
    except OSError:
        return False
    return True


def _writable_folder(name: str, folder: Path) -> str | None:
    """The temporary file is made in the destination's folder, so that folder must take new files."""
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"{name}: cannot create files in folder {folder} (permission denied)"
    return None
