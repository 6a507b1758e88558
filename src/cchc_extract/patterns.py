"""Load the rule files in ``patterns/`` into validated, compiled rules.

Rules are data so that a new comparator word or area keyword is a one-line
change.  Every file is checked on load (pydantic); a problem is reported as
``file: rule id: what is wrong`` rather than as a traceback.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .normalize import fold
from .safe_regex import DEFAULT_TIMEOUT, SafePattern

FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V0
_FRAGMENT_REF = regex.compile(r"\{([a-z_]+)\}")

Comparator = Literal["gte", "gt", "lte", "lt", "approx", "range", "eq"]
Area = Literal["institutions", "procedures", "apparatus", "civil_service", "public_finance", "digital_government"]
Level = Literal["province", "district", "commune"]
Kind = Literal["target", "result"]


class PatternError(ValueError):
    """A pattern file is missing, unreadable or invalid."""


class Example(BaseModel):
    """A text and the fields its first matching record must have.

    A rule's ``not`` list holds texts it must not fire on, each a string or, to say what
    happens instead, an example with the fields its record must have.
    """

    model_config = ConfigDict(extra="forbid")
    text: str
    expect: dict[str, Any] = Field(default_factory=dict)


class Rule(BaseModel):
    """Fields every rule shares: an id, why it exists, and its examples."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    id: str
    note: str
    words: list[str] = Field(default_factory=list)
    regex: str | None = None
    examples: list[Example] = Field(default_factory=list)
    not_: list[str | Example] = Field(default_factory=list, alias="not")

    @field_validator("words")
    @classmethod
    def _words_not_blank(cls, words: list[str]) -> list[str]:
        if any(not w.strip() for w in words):
            raise ValueError("a word is blank")
        return words


class ValueRule(Rule):
    form: Literal["percent", "range", "fraction"]


class ComparatorRule(Rule):
    comparator: Comparator
    position: Literal["before", "after"]


class ChangeRule(Rule):
    change: Literal["increase", "decrease"]
    kind: Literal["verb", "reference", "regex", "named", "after"]


class YearRule(Rule):
    # plan: the one-year plan a page reports on; span: a time span with no year (`mỗi năm`, `trong 05 năm tới`)
    role: Literal["leadin", "clause", "baseline", "measured", "plan", "span"]


class TableRule(Rule):
    """A word or sign that gives a table cell its meaning (see ``tables.toml``)."""

    role: Literal[
        "cell", "unit_cell", "unit_header", "per_year", "kind_target", "kind_result", "kind_title",
        "year_column", "year_group", "comparator", "continuation",
    ]  # fmt: skip
    comparator: Comparator | None = None


class LevelRule(Rule):
    level: Level | Literal["all"]  # `all`: words naming every level at once (`mỗi cấp hành chính`)


class KindRule(Rule):
    kind: Kind
    # strong: a commitment or a measurement; soft: a commitment word that a measured figure overrides
    strength: Literal["strong", "soft", "weak"] = "strong"
    position: Literal["before", "after", "any", "value"] = "any"
    scope: Literal["clause", "heading"] = "clause"


class ExclusionRule(Rule):
    scope: Literal["clause", "before", "section"]


class AreaRule(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    id: Area
    label: str
    heading: list[str]
    topic: list[tuple[str, int]]
    examples: list[Example] = Field(default_factory=list)
    not_: list[str | Example] = Field(default_factory=list, alias="not")


class MarkerRule(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    id: str
    note: str
    style: str
    regex: str
    examples: list[Example] = Field(default_factory=list)
    not_: list[str | Example] = Field(default_factory=list, alias="not")


@dataclass(frozen=True)
class Compiled:
    """A rule with its compiled, time-limited regex."""

    rule: Any
    pattern: SafePattern


@dataclass
class PatternSet:
    """Everything the matcher and resolver need, compiled once per process."""

    values: list[Compiled]
    comparators: list[Compiled]
    comparator_fillers: str
    changes: list[Compiled]
    change_fillers: str
    change_reference_after: SafePattern
    per_year: list[Compiled]
    per_year_window: int
    years: list[Compiled]
    paragraph_year: Rule  # a result's year named earlier in its paragraph
    section_year_window: int  # how far back the paragraphs of a result's section are read for its year
    column_label: SafePattern  # `X: kế hoạch` at the end of an indicator
    column_gap: SafePattern  # nothing but column labels between two values (`98%; thực hiện 99,1%`)
    year_deadline: SafePattern  # a phrase that is a deadline, not when something was measured
    result_title: Rule
    result_title_year: SafePattern  # `Báo cáo kết quả … năm 2024, phương hướng … năm 2025`
    levels: list[Compiled]
    areas: list[AreaRule]
    area_heading: list[Compiled]
    topic_any: SafePattern  # every topic word in one alternation, longest first
    topic_weights: dict[str, list[tuple[str, int]]]  # folded word -> (area, weight)
    area_overall: SafePattern
    area_outside: SafePattern  # figures outside public administration (the economy, digital society)
    kinds: list[Compiled]
    kind_default: str
    kind_words: SafePattern  # every word-list cue of the clause scope, in one alternation
    kind_word_rules: dict[str, list[Any]]  # matched words (lower case) -> the rules that list them
    kind_past_year: str
    kind_titles: list[tuple[SafePattern, str]]
    markers: list[Compiled]
    any_marker: SafePattern
    exclusions: list[Compiled]
    footnote: SafePattern
    heading_max_marked: int
    heading_max_plain: int
    leadin_start: SafePattern
    leadin_max: int
    title_start: SafePattern
    title_search_lines: int
    one_year: SafePattern
    multi_year: SafePattern
    leadin_closing: SafePattern
    metadata: dict[str, SafePattern]
    list_max_words: int
    list_separator_end: SafePattern
    list_breaker: SafePattern
    respectively: SafePattern
    indicator_tail: SafePattern  # list words an indicator does not end with (`và`, `lần lượt`)
    list_separators: frozenset[str]
    breakdown: SafePattern
    subject_verb: SafePattern  # the linking words between a subject and its value, at the value
    subject_head: SafePattern
    connective: SafePattern
    level_to_value: SafePattern
    level_after: SafePattern  # from a value to a level that follows it (`80% ở cấp xã`)
    anaphora: SafePattern  # an indicator that points back to the value before (`tỷ lệ này`)
    examples: list[tuple[str, str, Example]] = field(default_factory=list)
    counter_examples: list[tuple[str, str, Example]] = field(default_factory=list)
    # anchored forms built once from the rules above (see _derive)
    comparator_before: list[Compiled] = field(default_factory=list)
    comparator_after: list[Compiled] = field(default_factory=list)
    change_before: list[Compiled] = field(default_factory=list)
    kind_free_regex: list[Compiled] = field(default_factory=list)  # regex cues found anywhere in a clause
    kind_at_value: list[Compiled] = field(default_factory=list)  # cues on the value or ending at it
    kind_at_value_any: list[Compiled] = field(default_factory=list)  # those of them a sentence lead may give
    every_rule: list[tuple[str, Any]] = field(default_factory=list)  # (file, rule) of every rule id, in file order
    masked: frozenset[str] = frozenset()  # rules switched off (see :meth:`without`)
    timed: bool = False  # every match runs under a time limit (a set with rules from outside the package)
    tables: list[Compiled] = field(default_factory=list)  # what table headers and cells say (tables.toml)

    @property
    def area_labels(self) -> dict[str, str]:
        return {a.id: a.label for a in self.areas}

    def rule_ids(self) -> list[tuple[str, str]]:
        """(file, id) of every rule of every family, the rules whose words live outside ``[[rule]]`` lists
        included (``year.paragraph``, ``kind.result.past_year``, ``area.overall``, ``indicator.subject``)."""
        return [(file, str(rule.id)) for file, rule in self.every_rule]

    def active(self, rule_id: str) -> bool:
        """Whether a rule takes part (it was not masked by :meth:`without`)."""
        return rule_id not in self.masked

    def without(self, *ids: str) -> PatternSet:
        """This set with the rules ``ids`` switched off, as if their files did not hold them.

        For the rule-ablation test: a masked set is cheap, since it shares this set's parsed rules and
        compiled patterns and builds again only the patterns a masked rule took part in (a word list
        merged from several rules, the anchored comparator and change forms). A masked ``[[rule]]``,
        area or marker is left out; ``area.overall``, ``indicator.subject`` (the linking verb that closes
        a subject) and ``year.result_title`` match nothing; a masked ``lists.toml`` rule joins no values
        into a list; ``year.paragraph`` and ``kind.result.past_year`` are decisions in code, which asks
        :meth:`active`. The examples stay those of the whole set.
        """
        files = {str(rule.id): file for file, rule in self.every_rule}
        unknown = sorted(set(ids) - set(files))
        if unknown:
            raise PatternError(f"no rule {', '.join(unknown)} to mask")
        drop = frozenset(ids)
        touched = {files[i] for i in drop}
        make = self._maker()
        never = make("(?!)", "masked rule")

        changes: dict[str, Any] = {"masked": self.masked | drop, "areas": [a for a in self.areas if a.id not in drop]}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name in _DERIVED:
                changes[f.name] = []  # built again below, from what is left
            elif isinstance(value, list) and value and isinstance(value[0], Compiled):
                changes[f.name] = [c for c in value if c.rule.id not in drop]  # every family's rules, areas' headings
        ps = dataclasses.replace(self, **changes)
        if "areas.toml" in touched:
            ps.topic_any = make(_topic_source(ps.areas), "area topic words")
            ps.topic_weights = _topic_weights(ps.areas)
            if "area.overall" in drop:
                ps.area_overall = never
            if "area.outside" in drop:
                ps.area_outside = never
        if "kind.toml" in touched:
            ps.kind_words = make(words_regex(_clause_cue_words(ps.kinds)), "kind cue words")
            ps.kind_word_rules = _kind_word_rules(ps.kinds)
        if "structure.toml" in touched:
            ps.any_marker = make(_any_marker_source(ps.markers), "structure markers")
        if "lists.toml" in touched:
            ps.list_max_words = -1
        if "indicator.toml" in touched:
            ps.subject_verb = never
        if self.result_title.id in drop:
            ps.result_title_year = never
        _derive(ps, make)
        return ps

    def _maker(self) -> Callable[[str, str], SafePattern]:
        """Make a pattern as this set makes them, reusing the one it already holds for the same source."""
        known: dict[str, SafePattern] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            for item in value if isinstance(value, list) else [value]:
                pattern = item.pattern if isinstance(item, Compiled) else item
                if isinstance(pattern, SafePattern):
                    known.setdefault(pattern.pattern, pattern)
        timeout = DEFAULT_TIMEOUT if self.timed else None

        def make(source: str, name: str) -> SafePattern:
            return known.get(source) or SafePattern(name, source, FLAGS, timeout=timeout)

        return make


def words_regex(words: Iterable[str]) -> str:
    """Any of ``words`` as whole words, in normalized spelling, the longest that fits first.

    The words are merged into a trie (`tối (?:thiểu|đa)`): at each position the engine
    follows one branch instead of trying every word, which scans about twice as fast as
    a flat alternation of the same words.  Spaces inside a word match any run of spaces.
    """
    trie: dict[str, Any] = {}
    for word in {fold(w).lower() for w in words if w.strip()}:
        node = trie
        for char in " ".join(word.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return rf"(?<![\w])(?:{_trie_regex(trie) or '(?!)'})(?![\w])"


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


def _where(file: str, rule_id: str) -> str:
    return f"{_FROM_EXTRA.get((file, rule_id), file)}: rule {rule_id}"


def _safe(source: str, name: str = "built-in word list") -> SafePattern:
    """A pattern, compiled on first use.

    A set with rules from outside the package is compiled whole at load (:func:`_check_all`)
    and every one of its matches runs under a time limit; the built-in set needs neither.
    """
    if not _EAGER[0]:
        return SafePattern(name, source, FLAGS, timeout=None)
    pattern = SafePattern(name, source, FLAGS)
    _MADE.append(pattern)
    return pattern


def _compile(source: str, fragments: dict[str, str], where: str) -> SafePattern:
    def expand(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in fragments:
            raise PatternError(f"{where}: unknown fragment {{{name}}}")
        return fragments[name]

    text = _FRAGMENT_REF.sub(expand, fold(source))
    pattern = _safe(text, where.split("rule ")[-1])
    if _EAGER[0]:
        try:
            pattern.check()
        except regex.error as exc:
            raise PatternError(f"{where}: invalid regex: {exc}") from exc
    return pattern


def _check_all() -> None:
    """Compile every pattern of the load now, so that a bad one is reported before any document is read."""
    for pattern in _MADE:
        try:
            pattern.check()
        except regex.error as exc:
            raise PatternError(f"pattern {pattern.rule} (built from your rules): invalid regex: {exc}") from exc


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
_RULE_LISTS = ("rule", "area", "marker")


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
_EXTRA: list[Path | None] = [None]
_FROM_EXTRA: dict[tuple[str, str], Path] = {}
# the built-in rules are compiled when first used (their tests compile them all) and run
# without a time limit; any other set is compiled at load, so that its errors name the file
# and rule before a run starts, and each of its matches is time-limited
_EAGER: list[bool] = [False]
_MADE: list[SafePattern] = []  # the patterns of such a load, for _check_all


def _load_toml(directory: Path, name: str) -> dict[str, Any]:
    data = _read_toml(directory / name)
    extra = _EXTRA[0]
    if extra is not None and (extra / name).is_file():
        user = _read_toml(extra / name)
        for key in _RULE_LISTS:
            for rule in user.get(key, []) if isinstance(user.get(key), list) else []:
                if isinstance(rule, dict):
                    _FROM_EXTRA[(name, str(rule.get("id")))] = extra / name
        data = _merge(data, user)
    return data


def _check_extra(extra: Path) -> None:
    if not extra.is_dir():
        raise PatternError(f"{extra}: --patterns needs a folder of .toml files")
    unknown = sorted(p.name for p in extra.glob("*.toml") if p.name not in FAMILIES)
    if unknown:
        raise PatternError(f"{extra}: unknown pattern file(s) {', '.join(unknown)}; known: {', '.join(FAMILIES)}")


def _validate(model: type[BaseModel], data: Any, file: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        rid = data.get("id", "?") if isinstance(data, dict) else "?"
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
        raise PatternError(f"{_where(file, rid)}: {problems}") from exc


def _rules(
    directory: Path, file: str, model: type[Rule], fragments: dict[str, str], key: str = "rule"
) -> tuple[dict[str, Any], list[Compiled]]:
    data = _load_toml(directory, file)
    compiled = []
    for raw in data.get(key, []):
        rule = _validate(model, raw, file)
        where = _where(file, rule.id)
        if not rule.words and not rule.regex:
            raise PatternError(f"{where}: needs `words` or `regex`")
        source = rule.regex if rule.regex else words_regex(rule.words)
        pattern = _compile(source, fragments, where) if rule.regex else _safe(source, rule.id)
        compiled.append(Compiled(rule, pattern))
    return data, compiled


def _required(data: dict[str, Any], key: str, file: str) -> Any:
    if key not in data:
        raise PatternError(f"{file}: missing `{key}`")
    return data[key]


def _clause_cue_words(kinds: list[Compiled]) -> list[str]:
    return [w for c in kinds if c.rule.scope == "clause" and not c.rule.regex for w in c.rule.words]


def _kind_word_rules(kinds: list[Compiled]) -> dict[str, list[Any]]:
    rules: dict[str, list[Any]] = {}
    for c in kinds:
        if c.rule.scope == "clause" and not c.rule.regex:
            for word in c.rule.words:
                rules.setdefault(topic_key(fold(word)), []).append(c.rule)
    return rules


def topic_key(text: str) -> str:
    """How a matched topic word (already normalized text) is looked up: lower case, single spaces."""
    return " ".join(text.lower().split())


def _topic_weights(areas: list[AreaRule]) -> dict[str, list[tuple[str, int]]]:
    weights: dict[str, list[tuple[str, int]]] = {}
    for a in areas:
        for word, weight in a.topic:
            weights.setdefault(topic_key(fold(word)), []).append((a.id, weight))
    return weights


def default_directory() -> Path:
    """The packaged rules; in a source checkout, the repository's ``patterns/``."""
    packaged = resources.files("cchc_extract") / "patterns"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "patterns"


@lru_cache(maxsize=8)
def load_patterns(directory: Path | None = None, extra: Path | None = None) -> PatternSet:
    """Load, validate and compile every rule file of ``directory``, with ``extra``'s rules over them.

    A rule in ``extra`` (an analyst's folder, ``cchc extract --patterns DIR``) with the id
    of a built-in rule replaces it; a new id adds a rule. Problems name the file and rule.
    """
    if extra is not None:
        _check_extra(extra)
    _EXTRA[0] = extra
    _EAGER[0] = extra is not None or (directory is not None and directory != default_directory())
    _FROM_EXTRA.clear()
    _MADE.clear()
    try:
        ps = _load(directory or default_directory(), extra)
        if _EAGER[0]:
            _check_all()
        return ps
    finally:
        _EXTRA[0] = None
        _EAGER[0] = False
        _FROM_EXTRA.clear()
        _MADE.clear()


def _load(directory: Path, extra: Path | None) -> PatternSet:
    fragments = {
        k: fold(v) for k, v in _required(_load_toml(directory, "fragments.toml"), "fragment", "fragments.toml").items()
    }
    _, values = _rules(directory, "values.toml", ValueRule, fragments)
    cmp_data, comparators = _rules(directory, "comparators.toml", ComparatorRule, fragments)
    chg_data, changes = _rules(directory, "change.toml", ChangeRule, fragments)
    py_data, per_year = _rules(directory, "per_year.toml", Rule, fragments)
    year_data, years = _rules(directory, "years.toml", YearRule, fragments)
    paragraph_year = _validate(Rule, _required(year_data, "paragraph", "years.toml"), "years.toml")
    result_title = _validate(Rule, _required(year_data, "result_title", "years.toml"), "years.toml")
    _, levels = _rules(directory, "levels.toml", LevelRule, fragments)
    kind_data, kinds = _rules(directory, "kind.toml", KindRule, fragments)
    list_data = _load_toml(directory, "lists.toml")
    indicator_data = _load_toml(directory, "indicator.toml")
    ind = _required(indicator_data, "indicator", "indicator.toml")
    _, exclusions = _rules(directory, "exclusions.toml", ExclusionRule, fragments)

    area_data = _load_toml(directory, "areas.toml")
    areas = [_validate(AreaRule, raw, "areas.toml") for raw in area_data.get("area", [])]
    area_heading = [Compiled(a, _safe(words_regex(a.heading), f"area {a.id}")) for a in areas]

    column = rf"(?:{words_regex(ind['column_labels'])}|năm\s+{{year}})"  # `kế hoạch`, `năm 2025`
    st = _load_toml(directory, "structure.toml")
    markers = []
    for raw in st.get("marker", []):
        m = _validate(MarkerRule, raw, "structure.toml")
        markers.append(Compiled(m, _compile(m.regex, fragments, _where("structure.toml", m.id))))
    meta_src = _required(st, "metadata", "structure.toml")
    metadata = {k: _compile(v, fragments, f"structure.toml: metadata.{k}") for k, v in meta_src.items()}
    heading = _required(st, "heading", "structure.toml")
    leadin = _required(st, "leadin", "structure.toml")
    title = _required(st, "title", "structure.toml")

    default = _required(kind_data, "default", "kind.toml")
    kind_titles = [(_safe(r"^\W*" + words_regex(t["words"])), t["kind"]) for t in default.get("titles", [])]

    ps = PatternSet(
        values=values,
        comparators=comparators,
        comparator_fillers=words_regex(cmp_data.get("fillers", [])),
        changes=changes,
        change_fillers=words_regex(chg_data.get("fillers", [])),
        change_reference_after=_safe(
            r"^[\s\S]{0,80}?" + words_regex(_required(chg_data, "reference", "change.toml")["after"]),
            "change reference words",
        ),
        per_year=per_year,
        per_year_window=int(py_data.get("window", 100)),
        years=years,
        paragraph_year=paragraph_year,
        section_year_window=int(year_data.get("section_window", 3000)),
        year_deadline=_safe(r"\s*" + words_regex(paragraph_year.words), "years paragraph deadline words"),
        result_title=result_title,
        result_title_year=_compile(result_title.regex or "", fragments, "years.toml: result_title"),
        levels=levels,
        areas=areas,
        area_heading=area_heading,
        topic_any=_safe(_topic_source(areas), "area topic words"),
        topic_weights=_topic_weights(areas),
        area_overall=_safe(words_regex(_required(area_data, "overall", "areas.toml")["words"])),
        area_outside=_safe(_outside_source(_required(area_data, "outside", "areas.toml")), "area outside"),
        kinds=kinds,
        kind_default=str(default.get("kind", "target")),
        kind_words=_safe(words_regex(_clause_cue_words(kinds)), "kind cue words"),
        kind_word_rules=_kind_word_rules(kinds),
        kind_past_year=str(_required(kind_data, "past_year", "kind.toml")["id"]),
        kind_titles=kind_titles,
        markers=markers,
        any_marker=_safe(_any_marker_source(markers), "structure markers"),
        exclusions=exclusions,
        footnote=_compile(_required(st, "footnote", "structure.toml")["regex"], fragments, "structure.toml: footnote"),
        heading_max_marked=int(heading["max_marked"]),
        heading_max_plain=int(heading["max_plain"]),
        leadin_start=_safe(r"^\s*" + words_regex(leadin["words"])),
        leadin_max=int(leadin["max_length"]),
        title_start=_safe(r"^\W*" + words_regex(title["words"])),
        title_search_lines=int(title["search_lines"]),
        one_year=_compile(title["one_year"], fragments, "structure.toml: title.one_year"),
        multi_year=_compile(title["multi_year"], fragments, "structure.toml: title.multi_year"),
        leadin_closing=_safe(r"^\s*" + words_regex(leadin.get("closing", []))),
        metadata=metadata,
        list_max_words=int(_required(list_data, "max_words", "lists.toml")),
        list_separator_end=_safe(
            r"(?:,|" + words_regex([s for s in list_data["separators"] if s != ","]) + r")\s*$", "list separators"
        ),
        list_breaker=_safe(
            "|".join(
                [words_regex([b for b in list_data["breakers"] if b[0].isalnum()])]
                + [regex.escape(b) for b in list_data["breakers"] if not b[0].isalnum()]
            ),
            "list breakers",
        ),
        respectively=_safe(words_regex(list_data["respectively"])),
        indicator_tail=_safe(
            rf"(?:[\s,]*(?:{words_regex(list_data['separators'])}|{words_regex(list_data['respectively'])}))+[\s,]*$",
            "indicator tail",
        ),
        column_label=_compile(rf"\s*:\s*{column}\s*$", fragments, "indicator.toml: column_labels"),
        column_gap=_compile(rf"^[\W_]*(?:{column}[\W_]*)*$", fragments, "indicator.toml: column_labels"),
        list_separators=frozenset(fold(w).lower() for w in list_data["separators"]),
        breakdown=_safe(words_regex(_required(list_data, "breakdown", "lists.toml")), "lists breakdown"),
        subject_verb=_safe(
            rf"(?:(?:{words_regex(ind['linking_adverbs'])}\s+)*{words_regex(ind['linking'])}"
            rf"(?:\s+{words_regex(ind['linking_tail'])})*"
            rf"|[(,]\s*{words_regex(ind['bracket_rate'])}|(?<=\p{{L}})(?::|\s*\())[\s:]*$",
            "indicator linking",
        ),
        subject_head=_safe(words_regex(ind["heads"]), "indicator heads"),
        connective=_safe(rf"^(?:{words_regex(ind['connectives'])}[\s,:]*)+", "indicator connectives"),
        level_to_value=_safe(rf"^\s*(?:{words_regex(ind['level_linking'])}\s*)*:?\s*$", "indicator level linking"),
        level_after=_safe(rf"[\s,]*{words_regex(ind['level_after'])}\s*", "indicator level after"),
        anaphora=_safe(rf"\s*{words_regex(ind['anaphora'])}", "indicator anaphora"),
    )
    ps.tables = _rules(directory, "tables.toml", TableRule, fragments)[1]
    ps.timed = _EAGER[0]
    _collect_examples(ps, list_data, kind_data, area_data, indicator_data)
    _check_unique_ids(ps)
    _derive(ps, _safe)
    return ps


# the fields _derive builds from the rules (a masked set builds them again)
_DERIVED = (
    "comparator_before",
    "comparator_after",
    "change_before",
    "kind_free_regex",
    "kind_at_value",
    "kind_at_value_any",
)


def _outside_source(outside: dict[str, Any]) -> str:
    """The words of figures outside public administration, and the regex of those a word list cannot say
    (a population of people or firms with a digital take-up: `người dân … kỹ năng số`)."""
    source = words_regex(outside["words"])
    return f"{source}|(?:{outside['regex']})" if outside.get("regex") else source


def _topic_source(areas: list[AreaRule]) -> str:
    """Every topic word of the areas in one alternation."""
    return words_regex([w for a in areas for w, _ in a.topic])


def _any_marker_source(markers: list[Compiled]) -> str:
    """Any list marker, in one regex (a line that matches none is ruled out with one call)."""
    return "|".join(f"(?:{m.pattern.pattern})" for m in markers).replace("(?P<m>", "(?:") or "(?!)"


def _derive(ps: PatternSet, make: Callable[[str, str], SafePattern]) -> None:
    """Anchor the word rules to the value: before it (``…$``) or after it (``^…``)."""
    fillers = ps.comparator_fillers
    for c in ps.comparators:
        if c.rule.position == "before":
            ps.comparator_before.append(
                Compiled(c.rule, make(rf"(?:{c.pattern.pattern})(?:[\s,]+(?:{fillers}))*[\s:]*$", c.rule.id))
            )
        else:
            ps.comparator_after.append(Compiled(c.rule, make(rf"^[\s)]*(?:{c.pattern.pattern})", c.rule.id)))
    any_comparator = "|".join(c.pattern.pattern for c in ps.comparators if c.rule.position == "before")
    between = f"{ps.change_fillers}|{any_comparator}"
    for c in ps.changes:
        if c.rule.kind == "verb":
            anchored = rf"(?:{c.pattern.pattern})(?:[\s,]+(?:{between}))*[\s:]*$"
        elif c.rule.kind == "reference":
            anchored = rf"(?:{c.pattern.pattern})(?:\s+(?:{fillers}))*\s*$"
        elif c.rule.kind == "named":  # the value's subject names a change (`tốc độ tăng trưởng … đạt 8%`)
            anchored = rf"(?:{c.pattern.pattern})[^%;]{{0,60}}$"
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


def _collect_examples(
    ps: PatternSet,
    list_data: dict[str, Any],
    kind_data: dict[str, Any],
    area_data: dict[str, Any],
    indicator_data: dict[str, Any],
) -> None:
    groups: list[tuple[str, list[Any]]] = [
        ("values.toml", [c.rule for c in ps.values]),
        ("comparators.toml", [c.rule for c in ps.comparators]),
        ("change.toml", [c.rule for c in ps.changes]),
        ("per_year.toml", [c.rule for c in ps.per_year]),
        ("years.toml", [c.rule for c in ps.years] + [ps.paragraph_year, ps.result_title]),
        ("levels.toml", [c.rule for c in ps.levels]),
        ("kind.toml", [c.rule for c in ps.kinds]),
        ("exclusions.toml", [c.rule for c in ps.exclusions]),
        ("areas.toml", ps.areas),
        ("structure.toml", [c.rule for c in ps.markers]),
        ("tables.toml", [c.rule for c in ps.tables]),
        ("lists.toml", [_validate(Rule, r, "lists.toml") for r in list_data.get("rule", [])]),
        ("kind.toml", [_validate(Rule, kind_data["past_year"] | {"words": ["-"]}, "kind.toml")]),
        (
            "areas.toml",
            [
                _validate(Rule, area_data["overall"] | {"id": "area.overall", "note": "overall"}, "areas.toml"),
                _validate(Rule, area_data["outside"] | {"id": "area.outside"}, "areas.toml"),
            ],
        ),
        (
            "indicator.toml",
            [
                _validate(
                    Rule, _required(indicator_data, "check", "indicator.toml") | {"words": ["-"]}, "indicator.toml"
                )
            ],
        ),
    ]
    for file, rules in groups:
        for rule in rules:
            ps.every_rule.append((file, rule))
            for ex in rule.examples:
                ps.examples.append((file, rule.id, ex))
            for text in rule.not_:
                ps.counter_examples.append((file, rule.id, text if isinstance(text, Example) else Example(text=text)))
            if (file, str(rule.id)) in _FROM_EXTRA:
                continue  # an analyst's rule need not come with examples
            if not rule.examples:
                raise PatternError(f"{_where(file, str(rule.id))}: needs at least one example (a text it decides)")
            if not rule.not_:
                raise PatternError(
                    f"{_where(file, str(rule.id))}: needs at least one `not` (a text it must not fire on)"
                )
    for file in dict.fromkeys(file for file, _ in groups):
        if not any(f == file for f, _, _ in ps.examples) or not any(f == file for f, _, _ in ps.counter_examples):
            raise PatternError(f"{file}: needs at least one example and one `not` example")


def _check_unique_ids(ps: PatternSet) -> None:
    seen: set[str] = set()
    for _, rule in ps.every_rule:
        rid = str(rule.id)
        if rid in seen:
            raise PatternError(f"duplicate rule id {rid}")
        seen.add(rid)
