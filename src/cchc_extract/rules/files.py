"""The rule files on disk: read each TOML file of ``patterns/``, lay an analyst's ``--patterns`` folder
over it, and validate every rule, so that a problem names the file and rule (the analyst's file for a
rule of theirs)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .compile import Compiled, compile_source, safe, words_regex
from .models import PatternError, Rule

FAMILIES = (
    "fragments.toml",
    "values.toml",
    "comparators.toml",
    "change.toml",
    "per_year.toml",
    "years.toml",
    "levels.toml",
    "areas.toml",
    "kind.toml",
    "lists.toml",
    "exclusions.toml",
    "structure.toml",
    "indicator.toml",
    "tables.toml",
)
_RULE_LISTS = ("rule", "area", "marker", "cut")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise PatternError(f"{path}: pattern file missing") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PatternError(f"{path}: not valid TOML: {exc}") from exc


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """User rules over built-in ones: same id replaces, a new id is added; tables are updated key by key."""
    merged = dict(base)
    for key, value in extra.items():
        if key in _RULE_LISTS and isinstance(value, list):
            rules = {r.get("id"): r for r in merged.get(key, []) if isinstance(r, dict)}
            order = [r.get("id") for r in merged.get(key, []) if isinstance(r, dict)]
            for rule in value:
                rid = rule.get("id") if isinstance(rule, dict) else None
                if rid not in rules:
                    order.append(rid)
                rules[rid] = rule
            merged[key] = [rules[rid] for rid in order]
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


# the user's pattern folder for the load in progress (set by load_patterns), and which
# (file, rule id) came from it, so that errors name the analyst's file
EXTRA: list[Path | None] = [None]
FROM_EXTRA: dict[tuple[str, str], Path] = {}


def load_toml(directory: Path, name: str) -> dict[str, Any]:
    """A rule file of ``directory`` with the analyst's file of the same name laid over it (see :func:`_merge`),
    noting which rules are the analyst's so that their errors name the analyst's file."""
    data = _read_toml(directory / name)
    extra = EXTRA[0]
    if extra is not None and (extra / name).is_file():
        user = _read_toml(extra / name)
        for key in _RULE_LISTS:
            for rule in user.get(key, []) if isinstance(user.get(key), list) else []:
                if isinstance(rule, dict):
                    FROM_EXTRA[(name, str(rule.get("id")))] = extra / name
        data = _merge(data, user)
    return data


def check_extra(extra: Path) -> None:
    """An analyst's ``--patterns`` folder holds only known rule files: a misspelt file name would be ignored."""
    if not extra.is_dir():
        raise PatternError(f"{extra}: --patterns needs a folder of .toml files")
    unknown = sorted(p.name for p in extra.glob("*.toml") if p.name not in FAMILIES)
    if unknown:
        raise PatternError(f"{extra}: unknown pattern file(s) {', '.join(unknown)}; known: {', '.join(FAMILIES)}")


def validate(model: type[BaseModel], data: Any, file: str) -> Any:
    """``data`` as ``model``, or one error line naming the file, the rule and each field's problem."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        rid = data.get("id", "?") if isinstance(data, dict) else "?"
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
        raise PatternError(f"{where(file, rid)}: {problems}") from exc


def read_rules(
    directory: Path, file: str, model: type[Rule], fragments: dict[str, str], key: str = "rule"
) -> tuple[dict[str, Any], list[Compiled]]:
    """A file's data and its ``key`` list of rules, each validated and compiled (a regex or a word list)."""
    data = load_toml(directory, file)
    compiled = []
    for raw in data.get(key, []):
        rule = validate(model, raw, file)
        at = where(file, rule.id)
        if not rule.words and not rule.regex:
            raise PatternError(f"{at}: needs `words` or `regex`")
        source = rule.regex if rule.regex else words_regex(rule.words)
        pattern = compile_source(source, fragments, at) if rule.regex else safe(source, rule.id)
        compiled.append(Compiled(rule, pattern))
    return data, compiled


def required(data: dict[str, Any], key: str, file: str) -> Any:
    """``data[key]``, or an error naming the file that lacks it."""
    if key not in data:
        raise PatternError(f"{file}: missing `{key}`")
    return data[key]


def where(file: str, rule_id: str) -> str:
    """Where a rule was written, for its errors: the analyst's file when the rule is theirs."""
    return f"{FROM_EXTRA.get((file, rule_id), file)}: rule {rule_id}"
