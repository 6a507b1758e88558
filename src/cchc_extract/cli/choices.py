"""The values the options take, and the one option whose default depends on another (the format)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"


class ScoreFormat(StrEnum):
    """How `cchc eval` prints its figures."""

    table = "table"
    json = "json"


class ExcelLocaleChoice(StrEnum):
    vi = "vi"
    en = "en"


class KindFilter(StrEnum):
    target = "target"
    result = "result"
    all = "all"


class StdinFormat(StrEnum):
    """What standard input holds: ``auto`` looks at its first bytes; the rest are the readers' formats."""

    auto = "auto"
    text = "text"
    html = "html"
    docx = "docx"
    pdf = "pdf"
    doc = "doc"
    odt = "odt"
    rtf = "rtf"


# what an output file's name says about its format; json and jsonl are one family
_SUFFIX_FORMAT = {
    ".json": Format.json,
    ".jsonl": Format.jsonl,
    ".ndjson": Format.jsonl,
    ".csv": Format.csv,
    ".xlsx": Format.xlsx,
}
_FAMILY = {Format.json: "json", Format.jsonl: "json", Format.csv: "csv", Format.xlsx: "xlsx"}


class FormatClash(ValueError):
    """``-f`` names one format and the ``-o`` name another."""


def choose_format(fmt: Format | None, output: Path | None) -> Format:
    """The output format: ``-f`` if given, else what the ``-o`` name says, else JSON.

    ``-f csv -o x.xlsx`` asks for two things at once: :class:`FormatClash`, not a guess.
    """
    named = _SUFFIX_FORMAT.get(output.suffix.lower()) if output is not None else None
    if fmt is None:
        return named or Format.json
    if named is not None and _FAMILY[named] != _FAMILY[fmt]:
        raise FormatClash(f"-f {fmt.value} clashes with the output name {output} ({named.value}); change one of them")
    return fmt
