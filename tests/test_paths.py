"""Pipeline paths that ordinary documents do not take.

- The sentence splitter (underthesea) returns strings, not offsets, and may respace, respell,
  skip or drop text; each sentence is then found again in the text, word by word, and what
  cannot be found is kept with the sentence before it. No value may be lost and no offset may
  move, whatever the splitter does.
- A reader that stops early (`cchc extract … | head -1`) ends the run quietly: exit 0, no
  traceback, nothing on standard error.
"""

from __future__ import annotations

import importlib.machinery
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cchc_extract import extract_text, segment

TEXT = (
    "KẾ HOẠCH\nCải cách hành chính năm 2025\n\n"
    "Năm 2024, tỷ lệ hồ sơ trực tuyến đã đạt 62%. Phấn đấu năm 2025 đạt  75% hồ sơ được   số hóa. "
    "Tỉnh Hòa Bình có 90% xã đạt chuẩn. Tối thiểu 80% cán bộ được bồi dưỡng."
)


def _split(chunk: str) -> list[str]:
    """Sentences as a splitter would return them: at `. ` before a capital."""
    out, start = [], 0
    for i in range(len(chunk) - 2):
        if chunk[i] == "." and chunk[i + 1] == " " and chunk[i + 2].isupper():
            out.append(chunk[start : i + 1])
            start = i + 2
    return [*out, chunk[start:]]


SPLITTERS: dict[str, Callable[[str], list[str]]] = {
    # spacing collapsed: each sentence is found again word by word
    "respaced": lambda chunk: [" ".join(s.split()) for s in _split(chunk)],
    # a word respelled (as `word_tokenize` does to `Hoà`): that sentence and the rest are one sentence
    "respelled": lambda chunk: [s.replace("Hòa Bình", "Hoà Bình") for s in _split(chunk)],
    # the first sentences skipped: they join the first sentence found
    "skipping": lambda chunk: _split(chunk)[2:],
    # empty strings between sentences are passed over
    "blanks": lambda chunk: [x for s in _split(chunk) for x in (s, "", "  ")],
    # nothing returned: the block is one sentence
    "silent": lambda chunk: [],
}


@pytest.mark.parametrize("name", sorted(SPLITTERS))
def test_no_value_is_lost_whatever_the_sentence_splitter_returns(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [(r.start, r.value, r.kind, r.year) for r in extract_text(TEXT)]
    assert [v for _, v, _, _ in expected] == [62, 75, 90, 80]
    monkeypatch.setattr(segment, "_sent_tokenize", lambda: SPLITTERS[name])
    records = extract_text(TEXT)
    assert [(r.start, r.value) for r in records] == [(s, v) for s, v, _, _ in expected]
    for record in records:
        number = TEXT[record.start : record.end]
        assert number in record.sentence, (name, record.sentence)
        assert " ".join(record.sentence.split()) in " ".join(TEXT.split())
    if name == "respaced":  # found again word by word: every field as with the real splitter
        assert [(r.start, r.value, r.kind, r.year) for r in records] == expected
    if name == "respelled":  # the rest of the block from the respelled sentence on joins the sentence before it
        assert records[1].sentence == records[2].sentence == records[3].sentence
        assert records[1].sentence.startswith("Phấn đấu năm 2025") and records[0].sentence.startswith("Năm 2024")


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_a_reader_that_stops_early_ends_the_run_quietly(fmt: str, tmp_path: Path) -> None:
    lines = ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025", ""]
    lines += [f"- Tối thiểu {k % 90 + 10}% hồ sơ được giải quyết trực tuyến." for k in range(3000)]
    big = tmp_path / "big.txt"
    big.write_text("\n".join(lines), encoding="utf-8")  # some 3 MB of records: more than a pipe holds
    run = subprocess.Popen(
        [sys.executable, "-m", "cchc_extract", "extract", str(big), "-f", fmt],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert run.stdout is not None and run.stderr is not None
    head = subprocess.run(["head", "-1"], stdin=run.stdout, capture_output=True, timeout=120)
    run.stdout.close()  # as the shell does: only `head` holds the pipe's reading end
    error = run.stderr.read()
    assert run.wait(timeout=120) == 0
    assert error == b"", error.decode(errors="replace")
    assert head.stdout.count(b"\n") == 1


# paragraphs whose full stops are not all sentence ends: abbreviations, decimals, dates, an ellipsis
SPLITTER_CASES = [
    "UBND TP. Huế giao Sở Nội vụ chủ trì. Tỷ lệ đạt 95,5%.",
    "Năm 2024 giải quyết 1.250 hồ sơ (đạt 98.6%)... Trong đó 12 hồ sơ trễ hạn! Vì sao?",
    "Ngày 15.12.2025, Th.S Nguyễn Văn A báo cáo. Mục tiêu: 100% xã có dịch vụ công trực tuyến.",
    "Không có dấu chấm cuối câu",
]


def test_the_splitter_loaded_alone_splits_as_underthesea_does() -> None:
    from underthesea import sent_tokenize

    alone = segment._splitter_alone()
    assert alone is not None and alone is not sent_tokenize
    assert alone.__module__ == "_cchc_underthesea_sent_tokenize"
    for text in [*SPLITTER_CASES, TEXT, (Path(__file__).parents[1] / "samples" / "ke-hoach-cchc-2024.txt").read_text()]:
        assert alone(text) == sent_tokenize(text)
    assert len(alone(SPLITTER_CASES[0])) == 2 and len(alone(SPLITTER_CASES[1])) == 3


def test_a_splitter_file_that_is_not_there_or_needs_its_package_means_importing_the_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from underthesea import sent_tokenize

    monkeypatch.setattr(segment, "_SPLITTER_FILE", ("nowhere", "__init__.py"))
    assert segment._splitter_alone() is None
    assert segment._sent_tokenize.__wrapped__() is sent_tokenize
    # another version's layout: the file is there but imports from its package
    monkeypatch.setattr(segment, "_SPLITTER_FILE", ("pipeline", "sent_tokenize", "__init__.py"))
    (tmp_path / "pipeline" / "sent_tokenize").mkdir(parents=True)
    (tmp_path / "pipeline" / "sent_tokenize" / "__init__.py").write_text("from .model import sent_tokenize\n")
    package = importlib.machinery.ModuleSpec("underthesea", None, is_package=True)
    package.submodule_search_locations = [str(tmp_path)]
    monkeypatch.setattr(segment.importlib.util, "find_spec", lambda name: package)
    assert segment._splitter_alone() is None
    assert "_cchc_underthesea_sent_tokenize" not in sys.modules  # no half-loaded module left behind
    # … or fails on its own: the package is imported as usual
    (tmp_path / "pipeline" / "sent_tokenize" / "__init__.py").write_text("raise RuntimeError('not alone')\n")
    assert segment._splitter_alone() is None
    assert "_cchc_underthesea_sent_tokenize" not in sys.modules
