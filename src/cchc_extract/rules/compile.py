"""Turn rule words and regexes into compiled, time-limited patterns.

Word lists become one trie-shaped alternation (:func:`words_regex`); ``{fragment}``
references are expanded; the anchored forms the matchers use (a comparator ending at its
value, a change verb before it) are built once per set (:func:`derive`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from ..normalize import fold
from ..safe_regex import SafePattern
from .models import AreaRule, PatternError

if TYPE_CHECKING:
    from .ruleset import PatternSet

NAMED_SUBJECT = 100  # how far a rate named as a change (`tốc độ tăng trưởng …`) may stand before its value

FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V0
_FRAGMENT_REF = regex.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Compiled:
    """A rule with its compiled, time-limited regex."""

    rule: Any
    pattern: SafePattern


# the built-in rules are compiled when first used (their tests compile them all) and run
# without a time limit; any other set is compiled at load, so that its errors name the file
# and rule before a run starts, and each of its matches is time-limited
EAGER: list[bool] = [False]
_WORD_CHAR = regex.compile(r"\w")
MADE: list[SafePattern] = []  # the patterns of such a load, for check_all


def words_regex(words: Iterable[str]) -> str:
    """Any of ``words`` as whole words, in normalized spelling, the longest that fits first.

    The words are merged into a trie (`tối (?:thiểu|đa)`): at each position the engine
    follows one branch instead of trying every word, which scans about twice as fast as
    a flat alternation of the same words.  Spaces inside a word match any run of spaces.
    When every word begins with a letter or digit, the start is a word boundary (``\\b``): the
    same positions as ``(?<![\\w])`` before a word character, and the engine skips ahead to
    them instead of trying a lookbehind at every character (a word list scans a third faster).
    """
    trie: dict[str, Any] = {}
    for word in {fold(w).lower() for w in words if w.strip()}:
        node = trie
        for char in " ".join(word.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    start = r"\b" if trie and all(_WORD_CHAR.match(char) for char in trie) else r"(?<![\w])"
    return rf"{start}(?:{_trie_regex(trie) or '(?!)'})(?![\w])"


def _trie_regex(node: dict[str, Any]) -> str:
    """Greedy, so a longer word is tried before its prefix, as a longest-first alternation would."""
    branches = [
        (r"\s+" if char == " " else regex.escape(char)) + _trie_regex(node[char]) for char in sorted(node) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else body + "?"


def safe(source: str, name: str = "built-in word list") -> SafePattern:
    """A pattern, compiled on first use.

    A set with rules from outside the package is compiled whole at load (:func:`check_all`)
    and every one of its matches runs under a time limit; the built-in set needs neither.
    """
    if not EAGER[0]:
        return SafePattern(name, source, FLAGS, timeout=None)
    pattern = SafePattern(name, source, FLAGS)
    MADE.append(pattern)
    return pattern


def compile_source(source: str, fragments: dict[str, str], where: str) -> SafePattern:
    def expand(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in fragments:
            raise PatternError(f"{where}: unknown fragment {{{name}}}")
        return fragments[name]

    text = _FRAGMENT_REF.sub(expand, fold(source))
    pattern = safe(text, where.split("rule ")[-1])
    if EAGER[0]:
        try:
            pattern.check()
        except regex.error as exc:
            raise PatternError(f"{where}: invalid regex: {exc}") from exc
    return pattern


def check_all() -> None:
    """Compile every pattern of the load now, so that a bad one is reported before any document is read."""
    for pattern in MADE:
        try:
            pattern.check()
        except regex.error as exc:
            raise PatternError(f"pattern {pattern.rule} (built from your rules): invalid regex: {exc}") from exc


def clause_cue_words(kinds: list[Compiled]) -> list[str]:
    return [w for c in kinds if c.rule.scope == "clause" and not c.rule.regex for w in c.rule.words]


def kind_word_rules(kinds: list[Compiled]) -> dict[str, list[Any]]:
    rules: dict[str, list[Any]] = {}
    for c in kinds:
        if c.rule.scope == "clause" and not c.rule.regex:
            for word in c.rule.words:
                rules.setdefault(topic_key(fold(word)), []).append(c.rule)
    return rules


def topic_key(text: str) -> str:
    """How a matched topic word (already normalized text) is looked up: lower case, single spaces."""
    return " ".join(text.lower().split())


def topic_weights(areas: list[AreaRule]) -> dict[str, list[tuple[str, int]]]:
    weights: dict[str, list[tuple[str, int]]] = {}
    for a in areas:
        for word, weight in a.topic:
            weights.setdefault(topic_key(fold(word)), []).append((a.id, weight))
    return weights


# the fields derive builds from the rules (a masked set builds them again)
DERIVED = (
    "comparator_before",
    "comparator_after",
    "comparator_opened",
    "change_before",
    "kind_free_regex",
    "kind_at_value",
    "kind_at_value_any",
)


def words_or_regex_source(entry: dict[str, Any]) -> str:
    """An entry's words, and the regex of what a word list cannot say (`outside`: a population of people
    or firms with a digital take-up, `người dân … kỹ năng số`; `overall`: satisfaction with the
    administration named in other words, `hài lòng … với cơ quan nhà nước`)."""
    source = words_regex(entry["words"])
    # the regex first: where both match at one place, its longer reach is the match (`overall` masks it)
    return f"(?:{entry['regex']})|{source}" if entry.get("regex") else source


def topic_source(areas: list[AreaRule]) -> str:
    """Every topic word of the areas in one alternation."""
    return words_regex([w for a in areas for w, _ in a.topic])


def any_marker_source(markers: list[Compiled]) -> str:
    """Any list marker, in one regex (a line that matches none is ruled out with one call)."""
    return "|".join(f"(?:{m.pattern.pattern})" for m in markers).replace("(?P<m>", "(?:") or "(?!)"


def derive(ps: PatternSet, make: Callable[[str, str], SafePattern]) -> None:
    """Anchor the word rules to the value: before it (``…$``) or after it (``^…``)."""
    fillers = ps.comparator_fillers
    for c in ps.comparators:
        if c.rule.position == "before":
            ps.comparator_before.append(
                Compiled(c.rule, make(rf"(?:{c.pattern.pattern})(?:[\s,]+(?:{fillers}))*[\s:]*$", c.rule.id))
            )
        else:
            after = rf"^(?:\s*(?:{ps.comparator_after_fillers}))?[\s)]*(?:{c.pattern.pattern})"
            (ps.comparator_after if c.rule.position == "after" else ps.comparator_opened).append(
                Compiled(c.rule, make(after, c.rule.id))
            )
    any_comparator = "|".join(c.pattern.pattern for c in ps.comparators if c.rule.position == "before")
    between = f"{ps.change_fillers}|{any_comparator}"
    for c in ps.changes:
        if c.rule.kind == "verb":
            anchored = rf"(?:{c.pattern.pattern})(?:[\s,]+(?:{between}))*[\s:]*$"
        elif c.rule.kind == "reference":
            anchored = rf"(?:{c.pattern.pattern})(?:\s+(?:{fillers}))*\s*$"
        elif c.rule.kind == "named":  # the value's subject names a change (`tốc độ tăng trưởng … đạt 8%`)
            anchored = rf"(?:{c.pattern.pattern})[^%;]{{0,{NAMED_SUBJECT}}}$"
        else:
            anchored = c.pattern.pattern
        ps.change_before.append(Compiled(c.rule, make(anchored, c.rule.id)))
    for c in ps.kinds:  # sorted once here, as every value would otherwise sort them again
        rule = c.rule
        if rule.scope == "heading":
            continue
        if rule.position == "value" or _anchored_cue(rule):
            ps.kind_at_value.append(c)
            if rule.position == "any":
                ps.kind_at_value_any.append(c)
        elif rule.regex and rule.scope == "clause":
            ps.kind_free_regex.append(c)


def _anchored_cue(rule: Any) -> bool:
    """A regex cue written to end at the value (`kế hoạch\\s*:?\\s*$`)."""
    return bool(rule.regex) and rule.regex.rstrip().endswith("$")
