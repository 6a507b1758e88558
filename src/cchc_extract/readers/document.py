"""What every reader returns, and the one error every reader raises.

Kept apart from the readers so that each format module can import them
without importing the others (and their libraries).
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20_000_000  # one document (decimal MB); raise with `cchc extract --max-size MB`


class InputError(Exception):
    """An input that cannot be read; the message (one line: file, reason, what to do) is for the user."""


@dataclass(frozen=True)
class Document:
    """The text of one input, as the pipeline reads it.

    ``extracted`` is true when ``text`` was extracted from another format (offsets then
    refer to it, not to the file's bytes).  ``pages`` holds the offset in ``text`` where
    each page starts, the first page (offset 0) included, for paged formats (PDF); it is
    empty otherwise.  ``warnings`` names text that could not be read in full (a page
    without a text layer, say), so a partial read is never a silent success.
    """

    name: str
    text: str
    extracted: bool
    pages: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()

    def page_of(self, offset: int) -> int | None:
        """1-based page of ``offset`` in ``text``; None for a format without pages."""
        from bisect import bisect_right

        return bisect_right(self.pages, offset) if self.pages else None


def megabytes(size: float) -> str:
    """`300`, `20`, `0.5`: a size in decimal MB, as --max-size takes it."""
    mb = size / 1e6
    return f"{mb:.0f}" if mb >= 10 else f"{mb:.3g}"


def too_big(name: str, limit: int, subject: str) -> InputError:
    """The size refusal, worded alike for files (`300 MB`), streams and archive members."""
    return InputError(
        f"{name}: {subject} is over the {megabytes(limit)} MB limit for one document; "
        "split it, or raise the limit with --max-size"
    )
