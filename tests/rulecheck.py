"""What every rule example, counter-example and corpus case checks, for any rule set.

`test_patterns.py` runs these checks on the built-in rules, one test each;
`test_ablation.py` runs the same checks on the rules with one rule masked, and needs
at least one of them to fail. A check returns what is wrong, or None.

How a rule shows in a record (:func:`fired`): most rules write their id into
``rules`` (a value rule into ``pattern`` as well). The others show in the field they
decide: an area rule gives ``area`` and writes how it did (`area.heading: …`,
`area.leadin: …`, `area.title`, `area.topic:<area>`); ``area.overall`` writes
`area.overall_index`; a heading kind rule writes `kind.section` with its kind; a
list marker opens a part of ``section``; ``indicator.subject`` reads the indicator
from a subject written before its value.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cchc_extract import Record, extract_text
from cchc_extract.rules import Example, PatternSet

CORPORA = Path(__file__).parent / "corpus"
CASE_FIELDS = [
    "value",
    "value_max",
    "kind",
    "comparator",
    "change",
    "per_year",
    "year",
    "baseline_year",
    "area",
    "levels",
]


def _rule(ps: PatternSet, rule_id: str) -> tuple[str, Any]:
    return next((file, rule) for file, rule in ps.every_rule if rule.id == rule_id)


def fired(full: PatternSet, rule_id: str, record: Record) -> bool:
    """Whether rule ``rule_id`` (of the whole set ``full``) decided a field of ``record``."""
    file, rule = _rule(full, rule_id)
    if file == "areas.toml" and rule_id == "area.overall":
        return "area.overall_index" in record.rules
    if file == "areas.toml" and rule_id == "area.state":  # it keeps a heading's area: `area.heading: …@state`
        return any(r.startswith("area.") and r.endswith("@state") for r in record.rules)
    if file == "areas.toml" and any(a.id == rule_id for a in full.areas):
        return record.area == rule_id and any(r.startswith("area.") for r in record.rules)
    if file == "kind.toml" and getattr(rule, "scope", "clause") == "heading":
        return "kind.section" in record.rules and record.kind == rule.kind
    if file == "structure.toml":
        # a part of the section opens with this marker (the first marker that reads it, as the layout does)
        for part in record.section.split(" > "):
            first = next((m for m in full.markers if m.pattern.match(part + " …")), None)
            if first is not None and first.rule.id == rule_id:
                return True
        return False
    if file == "indicator.toml":
        words = record.indicator
        return bool(words) and record.sentence.find(words) < record.sentence.find(record.text)
    # `rule@paragraph`: the rule decided through the cue that governs the paragraph
    return any(r == rule_id or r.startswith(f"{rule_id}@") for r in record.rules) or record.pattern == rule_id


def _expected(value: Any) -> Any:
    return None if value == "null" else value  # TOML has no null


def record_problem(where: str, records: list[Record], expect: dict[str, Any]) -> tuple[Record | None, str | None]:
    """The record an example speaks of (the first with its value, else the first) and what is wrong with it."""
    if not records:
        return None, f"{where}: no record"
    record = records[0]
    if "value" in expect:
        matching = [r for r in records if abs(r.value - float(expect["value"])) < 0.01]
        if not matching:
            return None, f"{where}: no record with value {expect['value']} (values {[r.value for r in records]})"
        record = matching[0]
    for field, expected in expect.items():
        got = getattr(record, field)
        if got != _expected(expected):
            return record, f"{where}: {field} is {got!r}, expected {_expected(expected)!r}"
    return record, None


def example_problem(
    ps: PatternSet, file: str, rule_id: str, example: Example, full: PatternSet | None = None
) -> str | None:
    """What is wrong with ``example`` of rule ``rule_id`` when extracted with ``ps``.

    The record (the first with the example's value, else the first) must have every expected
    field; with ``full`` (the whole rule set) the rule must also be the one that decided it. An
    exclusion's example is text it must keep: a record must come out.
    """
    where = f"{file} {rule_id}: {example.text!r}"
    record, problem = record_problem(where, extract_text(example.text, patterns=ps), example.expect)
    if problem or record is None:
        return problem
    if full is not None and file != "exclusions.toml" and not fired(full, rule_id, record):
        return f"{where}: the rule did not decide the record (rules {record.rules}, section {record.section!r})"
    return None


def counter_problem(ps: PatternSet, file: str, rule_id: str, example: Example, full: PatternSet) -> str | None:
    """What is wrong with a `not` example when extracted with ``ps``.

    An exclusion's `not` is text it must drop: no record may come out. Any other rule's
    `not` is text it must not decide anything on, and where the example says so, the fields
    its record has instead.
    """
    records = extract_text(example.text, patterns=ps)
    where = f"{file} {rule_id}: not {example.text!r}"
    if file == "exclusions.toml":
        return f"{where}: gave records {[r.value for r in records]}, it must give none" if records else None
    hits = [r for r in records if fired(full, rule_id, r)]
    if hits:
        return f"{where}: the rule fired (value {hits[0].value}, rules {hits[0].rules}, section {hits[0].section!r})"
    if example.expect:
        return record_problem(where, records, example.expect)[1]
    return None


def cases(name: str = "varied.jsonl") -> list[dict[str, Any]]:
    lines = (CORPORA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def case_problem(ps: PatternSet, case: dict[str, Any]) -> str | None:
    """What is wrong with a `varied.jsonl` case: every record its text must give, with the fields it states."""
    records = extract_text(case["text"], patterns=ps)
    values = [r.value for r in records]
    wanted = [e["value"] for e in case["expect"]]
    if len(values) != len(wanted) or any(abs(a - b) > 1e-6 for a, b in zip(values, wanted, strict=True)):
        return f"{case['id']}: values {values}, expected {wanted} ({case['note']})"
    for record, expected in zip(records, case["expect"], strict=True):
        for field in CASE_FIELDS:
            if field not in expected:
                continue
            got, want = getattr(record, field), expected[field]
            if field == "levels":
                got, want = sorted(got), sorted(want)
            if got != want:
                return f"{case['id']}: {record.value}: {field} is {got!r}, expected {want!r}"
    return None
