"""Read the rule files of ``patterns/`` (with an analyst's ``--patterns`` folder over them) into a
validated :class:`~.ruleset.PatternSet`.

Rules are data so that a new comparator word or area keyword is a one-line change. Reading and
validating the files is :mod:`.files`'s job, and collecting each rule's examples :mod:`.examples`'s;
this module builds the set's patterns from them.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

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
from .examples import check_unique_ids, collect_examples
from .files import EXTRA, FROM_EXTRA, check_extra, load_toml, read_rules, required, validate, where
from .models import (
    AreaRule,
    ChangeRule,
    ComparatorRule,
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


def _continued_source(continued: dict[str, Any]) -> str:
    """A paragraph's opening that goes on under the year of the one before: its words, and the openings words
    cannot list (``regex``: a part of the goals that paragraph counted, `Đối với 14 chỉ tiêu …`)."""
    openings = [words_regex(continued["words"]), *([f"(?:{continued['regex']})"] if continued.get("regex") else [])]
    return r"^\W*(?:" + "|".join(openings) + ")"


def _named_plan_source(continued: dict[str, Any], key: str = "named_by") -> str:
    """The name of a plan or programme (``named_by``; the goals of a period, ``named_period_by``) running up to where
    a year starts (`Kế hoạch phát triển kinh tế - xã hội 5 năm `), through no word of a date or a goal
    (``named_stops``: `Kế hoạch đặt mục tiêu đến năm …` names no plan's year); with no words, it matches nothing."""
    words, stops = continued.get(key, []), continued.get("named_stops", [])
    if not words:
        return "(?!)"
    stop = rf"(?!{words_regex(stops)})" if stops else ""
    return rf"(?<![\w])(?:{words_regex(words)})(?:\s+{stop}[^\s.;:%()]+){{0,12}}?\s*$"


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
        check_extra(extra)
    EXTRA[0] = extra
    EAGER[0] = extra is not None or (directory is not None and directory != default_directory())
    FROM_EXTRA.clear()
    MADE.clear()
    try:
        ps = _load(directory or default_directory(), extra)
        if EAGER[0]:
            check_all()
        return ps
    finally:
        EXTRA[0] = None
        EAGER[0] = False
        FROM_EXTRA.clear()
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


def _cuts(area_data: dict[str, Any], areas: list[AreaRule]) -> list[tuple[str, SafePattern, str]]:
    """Each ``[[cut]]``: its id, its words, and the area it names, which must be one of the file's areas."""
    cuts: list[tuple[str, SafePattern, str]] = []
    tables = required(area_data, "cut", "areas.toml")
    if not isinstance(tables, list) or not all(isinstance(cut, dict) for cut in tables):
        raise PatternError("areas.toml: `cut` is a list of [[cut]] tables, each with an id, an area and its words")
    for k, cut in enumerate(tables):
        where = f"areas.toml [[cut]] #{k + 1}"
        rule_id = str(required(cut, "id", where))
        area = str(required(cut, "area", where))
        if area not in {a.id for a in areas}:
            raise PatternError(f"{where}: `area = {area!r}` names no [[area]]")
        cuts.append((rule_id, safe(words_or_regex_source(cut), rule_id), area))
    return cuts


def _load(directory: Path, extra: Path | None) -> PatternSet:
    fragments = {
        k: fold(v) for k, v in required(load_toml(directory, "fragments.toml"), "fragment", "fragments.toml").items()
    }
    _, values = read_rules(directory, "values.toml", ValueRule, fragments)
    cmp_data, comparators = read_rules(directory, "comparators.toml", ComparatorRule, fragments)
    chg_data, changes = read_rules(directory, "change.toml", ChangeRule, fragments)
    py_data, per_year = read_rules(directory, "per_year.toml", Rule, fragments)
    year_data, years = read_rules(directory, "years.toml", YearRule, fragments)
    paragraph_year = validate(Rule, required(year_data, "paragraph", "years.toml"), "years.toml")
    result_title = validate(Rule, required(year_data, "result_title", "years.toml"), "years.toml")
    back_reference = validate(Rule, required(year_data, "back_reference", "years.toml"), "years.toml")
    _, levels = read_rules(directory, "levels.toml", LevelRule, fragments)
    kind_data, kinds = read_rules(directory, "kind.toml", KindRule, fragments)
    list_data = load_toml(directory, "lists.toml")
    indicator_data = load_toml(directory, "indicator.toml")
    ind = required(indicator_data, "indicator", "indicator.toml")
    _, exclusions = read_rules(directory, "exclusions.toml", ExclusionRule, fragments)

    area_data = load_toml(directory, "areas.toml")
    areas = [validate(AreaRule, raw, "areas.toml") for raw in area_data.get("area", [])]
    area_heading = [Compiled(a, safe(words_regex(a.heading), f"area {a.id}")) for a in areas]

    column = rf"(?:{words_regex(ind['column_labels'])}|năm\s+{{year}})"  # `kế hoạch`, `năm 2025`
    links = ind.get("column_links", [])  # `(kế hoạch là 7%)`
    column_link = rf"(?:\s+(?:{words_regex(links)}))?" if links else ""
    st = load_toml(directory, "structure.toml")
    markers = []
    for raw in st.get("marker", []):
        m = validate(MarkerRule, raw, "structure.toml")
        markers.append(Compiled(m, compile_source(m.regex, fragments, where("structure.toml", m.id))))
    meta_src = required(st, "metadata", "structure.toml")
    metadata = {k: compile_source(v, fragments, f"structure.toml: metadata.{k}") for k, v in meta_src.items()}
    heading = required(st, "heading", "structure.toml")
    leadin = required(st, "leadin", "structure.toml")
    title = required(st, "title", "structure.toml")

    default = required(kind_data, "default", "kind.toml")
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
            r"^[\s\S]{0,80}?" + words_regex(required(chg_data, "reference", "change.toml")["after"]),
            "change reference words",
        ),
        per_year=per_year,
        per_year_window=int(py_data.get("window", 100)),
        per_year_other_figure=compile_source(
            required(py_data, "other_figure", "per_year.toml"), fragments, "per_year.toml: other_figure"
        ),
        years=years,
        year_gate=_year_gate(years, fragments),
        paragraph_year=paragraph_year,
        year_continued=safe(
            _continued_source(required(year_data, "continued", "years.toml")), "years continued paragraph"
        ),
        year_named_plan=safe(_named_plan_source(required(year_data, "continued", "years.toml")), "years named plan"),
        year_named_goals=safe(
            _named_plan_source(required(year_data, "continued", "years.toml"), "named_period_by"), "years named goals"
        ),
        section_year_window=int(year_data.get("section_window", 3000)),
        sentence_deadlines=_year_rules(year_data, years, "sentence_deadlines"),
        plan_spans=_year_rules(year_data, years, "plan_spans"),
        year_deadline=safe(r"\s*" + words_regex(paragraph_year.words), "years paragraph deadline words"),
        result_title=result_title,
        result_title_year=compile_source(result_title.regex or "", fragments, "years.toml: result_title"),
        back_reference=back_reference,
        year_back_reference=compile_source(back_reference.regex or "", fragments, "years.toml: back_reference"),
        levels=levels,
        areas=areas,
        area_heading=area_heading,
        topic_any=safe(topic_source(areas), "area topic words"),
        topic_weights=topic_weights(areas),
        area_overall=safe(words_or_regex_source(required(area_data, "overall", "areas.toml")), "area overall"),
        area_outside=safe(words_or_regex_source(required(area_data, "outside", "areas.toml")), "area outside"),
        area_programme=safe(words_or_regex_source(required(area_data, "programme", "areas.toml")), "area programme"),
        area_state=safe(words_or_regex_source(required(area_data, "state", "areas.toml")), "area state bodies"),
        area_state_private=safe(
            r"[^\S\n]*(?:(?:các|số)\s+)?" + words_regex(required(area_data, "state", "areas.toml")["private"]),
            "area state private parties",
        ),
        area_state_pillar=safe(
            r"[^\S\n]+" + words_regex(required(area_data, "state", "areas.toml")["pillar_after"]), "area state pillar"
        ),
        area_cuts=_cuts(area_data, areas),
        kinds=kinds,
        kind_default=str(default.get("kind", "target")),
        kind_prevailing=bool(default.get("prevailing", False)),
        kind_prose_results=int(default.get("prose_results", 0)),
        kind_words=safe(words_regex(clause_cue_words(kinds)), "kind cue words"),
        kind_word_rules=kind_word_rules(kinds),
        kind_past_year=str(required(kind_data, "past_year", "kind.toml")["id"]),
        kind_future_year=str(required(kind_data, "future_year", "kind.toml")["id"]),
        kind_reported_before=str(required(kind_data, "reported_before", "kind.toml")["id"]),
        kind_adopting=compile_source(
            required(kind_data["reported_before"], "adopting", "kind.toml: reported_before"),
            fragments,
            "kind.toml: reported_before.adopting",
        ),
        kind_counted=compile_source(
            required(kind_data, "counted", "kind.toml")["regex"], fragments, "kind.toml: counted"
        ),
        kind_counted_words=frozenset(topic_key(fold(w)) for w in kind_data["counted"].get("words", [])),
        kind_nominal=compile_source(
            required(kind_data["counted"], "nominal", "kind.toml: counted"), fragments, "kind.toml: counted.nominal"
        ),
        kind_nominal_words=frozenset(topic_key(fold(w)) for w in kind_data["counted"].get("nominal_words", [])),
        kind_purpose=compile_source(
            required(kind_data["counted"], "purpose", "kind.toml: counted"), fragments, "kind.toml: counted.purpose"
        ),
        kind_purpose_words=frozenset(topic_key(fold(w)) for w in kind_data["counted"].get("purpose_words", [])),
        kind_quoted_title=compile_source(
            required(kind_data, "quoted_title", "kind.toml")["regex"], fragments, "kind.toml: quoted_title"
        ),
        kind_titles=kind_titles,
        markers=markers,
        any_marker=safe(any_marker_source(markers), "structure markers"),
        exclusions=exclusions,
        footnote=compile_source(
            required(st, "footnote", "structure.toml")["regex"], fragments, "structure.toml: footnote"
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
        leadin_topic=safe(r"^\s*" + words_regex(leadin.get("topic", []))),
        metadata=metadata,
        list_max_words=int(required(list_data, "max_words", "lists.toml")),
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
        column_gap=compile_source(
            rf"^[\W_]*(?:{column}{column_link}[\W_]*)*$",
            fragments,
            "indicator.toml: column_labels",
        ),
        list_separators=frozenset(fold(w).lower() for w in list_data["separators"]),
        breakdown=safe(words_regex(required(list_data, "breakdown", "lists.toml")), "lists breakdown"),
        list_compared=safe(words_regex(list_data.get("compared", [])), "list compared"),
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
        aimed_only=compile_source(
            rf"\W*(?:trở\s+lên\s+)?(?:và\s+)?{words_regex(ind['aimed_only'])}(?:\s+(?:năm\s+)?{{year}})?(?:\s+đạt)?(?:\s+mức)?\W*$",
            fragments,
            "indicator.toml: aimed_only",
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
    ps.tables = read_rules(directory, "tables.toml", TableRule, fragments)[1]
    ps.timed = EAGER[0]
    collect_examples(ps, list_data, kind_data, area_data, indicator_data)
    check_unique_ids(ps)
    derive(ps, safe)
    return ps
