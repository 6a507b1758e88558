"""Every rule's examples and counter-examples run as tests (Duckling-style).

A positive example checks its fields and that its own rule decided them (see ``rulecheck.fired``);
a `not` example checks that its rule did not fire (an exclusion's: that no record came out) and,
where it says so, what the record has instead. ``test_ablation.py`` reruns the same checks with
each rule masked.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from cchc_extract import PatternError, extract_text, load_patterns
from cchc_extract.rules import FAMILIES, default_directory
from cchc_extract.rules.compile import Compiled
from cchc_extract.rules.models import Example

from .fixtures import user_patterns
from .rulecheck import counter_problem, example_problem, record_problem

PS = load_patterns()


@pytest.mark.parametrize(
    ("file", "rule_id", "example"), PS.examples, ids=[f"{f}:{r}:{i}" for i, (f, r, _) in enumerate(PS.examples)]
)
def test_rule_example(file: str, rule_id: str, example) -> None:
    problem = example_problem(PS, file, rule_id, example, full=PS)
    assert problem is None, problem


@pytest.mark.parametrize(
    ("file", "rule_id", "example"),
    PS.counter_examples,
    ids=[f"{f}:{r}:{i}" for i, (f, r, _) in enumerate(PS.counter_examples)],
)
def test_rule_counter_example(file: str, rule_id: str, example) -> None:
    problem = counter_problem(PS, file, rule_id, example, PS)
    assert problem is None, problem


# sections that decide through another rule's record (a cue they silence, a year they carry on): their examples
# are checked for the fields they expect, since no rule id of theirs shows in a record's `rules`
_THROUGH_OTHERS = [("kind.toml", "counted"), ("kind.toml", "quoted_title"), ("years.toml", "continued")]
_SECTION_EXAMPLES = [
    (f"{file} [{section}]", Example.model_validate(raw) if isinstance(raw, dict) else Example(text=raw), negative)
    for file, section in _THROUGH_OTHERS
    for key, negative in (("examples", False), ("not", True))
    for raw in tomllib.loads((default_directory() / file).read_text(encoding="utf-8"))[section].get(key, [])
]


@pytest.mark.parametrize(("where", "example", "negative"), _SECTION_EXAMPLES)
def test_the_examples_of_sections_that_decide_through_other_rules_hold(
    where: str, example: Example, negative: bool
) -> None:
    assert example.expect or negative, f"{where}: an example must say what it expects"
    _, problem = record_problem(where, extract_text(example.text), example.expect) if example.expect else (None, None)
    assert problem is None, problem


def test_every_rule_has_an_example_and_a_not() -> None:
    with_examples = {rule_id for _, rule_id, _ in PS.examples}
    with_not = {rule_id for _, rule_id, _ in PS.counter_examples}
    ids = [rule_id for _, rule_id in PS.rule_ids()]
    assert not [r for r in ids if r not in with_examples], "rules without examples"
    assert not [r for r in ids if r not in with_not], "rules without a `not` example"


def test_every_rule_of_every_file_can_be_masked() -> None:
    # the ablation test masks what rule_ids() lists: it must list every rule the files hold
    listed = {rule_id for _, rule_id in PS.rule_ids()}
    for name in FAMILIES:
        data = tomllib.loads((default_directory() / name).read_text(encoding="utf-8"))
        for key in ("rule", "area", "marker"):
            for rule in data.get(key, []):
                assert rule["id"] in listed, f"{name}: {rule['id']} is not listed, so not ablated"


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


def test_a_cut_that_names_no_area_fails_at_load(tmp_path: Path) -> None:
    directory = _copy_patterns(tmp_path)
    path = directory / "areas.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count('\narea = "procedures"\n') == 1  # the first [[cut]] table's own key
    path.write_text(text.replace('\narea = "procedures"\n', '\narea = "thu tuc"\n'), encoding="utf-8")
    with pytest.raises(PatternError, match=r"areas.toml \[\[cut\]\] #1: `area = 'thu tuc'` names no \[\[area\]\]"):
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


@pytest.mark.parametrize(
    ("key", "named", "unknown"),
    [
        ("sentence_deadlines", "year.deadline_date", "year.deadline"),
        ("plan_spans", "year.period_orientation", "year.plan_span"),
    ],
)
def test_a_list_of_year_rules_naming_no_year_rule_is_reported(
    tmp_path: Path, key: str, named: str, unknown: str
) -> None:
    directory = _copy_patterns(tmp_path)
    path = directory / "years.toml"
    text = path.read_text(encoding="utf-8").replace(f'{key} = ["{named}"]', f'{key} = ["{unknown}"]')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PatternError, match=rf"years.toml: {key} names no year rule: {unknown}$"):
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


@pytest.mark.parametrize(
    ("file", "rule", "key", "message"),
    [
        ("exclusions.toml", "exclude.fee_rate", "examples", "needs at least one example"),
        ("areas.toml", "apparatus", "not", "needs at least one `not`"),
    ],
    ids=["without-examples", "without-not"],
)
def test_a_built_in_rule_without_examples_or_a_not_fails_at_load(
    tmp_path: Path, file: str, rule: str, key: str, message: str
) -> None:
    directory = _copy_patterns(tmp_path)
    path = directory / file
    text = path.read_text(encoding="utf-8")
    start = text.index(f"{key} = [", text.index(f'id = "{rule}"'))
    end = text.index("\n", start)
    path.write_text(text[:start] + f"{key} = []" + text[end:], encoding="utf-8")
    with pytest.raises(PatternError, match=re.escape(f"{file}: rule {rule}: {message}")):
        load_patterns(directory)


def test_an_analysts_rule_needs_no_examples(tmp_path: Path) -> None:
    mine = user_patterns(
        tmp_path / "mine",
        "comparators.toml",
        '[[rule]]\nid = "cmp.mine"\nnote = "n"\ncomparator = "gte"\nposition = "before"\nwords = ["chí ít"]\n',
    )
    assert extract_text("chí ít 70% hồ sơ", patterns=load_patterns(extra=mine))[0].comparator == "gte"


def test_a_not_may_say_what_happens_instead() -> None:
    nots = [ex for file, rule_id, ex in PS.counter_examples if file == "areas.toml" and rule_id == "digital_government"]
    assert nots and nots[0].expect == {"area": "procedures"}


def test_year_phrases_are_looked_for_only_where_a_year_stands() -> None:
    from types import SimpleNamespace

    from cchc_extract.rules.load import _year_gate

    def rules(*sources: str) -> list[Compiled]:
        return [Compiled(SimpleNamespace(regex=s), None) for s in sources]  # type: ignore[arg-type]

    fragments = {"year": r"20\d\d"}
    assert load_patterns().year_gate.pattern == r"(?:19[5-9]\d|20\d\d)"  # the {year} fragment
    assert _year_gate(rules(r"năm\s+(?P<y>{year})", "mỗi năm"), fragments).pattern == r"20\d\d"
    # a rule capturing anything but a year (`quý (?P<q>I)/(?P<y>{year})`) could name a phrase without one
    assert _year_gate(rules(r"quý\s+(?P<q>\w+)/(?P<y>{year})"), fragments).pattern == ""


def test_an_analysts_cut_joins_the_built_in_cuts(tmp_path: Path) -> None:
    # a cut of the analyst's own (printing costs cut as public finance's), needing no example, beside the set's cuts
    mine = user_patterns(
        tmp_path / "mine",
        "areas.toml",
        '[[cut]]\nid = "area.cut.printing"\nnote = "n"\narea = "public_finance"\nwords = ["in ấn"]\n',
    )
    ps = load_patterns(extra=mine)
    assert [cut[0] for cut in ps.area_cuts] == ["area.cut", "area.cut.staffing", "area.cut.printing"]
    record = extract_text("Năm 2027, giảm 15% chi phí in ấn tài liệu hội nghị.", patterns=ps)[0]
    assert (record.area, record.rules[-1]) == ("public_finance", "area.cut.printing")


def test_a_cut_written_as_one_table_fails_at_load_saying_how_to_write_it(tmp_path: Path) -> None:
    mine = user_patterns(
        tmp_path / "mine", "areas.toml", '[cut]\nid = "area.cut.mine"\narea = "apparatus"\nwords = ["đầu mối"]\n'
    )
    with pytest.raises(PatternError, match=r"`cut` is a list of \[\[cut\]\] tables"):
        load_patterns(extra=mine)
