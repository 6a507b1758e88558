"""Regexes that cannot hang: every match runs with a time limit.

Pattern files may come from analysts (``--patterns DIR``); a catastrophic
pattern must fail with the rule's name instead of stopping a run.  The
``regex`` module's ``timeout`` does the limiting; this wrapper names the rule.
"""

from __future__ import annotations

from typing import Any

import regex

DEFAULT_TIMEOUT = 2.0  # seconds for one match call; real rules take microseconds


class PatternTimeout(RuntimeError):
    """A rule's regex ran past its time limit."""


class SafePattern:
    """A compiled regex whose every call is time-limited and names its rule on timeout."""

    __slots__ = ("rule", "compiled", "timeout")

    def __init__(self, rule: str, compiled: regex.Pattern[str], timeout: float = DEFAULT_TIMEOUT) -> None:
        self.rule = rule
        self.compiled = compiled
        self.timeout = timeout

    @property
    def pattern(self) -> str:
        return str(self.compiled.pattern)

    def _fail(self) -> PatternTimeout:
        return PatternTimeout(
            f"pattern rule {self.rule} ran longer than {self.timeout:g} s on one match "
            "(catastrophic backtracking?); simplify its regex"
        )

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        try:
            return self.compiled.search(string, pos, endpos, timeout=self.timeout)
        except TimeoutError:
            raise self._fail() from None

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        try:
            return self.compiled.match(string, pos, endpos, timeout=self.timeout)
        except TimeoutError:
            raise self._fail() from None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        """All matches, as a list: the time limit must hold while they are found, not later."""
        try:
            return list(self.compiled.finditer(string, pos, endpos, timeout=self.timeout))
        except TimeoutError:
            raise self._fail() from None
