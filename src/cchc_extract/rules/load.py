"""Read the rule files of ``patterns/`` (with an analyst's ``--patterns`` folder over them) into a
validated :class:`~.ruleset.PatternSet`.

Rules are data so that a new comparator word or area keyword is a one-line change. Every file
is checked on load; a problem names the file and rule (the analyst's file for a rule of theirs).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex
from pydantic import BaseModel, ValidationError

from ..normalize import fold
from ..safe_regex import SafePattern
from .compile import (
    EAGER,
    MADE,
    Compiled,
    any_marker_source,
    check_all,
    clause_cue_words,
    compile_source,
    derive,
    kind_word_rules,
    safe,
    topic_key,
    topic_source,
    topic_weights,
    words_or_regex_source,
    words_regex,
)
from .models import (
    AreaRule,
    ChangeRule,
    ComparatorRule,
    Example,
    ExclusionRule,
    KindRule,
    LevelRule,
    MarkerRule,
    PatternError,
    Rule,
    TableRule,
    ValueRule,
    YearRule,
)
from .ruleset import PatternSet

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
        pattern = compile_source(source, fragments, where) if rule.regex else safe(source, rule.id)
        compiled.append(Compiled(rule, pattern))
    return data, compiled


def _required(data: dict[str, Any], key: str, file: str) -> Any:
    if key not in data:
        raise PatternError(f"{file}: missing `{key}`")
    return data[key]


def _continued_source(continued: dict[str, Any]) -> str:
    """A paragraph's opening that goes on under the year of the one before: its words, and the openings words
    cannot list (``regex``: a part of the goals that paragraph counted, `Đối với 14 chỉ tiêu …`)."""
    openings = [words_regex(continued["words"]), *([f"(?:{continued['regex']})"] if continued.get("regex") else [])]
    return r"^\W*(?:" + "|".join(openings) + ")"


def _opener_source(openers: list[str]) -> str:
    """A word of `openers` right before a value (`từ 70%`); with none, the word list matches nothing."""
    return rf"(?<![\w])(?:{words_regex(openers)})\s*$"


def _year_rules(year_data: dict[str, Any], years: list[Compiled], key: str) -> frozenset[str]:
    """The year rules a list of years.toml names (`sentence_deadlines`, `plan_spans`): each must be one of its rules."""
    named = year_data.get(key, [])
    known = {str(c.rule.id) for c in years}
    unknown = [n for n in named if n not in known]
    if unknown:
        raise PatternError(f"years.toml: {key} names no year rule: {', '.join(map(str, unknown))}")
    return frozenset(named)


def _where(file: str, rule_id: str) -> str:
    return f"{_FROM_EXTRA.get((file, rule_id), file)}: rule {rule_id}"


def default_directory() -> Path:
    """The packaged rules; in a source checkout, the repository's ``patterns/``."""
    packaged = resources.files("cchc_extract") / "patterns"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "patterns"  # src/cchc_extract/rules/load.py → the checkout


@lru_cache(maxsize=8)
def load_patterns(directory: Path | None = None, extra: Path | None = None) -> PatternSet:
    """Load, validate and compile every rule file of ``directory``, with ``extra``'s rules over them.

    A rule in ``extra`` (an analyst's folder, ``cchc extract --patterns DIR``) with the id
    of a built-in rule replaces it; a new id adds a rule. Problems name the file and rule.
    """
    if extra is not None:
        _check_extra(extra)
    _EXTRA[0] = extra
    EAGER[0] = extra is not None or (directory is not None and directory != default_directory())
    _FROM_EXTRA.clear()
    MADE.clear()
    try:
        ps = _load(directory or default_directory(), extra)
        if EAGER[0]:
            check_all()
        return ps
    finally:
        _EXTRA[0] = None
        EAGER[0] = False
        _FROM_EXTRA.clear()
        MADE.clear()


_NAMED_GROUP = regex.compile(r"\(\?P<\w+>")
_YEAR_GROUP = regex.compile(r"\(\?P<\w+>\{year\}\)")


def _fillers(chg_data: dict[str, Any], fragments: dict[str, str]) -> str:
    """What may stand between a change verb and its value: the filler words, and the phrases of
    ``filler_regex`` that words cannot list (`tăng bình quân đến năm 2025 đạt 7%`)."""
    source = words_regex(chg_data.get("fillers", []))
    if chg_data.get("filler_regex"):
        source += "|" + compile_source(chg_data["filler_regex"], fragments, "change.toml: filler_regex").pattern
    return source


def _year_gate(years: list[Compiled], fragments: dict[str, str]) -> SafePattern:
    """What every year phrase holds: its year (the ``{year}`` fragment), when each rule's groups capture
    that and nothing else (a rule without groups names no year); a span without one is no phrase's,
    and :func:`~..decide.year_phrases.year_phrases` skips it."""
    sources = [str(c.rule.regex or "") for c in years]
    year_only = all(len(_NAMED_GROUP.findall(s)) == len(_YEAR_GROUP.findall(s)) for s in sources)
    return safe(fragments["year"] if year_only and "year" in fragments else "", "years: any year")


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
    area_heading = [Compiled(a, safe(words_regex(a.heading), f"area {a.id}")) for a in areas]

    column = rf"(?:{words_regex(ind['column_labels'])}|năm\s+{{year}})"  # `kế hoạch`, `năm 2025`
    st = _load_toml(directory, "structure.toml")
    markers = []
    for raw in st.get("marker", []):
        m = _validate(MarkerRule, raw, "structure.toml")
        markers.append(Compiled(m, compile_source(m.regex, fragments, _where("structure.toml", m.id))))
    meta_src = _required(st, "metadata", "structure.toml")
    metadata = {k: compile_source(v, fragments, f"structure.toml: metadata.{k}") for k, v in meta_src.items()}
    heading = _required(st, "heading", "structure.toml")
    leadin = _required(st, "leadin", "structure.toml")
    title = _required(st, "title", "structure.toml")

    default = _required(kind_data, "default", "kind.toml")
    kind_titles = [(safe(r"^\W*" + words_regex(t["words"])), t["kind"]) for t in default.get("titles", [])]

    ps = PatternSet(
        values=values,
        comparators=comparators,
        comparator_fillers=words_regex(cmp_data.get("fillers", [])),
        comparator_after_fillers=words_regex(cmp_data.get("after_fillers", [])),
        comparator_opener=safe(_opener_source(cmp_data.get("openers", [])), "comparator openers"),
        changes=changes,
        change_fillers=_fillers(chg_data, fragments),
        change_reference_after=safe(
            r"^[\s\S]{0,80}?" + words_regex(_required(chg_data, "reference", "change.toml")["after"]),
            "change reference words",
        ),
        per_year=per_year,
        per_year_window=int(py_data.get("window", 100)),
        per_year_other_figure=compile_source(
            _required(py_data, "other_figure", "per_year.toml"), fragments, "per_year.toml: other_figure"
        ),
        years=years,
        year_gate=_year_gate(years, fragments),
        paragraph_year=paragraph_year,
        year_continued=safe(
            _continued_source(_required(year_data, "continued", "years.toml")), "years continued paragraph"
        ),
        section_year_window=int(year_data.get("section_window", 3000)),
        sentence_deadlines=_year_rules(year_data, years, "sentence_deadlines"),
        plan_spans=_year_rules(year_data, years, "plan_spans"),
        year_deadline=safe(r"\s*" + words_regex(paragraph_year.words), "years paragraph deadline words"),
        result_title=result_title,
        result_title_year=compile_source(result_title.regex or "", fragments, "years.toml: result_title"),
        levels=levels,
        areas=areas,
        area_heading=area_heading,
        topic_any=safe(topic_source(areas), "area topic words"),
        topic_weights=topic_weights(areas),
        area_overall=safe(words_or_regex_source(_required(area_data, "overall", "areas.toml")), "area overall"),
        area_outside=safe(words_or_regex_source(_required(area_data, "outside", "areas.toml")), "area outside"),
        area_programme=safe(words_or_regex_source(_required(area_data, "programme", "areas.toml")), "area programme"),
        kinds=kinds,
        kind_default=str(default.get("kind", "target")),
        kind_prevailing=bool(default.get("prevailing", False)),
        kind_prose_results=int(default.get("prose_results", 0)),
        kind_words=safe(words_regex(clause_cue_words(kinds)), "kind cue words"),
        kind_word_rules=kind_word_rules(kinds),
        kind_past_year=str(_required(kind_data, "past_year", "kind.toml")["id"]),
        kind_future_year=str(_required(kind_data, "future_year", "kind.toml")["id"]),
        kind_counted=compile_source(
            _required(kind_data, "counted", "kind.toml")["regex"], fragments, "kind.toml: counted"
        ),
        kind_counted_words=frozenset(topic_key(fold(w)) for w in kind_data["counted"].get("words", [])),
        kind_quoted_title=compile_source(
            _required(kind_data, "quoted_title", "kind.toml")["regex"], fragments, "kind.toml: quoted_title"
        ),
        kind_titles=kind_titles,
        markers=markers,
        any_marker=safe(any_marker_source(markers), "structure markers"),
        exclusions=exclusions,
        footnote=compile_source(
            _required(st, "footnote", "structure.toml")["regex"], fragments, "structure.toml: footnote"
        ),
        heading_max_marked=int(heading["max_marked"]),
        heading_max_plain=int(heading["max_plain"]),
        leadin_start=safe(r"^\s*" + words_regex(leadin["words"])),
        leadin_max=int(leadin["max_length"]),
        title_start=safe(r"^\W*" + words_regex(title["words"])),
        title_search_lines=int(title["search_lines"]),
        one_year=compile_source(title["one_year"], fragments, "structure.toml: title.one_year"),
        multi_year=compile_source(title["multi_year"], fragments, "structure.toml: title.multi_year"),
        leadin_closing=safe(r"^\s*" + words_regex(leadin.get("closing", []))),
        metadata=metadata,
        list_max_words=int(_required(list_data, "max_words", "lists.toml")),
        list_separator_end=safe(
            r"(?:,|" + words_regex([s for s in list_data["separators"] if s != ","]) + r")\s*$", "list separators"
        ),
        list_breaker=safe(
            "|".join(
                [words_regex([b for b in list_data["breakers"] if b[0].isalnum()])]
                + [regex.escape(b) for b in list_data["breakers"] if not b[0].isalnum()]
            ),
            "list breakers",
        ),
        list_nominal=safe(words_regex(list_data.get("nominal", [])), "list nominal"),
        list_and_item=safe(
            r"(?:^|\s)(?:" + words_regex(list_data.get("and_item", [])) + r")(?=\s)[^%]*\svà\s*$", "list and_item"
        ),
        respectively=safe(words_regex(list_data["respectively"])),
        indicator_tail=safe(
            rf"(?:[\s,]*(?:{words_regex(list_data['separators'])}|{words_regex(list_data['respectively'])}))+[\s,]*$",
            "indicator tail",
        ),
        column_label=compile_source(rf"\s*:\s*{column}\s*$", fragments, "indicator.toml: column_labels"),
        column_gap=compile_source(rf"^[\W_]*(?:{column}[\W_]*)*$", fragments, "indicator.toml: column_labels"),
        list_separators=frozenset(fold(w).lower() for w in list_data["separators"]),
        breakdown=safe(words_regex(_required(list_data, "breakdown", "lists.toml")), "lists breakdown"),
        subject_verb=safe(
            rf"(?:(?:{words_regex(ind['linking_adverbs'])}\s+)*{words_regex(ind['linking'])}"
            rf"(?:\s+{words_regex(ind['linking_tail'])})*"
            rf"|[(,]\s*{words_regex(ind['bracket_rate'])}"
            rf"|(?<=\p{{L}})(?::|\s*\()(?<!{words_regex(ind['list_openers'])}(?::|\s*\()))[\s:]*$",
            "indicator linking",
        ),
        subject_head=safe(words_regex(ind["heads"]), "indicator heads"),
        connective=safe(rf"^(?:{words_regex(ind['connectives'])}[\s,:]*)+", "indicator connectives"),
        level_to_value=safe(rf"^\s*(?:{words_regex(ind['level_linking'])}\s*)*:?\s*$", "indicator level linking"),
        level_after=safe(rf"[\s,]*{words_regex(ind['level_after'])}\s*", "indicator level after"),
        anaphora=safe(rf"\s*{words_regex(ind['anaphora'])}", "indicator anaphora"),
        dated_only=compile_source(
            rf"\W*(?:{words_regex(ind['dated_only'])}\s+)*{{year}}\W*$", fragments, "indicator.toml: dated_only"
        ),
        title_scope=safe(rf"{words_regex(ind['title_scope'])}(?:\s+của)?\s+", "indicator title scope"),
        level_lead=safe(rf"\W*{words_regex(ind['level_lead'])}", "indicator level lead"),
        # the rest of a unit's name (`Sở` + `Tài nguyên và Môi trường`, `UBND các xã`), then its verb
        level_subject=safe(rf"[^,;:%\d()]{{0,60}}?{words_regex(ind['subject_verbs'])}", "indicator subject verbs"),
        new_conjunct=compile_source(
            rf",?\s+{words_regex(ind['conjunct_joins'])}\s+(?:{words_regex(ind['conjunct_dates'])}\s+)+năm\s+{{year}}",
            fragments,
            "indicator.toml: conjunct_joins",
        ),
    )
    ps.tables = _rules(directory, "tables.toml", TableRule, fragments)[1]
    ps.timed = EAGER[0]
    _collect_examples(ps, list_data, kind_data, area_data, indicator_data)
    _check_unique_ids(ps)
    derive(ps, safe)
    return ps


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
        (
            "kind.toml",
            [_validate(Rule, kind_data[key] | {"words": ["-"]}, "kind.toml") for key in ("past_year", "future_year")],
        ),
        (
            "areas.toml",
            [
                _validate(Rule, area_data["overall"] | {"id": "area.overall", "note": "overall"}, "areas.toml"),
                _validate(Rule, area_data["outside"] | {"id": "area.outside"}, "areas.toml"),
                _validate(Rule, area_data["programme"] | {"id": "area.programme"}, "areas.toml"),
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
