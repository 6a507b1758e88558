"""Read any source through a size limit: nothing is read past ``limit + 1`` bytes.

Regular files, devices (``/dev/zero``), FIFOs, standard input and the members of
an archive all go through here, so ``--max-size`` holds for every one of them and
an endless or huge source costs at most the limit in memory.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path
from typing import BinaryIO

from .document import InputError, megabytes, too_big

_CHUNK = 1 << 20
MAX_MEMBERS = 10_000  # a Word file has tens of parts; a zip of a million entries is an attack


def read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    """At most ``limit`` bytes of ``stream``; :class:`InputError` (the size message) when there are more."""
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = stream.read(min(_CHUNK, limit + 1 - total))
        except OSError as exc:
            raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise too_big(name, limit, "the data")


def read_path(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` (a file, a device, a FIFO), read through the limit."""
    name = str(path)
    try:
        with path.open("rb", buffering=0) as stream:
            info = os.fstat(stream.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise too_big(name, limit, f"{megabytes(info.st_size)} MB")
            return read_limited(stream, limit, name)
    except FileNotFoundError as exc:
        raise InputError(f"{name}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{name}: is a folder; pass --recursive to read the files inside it") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from exc


def check_zip(data: bytes, name: str, limit: int, kind: str = ".docx") -> zipfile.ZipFile:
    """Open an archive after checking every member's declared and real unpacked size.

    Each member must unpack to at most ``limit`` bytes and all of them together to at
    most twice that (pictures are stored as they are, text compresses about tenfold).
    Members are decompressed in chunks and counted, so a member that lies about its
    size is caught too.  :class:`InputError` says which member and why.
    """
    import io

    invalid = f"{name}: not a valid {kind} file"
    advice = "open and re-save it in Word or LibreOffice"
    if data.count(b"PK\x01\x02") > MAX_MEMBERS:
        raise InputError(f"{invalid} (more than {MAX_MEMBERS:,} parts); {advice}")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise InputError(f"{invalid} ({exc}); {advice}") from exc
    total_limit = 2 * limit
    declared = 0
    for info in members:
        if info.file_size > limit:
            raise too_big(name, limit, f"{info.filename} (unpacked: {megabytes(info.file_size)} MB)")
        declared += info.file_size
    if declared > total_limit:
        raise too_big(
            name, limit, f"all its parts together (unpacked: {megabytes(declared)} MB, twice the limit allowed)"
        )
    real = 0
    for info in members:
        real += _unpacked_size(archive, info, name, limit, invalid, advice)
        if real > total_limit:
            raise too_big(
                name, limit, f"all its parts together (unpacked: {megabytes(real)} MB, twice the limit allowed)"
            )
    return archive


def _unpacked_size(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limit: int, invalid: str, advice: str
) -> int:
    size = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise too_big(name, limit, f"{info.filename} (unpacked: more than {megabytes(limit)} MB)")
    except InputError:
        raise
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError, EOFError) as exc:
        raise InputError(f"{invalid} ({info.filename}: {exc}); {advice}") from exc
    return size
