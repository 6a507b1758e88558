"""Hostile text and file names, opened by a real spreadsheet program: no cell becomes a formula.

LibreOffice (Debian's `libreoffice-calc-nogui`) converts our CSV and XLSX files to
XLSX, which openpyxl then inspects. `.ci/run` installs LibreOffice; on a machine
without it this test is skipped and says so.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
HOSTILE_NAMES = ["=1+2.txt", "+cmd.txt", "@SUM(A1).txt", "-2+3.txt"]
HOSTILE_TEXT = (
    '=HYPERLINK("http://example.invalid","x") tối thiểu 80% hồ sơ; @SUM(1+1) đạt 90% trở lên; '
    "+2+3 giảm 5% biên chế; -2+3 trên 70% hồ sơ trực tuyến."
)

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)"
)


def _convert(files: list[Path], outdir: Path) -> list[Path]:
    """Open each file in LibreOffice (CSV read as UTF-8, comma-separated) and save it as XLSX."""
    for f in files:
        import_filter = ["--infilter=CSV:44,34,76,1"] if f.suffix == ".csv" else []
        profile = f"-env:UserInstallation=file://{outdir.parent / 'lo-profile'}"  # its own, not a shared one
        command = [str(SOFFICE), profile, "--headless", *import_filter, "--convert-to", "xlsx", "--outdir", str(outdir)]
        command.append(str(f))
        subprocess.run(command, capture_output=True, timeout=240, check=True)
    return [outdir / (f.stem + ".xlsx") for f in files]


def test_no_cell_becomes_a_formula_in_a_real_spreadsheet(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in HOSTILE_NAMES:
        (docs / name).write_text(HOSTILE_TEXT, encoding="utf-8")
    outputs = {"plain": tmp_path / "plain.csv", "excel": tmp_path / "excel.csv", "book": tmp_path / "book.xlsx"}
    run = [sys.executable, "-m", "cchc_extract", "extract", str(docs), "-q", "-j", "1"]
    subprocess.run([*run, "-f", "csv", "-o", str(outputs["plain"])], check=True, timeout=120)
    subprocess.run([*run, "-f", "csv", "--excel", "-o", str(outputs["excel"])], check=True, timeout=120)
    subprocess.run([*run, "-f", "xlsx", "-o", str(outputs["book"])], check=True, timeout=120)
    converted = _convert(list(outputs.values()), tmp_path / "opened")
    for path in converted:
        sheet = load_workbook(path).active
        cells = [c for row in sheet.iter_rows() for c in row]
        assert not [c.coordinate for c in cells if c.data_type == "f"], path.name
        documents = {str(sheet.cell(row=r, column=1).value).lstrip("'") for r in range(2, sheet.max_row + 1)}
        assert documents == set(HOSTILE_NAMES), path.name
        text = " ".join(str(c.value) for c in cells if isinstance(c.value, str))
        assert "tối thiểu" in text  # Vietnamese survives the round trip
