"""JSON and JSON Lines are written by pydantic's serializer, in exactly the bytes json.dumps gave.

The format is ``json.dumps(record.model_dump(mode="json"), ensure_ascii=False)`` (``", "`` and
``": "`` separators, Python's float repr) with U+0085, U+2028 and U+2029 escaped.  The
serializer is faster; these tests hold that its output cannot be told from that format,
whatever text and numbers a record holds.
"""

from __future__ import annotations

import io
import json
import math
from typing import Any, Literal, get_args, get_origin

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_extract import Record, extract_text
from cchc_extract.writers import write_json, write_jsonl

from .conftest import SAMPLE

_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def reference(record: Record) -> str:
    """One record in the format the writers keep: the json.dumps line of before."""
    text = json.dumps(record.model_dump(mode="json"), ensure_ascii=False)
    for char, escaped in _BREAKS.items():
        text = text.replace(char, escaped)
    return text


def written(records: list[Record]) -> tuple[str, str]:
    jsonl, array = io.StringIO(), io.StringIO()
    write_jsonl(records, jsonl)
    write_json(records, array)
    return jsonl.getvalue(), array.getvalue()


def expected(records: list[Record]) -> tuple[str, str]:
    lines = [reference(r) for r in records]
    return "".join(line + "\n" for line in lines), ("[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n")


# text with everything JSON escapes or might: quotes, backslashes, control characters, the
# three line breaks, DEL, non-BMP characters, and Vietnamese
TEXT = st.text(
    st.one_of(
        st.sampled_from(list('"\\/\n\r\t\b\f\x00\x1f\x7f\x85\u2028\u2029,:[]{} ') + ["ệ", "Đ", "😀", "\ufeff"]),
        st.characters(exclude_categories=["Cs"]),
    ),
    max_size=40,
)
FLOATS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1e-4, 9.99e-5, 1e-5, 5e-324, 66.67, 80.0, 1e16, 1e22, 1.7976931348623157e308]),
)


@st.composite
def records(draw: st.DrawFn) -> Record:
    fields: dict[str, Any] = {}
    for name, info in Record.model_fields.items():
        annotation = info.annotation
        options = get_args(annotation)
        literals = [a for a in (annotation, *options) if get_origin(a) is Literal]
        if name in ("start", "end"):
            fields[name] = draw(st.integers(0, 10**12))
        elif name in ("line", "column"):
            fields[name] = draw(st.integers(1, 10**6))
        elif annotation is float or float in options:
            fields[name] = draw(FLOATS if annotation is float else st.none() | FLOATS)
        elif name == "levels":
            fields[name] = draw(st.lists(st.sampled_from(["province", "district", "commune"]), max_size=3))
        elif name == "rules":
            fields[name] = draw(st.lists(TEXT, max_size=4))
        elif literals:
            fields[name] = draw(st.sampled_from(get_args(literals[0])))
        elif annotation is bool:
            fields[name] = draw(st.booleans())
        elif int in options or annotation is int:
            fields[name] = draw(st.none() | st.integers(1, 3000))
        else:
            fields[name] = draw(TEXT if not options or str in options else st.none())
    return Record(**fields)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records(), max_size=4))
def test_any_record_is_written_as_json_dumps_wrote_it(batch: list[Record]) -> None:
    assert written(batch) == expected(batch)


def test_the_awkward_floats_and_breaks_are_written_as_before() -> None:
    base = Record(
        document="d.txt", start=0, end=3, line=1, column=1, value=80.0, kind="target", comparator="gte",
        text="80%", sentence='a "b"\u2028c\x85d\u2029\n\\', pattern="p", rules=["x", "y"],
    )  # fmt: skip
    batch = [base] + [
        base.model_copy(update={"value": v, "value_max": w})
        for v, w in [(1e-05, None), (math.inf, None), (math.nan, 2.0), (5.0, -math.inf), (0.0, 1e-300), (1e16, 1e-4)]
    ]
    assert written(batch) == expected(batch)
    assert "1e-05" in written(batch)[0] and "Infinity" in written(batch)[0] and "NaN" in written(batch)[0]


def test_the_sample_is_written_as_before() -> None:
    batch = extract_text(SAMPLE.read_text(encoding="utf-8"), document=SAMPLE.name)
    assert len(batch) > 10
    assert written(batch) == expected(batch)


def test_text_fields_lose_lone_surrogates_and_excess_length_and_the_callers_dict_is_kept() -> None:
    fields: dict[str, Any] = {
        "document": "d\udc80.txt", "start": 0, "end": 3, "line": 1, "column": 1, "value": 80.0, "kind": "target",
        "comparator": "gte", "text": "80%", "sentence": "x" * 5000, "pattern": "p", "rules": ["ok", "bad\ud800"],
        "table_row": "row", "value_max": None,
    }  # fmt: skip
    kept = dict(fields)
    record = Record(**fields)
    assert record.document == "d\ufffd.txt" and record.rules == ["ok", "bad\ufffd"] and record.table_row == "row"
    assert len(record.sentence) == 1000 and record.sentence.endswith("…")
    assert written([record])[0].encode("utf-8")  # writable as UTF-8
    fields_again = dict(kept)
    Record.model_validate(fields_again)
    assert fields_again == kept  # validating does not rewrite what a caller passed in
