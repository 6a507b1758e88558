"""The compiled rules of one load (:class:`PatternSet`), and the same set with rules switched off.

Everything the matchers and decisions need is compiled once per process; :meth:`PatternSet.without`
masks rules for the ablation test without compiling the set again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..safe_regex import DEFAULT_TIMEOUT, SafePattern
from ..shared_scan import Family
from .compile import (
    DERIVED,
    FLAGS,
    Compiled,
    any_marker_source,
    clause_cue_words,
    derive,
    kind_word_rules,
    topic_source,
    topic_weights,
    words_regex,
)
from .models import AreaRule, Example, PatternError, Rule


@dataclass
class PatternSet:
    """Everything the matcher and resolver need, compiled once per process."""

    values: list[Compiled]
    comparators: list[Compiled]
    comparator_fillers: str
    comparator_after_fillers: str  # between a value and an `after` word (`10%/năm trở lên`)
    comparator_opener: SafePattern  # a word right before the value that opens a phrase (`từ`): `opened` rules
    changes: list[Compiled]
    change_fillers: str
    change_reference_after: SafePattern
    per_year: list[Compiled]
    per_year_window: int
    per_year_other_figure: SafePattern  # a figure after the value whose own words follow it
    years: list[Compiled]
    year_gate: SafePattern  # a year, which every year phrase holds (empty: no gate)
    paragraph_year: Rule  # a result's year named earlier in its paragraph
    year_continued: SafePattern  # a paragraph opening by adding to the one before (`Bên cạnh đó, …`)
    year_named_plan: SafePattern  # the name of a plan or programme ending where a year starts (`Kế hoạch … năm `)
    year_named_goals: SafePattern  # the goals of a period cited by name, up to its period (`các mục tiêu … giai đoạn `)
    section_year_window: int  # how far back the paragraphs of a result's section are read for its year
    # year rules whose phrase, in a clause after a target's own that holds no value, dates the target
    # (`…; hoàn thành chỉ tiêu nêu trên trước ngày 30/7/2025`)
    sentence_deadlines: frozenset[str]
    # year rules whose phrase names a plan's span (`giai đoạn 2021-2025 và định hướng đến năm 2030`): never when a
    # result was measured
    plan_spans: frozenset[str]
    column_label: SafePattern  # `X: kế hoạch` at the end of an indicator
    column_gap: SafePattern  # nothing but column labels between two values (`98%; thực hiện 99,1%`)
    year_deadline: SafePattern  # a phrase that is a deadline, not when something was measured
    result_title: Rule
    result_title_year: SafePattern  # `Báo cáo kết quả … năm 2024, phương hướng … năm 2025`
    back_reference: Rule
    year_back_reference: SafePattern  # `Đó là một số chỉ tiêu được đề ra trong kế hoạch … năm 2025.`
    levels: list[Compiled]
    areas: list[AreaRule]
    area_heading: list[Compiled]
    topic_any: SafePattern  # every topic word in one alternation, longest first
    topic_weights: dict[str, list[tuple[str, int]]]  # folded word -> (area, weight)
    area_overall: SafePattern
    area_outside: SafePattern  # figures outside public administration (the economy, digital society)
    area_programme: SafePattern  # a plan or programme named in a headline: the area it names governs its items
    area_state: SafePattern  # bodies of the state: their figures are public administration's under any heading
    area_state_private: SafePattern  # private parties a value counts right after it (`doanh nghiệp …`)
    area_state_pillar: SafePattern  # after a state word, a pillar's name (`chính quyền` + ` số`)
    # (rule id, things whose cut is an area's own figure, that area): `giảm 20% thủ tục hành chính` is procedures,
    # `công chức giảm 10%` the apparatus' (areas.toml ``[[cut]]``, in file order)
    area_cuts: list[tuple[str, SafePattern, str]]
    kinds: list[Compiled]
    kind_default: str
    kind_prevailing: bool  # an untitled page's cue-less values take its prevailing kind (`[default] prevailing`)
    kind_prose_results: int  # measurement cues in its prose that make a page with no cued value report (0: never)
    kind_words: SafePattern  # every word-list cue of the clause scope, in one alternation
    kind_word_rules: dict[str, list[Any]]  # matched words (lower case) -> the rules that list them
    kind_past_year: str
    kind_future_year: str
    kind_reported_before: str  # a paragraph that tells what was done before its values reports them
    kind_adopting: SafePattern  # … unless a `đã` there adopts a plan or is passive (`đã ban hành kế hoạch`)
    kind_counted: SafePattern  # a tally right before a cue word (`32/35 mục tiêu`): the word is counted, no cue
    kind_counted_words: frozenset[str]  # the cue words a tally can count (folded, as `topic_key` gives them)
    kind_nominal: SafePattern  # `sự` right before a cue word (`sự nỗ lực phấn đấu`): striving named as a noun
    kind_nominal_words: frozenset[str]  # the cue words `sự` makes nouns (folded)
    kind_purpose: SafePattern  # `để`, `nhằm` right before a result word: a result to reach (`Để đạt được mục tiêu …`)
    kind_purpose_words: frozenset[str]  # the result words a purpose makes aims (folded)
    kind_quoted_title: SafePattern  # a document's title in quotes (`“Về phát triển …”`): its words are no cue
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
    leadin_topic: SafePattern  # openers whose lead-in naming an outside topic gives no area (`Trong xã hội số,`)
    metadata: dict[str, SafePattern]
    list_max_words: int
    list_separator_end: SafePattern
    list_breaker: SafePattern
    list_nominal: SafePattern  # noun phrases holding a breaker word (`thời gian thực hiện`): no predicate
    list_compared: SafePattern  # a measured change's baseline words (`so với`): no change a plan beside it shares
    # breakers an item's own indicator may hold when the next item is joined by `và`
    # (`tối thiểu 60% hồ sơ được xử lý trực tuyến và 40% giao dịch …`)
    list_and_item: SafePattern
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
    dated_only: SafePattern  # an indicator that is only a date (`đến năm 2030`): the value continues the one before
    aimed_only: SafePattern  # an indicator that is only a further aim (`phấn đấu đạt`): the same rate, set higher
    title_scope: SafePattern  # a title's words that scope the text to units (`thuộc phạm vi quản lý của Sở …`)
    level_lead: SafePattern  # a sentence's opening on the population its values are scoped to (`Ở cấp xã, …`)
    level_subject: SafePattern  # after a unit opening a sentence, the rest of its name and its verb (`… phấn đấu`)
    new_conjunct: SafePattern  # a conjunct with a date of its own after a value (`… và đến năm 2030 …`)
    examples: list[tuple[str, str, Example]] = field(default_factory=list)
    counter_examples: list[tuple[str, str, Example]] = field(default_factory=list)
    # anchored forms built once from the rules above (see derive)
    comparator_before: list[Compiled] = field(default_factory=list)
    comparator_after: list[Compiled] = field(default_factory=list)
    comparator_opened: list[Compiled] = field(default_factory=list)
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

    @cached_property
    def year_family(self) -> Family:
        """The year rules, scanned together over a paragraph (:mod:`..shared_scan`)."""
        return Family([c.pattern for c in self.years])

    @cached_property
    def year_gate_family(self) -> Family:
        """The year every year phrase names (:attr:`year_gate`), scanned once over a paragraph: every value of a
        long sentence asks whether the rest of it names one (:func:`..decide.year_phrases.year_phrases`)."""
        return Family([self.year_gate])

    @cached_property
    def outside_family(self) -> Family:
        """The words and phrases outside public administration, as one family, scanned once over a paragraph
        for the topic words inside them (:func:`..decide.area.topic_area`)."""
        return Family([self.area_outside])

    @cached_property
    def named_rates(self) -> list[Compiled]:
        """The change rules that name a rate as a change (`tốc độ tăng trưởng`), in file order."""
        return [c for c in self.changes if c.rule.kind == "named"]

    @cached_property
    def named_rate_family(self) -> Family:
        """:attr:`named_rates`, scanned together over a paragraph (:mod:`..shared_scan`): every value of a
        sentence asks about the words before it."""
        return Family([c.pattern for c in self.named_rates])

    @cached_property
    def level_family(self) -> Family:
        """The level rules, scanned together over a paragraph (:mod:`..shared_scan`)."""
        return Family([c.pattern for c in self.levels])

    def rule_ids(self) -> list[tuple[str, str]]:
        """(file, id) of every rule of every family, the rules whose words live outside ``[[rule]]`` lists
        included (``year.paragraph``, ``kind.result.past_year``, ``kind.target.future_year``,
        ``kind.result.reported_before``, ``area.overall``, ``indicator.subject``)."""
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
        a subject), ``year.result_title`` and ``year.back_reference`` match nothing; a masked ``lists.toml``
        rule joins no values into a list; ``year.paragraph``, ``kind.result.past_year``,
        ``kind.target.future_year`` and ``kind.result.reported_before`` are decisions in code, which asks
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
            if f.name in DERIVED:
                changes[f.name] = []  # built again below, from what is left
            elif isinstance(value, list) and value and isinstance(value[0], Compiled):
                changes[f.name] = [c for c in value if c.rule.id not in drop]  # every family's rules, areas' headings
        ps = dataclasses.replace(self, **changes)
        if "areas.toml" in touched:
            ps.topic_any = make(topic_source(ps.areas), "area topic words")
            ps.topic_weights = topic_weights(ps.areas)
            if "area.overall" in drop:
                ps.area_overall = never
            if "area.outside" in drop:
                ps.area_outside = never
            if "area.programme" in drop:
                ps.area_programme = never
            if "area.state" in drop:
                ps.area_state = ps.area_state_private = ps.area_state_pillar = never
            ps.area_cuts = [cut for cut in ps.area_cuts if cut[0] not in drop]
        if "kind.toml" in touched:
            ps.kind_words = make(words_regex(clause_cue_words(ps.kinds)), "kind cue words")
            ps.kind_word_rules = kind_word_rules(ps.kinds)
        if "structure.toml" in touched:
            ps.any_marker = make(any_marker_source(ps.markers), "structure markers")
        if "lists.toml" in touched:
            ps.list_max_words = -1
        if "indicator.toml" in touched:
            ps.subject_verb = never
        if self.result_title.id in drop:
            ps.result_title_year = never
        if self.back_reference.id in drop:
            ps.year_back_reference = never
        derive(ps, make)
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
