"""`cchc report`: highlights at the records' offsets, escaped document text, and the page in a real browser.

The browser tests open the report in Debian's headless Chromium (``.ci/run`` installs it)
and read the DOM after the page's script ran; they are skipped where it is missing.  Set
``CCHC_SCREENSHOT=docs/report.png`` to save the sample's screenshot for the README.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from typer.testing import CliRunner

from cchc_extract.cli import app
from cchc_extract.models import Record
from cchc_extract.readers import read_document
from cchc_extract.report.render import Mark, pieces

from .browser import WINDOW, chromium, load, read_png
from .conftest import SAMPLE

runner = CliRunner()
needs_chromium = pytest.mark.skipif(
    chromium() is None, reason="no chromium: install Debian's chromium package (as .ci/run does) for browser tests"
)

HOSTILE_NAME = '"><img src=x onerror=alert(1)>.txt'
HOSTILE_TEXT = (
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\n"
    'Phấn đấu tối thiểu 80% hồ sơ <script>document.title="pwned"</script> được xử lý trực tuyến.\n'
    'Đạt 90% "><img src=x onerror="document.documentElement.dataset.pwned=1"> người dân hài lòng.\n'
    "</mark></div><script>document.documentElement.dataset.pwned=2</script> Giảm 10% biên chế.\n"
    "<b data-x='50%'>{{ 7*7 }} {% raw %}</b> 95% văn bản </script><!-- <style>*{display:none}</style>\n"
)


def _record(start: int, end: int, index: int) -> Mark:
    record = Record(
        document="d.txt", start=start, end=end, line=1, column=1, value=1, kind="target", comparator="eq",
        text="x", sentence="x", pattern="p",
    )  # fmt: skip
    return Mark(index + 1, index, record)


def test_pieces_nest_highlights_and_cut_one_that_crosses_another() -> None:
    text = "0123456789"
    marks = [_record(1, 5, 0), _record(2, 3, 1), _record(4, 7, 2), _record(8, 30, 3)]
    out = pieces(text, marks)
    assert "".join(p.text for p in out) == text  # nothing lost, nothing added
    shape = "".join(f"<{p.opens.index}{'~' if p.opens.clipped else ''}" if p.opens else "/" if p.closes else p.text
                    for p in out)  # fmt: skip
    assert shape == "0<01<12/3<2~4//567<389/"  # 2 crosses 0's end: cut there; 3 runs past the text: held to it


def _report(tmp_path: Path, *inputs: str, options: tuple[str, ...] = ()) -> tuple[Path, Any]:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", *inputs, "-o", str(out), "-j", "1", "-q", *options])
    return out, result


def _records(*inputs: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["extract", *inputs, "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def _marks(page: str) -> list[lxml_html.HtmlElement]:
    return list(lxml_html.fromstring(page).iter("mark"))


def _check_highlights(page: str, records: list[dict[str, Any]], texts: dict[str, str]) -> None:
    """One highlight per record, each holding exactly the source text at the record's offsets."""
    marks = [m for m in _marks(page) if "rec" in (m.get("class") or "").split()]
    assert len(marks) == len(records)
    by_place = {(m.get("data-doc"), int(m.get("data-start"))): m for m in marks}
    for r in records:
        mark = by_place[(r["document"], r["start"])]
        assert mark.text_content() == texts[r["document"]][r["start"] : r["end"]], r
        assert (mark.get("data-kind"), mark.get("data-year"), mark.get("data-area")) == (
            r["kind"],
            str(r["year"] or "none"),
            r["area"] or "none",
        )


def test_each_record_is_highlighted_at_its_offsets(tmp_path: Path) -> None:
    out, result = _report(tmp_path, str(SAMPLE))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    _check_highlights(page, _records(str(SAMPLE)), {SAMPLE.name: read_document(SAMPLE).text})
    assert "112/KH-UBND" in page and "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH TỈNH HÒA PHONG NĂM 2024" in page


def _hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    return folder / HOSTILE_NAME


def test_document_text_and_names_are_escaped_and_only_the_reports_script_may_run(tmp_path: Path) -> None:
    out, result = _report(tmp_path, str(_hostile(tmp_path)))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    tree = lxml_html.fromstring(page)
    assert not list(tree.iter("img")) and len(list(tree.iter("style"))) == 1
    scripts = list(tree.iter("script"))
    running = [s for s in scripts if s.get("type") != "application/json"]
    assert len(running) == 1
    assert not [(e.tag, a) for e in tree.iter() for a in e.attrib if a.lower().startswith("on")]
    assert HOSTILE_TEXT.strip() in tree.find(".//div[@class='text']").text_content()
    assert tree.find(".//h2").text_content().endswith(HOSTILE_NAME)
    # the policy lets the report's own script and style run, and nothing else
    policy = tree.find(".//meta[@http-equiv='Content-Security-Policy']").get("content")
    for element in (running[0], tree.find(".//style")):
        digest = base64.b64encode(hashlib.sha256(element.text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert policy.startswith("default-src 'none';") and "unsafe-inline" not in policy
    # record data sits in JSON blocks the parser cannot end early
    for block in scripts[:-2]:
        assert "</script" not in block.text and isinstance(json.loads(block.text), dict | list)


def test_failed_documents_are_listed_with_their_error(tmp_path: Path) -> None:
    out, result = _report(tmp_path, str(SAMPLE), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    tree = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    failed = tree.find(".//ul[@class='failed']").text_content()
    assert "missing.txt: no such file or folder" in failed
    assert "not read" in tree.find(".//table[@class='documents']").text_content()


def test_kind_filter_standard_input_and_the_summary(tmp_path: Path) -> None:
    text = SAMPLE.read_bytes()
    out = tmp_path / "r.html"
    result = runner.invoke(
        app, ["report", "-", "--stdin-name", "plan.txt", "--kind", "result", "-o", str(out), "-q"], input=text
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    marks = _marks(page)
    assert marks and {m.get("data-kind") for m in marks if m.get("data-start")} == {"result"}
    assert {m.get("data-doc") for m in marks if m.get("data-start")} == {"plan.txt"}
    summary = lxml_html.fromstring(page).find(".//table[@class='areas']")
    total = summary.find(".//tfoot").findall(".//a")[-1]
    assert int(total.text) == len([m for m in marks if m.get("data-start")])
    assert total.get("href") == "#r1"


@needs_chromium
def test_the_sample_report_in_a_browser(tmp_path: Path) -> None:
    out, result = _report(tmp_path, os.path.relpath(SAMPLE))  # as the README's screenshot shows it
    assert result.exit_code == 0, result.output
    shot = tmp_path / "report.png"
    dom = load(out, screenshot=shot)
    records = _records(str(SAMPLE))
    tree = lxml_html.fromstring(dom)
    assert tree.get("data-ready") == str(len(records))  # the page's script ran to its end
    _check_highlights(dom, records, {SAMPLE.name: read_document(SAMPLE).text})
    assert tree.find(".//div[@id='detail']/h3").text_content() == f"{records[0]['kind']} {records[0]['text']}"
    width, height, rows = read_png(shot)
    assert (width, height) == WINDOW
    pixels = [p for row in rows for p in row]
    ink = sum(1 for r, g, b in pixels if r + g + b < 400)  # text
    assert ink > len(pixels) // 100, "the screenshot is blank"
    colours = set(pixels)
    assert (0xFF, 0xE2, 0x7A) in colours and (0xA9, 0xD6, 0xFF) in colours  # a target and a result highlighted
    if os.environ.get("CCHC_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["CCHC_SCREENSHOT"])


@needs_chromium
def test_a_hostile_document_runs_nothing_in_a_browser(tmp_path: Path) -> None:
    out, result = _report(tmp_path, str(_hostile(tmp_path)))
    assert result.exit_code == 0, result.output
    dom = load(out)
    tree = lxml_html.fromstring(dom)
    assert tree.get("data-pwned") is None and tree.find(".//title").text.startswith("cchc report")
    assert tree.get("data-ready") == str(len(_records(str(tmp_path / "in" / HOSTILE_NAME))))
    assert not list(tree.iter("img"))
    assert [s.get("type") for s in tree.iter("script")].count(None) == 1
    assert HOSTILE_TEXT.strip() in tree.find(".//div[@class='text']").text_content()
    records = _records(str(tmp_path / "in" / HOSTILE_NAME))
    assert len(records) >= 4
    _check_highlights(dom, records, {HOSTILE_NAME: HOSTILE_TEXT})


@needs_chromium
def test_a_folder_of_the_seeds_in_a_browser(shared: Path, tmp_path: Path) -> None:
    out, result = _report(tmp_path, str(shared / "seeds"))
    assert result.exit_code == 0, result.output
    dom = load(out)
    records = _records(str(shared / "seeds"))
    texts = {p.name: read_document(p).text for p in (shared / "seeds").iterdir()}
    _check_highlights(dom, records, texts)
    assert lxml_html.fromstring(dom).get("data-ready") == str(len(records))
    # a link to one highlight opens the page on it, its record in the panel
    pick = len(records) * 2 // 3
    tree = lxml_html.fromstring(load(out, fragment=f"r{pick + 1}"))
    assert tree.get_element_by_id(f"r{pick + 1}").get("class").split()[-1] == "current"
    assert tree.find(".//div[@id='detail']/h3").text_content() == f"{records[pick]['kind']} {records[pick]['text']}"
    assert tree.get_element_by_id("status").text_content() == f"{pick + 1} of {len(records)} highlights"


def test_a_document_without_records_still_shows_what_it_says_of_itself(tmp_path: Path) -> None:
    quiet = tmp_path / "cong-van.txt"
    quiet.write_text(
        "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\nSố: 45/KH-UBND\nKẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026\n"
        "Tổ chức hội nghị tập huấn cho cán bộ, công chức.\n",
        encoding="utf-8",
    )
    out, result = _report(tmp_path, str(quiet))
    assert result.exit_code == 0
    tree = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    said = dict(
        zip(tree.xpath("//dl[@class='meta']/dt/text()"), tree.xpath("//dl[@class='meta']/dd/text()"), strict=True)
    )
    assert said["number"] == "45/KH-UBND" and said["plan year"] == "2026"
    assert said["title"] == "KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026"
