"""The shape of every rule file, checked on load (pydantic).

A rule file that does not fit these models is reported as ``file: rule id: what is wrong``
(see :mod:`.load`) rather than as a traceback, before any document is read.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

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
    # opened: after the value, when a word of `openers` stands right before it (`từ 70% nhiệm vụ trở lên`)
    position: Literal["before", "after", "opened"]


class ChangeRule(Rule):
    change: Literal["increase", "decrease"]
    kind: Literal["verb", "reference", "regex", "named", "after"]


class YearRule(Rule):
    # plan: the one-year plan a page reports on; term: the term of the congress a page reports on;
    # span: a time span with no year (`trong 05 năm tới`); each_year: one year of many (`hằng năm`)
    role: Literal["leadin", "clause", "baseline", "measured", "as_of", "plan", "term", "span", "each_year", "since"]


class TableRule(Rule):
    """A word or sign that gives a table cell its meaning (see ``tables.toml``)."""

    role: Literal[
        "cell", "unit_cell", "unit_header", "unit_column", "per_year", "kind_target", "kind_result", "kind_title",
        "kind_group", "year_column", "year_group", "comparator", "continuation", "single_column", "annex_title",
        "bound_line",
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
    # a cue at the value, or after it, that yields to any other cue of its strength in the clause: it counts as
    # standing as far from the value as a cue can (`(đạt 74,86%)` reports, unless `dự kiến … sẽ` commits the clause;
    # `… 6,5% (kế hoạch … 6%)` reports, unless `phấn đấu` strives for it)
    yields: bool = False
    # a cue that says whose figures follow (`Theo báo cáo …`, `… cho biết`): a commitment standing after it in the
    # sentence, nearer the value, says what the figure is (`Theo báo cáo …, tỉnh phấn đấu 70% …`)
    attributes: bool = False


class ExclusionRule(Rule):
    scope: Literal["clause", "before", "line_before", "section"]


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
