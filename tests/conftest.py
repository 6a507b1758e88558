"""Shared fixtures: where the repository and the optional ../shared folder are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "samples" / "ke-hoach-cchc-2024.txt"

# the tests (and the commands they start) keep no compiled rules in the user's home;
# tests/test_regex_cache.py sets a folder of its own where it needs one
os.environ["CCHC_CACHE_DIR"] = ""


@pytest.fixture()
def shared() -> Path:
    """The project's shared folder (seeds, gold, scorer); skip when a clone has none."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present (a fresh clone): seed tests skipped")
    return SHARED
