"""Legacy and other office formats (.doc, .odt, .rtf): converted to .docx by LibreOffice.

Portals still publish most plans as Word 97 ``.doc``.  No maintained pure-Python
library reads it, so LibreOffice (``soffice --headless --convert-to docx``) converts
it in a temporary folder, with a profile of its own per conversion (parallel workers
do not clash over a shared one), macros and link updates off (nothing outside the file
is loaded), and a time limit after which the whole process group is killed.  The .docx
is then read by :mod:`.docx`, with the same limits.  Without LibreOffice the message
says how to install it or what to convert the file to.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from . import docx
from .bounded import read_path
from .document import Document, InputError

TIMEOUT = 60.0  # seconds for one conversion; LibreOffice starts in 1-3 s and converts a plan in less
SUFFIXES = {"doc": ".doc", "odt": ".odt", "rtf": ".rtf"}
# the private profile: macros never run, links and fields are not updated on load
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse">
<value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse">
<value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks"
 oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" oor:op="fuse">
<value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Field" oor:op="fuse">
<value>false</value></prop></item>
</oor:items>
"""


def soffice() -> str | None:
    """The LibreOffice command, when it is installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read(data: bytes, name: str, where: str, max_bytes: int, fmt: str, timeout: float = TIMEOUT) -> Document:
    """Convert ``data`` (a .doc, .odt or .rtf) to .docx with LibreOffice and read that."""
    suffix = SUFFIXES[fmt]
    command = soffice()
    if command is None:
        raise InputError(
            f"{where}: {suffix} files need LibreOffice to be read; "
            "install it (apt install libreoffice-writer-nogui) or save the file as .docx"
        )
    with tempfile.TemporaryDirectory(prefix="cchc-office-") as tmp:
        folder = Path(tmp)
        source = folder / f"document{suffix}"  # a plain name: the user's may start with `-` or hold anything
        source.write_bytes(data)
        profile = folder / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
        out = folder / "out"
        out.mkdir()
        _run(
            [
                command,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--nolockcheck",
                "--nodefault",
                "--nologo",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                str(out),
                str(source),
            ],
            folder,
            where,
            suffix,
            timeout,
        )
        converted = out / "document.docx"
        if not converted.is_file():
            raise InputError(
                f"{where}: LibreOffice could not convert this {suffix} file (no output); open it and save it as .docx"
            )
        document = docx.read(read_path(converted, max_bytes), name, where, max_bytes)
    return document


def _run(command: list[str], home: Path, where: str, suffix: str, timeout: float) -> None:
    """Run LibreOffice in a session of its own; kill the whole group when it runs past ``timeout``."""
    env = dict(os.environ, HOME=str(home), TMPDIR=str(home))
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=home,
            env=env,
            start_new_session=True,
        )
    except OSError as exc:
        raise InputError(f"{where}: LibreOffice could not be started ({exc.strerror or exc})") from exc
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _kill(process)
        raise InputError(
            f"{where}: LibreOffice took more than {timeout:g} s to convert this {suffix} file and was stopped; "
            "open it and save it as .docx"
        ) from exc
    except BaseException:  # Ctrl-C: leave no LibreOffice behind
        _kill(process)
        raise
    if process.returncode != 0:
        reason = (err or b"").decode("utf-8", "replace").strip().splitlines()
        raise InputError(
            f"{where}: LibreOffice could not convert this {suffix} file "
            f"({reason[-1][:200] if reason else f'exit code {process.returncode}'}); open it and save it as .docx"
        )


def _kill(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
