"""The compiled-rules cache: a later run reads what an earlier one compiled, and a cache file that is
damaged, foreign or not a file at all is passed over without a word (``regex_cache``)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

from cchc_extract import regex_cache

from .conftest import SAMPLE

RULE = r"(?:tối\s+thiểu|ít\s+nhất)\s+(?P<value>\d+)\s?%"
TEXT = "Phấn đấu ít nhất 85% hồ sơ được giải quyết trực tuyến."


@pytest.fixture()
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A process that has read no cache yet, keeping its cache in a folder of its own."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(regex_cache.ENV, str(folder))
    monkeypatch.setattr(regex_cache, "_known", None)
    monkeypatch.setattr(regex_cache, "_added", 0)
    return folder


def _next_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process read or compiled, as a new run would."""
    monkeypatch.setattr(regex_cache, "_known", None)
    monkeypatch.setattr(regex_cache, "_added", 0)


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record (and still do) every compile the cache could not spare."""
    compiled: list[str] = []
    real = regex.compile

    def counted(source: str, flags: int = 0) -> Any:
        compiled.append(source)
        return real(source, flags)

    monkeypatch.setattr(regex_cache.regex, "compile", counted)
    return compiled


def _spans(pattern: regex.Pattern[str]) -> list[tuple[int, int]]:
    return [m.span("value") for m in pattern.finditer(TEXT)]


def test_a_later_run_reads_the_compiled_rule_instead_of_compiling_it(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = regex_cache.compile(RULE, regex.IGNORECASE)
    regex_cache.save()
    path = regex_cache.cache_file()
    assert path is not None and path.parent == fresh and path.is_file()

    _next_process(monkeypatch)
    compiled = _no_compiling(monkeypatch)
    again = regex_cache.compile(RULE, regex.IGNORECASE)
    assert compiled == []  # read, not compiled
    assert _spans(again) == _spans(first) == [(17, 19)]
    other = regex_cache.compile(RULE, 0)  # the same source with other flags is another rule
    assert compiled == [RULE] and other is not again


def test_nothing_is_written_when_nothing_new_was_compiled(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regex_cache.compile(RULE)
    regex_cache.save()
    path = regex_cache.cache_file()
    assert path is not None
    written = path.stat().st_mtime_ns
    os.utime(path, ns=(1, 1))
    _next_process(monkeypatch)
    regex_cache.compile(RULE)
    regex_cache.save()
    assert path.stat().st_mtime_ns == 1 != written


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit flipped
        lambda data: b"not a cache at all\n",
        lambda data: b"",
    ],
    ids=["truncated", "bit-flip", "foreign", "empty"],
)
def test_a_damaged_cache_is_compiled_past_and_written_anew(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, damage: Any
) -> None:
    regex_cache.compile(RULE)
    regex_cache.save()
    path = regex_cache.cache_file()
    assert path is not None
    path.write_bytes(damage(path.read_bytes()))

    _next_process(monkeypatch)
    compiled = _no_compiling(monkeypatch)
    assert _spans(regex_cache.compile(RULE)) == [(17, 19)]
    assert compiled == [RULE]
    regex_cache.save()

    _next_process(monkeypatch)
    compiled.clear()
    regex_cache.compile(RULE)
    assert compiled == []  # the rewritten file serves the next run


class _Plants:
    """An object whose unpickling would create a file (what a hostile cache file would do)."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self) -> Any:
        return (open, (str(self.target), "w"))


def test_a_cache_file_that_would_run_code_is_refused(
    fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    planted = tmp_path / "planted"
    payload = pickle.dumps({(RULE, 0): _Plants(planted)})
    path = regex_cache.cache_file()
    assert path is not None
    fresh.mkdir()
    digest = regex_cache.hashlib.blake2b(payload, digest_size=regex_cache._DIGEST).digest()
    path.write_bytes(regex_cache._MAGIC + digest + payload)  # well formed, checksum right

    compiled = _no_compiling(monkeypatch)
    assert _spans(regex_cache.compile(RULE)) == [(17, 19)]
    assert not planted.exists()
    assert compiled == [RULE]


def test_a_cache_path_that_is_no_regular_file_is_neither_read_nor_replaced(
    fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = regex_cache.cache_file()
    assert path is not None
    fresh.mkdir()
    os.mkfifo(path)  # reading a FIFO would wait for a writer for ever
    assert _spans(regex_cache.compile(RULE)) == [(17, 19)]
    regex_cache.save()
    assert path.is_fifo()

    path.unlink()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"someone's file")
    path.symlink_to(elsewhere)
    _next_process(monkeypatch)
    regex_cache.compile(RULE)
    regex_cache.save()
    assert path.is_symlink() and elsewhere.read_bytes() == b"someone's file"
    assert sorted(p.name for p in fresh.iterdir()) == [path.name]  # no part file left behind


def test_an_unwritable_cache_place_is_skipped(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh.parent.mkdir(exist_ok=True)
    fresh.write_text("a file where the folder should be")
    assert _spans(regex_cache.compile(RULE)) == [(17, 19)]
    regex_cache.save()  # no error
    assert fresh.read_text() == "a file where the folder should be"


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(regex_cache.ENV, "")
    monkeypatch.setattr(regex_cache, "_known", None)
    monkeypatch.setattr(regex_cache, "_added", 0)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regex_cache.cache_dir() is None and regex_cache.cache_file() is None
    regex_cache.compile(RULE)
    regex_cache.save()
    assert list(tmp_path.iterdir()) == []


def test_the_default_place_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(regex_cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regex_cache.cache_dir() == tmp_path / "cchc-extract"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert regex_cache.cache_dir() == tmp_path / "home" / ".cache" / "cchc-extract"


def test_the_command_gives_the_same_records_with_and_without_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"

    def run(setting: str) -> str:
        env = {**os.environ, regex_cache.ENV: setting}
        done = subprocess.run(
            [sys.executable, "-m", "cchc_extract", "extract", str(SAMPLE), "-f", "jsonl", "-q"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        return done.stdout

    uncached = run("")
    first = run(str(cache))  # compiles, and keeps what it compiled at exit
    kept = [p.name for p in cache.iterdir()]
    assert len(kept) == 1 and kept[0].startswith("rules-regex") and kept[0].endswith(".pickle")
    assert run(str(cache)) == first == uncached
