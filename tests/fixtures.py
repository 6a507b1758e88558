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


# One invented plan, to be written in every format (tests/test_readers.py): a letterhead,
# a title, results and targets under numbered headings, a body table, and enough plain
# paragraphs without numbers to fill several printed pages.
LETTERHEAD = [
    ("ỦY BAN NHÂN DÂN\nTỈNH LAM SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
    ("Số: 12/KH-UBND", "Lam Sơn, ngày 20 tháng 01 năm 2025"),
]
_FIELDS = [
    "tư pháp",
    "xây dựng",
    "tài nguyên và môi trường",
    "giao thông vận tải",
    "y tế",
    "giáo dục và đào tạo",
    "nông nghiệp",
    "công thương",
    "văn hóa, thể thao và du lịch",
    "tài chính",
]


def _filler(count: int, start: int = 0) -> list[str]:
    return [
        f"Các sở, ban, ngành tiếp tục rà soát quy trình nội bộ trong giải quyết công việc thuộc lĩnh vực "
        f"{_FIELDS[(start + i) % len(_FIELDS)]}, bảo đảm công khai, minh bạch, thuận lợi cho người dân và doanh "
        "nghiệp khi thực hiện thủ tục; kịp thời phát hiện và xử lý những vướng mắc phát sinh ở cơ sở."
        for i in range(count)
    ]


# paragraphs in order; a list of rows is a table
PLAN_BODY: list[str | list[list[str]]] = [
    "KẾ HOẠCH",
    "CẢI CÁCH HÀNH CHÍNH TỈNH LAM SƠN NĂM 2025",
    "I. KẾT QUẢ NĂM 2024",
    "Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến của tỉnh đạt 62,5%; 97,2% hồ sơ được "
    "giải quyết đúng hạn.",
    *_filler(9),
    "II. MỤC TIÊU",
    "1. Cải cách thủ tục hành chính:",
    "a) Phấn đấu tối thiểu 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.",
    *_filler(8, 3),
    "b) Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt trên 90%; "
    "tỷ lệ số hóa hồ sơ của cấp tỉnh, cấp huyện, cấp xã đạt tương ứng là 100%, 90%, 80%.",
    "2. Cải cách tổ chức bộ máy:",
    "Giảm tối thiểu 5% biên chế công chức so với năm 2021.",
    *_filler(7, 5),
    "3. Xây dựng chính quyền số:",
    [["Chỉ tiêu", "Năm 2025"], ["Tỷ lệ văn bản điện tử được ký số", "95%"]],
    *_filler(6, 1),
]


def plan_text() -> str:
    """The plan as an analyst's .txt: letterhead lines, then one line per paragraph or table row."""
    lines: list[str] = []
    for row in LETTERHEAD:
        for cell in row:
            lines += [*cell.split("\n"), ""]
    for item in PLAN_BODY:
        lines += [" | ".join(row) for row in item] if isinstance(item, list) else [item]
    return "\n".join(lines) + "\n"


def plan_docx(path: Path, running: bool = True) -> Path:
    """The plan as Word writes it: the letterhead table, paragraphs, a body table; header and page-number footer."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    if running:
        section = doc.sections[0]
        section.header.paragraphs[0].text = "Kế hoạch cải cách hành chính tỉnh Lam Sơn năm 2025"
        footer = section.footer.paragraphs[0]
        footer.text = "Trang "
        field = f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        footer._p.append(parse_xml(field))
    head = doc.add_table(rows=len(LETTERHEAD), cols=2)
    for r, row in enumerate(LETTERHEAD):
        for c, cell in enumerate(row):
            head.cell(r, c).text = cell
    for item in PLAN_BODY:
        if isinstance(item, list):
            table = doc.add_table(rows=len(item), cols=len(item[0]))
            for r, cells in enumerate(item):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
        else:
            doc.add_paragraph(item)
    doc.save(str(path))
    return path


def plan_html() -> str:
    """The plan as a portal publishes it: inside navigation, an ad, a sidebar and a footer."""
    import html

    parts: list[str] = []
    for item in PLAN_BODY[2:]:
        if isinstance(item, list):
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in item)
            parts.append(f"<table>{rows}</table>")
        elif item[:3] in ("I. ", "II."):
            parts.append(f"<h2>{html.escape(item)}</h2>")
        else:
            parts.append(f"<p>{html.escape(item)}</p>")
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        "<title>Cổng thông tin điện tử tỉnh Lam Sơn - Kế hoạch CCHC năm 2025</title>"
        '<meta property="og:title" content="KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH TỈNH LAM SƠN NĂM 2025">'
        "<style>.banner{width:100%}</style><script>var share = '100%';</script></head><body>"
        '<header><div class="logo">Cổng thông tin điện tử tỉnh Lam Sơn</div><nav><ul>'
        '<li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức - Sự kiện</a></li>'
        '<li><a href="/cchc">Cải cách hành chính</a></li><li><a href="/lh">Liên hệ</a></li></ul></nav></header>'
        '<div class="banner ad"><a href="/qc">Giảm 50% phí quảng cáo cho doanh nghiệp đăng ký trong tháng này!</a>'
        "</div><main><article>"
        "<h1>Kế hoạch cải cách hành chính tỉnh Lam Sơn năm 2025</h1>" + "".join(parts) + "</article></main>"
        '<aside class="sidebar"><h3>Tin liên quan</h3><ul><li><a href="/a">Hội nghị tổng kết đạt 100% kế hoạch</a>'
        '</li><li><a href="/b">Tập huấn chuyển đổi số</a></li></ul></aside>'
        "<footer><p>Bản quyền © 2025 Cổng thông tin điện tử tỉnh Lam Sơn. Lượt truy cập tăng 30%.</p></footer>"
        "</body></html>"
    )


def soffice_convert(source: Path, fmt: str, outdir: Path) -> Path:
    """``source`` converted by LibreOffice (``pdf``, ``doc``, ``odt``, ``rtf``) into ``outdir``."""
    import shutil
    import subprocess

    command = shutil.which("soffice")
    assert command, "callers skip when LibreOffice is missing"
    profile = (outdir / "lo-profile").as_uri()
    subprocess.run(
        [
            command,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return outdir / f"{source.stem}.{fmt}"


# Hostile inputs (tests/test_hostile_inputs.py): each is small on disk.
_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx_with_body(path: Path, document_xml: bytes | None = None, stream: bool = False) -> Path:
    """A real .docx (python-docx) whose ``word/document.xml`` is replaced; ``stream`` writes it as 300 MB of spaces."""
    import io
    import zipfile

    from docx import Document

    source = io.BytesIO()
    Document().save(source)
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in original.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info.filename, original.read(info))
            elif stream:
                with out.open("word/document.xml", "w") as member:
                    member.write(f"<w:document {_W_NS}><w:body><w:p><w:r><w:t>".encode())
                    spaces = b" " * (1 << 20)
                    for _ in range(300):
                        member.write(spaces)
                    member.write(b"</w:t></w:r></w:p></w:body></w:document>")
            else:
                out.writestr("word/document.xml", document_xml or b"")
    return path


def zip_bomb_docx(path: Path) -> Path:
    """A .docx of about 300 KB whose ``document.xml`` unpacks to 300 MB of spaces."""
    return _docx_with_body(path, stream=True)


def lying_zip_bomb_docx(path: Path) -> Path:
    """The zip bomb with its headers claiming ``document.xml`` unpacks to 1,000 bytes."""
    import struct

    data = bytearray(zip_bomb_docx(path).read_bytes())
    name = b"word/document.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[at + size_at : at + size_at + 4] = struct.pack("<I", 1000)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


def billion_laughs_docx(path: Path) -> Path:
    """Nested entities that would expand to gigabytes."""
    levels = ['<!ENTITY l0 "ha">'] + [f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{"".join(levels)}]>'
        f"<w:document {_W_NS}><w:body><w:p><w:r><w:t>&l9; Tối thiểu 80% hồ sơ năm 2025.</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    return _docx_with_body(path, xml.encode())


def xxe_docx(path: Path, secret: Path) -> Path:
    """A paragraph that pulls in a local file through an external entity."""
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'
        f"<w:document {_W_NS}><w:body><w:p><w:r><w:t>Năm 2025 đạt 90% &leak; hồ sơ trực tuyến.</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    return _docx_with_body(path, xml.encode())


def deep_html(depth: int = 200_000) -> str:
    """A page nested ``depth`` elements deep around one target."""
    return "<html><body>" + "<div>" * depth + "Tối thiểu 80% hồ sơ năm 2025" + "</div>" * depth + "</body></html>"


def textless_pdf() -> bytes:
    """A PDF whose page holds only a drawing, as a scan holds only an image: no text layer."""
    return tiny_pdf([]).replace(b"BT /F1 12 Tf 72 720 Td  ET", b"0 0 m 100 100 l S ".ljust(26))
