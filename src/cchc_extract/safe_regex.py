"""Regexes that cannot hang: every match runs with a time limit.

Pattern files may come from analysts (``--patterns DIR``); a catastrophic
pattern must fail with the rule's name instead of stopping a run.  The
``regex`` module's ``timeout`` does the limiting; this wrapper names the rule.

The limit is for rules from outside: the built-in set, which the fuzz and property
tests run against hostile text, is matched without it (``timeout=None``), since
arming the timer costs more than most of its matches on a short clause.

Compiling is deferred to the first match: a short run (one plan on the command
line) uses about three quarters of the rules, and compiling the rest would be
a third of its start-up work.  :meth:`SafePattern.check` compiles now, for
rules whose syntax must be reported at load time.
"""

from __future__ import annotations

from typing import Any

import regex

from . import case_fold, literal_gate, regex_cache

DEFAULT_TIMEOUT = 2.0  # seconds for one match call; real rules take microseconds
# folded calls before a rule's gate is read: reading it (a parse of the regex) costs about what fifty
# calls save, and a one-page run asks most rules fewer questions than that
GATE_AFTER = 50
# ``concurrent``, passed by position (a keyword costs more to parse than the call it serves): ``regex`` releases
# the GIL around every match on a ``str`` unless told not to, and takes it back around each allocation; for the
# short spans a rule reads, the hand-overs cost more than the matching, and a busy second thread (a Dask worker's
# pool) would make each of them wait out a switch interval
_HOLD_GIL = False
_FOLDING = case_fold.STATE


class PatternTimeout(RuntimeError):
    """A rule's regex ran past its time limit."""


class SafePattern:
    """A regex, compiled on first use, whose every call is time-limited and names its rule on timeout."""

    __slots__ = ("rule", "pattern", "flags", "timeout", "_compiled", "_folds", "_folded", "_gate", "_gate_in")

    def __init__(self, rule: str, pattern: str, flags: int = 0, timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self.rule = rule
        self.pattern = pattern
        self.flags = flags
        self.timeout = timeout
        self._compiled: regex.Pattern[str] | None = None
        # an untimed pattern, inside an open document, runs case-sensitively on its lower-cased copy
        # (:mod:`.case_fold`)
        self._folds = timeout is None and case_fold.foldable(pattern, flags)
        self._folded: regex.Pattern[str] | None = None
        self._gate: tuple[str, ...] | None = None  # strings one of which a folded match holds (:mod:`.literal_gate`)
        # (a rule's literals are read as written: with the VERBOSE flag, spaces are no literals)
        self._gate_in = 0 if flags & regex.VERBOSE else GATE_AFTER  # folded calls until the gate is read

    def _fold(self) -> regex.Pattern[str]:
        """The case-sensitive form run on lower-cased text (:mod:`.case_fold`)."""
        if self._folded is None:
            self._folded = regex_cache.compile(self.pattern, self.flags & ~regex.IGNORECASE)
        return self._folded

    def _untimed(self, string: str, pos: int, endpos: int | None) -> tuple[regex.Pattern[str], str] | None:
        """The pattern to run and the text to run it on: the folded form on the open document's
        lower-cased copy (:mod:`.case_fold`) when the rule folds, else the rule on ``string``; None when
        a folded call's span holds none of the rule's gate strings (the ``GATE_AFTER``-th folded call
        reads the gate).  One call does all of this: a rule call runs millions of times, and each
        further Python call in it cost more than most of its gate's string searches."""
        opened = getattr(_FOLDING, "open", None) if self._folds else None  # (:class:`.case_fold.Open`)
        if opened is None:
            return self._compiled or self.compiled, string
        if string is opened.text:
            low = opened.low
        elif string is opened.piece:
            low = opened.piece_low
        else:
            low = opened.lower_piece(string)
        if low is None:
            return self._compiled or self.compiled, string
        gate = self._gate
        if gate is not None:
            if not pos and endpos is None:  # `in` on the whole string: `find` with bounds costs as much again
                for needle in gate:
                    if needle in low:
                        break
                else:
                    return None
            else:
                for needle in gate:
                    if low.find(needle, pos, endpos) >= 0:
                        break
                else:
                    return None
        elif self._gate_in:
            self._gate_in -= 1
            if not self._gate_in:
                self._gate = literal_gate.needles(self.pattern)
        return self._folded or self._fold(), low

    @property
    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex_cache.compile(self.pattern, self.flags)
        return self._compiled

    def check(self) -> SafePattern:
        """Compile now; a bad pattern raises ``regex.error`` here rather than at its first match."""
        _ = self.compiled
        return self

    def _fail(self) -> PatternTimeout:
        return PatternTimeout(
            f"pattern rule {self.rule} ran longer than {self.timeout or 0:g} s on one match "
            "(catastrophic backtracking?); simplify its regex"
        )

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        if self.timeout is None:
            run = self._untimed(string, pos, endpos)
            return run[0].search(run[1], pos, endpos, _HOLD_GIL) if run else None
        try:
            return (self._compiled or self.compiled).search(
                string, pos, endpos, concurrent=_HOLD_GIL, timeout=self.timeout
            )
        except TimeoutError:
            raise self._fail() from None

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        if self.timeout is None:
            run = self._untimed(string, pos, endpos)
            return run[0].match(run[1], pos, endpos, _HOLD_GIL) if run else None
        try:
            return (self._compiled or self.compiled).match(
                string, pos, endpos, concurrent=_HOLD_GIL, timeout=self.timeout
            )
        except TimeoutError:
            raise self._fail() from None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        """All matches, as a list: the time limit must hold while they are found, not later."""
        if self.timeout is None:
            run = self._untimed(string, pos, endpos)
            if run is None:
                return []
            compiled, string = run
            # most scans find nothing: a search is half the cost of an empty iterator
            if compiled.search(string, pos, endpos, _HOLD_GIL) is None:
                return []
            return list(compiled.finditer(string, pos, endpos, False, _HOLD_GIL))
        try:
            return list(
                (self._compiled or self.compiled).finditer(
                    string, pos, endpos, concurrent=_HOLD_GIL, timeout=self.timeout
                )
            )
        except TimeoutError:
            raise self._fail() from None
