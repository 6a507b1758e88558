"""The words every match of a rule must contain, so a span without them is passed over unread.

Most rule calls find nothing: a comparator rule reads the ninety characters before each value,
a family scans each paragraph, and the regex engine tries the rule at every position of the
span.  Many rules cannot match without one of a few literal strings (`tối thiểu` cannot match
where neither `thiểu`, `thiếu` nor `tiểu` appears), and Python finds a string in a span
many times faster than the engine tries a rule over it.  :func:`needles` reads these strings
from the rule's regex; a folded call (:mod:`.case_fold`, so on lower-cased text and with the
case-sensitive form of the rule) whose span holds none of them answers "no match" at once.

The strings come from the syntax tree of Python's own ``re`` parser, which reads the syntax the
rules use (``regex`` in its version-0 mode is written to be compatible with ``re``).  A rule it
cannot parse (``\\p{…}``, ``(?r)``), one it reads with a warning (``[[:alpha:]]``, a POSIX class
to ``regex``, is a nested set to ``re``), one with a brace ``re`` takes as a letter (``{e<=1}``,
fuzzy matching to ``regex``), or one with no literal that every match must hold, has no gate and
is always run.  Only what a match consumes counts (a lookaround's words may lie outside the
span), and a rule that ignores case in any part of itself has no gate.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from importlib import import_module
from typing import Any

sre: Any
sre_parse: Any
try:  # the parser of the standard library's `re` (Python 3.11+); without it, no rule is gated
    sre, sre_parse = import_module("re._constants"), import_module("re._parser")
except ImportError:  # pragma: no cover - a Python that moved its parser
    sre = sre_parse = None

MAX_NEEDLES = 6  # more strings cost more to look for than the engine's own scan of a short span
# (a single letter is in almost every span, so it passes over none: a set holding one is not used)

_Needles = frozenset[str]


class _Unread(Exception):
    """Syntax that ``re`` reads as something else than ``regex`` may."""


@lru_cache(maxsize=4096)
def needles(source: str) -> tuple[str, ...] | None:
    """Strings of which every match of ``source`` (case-sensitive) contains at least one, or None."""
    if sre_parse is None:
        return None
    try:
        with warnings.catch_warnings():  # a warning of `re` is syntax it reads otherwise than `regex`
            warnings.simplefilter("error")
            tree = sre_parse.parse(source)
        if tree.state.flags & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_VERBOSE):
            return None
        found = _best(_options(list(tree)))
    except Exception:  # noqa: BLE001 - syntax of `regex` that `re` does not read (or not alike): no gate
        return None
    return tuple(sorted(found, key=lambda s: (-len(s), s))) if found else None


def _options(items: list[tuple[Any, Any]]) -> list[_Needles]:
    """For a sequence: each set that one of its parts requires (a run of literals is one whole string)."""
    options: list[_Needles] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            if av == ord("{"):  # `{e<=1}` is a letter to `re`, fuzzy matching to `regex`
                raise _Unread("{")
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        options.extend(_element(op, av))
    if run:
        options.append(frozenset(["".join(run)]))
    return [o for o in options if len(o) <= MAX_NEEDLES and not any(len(s) == 1 and s.isalpha() for s in o)]


def _element(op: Any, av: Any) -> list[_Needles]:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return [] if add_flags & sre.SRE_FLAG_IGNORECASE else _options(list(body))
    if op is sre.ATOMIC_GROUP:
        return _options(list(av))
    if op is sre.BRANCH:
        return _either([_options(list(branch)) for branch in av[1]])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _options(list(body)) if low >= 1 else []
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):  # `[.:]`: one of its characters
        return [frozenset(chr(code) for _, code in av)]
    return []  # classes, anchors, lookarounds, references: nothing a match must hold


def _either(branches: list[list[_Needles]]) -> list[_Needles]:
    """For an alternation, every branch must give one of its sets: a set all branches require
    (`năm 2025|giai đoạn 2021-2025` both hold a year), or one set per branch, joined; each branch
    takes the set that adds the fewest new strings to those already taken."""
    if not all(branches):
        return []
    common = [o for o in branches[0] if all(o in b for b in branches[1:])]
    joined: set[str] = set()
    for options in branches:
        joined |= min(options, key=lambda o: (len(o - joined), -min(map(len, o))))
        if len(joined) > MAX_NEEDLES:
            return common
    return [*common, frozenset(joined)]


def _best(options: list[_Needles]) -> _Needles | None:
    """The set that passes over the most spans: its shortest string longest, then the fewest strings."""
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))
