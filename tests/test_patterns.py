"""Every rule's examples and counter-examples run as tests (Duckling-style)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cchc_extract import PatternError, extract_text, load_patterns
from cchc_extract.patterns import default_directory

from .fixtures import user_patterns

PS = load_patterns()


def _record_for(text: str, expect: dict[str, object]):
    records = extract_text(text)
    assert records, f"no record found in {text!r}"
    if "value" in expect:
        matching = [r for r in records if abs(r.value - float(expect["value"])) < 0.01]  # type: ignore[arg-type]
        assert matching, f"no record with value {expect['value']} in {text!r}: {[r.value for r in records]}"
        return matching[0]
    return records[0]


@pytest.mark.parametrize(
    ("file", "rule_id", "example"), PS.examples, ids=[f"{f}:{r}:{i}" for i, (f, r, _) in enumerate(PS.examples)]
)
def test_rule_example(file: str, rule_id: str, example) -> None:
    record = _record_for(example.text, example.expect)
    for field, expected in example.expect.items():
        expected = None if expected == "null" else expected  # TOML has no null
        assert getattr(record, field) == expected, (
            f"{file} {rule_id}: {field} is {getattr(record, field)!r}, expected {expected!r} in {example.text!r}"
        )


@pytest.mark.parametrize(
    ("file", "rule_id", "text"),
    PS.counter_examples,
    ids=[f"{f}:{r}:{i}" for i, (f, r, _) in enumerate(PS.counter_examples)],
)
def test_rule_counter_example(file: str, rule_id: str, text: str) -> None:
    fired = [r for r in extract_text(text) if rule_id in r.rules or r.pattern == rule_id]
    assert not fired, f"{file} {rule_id} fired on {text!r}"


def test_every_rule_has_examples() -> None:
    with_examples = {rule_id for _, rule_id, _ in PS.examples}
    rules = [c.rule.id for c in [*PS.values, *PS.comparators, *PS.changes, *PS.per_year, *PS.years, *PS.levels]]
    missing = [r for r in rules if r not in with_examples]
    assert not missing, f"rules without examples: {missing}"


def _copy_patterns(tmp_path: Path) -> Path:
    target = tmp_path / "patterns"
    shutil.copytree(default_directory(), target)
    return target


def test_bad_regex_names_file_and_rule(tmp_path: Path) -> None:
    directory = _copy_patterns(tmp_path)
    path = directory / "values.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("regex = '(?P<v>{num}){pct}'", "regex = '(?P<v>{num}'"),
        encoding="utf-8",
    )
    with pytest.raises(PatternError, match=r"values.toml: rule value.percent: invalid regex"):
        load_patterns(directory)


def test_every_built_in_pattern_compiles(tmp_path: Path) -> None:
    # built-in rules compile on first use; a copy of them is a foreign set, compiled whole at load
    ps = load_patterns(_copy_patterns(tmp_path))
    assert extract_text("tối thiểu 70% hồ sơ", patterns=ps)[0].comparator == "gte"


def test_a_user_fragment_that_breaks_a_built_in_rule_fails_at_load(tmp_path: Path) -> None:
    mine = user_patterns(tmp_path / "mine", "fragments.toml", "[fragment]\nnum = '(\\d+'\n")
    with pytest.raises(PatternError, match=r"values.toml: rule value\.\w+: invalid regex"):
        load_patterns(extra=mine)


def test_only_sets_with_outside_rules_run_under_a_time_limit(tmp_path: Path) -> None:
    mine = user_patterns(
        tmp_path / "mine",
        "comparators.toml",
        '[[rule]]\nid = "cmp.mine"\nnote = "n"\ncomparator = "gte"\nposition = "before"\nwords = ["chí ít"]\n',
    )
    with_mine = load_patterns(extra=mine)
    assert all(c.pattern.timeout for c in with_mine.comparator_before + with_mine.years + with_mine.values)
    assert with_mine.kind_words.timeout and with_mine.any_marker.timeout
    assert not any(c.pattern.timeout for c in PS.comparator_before + PS.years + PS.values)


def test_unknown_field_names_file_and_rule(tmp_path: Path) -> None:
    directory = _copy_patterns(tmp_path)
    path = directory / "comparators.toml"
    text = path.read_text(encoding="utf-8").replace('comparator = "lt"', 'comparator = "less"')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PatternError, match=r"comparators.toml: rule cmp.lt.before: comparator"):
        load_patterns(directory)


def test_unknown_fragment_is_reported(tmp_path: Path) -> None:
    directory = _copy_patterns(tmp_path)
    path = directory / "years.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("{daymonth}", "{day_month}", 1), encoding="utf-8")
    with pytest.raises(PatternError, match=r"unknown fragment \{day_month\}"):
        load_patterns(directory)


def test_new_comparator_word_is_a_one_line_change(tmp_path: Path) -> None:
    directory = _copy_patterns(tmp_path)
    path = directory / "comparators.toml"
    text = path.read_text(encoding="utf-8").replace('words = ["tối thiểu",', 'words = ["tối thiểu", "chí ít",', 1)
    path.write_text(text, encoding="utf-8")
    records = extract_text("chí ít 70% hồ sơ được số hóa", patterns=load_patterns(directory))
    assert records[0].comparator == "gte"
    assert extract_text("chí ít 70% hồ sơ được số hóa")[0].comparator == "eq"
