"""Loading what lives as long as the process, without the garbage collector walking it as it is built.

Code, rules and underthesea's tables, once loaded, are kept until the process ends.  While
they are built the cyclic collector would walk them again and again (a sixth of underthesea's
import, a tenth of a one-document run) and free nothing, so it pauses while they load
(:func:`loading`).  The ``cchc`` process goes further (:func:`keep_out_of_collections`): what
it has loaded, and what it loads later, is frozen out of collections for good.  A library
caller's process is left as it is, but for the pause.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_FREEZING = [False]  # this process is the cchc command (keep_out_of_collections was called)


def keep_out_of_collections() -> None:
    """What this process has loaded, and loads from now on in :func:`loading`, stays out of collections."""
    _FREEZING[0] = True
    gc.freeze()


@contextmanager
def loading() -> Iterator[None]:
    """The collector paused while long-lived code or data loads (and that load frozen, in the cchc process)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _FREEZING[0]:
            gc.freeze()
        if collecting:
            gc.enable()
