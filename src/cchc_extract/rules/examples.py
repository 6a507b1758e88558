"""Every rule comes with its examples: a text it decides and one it must not fire on (``examples`` and
``not``), which the tests run; collected here from the loaded set, with the check that rule ids are unique."""

from __future__ import annotations

from typing import Any

from .files import FROM_EXTRA, required, validate, where
from .models import Example, PatternError, Rule
from .ruleset import PatternSet


def _without(table: dict[str, Any], *keys: str) -> dict[str, Any]:
    """A table's fields but ``keys``, which are no fields of a rule (a ``[[cut]]``'s ``area``)."""
    return {k: v for k, v in table.items() if k not in keys}


def collect_examples(
    ps: PatternSet,
    list_data: dict[str, Any],
    kind_data: dict[str, Any],
    area_data: dict[str, Any],
    indicator_data: dict[str, Any],
) -> None:
    """Gather every rule of the set with its examples and `not` examples into ``ps`` (the tests run them), then
    :func:`check_examples`: rules that live outside a file's ``[[rule]]`` lists (the ``[past_year]``, ``[outside]``
    and ``[check]`` tables) carry examples too."""
    groups: list[tuple[str, list[Any]]] = [
        ("values.toml", [c.rule for c in ps.values]),
        ("comparators.toml", [c.rule for c in ps.comparators]),
        ("change.toml", [c.rule for c in ps.changes]),
        ("per_year.toml", [c.rule for c in ps.per_year]),
        ("years.toml", [c.rule for c in ps.years] + [ps.paragraph_year, ps.result_title, ps.back_reference]),
        ("levels.toml", [c.rule for c in ps.levels]),
        ("kind.toml", [c.rule for c in ps.kinds]),
        ("exclusions.toml", [c.rule for c in ps.exclusions]),
        ("areas.toml", ps.areas),
        ("structure.toml", [c.rule for c in ps.markers]),
        ("tables.toml", [c.rule for c in ps.tables]),
        ("lists.toml", [validate(Rule, r, "lists.toml") for r in list_data.get("rule", [])]),
        (
            "kind.toml",
            [
                validate(Rule, _without(kind_data[key], "adopting") | {"words": ["-"]}, "kind.toml")
                for key in ("past_year", "future_year", "reported_before")
            ],
        ),
        (
            "areas.toml",
            [
                validate(Rule, area_data["overall"] | {"id": "area.overall", "note": "overall"}, "areas.toml"),
                validate(Rule, area_data["outside"] | {"id": "area.outside"}, "areas.toml"),
                validate(Rule, area_data["programme"] | {"id": "area.programme"}, "areas.toml"),
                validate(
                    Rule, _without(area_data["state"], "private", "pillar_after") | {"id": "area.state"}, "areas.toml"
                ),
                *(validate(Rule, _without(cut, "area"), "areas.toml") for cut in area_data["cut"]),
            ],
        ),
        (
            "indicator.toml",
            [validate(Rule, required(indicator_data, "check", "indicator.toml") | {"words": ["-"]}, "indicator.toml")],
        ),
    ]
    for file, rules in groups:
        for rule in rules:
            ps.every_rule.append((file, rule))
            for ex in rule.examples:
                ps.examples.append((file, rule.id, ex))
            for text in rule.not_:
                ps.counter_examples.append((file, rule.id, text if isinstance(text, Example) else Example(text=text)))
    check_examples(ps, list(dict.fromkeys(file for file, _ in groups)))


def check_examples(ps: PatternSet, files: list[str]) -> None:
    """Every built-in rule shows a text it decides and one it must not fire on, and so does every file: a rule
    without them could change or vanish with no test noticing (an analyst's own rule need not)."""
    for file, rule in ps.every_rule:
        if (file, str(rule.id)) in FROM_EXTRA:
            continue
        if not rule.examples:
            raise PatternError(f"{where(file, str(rule.id))}: needs at least one example (a text it decides)")
        if not rule.not_:
            raise PatternError(f"{where(file, str(rule.id))}: needs at least one `not` (a text it must not fire on)")
    for file in files:
        if not any(f == file for f, _, _ in ps.examples) or not any(f == file for f, _, _ in ps.counter_examples):
            raise PatternError(f"{file}: needs at least one example and one `not` example")


def check_unique_ids(ps: PatternSet) -> None:
    """Rule ids are unique across the files: records and the ablation test name rules by id."""
    seen: set[str] = set()
    for _, rule in ps.every_rule:
        rid = str(rule.id)
        if rid in seen:
            raise PatternError(f"duplicate rule id {rid}")
        seen.add(rid)
