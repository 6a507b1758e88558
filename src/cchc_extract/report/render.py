"""The evidence report: every document's text with each record highlighted where it stands.

One self-contained HTML file (style and a small script inline, nothing fetched): per
document its metadata and its text, line breaks kept, with a ``<mark>`` per record at its
``start``/``end`` (targets and results in two colours); hovering or clicking one shows
every field and the rules that decided them.  A summary counts records by kind and by
area × year, each count linking to its highlights, beside a filter by kind, area, year and
level; documents that could not be read are listed with their error.

Everything that comes from a document reaches the page through the template, whose
autoescaping is on: its text, names, fields and errors are never put together as HTML
here.  A Content-Security-Policy lets only the report's own script and style run, so even
a mistake in escaping could not run a document's ``<script>``.

The page is written as documents finish, so memory holds one document at a time; the
summary, known only at the end, comes last in the file and the style sheet shows it first.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import product
from pathlib import PurePath
from typing import Any, Literal, TextIO, get_args, get_origin

from jinja2 import Environment, PackageLoader, Template
from markupsafe import Markup

from ..batch import Outcome
from ..models import FIELD_ORDER, Record
from ..pipeline import document_metadata

AREAS = ("institutions", "procedures", "apparatus", "civil_service", "public_finance", "digital_government")
LEVELS = ("province", "district", "commune")
KINDS = ("target", "result")
NONE = "none"  # the filter value of a record without an area, a year or a level
# what the document's header shows once, so the record panel leaves it out
_DOCUMENT_FIELDS = ("document", "path", "doc_number", "doc_date", "doc_issuer", "doc_title", "plan_year", "text_source")
# the record panel: what was decided first, then the words, then how and where
_DECIDED = ["kind", "value", "value_max", "comparator", "change", "per_year", "year", "baseline_year", "area"]
_WORDS = ["area_label", "levels", "indicator", "text", "sentence", "section", "table_row", "table_column"]
_PANEL_FIRST = [*_DECIDED, *_WORDS, "pattern", "rules"]
DETAIL_FIELDS = [f for f in _PANEL_FIRST if f in FIELD_ORDER] + [
    f for f in FIELD_ORDER if f not in _PANEL_FIRST and f not in _DOCUMENT_FIELDS and f != "unit"
]


def _is_text(annotation: Any) -> bool:
    """Whether a field holds text: ``str``, a ``Literal`` of strings, a list of them, or one of these or null."""
    if annotation is str:
        return True
    if get_origin(annotation) is Literal:
        return all(isinstance(a, str) for a in get_args(annotation))
    return any(_is_text(a) for a in get_args(annotation) if a is not type(None))


TEXTUAL = [_is_text(Record.model_fields[f].annotation) for f in DETAIL_FIELDS]  # what the script looks up
_METADATA = (
    ("doc_number", "number"),
    ("doc_date", "date"),
    ("doc_issuer", "issuer"),
    ("doc_title", "title"),
    ("plan_year", "plan year"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")  # cannot be written as UTF-8; one code point each, so offsets hold


@dataclass(frozen=True)
class Mark:
    """One record's highlight: ``id`` numbers it in the page, ``index`` in its document's records."""

    id: int
    index: int
    record: Record
    clipped: bool = False  # it overlapped the end of another record's highlight and stops there


@dataclass(frozen=True)
class Piece:
    """A run of text, the start of a highlight (``opens``), or the end of one (``closes``)."""

    text: str = ""
    opens: Mark | None = None
    closes: bool = False


@dataclass
class DocumentView:
    """What the page shows of one document."""

    number: int
    name: str
    path: str
    error: str | None
    warnings: tuple[str, ...]
    extracted: bool
    metadata: list[tuple[str, str]]
    pieces: list[Piece]
    details: dict[str, Any]  # the records for the page's script: see _details
    kinds: Counter[str]
    first: int | None  # id of its first highlight


@dataclass
class Cell:
    count: int = 0
    first: int = 0  # id of the first highlight counted here


@dataclass
class Summary:
    """What the run found, filled in while the documents are written and shown at the top.

    ``counts`` holds a cell for every (area, year, kind) seen and for each of their
    totals, where ``""`` stands for "any": ``("procedures", "", "target")`` counts the
    targets of procedures, ``("", "", "")`` every record.
    """

    documents: list[DocumentView] = field(default_factory=list)  # without their text
    counts: dict[tuple[str, str, str], Cell] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    areas: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    levels: set[str] = field(default_factory=set)
    records: int = 0

    def count(self, mark: Mark) -> None:
        r = mark.record
        area, year = r.area or NONE, _year(r)
        for key in product((area, ""), (year, ""), (r.kind, "")):
            self.counts.setdefault(key, Cell(first=mark.id)).count += 1
        if r.area and r.area_label:
            self.labels[r.area] = r.area_label
        self.areas.add(area)
        self.years.add(year)
        self.levels.update(r.levels or [NONE])
        self.records += 1

    def cell(self, area: str = "", year: str = "", kind: str = "") -> Cell | None:
        return self.counts.get((area, year, kind))

    @property
    def failed(self) -> list[DocumentView]:
        return [d for d in self.documents if d.error]

    def area_list(self) -> list[str]:
        return sorted(self.areas, key=lambda a: (AREAS.index(a) if a in AREAS else len(AREAS), a))

    def year_list(self) -> list[str]:
        return sorted(self.years, key=lambda y: (y == NONE, y))

    def level_list(self) -> list[str]:
        return [level for level in (*LEVELS, NONE) if level in self.levels]

    def label(self, area: str) -> str:
        if area == NONE:
            return "no area"
        return f"{area} ({self.labels[area]})" if area in self.labels else area


def _year(record: Record) -> str:
    return str(record.year) if record.year is not None else NONE


def pieces(text: str, marks: list[Mark]) -> list[Piece]:
    """``text`` cut at the records' offsets: runs of text, and highlights opened and closed around them.

    Highlights nest when one record's span holds another's; one that starts inside another
    and ends beyond it is cut at the other's end (and marked ``clipped``), since HTML
    elements cannot cross.  Offsets past the text are held to its end.
    """
    out: list[Piece] = []
    cursor = 0
    open_ends: list[int] = []

    def close_to(limit: int) -> None:
        nonlocal cursor
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            if end > cursor:
                out.append(Piece(text[cursor:end]))
                cursor = end
            out.append(Piece(closes=True))

    size = len(text)
    for mark in sorted(marks, key=lambda m: (m.record.start, -m.record.end, m.index)):
        start = min(mark.record.start, size)
        end = min(max(mark.record.end, start), size)
        close_to(start)
        if open_ends and end > open_ends[-1]:
            end, mark = open_ends[-1], Mark(mark.id, mark.index, mark.record, clipped=True)
        if start > cursor:
            out.append(Piece(text[cursor:start]))
            cursor = start
        out.append(Piece(opens=mark))
        open_ends.append(end)
    close_to(size)
    if cursor < size:
        out.append(Piece(text[cursor:]))
    return out


def _view(number: int, outcome: Outcome, next_id: int) -> DocumentView:
    document = outcome.document
    text = _SURROGATE.sub("\ufffd", document.text) if document else ""
    records = outcome.records
    marks = [Mark(next_id + i, i, r) for i, r in enumerate(records)]
    first = records[0] if records else None
    said = first.model_dump() if first else document_metadata(document.text) if document else {}
    metadata = [(label, str(said[key])) for key, label in _METADATA if said.get(key)]
    name = document.name if document else (first.document if first else PurePath(outcome.path).name or outcome.path)
    dumped = [r.model_dump(mode="json") for r in records]
    return DocumentView(
        number=number,
        name=name,
        path=outcome.path,
        error=outcome.error,
        warnings=outcome.warnings,
        extracted=bool(document and document.extracted),
        metadata=metadata,
        pieces=pieces(text, marks),
        details=_details(dumped),
        kinds=Counter(r.kind for r in records),
        first=next_id if records else None,
    )


def _details(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A document's records as the page's script reads them: ``{"strings": [...], "rows": [[...], ...]}``.

    A row holds the values of :data:`DETAIL_FIELDS` in order, with each piece of text (a
    string, or a string in a list) given as its index in ``strings``: the records of one
    list share their sentence, a section holds many records, and the same rules decide
    most of them, so each is written once per document (half the size on value-dense text).
    """
    strings: dict[str, int] = {}

    def ref(value: Any) -> Any:
        if isinstance(value, str):
            return strings.setdefault(value, len(strings))
        if isinstance(value, list):
            return [ref(v) for v in value]
        return value

    table = [[ref(row[f]) for f in DETAIL_FIELDS] for row in rows]
    return {"strings": list(strings), "rows": table}


def _documents(outcomes: Iterable[Outcome], summary: Summary) -> Iterator[DocumentView]:
    """The documents' views in input order, each counted in ``summary`` as it is written."""
    next_id = 1
    for number, outcome in enumerate(outcomes, 1):
        view = _view(number, outcome, next_id)
        for piece in view.pieces:
            if piece.opens:
                summary.count(piece.opens)
        next_id += len(outcome.records)
        summary.documents.append(replace(view, pieces=[], details={}))  # the table of contents needs no text
        yield view


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("cchc_extract.report", "templates"),
        autoescape=True,  # every {{ }} is escaped, whatever the template's name
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # |tojson still escapes < > & ' for a <script> block; Vietnamese stays UTF-8 (\u1ea1 is three times longer)
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    return env


def _asset(name: str) -> tuple[Markup, str]:
    """A static file of the report (its script, its style) and the CSP hash that lets it run."""
    env = _environment()
    assert env.loader is not None
    source = env.loader.get_source(env, name)[0]
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return Markup(source), f"'sha256-{digest}'"  # our own file, not a document's text


def template() -> Template:
    return _environment().get_template("report.html")


def write_report(outcomes: Iterable[Outcome], out: TextIO) -> Summary:
    """Write the report of ``outcomes`` (each with its ``document``: batch ``keep_documents``) to ``out``."""
    summary = Summary()
    script, script_hash = _asset("report.js")
    style, style_hash = _asset("report.css")
    for chunk in template().generate(
        documents=_documents(outcomes, summary),
        summary=summary,
        detail_fields=DETAIL_FIELDS,
        textual=TEXTUAL,
        kinds=KINDS,
        script=script,
        script_hash=script_hash,
        style=style,
        style_hash=style_hash,
        absent=NONE,
    ):
        out.write(chunk)
    return summary
