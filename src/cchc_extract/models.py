"""The record: one ratio mention with every field of the gold guide.

Field names are the output contract (``../shared/gold/GUIDE.md``); extra fields
help a reader check a record: where it is (``line``, ``column``), the words
that stated it (``text``), its sentence and section, and the rules that
decided it (``pattern``, ``rules``).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

_SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_MAX = 1000  # characters in any text field: a sentence, a title, an indicator

Kind = Literal["target", "result"]
Comparator = Literal["gte", "gt", "lte", "lt", "approx", "range", "eq"]
Change = Literal["increase", "decrease"]
AreaId = Literal["institutions", "procedures", "apparatus", "civil_service", "public_finance", "digital_government"]
LevelId = Literal["province", "district", "commune"]


class Record(BaseModel):
    """A quantitative target or result found in a document."""

    model_config = ConfigDict(extra="forbid")

    document: str = Field(description="file name of the source document ('<stdin>' for standard input)")
    path: str | None = Field(
        default=None, description="the document's path as given on the command line ('-' for standard input)"
    )
    start: int = Field(
        ge=0, description="offset of the number's first character in the decoded source text (code points)"
    )
    end: int = Field(ge=0, description="offset just past the mention (the % sign included)")
    line: int = Field(ge=1, description="1-based line of `start` in the source text")
    column: int = Field(ge=1, description="1-based column of `start` in its line")
    page: int | None = Field(
        default=None, ge=1, description="1-based page of `start` in a paged source (PDF); null for other formats"
    )
    value: float = Field(description="the number in percent (2/3 -> 66.67)")
    value_max: float | None = Field(default=None, description="upper end of a range, else null")
    unit: Literal["%"] = "%"
    kind: Kind
    comparator: Comparator
    change: Change | None = None
    per_year: bool = False
    year: int | None = None
    baseline_year: int | None = None
    area: AreaId | None = None
    area_label: str | None = Field(default=None, description="Vietnamese name of the area")
    levels: list[LevelId] = Field(default_factory=list)
    indicator: str = Field(default="", description="what is measured, in the document's words")
    text: str = Field(description="the matched words, qualifier included, e.g. 'tối thiểu 80%'")
    sentence: str = Field(description="the sentence the value came from")
    section: str = Field(default="", description="headings and lead-ins above the sentence, outermost first")
    pattern: str = Field(description="id of the value rule that found the mention")
    rules: list[str] = Field(default_factory=list, description="ids of the rules that decided the other fields")
    doc_number: str | None = None
    doc_date: str | None = None
    doc_issuer: str | None = None
    doc_title: str | None = None
    plan_year: int | None = None
    table_row: str | None = Field(default=None, description="for a table cell: the label of its row")
    table_column: str | None = Field(default=None, description="for a table cell: the header of its column")
    text_source: Literal["text", "extracted"] = Field(
        default="text", description="'extracted' when line/column refer to text extracted from a non-text format"
    )

    @field_validator(
        "document",
        "path",
        "indicator",
        "text",
        "sentence",
        "section",
        "doc_number",
        "doc_date",
        "doc_issuer",
        "doc_title",
        "table_row",
        "table_column",
        "rules",
        mode="before",
    )
    @classmethod
    def _encodable(cls, value: Any) -> Any:
        """Lone surrogates (from a Python caller, or an undecodable file name) cannot be written as UTF-8;
        and no text field outgrows what a reader can check, whatever the document holds."""
        if isinstance(value, str):
            return _writable(value)
        if isinstance(value, list):
            return [_writable(v) if isinstance(v, str) else v for v in value]
        return value


def _writable(text: str) -> str:
    """``text`` cut to :data:`TEXT_MAX` characters (the cut marked with an ellipsis), with lone surrogates
    replaced.  Encoding finds a surrogate faster than the regex looks for one, and almost no text has one;
    cutting first keeps the check to what is kept (a page's whole first paragraph as its title, on every record)."""
    if len(text) > TEXT_MAX:
        text = text[: TEXT_MAX - 1] + "…"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = _SURROGATE.sub("\ufffd", text)
    return text


FIELD_ORDER: list[str] = list(Record.model_fields)
