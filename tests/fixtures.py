"""Build input files by purpose, in a test's temporary folder.

Files are made at test time (not committed) so that each fixture says in code
what it is: a UTF-16 file, a Windows-1258 file, an NFD file, a .docx, a .pdf
with a text layer, an .html page, an empty file and a binary file.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

PLAN = (
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024\n\n"
    "1. Cải cách thủ tục hành chính\n"
    "a) Tối thiểu 80% hồ sơ được xử lý trực tuyến.\n"
    "b) Trên 95% hồ sơ được giải quyết đúng hạn.\n"
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed vowels, tones as combining marks."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (ASCII, Helvetica)."""
    body = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    content = f"BT /F1 12 Tf 72 720 Td {body} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def docx(path: Path, paragraphs: list[str]) -> Path:
    from docx import Document

    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(path))
    return path


def mixed_folder(root: Path) -> dict[str, Path]:
    """A folder mixing every kind of input, good and bad."""
    root.mkdir(parents=True, exist_ok=True)
    files = {
        "utf8": root / "a_utf8.txt",
        "utf16": root / "b_utf16_bom.txt",
        "cp1258": root / "c_windows1258.txt",
        "nfd": root / "d_nfd.txt",
        "docx": root / "e_plan.docx",
        "pdf": root / "f_text_layer.pdf",
        "html": root / "g_news.html",
        "empty": root / "h_empty.txt",
        "binary": root / "i_binary.txt",
        "other": root / "j_image.png",
    }
    files["utf8"].write_text(PLAN, encoding="utf-8")
    files["utf16"].write_bytes(PLAN.encode("utf-16"))
    files["cp1258"].write_bytes(to_cp1258(PLAN))
    files["nfd"].write_text(unicodedata.normalize("NFD", PLAN), encoding="utf-8")
    docx(files["docx"], PLAN.strip().split("\n"))
    files["pdf"].write_bytes(tiny_pdf(["KE HOACH NAM 2024", "Toi thieu 80% ho so duoc xu ly truc tuyen."]))
    files["html"].write_text(
        "<html><head><title>Tin</title><style>p{}</style></head><body><h1>Tin cải cách hành chính</h1>"
        "<p>Năm 2023, tỷ lệ hồ sơ trực tuyến đã đạt 65,5%.</p><p>Phấn đấu năm 2024 đạt trên 80%.</p>"
        "<script>var x = '99%';</script></body></html>",
        encoding="utf-8",
    )
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 4)
    files["other"].write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    return files


def user_patterns(folder: Path, file: str, body: str) -> Path:
    """An analyst's `--patterns` folder holding one pattern file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / file).write_text(body, encoding="utf-8")
    return folder
