"""What the command loads before it needs it: nothing a command does not use (no timings).

`cchc extract` on one text file is expected to cost little more than importing underthesea,
so the libraries of other commands and formats (jinja2 for reports, openpyxl for
workbooks, python-docx, pypdf, lxml and readability for other formats, rich for the
progress bar on a terminal, the scoring modules) load only where they are used.  Each
check runs in a fresh interpreter and lists ``sys.modules``: a top-level import added back
anywhere on the way fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SAMPLE

# modules no `cchc extract` of a .txt needs, and where each is needed
NOT_FOR_TEXT = [
    "jinja2",  # cchc report
    "markupsafe",  # cchc report
    "cchc_extract.report",  # cchc report
    "cchc_extract.evaluate",  # cchc eval
    "openpyxl",  # -f xlsx, and .xlsx gold files
    "docx",  # .docx
    "pypdf",  # .pdf
    "lxml",  # .docx, .html
    "readability",  # .html
    "cchc_extract.readers.docx",
    "cchc_extract.readers.pdf",
    "cchc_extract.readers.html",
    "cchc_extract.readers.office",
    "rich",  # the progress bar, drawn only on a terminal
    "underthesea",  # its sentence splitter is loaded alone (segment.py), not its whole toolkit
]
# modules the command line itself (`cchc --help`, building the commands) does not need
NOT_FOR_THE_COMMAND_LINE = [
    *NOT_FOR_TEXT,
    "_cchc_underthesea_sent_tokenize",
    "cchc_extract.pipeline",
    "cchc_extract.rules",
]


def _loaded(code: str, *args: str) -> set[str]:
    """The modules loaded once ``code`` has run in a fresh interpreter (it may end in SystemExit)."""
    probe = (
        "import atexit, json, sys\n"
        "atexit.register(lambda: sys.__stderr__.write('MODULES ' + json.dumps(sorted(sys.modules)) + '\\n'))\n"
        f"sys.argv = ['cchc', *{list(args)!r}]\n" + code
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120
    )
    line = [x for x in done.stderr.splitlines() if x.startswith("MODULES ")]
    assert line, done.stderr
    return set(json.loads(line[-1].removeprefix("MODULES ")))


def _under(modules: set[str], names: list[str]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_importing_the_package_loads_none_of_the_pipeline() -> None:
    loaded = _loaded("import cchc_extract, cchc_extract.cli")
    assert _under(loaded, [*NOT_FOR_THE_COMMAND_LINE, "pydantic", "typer"]) == []


def test_the_commands_are_built_without_the_pipeline_or_other_commands_libraries() -> None:
    loaded = _loaded("from cchc_extract.cli import app\nimport typer.main\ntyper.main.get_command(app)")
    assert "cchc_extract.cli.report" in loaded and "cchc_extract.cli.eval" in loaded  # every command is there
    assert _under(loaded, NOT_FOR_THE_COMMAND_LINE) == []


@pytest.mark.parametrize("command", ["--help", "extract --help", "report --help", "eval --help", "schema"])
def test_help_and_schema_load_no_pipeline(command: str) -> None:
    loaded = _loaded("from cchc_extract.cli import main\nmain()", *command.split())
    expected = ["rich"] if "--help" in command else []  # typer draws the help with rich
    assert _under(loaded, NOT_FOR_THE_COMMAND_LINE) == _under(loaded, expected)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_extracting_a_text_file_loads_no_other_commands_or_formats_libraries(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"out.{fmt}"
    loaded = _loaded("from cchc_extract.cli import main\nmain()", "extract", str(SAMPLE), "-o", str(out), "-f", fmt)
    assert out.stat().st_size > 1000  # it ran
    assert "cchc_extract.pipeline" in loaded and "_cchc_underthesea_sent_tokenize" in loaded
    assert _under(loaded, NOT_FOR_TEXT) == []


def test_a_report_loads_its_template_engine_only_when_it_runs(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    loaded = _loaded("from cchc_extract.cli import main\nmain()", "report", str(SAMPLE), "-o", str(out), "-q")
    assert out.stat().st_size > 1000
    assert "jinja2" in loaded  # the guard above would pass if the report never ran
    assert _under(loaded, ["openpyxl", "docx", "pypdf", "lxml", "readability", "cchc_extract.evaluate"]) == []
