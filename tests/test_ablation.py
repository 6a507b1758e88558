"""Every rule is load-bearing: with any one rule masked, some check of the suite fails.

For every rule id of every family in ``patterns/`` the built-in set is loaded with that rule
masked (:meth:`PatternSet.without`: the parsed rules and compiled patterns are shared, only
what the rule took part in is built again) and the checks run in process, the likeliest to
fail first, until one fails: the rule's own examples, every other rule example and `not`
example, the `varied.jsonl` cases, and the bars of the two document corpora. A rule that no
check needs is a *survivor*: give it an example of its own construction that needs it, or
remove it. The failure names every survivor.

The checks are those of ``test_patterns.py``, ``test_corpus.py`` and ``test_documents.py``
(see ``rulecheck.py``), except that a rule example is judged on its fields alone: that the
masked rule's id is missing from ``rules`` would catch every rule and prove nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from cchc_extract import PatternError, load_patterns
from cchc_extract.rules import PatternSet

from .rulecheck import CORPORA, case_problem, cases, counter_problem, example_problem
from .scoring import corpus_score, shortfalls
from .test_documents import BARS

FULL = load_patterns()
CASES = cases()

Check = Callable[[PatternSet], "str | None"]


def _checks(full: PatternSet) -> list[tuple[str | None, Check]]:
    """The suite's checks, each with the rule whose example it is (None for corpus checks)."""
    checks: list[tuple[str | None, Check]] = []
    for file, rid, example in full.examples:
        checks.append((rid, lambda ps, f=file, r=rid, ex=example: example_problem(ps, f, r, ex)))
    for file, rid, example in full.counter_examples:
        checks.append((rid, lambda ps, f=file, r=rid, ex=example: counter_problem(ps, f, r, ex, full)))
    for case in CASES:
        checks.append((None, lambda ps, c=case: case_problem(ps, c)))
    for corpus, bars in BARS.items():
        checks.append(
            (None, lambda ps, n=corpus, b=bars: "; ".join(shortfalls(corpus_score(CORPORA / n, ps), b)) or None)
        )
    return checks


CHECKS = _checks(FULL)


@cache
def _passing() -> list[tuple[str | None, Check]]:
    """The checks that pass with every rule: one that fails anyway proves nothing about a masked rule
    (``test_the_checks_pass_with_every_rule`` reports it)."""
    return [(rid, check) for rid, check in CHECKS if check(FULL) is None]


def caught_by(*rule_ids: str) -> str | None:
    """The first check that fails with ``rule_ids`` masked, or None when the suite would pass without them.

    The masked rules' own examples run first, then the other examples and `not` examples, then the corpora.
    """
    masked = FULL.without(*rule_ids)
    own = [check for rid, check in _passing() if rid in rule_ids]
    for check in own + [check for rid, check in _passing() if rid not in rule_ids]:
        problem = check(masked)
        if problem:
            return problem
    return None


def test_every_rule_is_needed_by_some_check() -> None:
    survivors = [f"{file}: {rule_id}" for file, rule_id in FULL.rule_ids() if caught_by(rule_id) is None]
    assert not survivors, (
        f"{len(survivors)} rule(s) that no example, corpus case or bar needs (give each an example of its own "
        "construction, or remove it):\n" + "\n".join(survivors)
    )


def test_the_checks_pass_with_every_rule() -> None:
    # what the ablation counts as a failure of a masked set is a failure of the whole set too
    failing = [problem for _, check in CHECKS if (problem := check(FULL))]
    assert not failing, "\n".join(failing)


def test_removing_all_exclusions_fails() -> None:
    exclusions = [rule_id for file, rule_id in FULL.rule_ids() if file == "exclusions.toml"]
    assert len(exclusions) >= 5
    without = FULL.without(*exclusions)
    failing = [
        problem for file, rid, ex in FULL.counter_examples if (problem := counter_problem(without, file, rid, ex, FULL))
    ]
    assert len(failing) >= len(exclusions), failing  # every exclusion's `not` keeps a record without it


def test_masking_shares_what_it_does_not_change() -> None:
    masked = FULL.without("cmp.lt.before")
    assert [c.rule.id for c in masked.comparators] == [
        c.rule.id for c in FULL.comparators if c.rule.id != "cmp.lt.before"
    ]
    assert masked.values[0].pattern is FULL.values[0].pattern  # untouched families keep their compiled patterns
    assert masked.kind_words is FULL.kind_words
    assert not masked.active("cmp.lt.before") and FULL.active("cmp.lt.before")
    assert masked.examples == FULL.examples
    with pytest.raises(PatternError, match="no rule cmp.nothing to mask"):
        FULL.without("cmp.nothing")
