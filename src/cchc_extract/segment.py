"""Split a block into sentences and clauses.

underthesea finds sentence boundaries (it knows abbreviations such as `TP.`),
and it is the only place the tokenizer is imported.  It returns strings, not
offsets, and may touch spacing, so each sentence is located in the block's own
text; where that fails the rest of the block is kept as one sentence, so no
text is ever dropped.  Clauses are the parts of a sentence between `;`.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from .long_lived import loading

_CLAUSE_BREAK = regex.compile(r";")
# where a sentence's opening phrase (`Đến nay,`, `Ở cấp xã,`) ends; not at a decimal comma (`hằng năm 1,5%`)
LEAD_END = regex.compile(r"[,:;](?!\d)")
_SPACES = regex.compile(r"\s+")
# an ellipsis character before a capital ends a sentence (`… gọi công dân nhập ngũ… Tại hội nghị, …`), as `...` does for
# the tokenizer, which splits on three dots but not on `…`: it reads a full stop there, one character for one
_ELLIPSIS_END = regex.compile(r"…(?=\s+\p{Lu})")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def window_before(text: str, start: int, end: int, size: int = 90) -> str:
    """The last ``size`` characters of ``text[start:end]``: the words a value reads right before it."""
    return text[max(start, end - size) : end]


def load_splitter() -> None:
    """Load the sentence splitter now rather than on the first sentence."""
    _sent_tokenize()


@lru_cache(maxsize=1)
def _sent_tokenize() -> Callable[[str], list[str]]:
    with loading():  # what loads here lives as long as the process
        return _splitter_alone() or _splitter_of_package()


_SPLITTER_FILE = ("pipeline", "sent_tokenize", "__init__.py")  # underthesea's sentence splitter, in its package
# a top-level name: a relative import in the file finds no package (and fails) rather than one of cchc_extract's modules
_SPLITTER_MODULE = "_cchc_underthesea_sent_tokenize"


def _splitter_alone() -> Callable[[str], list[str]] | None:
    """underthesea's ``sent_tokenize`` loaded from its own file, without the package around it.

    ``import underthesea`` loads its whole toolkit (taggers, their feature tables, an HTTP client: about
    0.2 s, most of a one-document run's start-up) for this one function, whose module stands alone. None
    where the file is not where this version of underthesea keeps it, or does not load alone: the package
    is then imported as usual."""
    spec = importlib.util.find_spec("underthesea")  # finds the package without running it
    for root in (spec.submodule_search_locations or []) if spec else []:
        path = Path(root).joinpath(*_SPLITTER_FILE)
        if not path.is_file():
            continue
        alone = importlib.util.spec_from_file_location(_SPLITTER_MODULE, path)
        if alone is None or alone.loader is None:
            return None
        module = importlib.util.module_from_spec(alone)
        sys.modules[_SPLITTER_MODULE] = module
        try:
            alone.loader.exec_module(module)
        except Exception:  # it needs its package after all (a relative import), or fails alone: no half-loaded module
            sys.modules.pop(_SPLITTER_MODULE, None)
            return None
        split = getattr(module, "sent_tokenize", None)
        return split if callable(split) else None
    return None


def _splitter_of_package() -> Callable[[str], list[str]]:
    from underthesea import sent_tokenize

    return sent_tokenize  # type: ignore[no-any-return]


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (offsets into ``text``)."""
    chunk = text[start:end]
    if not chunk.strip():
        return []
    spans: list[Span] = []
    cursor = 0
    if "…" in chunk:
        chunk = _ELLIPSIS_END.sub(".", chunk)
    for sent in _sent_tokenize()(chunk):
        words = sent.split()
        if not words:
            continue
        m = _locate(chunk, sent, words, cursor)
        if m is None:
            break
        sentence_start = m.start()
        if m.start() > cursor and chunk[cursor : m.start()].strip():
            if spans:  # text the tokenizer skipped joins the sentence before it
                last = spans.pop()
                spans.append(Span(last.start, start + m.start()))
            else:  # or, at the very start, the first sentence
                sentence_start = len(chunk) - len(chunk.lstrip())
        spans.append(Span(start + sentence_start, start + m.end()))
        cursor = m.end()
    rest = chunk[cursor:]
    if rest.strip():
        if spans:
            last = spans.pop()
            spans.append(Span(last.start, end))
        else:
            spans.append(Span(start + len(chunk) - len(chunk.lstrip()), end))
    return spans


class _Found:
    """Where a sentence was found: the same two methods a regex match offers."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _locate(chunk: str, sent: str, words: list[str], cursor: int) -> _Found | None:
    """Find a sentence the tokenizer returned: as written if it kept the spacing, else word by word."""
    at = chunk.find(sent, cursor)
    if at >= 0:
        return _Found(at, at + len(sent))
    m = regex.compile(r"\s+".join(regex.escape(w) for w in words)).search(chunk, cursor)
    return _Found(m.start(), m.end()) if m else None


def clauses(text: str, sentence: Span) -> list[Span]:
    """Clause spans of one sentence: its parts between `;`, but for a `;` that parts a bracket's own aside
    before its first value (`giảm 3 phòng (từ 15 xuống còn 12 phòng; tương đương 20%)`); a bracket listing
    values (`(huyện A 43%; huyện B 40%)`) is split as a list is."""
    out = []
    pos = sentence.start
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if _in_bracket(text, sentence, m.start()):
            continue
        out.append(Span(pos, m.end()))
        pos = m.end()
    out.append(Span(pos, sentence.end))
    return [s for s in out if text[s.start : s.end].strip()] or [sentence]


def _in_bracket(text: str, sentence: Span, at: int) -> bool:
    """Whether ``at`` stands between a `(` and its `)` within the sentence, after no value of the bracket."""
    opened = text.rfind("(", sentence.start, at)
    if opened < 0 or text.find(")", opened, at) >= 0 or text.find("%", opened, at) >= 0:
        return False
    closed = text.find(")", at, sentence.end)
    return closed >= 0 and text.find("(", at, closed) < 0
