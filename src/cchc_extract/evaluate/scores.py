"""Score predictions against gold records: detection per kind, strict target F1, field accuracy.

The figures are the guide's.  Detection is counted per ``kind``: a matched pair whose kinds
differ is a false positive of the predicted kind and a false negative of the gold kind.
Field accuracy is over matched pairs that are both targets.  A **strict** target also has
comparator, change, year, area and value_max right.  Gold records marked ``ambiguous``,
and the predictions matched to them, count for nothing; only documents that the gold
names are scored.  :func:`as_dict` gives the figures under the names that
``../shared/eval/score.py`` uses, rounded to 4 places, so the two can be compared.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .match import Matching, match
from .records import SCORED, STRICT, Item

KINDS = ("target", "result")


@dataclass(frozen=True)
class Counts:
    """True positives, false positives, false negatives; precision and recall are 1 when nothing was counted."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Disagreement:
    """One place where prediction and gold differ, with what a reader needs to look at it."""

    document: str
    start: int
    line: int | None
    sentence: str
    what: str  # "missed", "spurious", "kind", or the name of a field
    gold: str
    predicted: str


@dataclass
class Scores:
    documents: int
    gold: int  # gold records scored (the ambiguous ones left out)
    ambiguous: int
    predicted: int  # predictions in the documents the gold names
    outside: int  # predictions in other documents, not scored
    mention: Counts
    kinds: dict[str, Counts]
    matched_targets: int
    fields: dict[str, float | None]  # accuracy on matched targets; None when there are none
    strict: Counts
    strict_errors: Counter[str]
    disagreements: list[Disagreement] = field(default_factory=list)


def score(gold: list[Item], predicted: list[Item], texts: dict[str, str] | None = None) -> Scores:
    """Score ``predicted`` against ``gold``; ``texts`` (document name → text) places missed records."""
    documents = {g.document for g in gold}
    scored = [p for p in predicted if p.document in documents]
    matching = match(gold, scored)
    pairs = [(g, p) for g, p in matching.pairs if not g.ambiguous]
    missed = [g for g in matching.missed if not g.ambiguous]
    kinds = {}
    for kind in KINDS:
        tp = sum(g.kind == p.kind == kind for g, p in pairs)
        fp = sum(p.kind == kind != g.kind for g, p in pairs) + sum(p.kind == kind for p in matching.spurious)
        fn = sum(g.kind == kind != p.kind for g, p in pairs) + sum(g.kind == kind for g in missed)
        kinds[kind] = Counts(tp, fp, fn)
    targets = [(g, p) for g, p in pairs if g.kind == p.kind == "target"]
    fields = {name: sum(g.agrees(p, name) for g, p in targets) / len(targets) if targets else None for name in SCORED}
    errors: Counter[str] = Counter(name for g, p in targets for name in STRICT if not g.agrees(p, name))
    strict_tp = sum(all(g.agrees(p, name) for name in STRICT) for g, p in targets)
    gold_targets = sum(g.kind == "target" and not g.ambiguous for g in gold)
    predicted_targets = sum(p.kind == "target" for p in scored) - sum(
        g.ambiguous and p.kind == "target" for g, p in matching.pairs
    )
    return Scores(
        documents=len(documents),
        gold=sum(not g.ambiguous for g in gold),
        ambiguous=sum(g.ambiguous for g in gold),
        predicted=len(scored),
        outside=len(predicted) - len(scored),
        mention=Counts(len(pairs), len(matching.spurious), len(missed)),
        kinds=kinds,
        matched_targets=len(targets),
        fields=fields,
        strict=Counts(strict_tp, predicted_targets - strict_tp, gold_targets - strict_tp),
        strict_errors=errors,
        disagreements=_disagreements(Matching(pairs, missed, matching.spurious), texts or {}),
    )


def _disagreements(matching: Matching, texts: dict[str, str]) -> list[Disagreement]:
    found: list[Disagreement] = []
    for g, p in matching.pairs:
        if g.kind != p.kind:
            found.append(_at(g, p, texts, "kind", g.kind, p.kind))
            continue
        for name in SCORED:
            if not g.agrees(p, name):
                found.append(_at(g, p, texts, name, _shown(g.fields.get(name)), _shown(p.fields.get(name))))
    found += [_at(g, None, texts, "missed", _mention(g), "–") for g in matching.missed]
    found += [_at(p, p, texts, "spurious", "–", _mention(p)) for p in matching.spurious]
    return sorted(found, key=lambda d: (d.document, d.start))


def _at(place: Item, pred: Item | None, texts: dict[str, str], what: str, gold: str, predicted: str) -> Disagreement:
    """A disagreement located by the prediction's line and sentence, else the document's text, else the gold's."""
    line = pred.line if pred and pred.line else place.line
    sentence = pred.sentence if pred and pred.sentence else None
    text = texts.get(place.document)
    if text is not None and (line is None or sentence is None):
        line = line or text.count("\n", 0, place.start) + 1
        sentence = sentence or _line_around(text, place.start)
    return Disagreement(place.document, place.start, line, sentence or place.indicator, what, gold, predicted)


def _line_around(text: str, offset: int, reach: int = 160) -> str:
    """The line of ``text`` that holds ``offset``, cut to ``reach`` characters either side."""
    begin = max(text.rfind("\n", 0, offset) + 1, offset - reach)
    end = text.find("\n", offset)
    end = min(len(text) if end < 0 else end, offset + reach)
    return text[begin:end].strip()


def _mention(item: Item) -> str:
    return f"{item.kind} {item.value:g}%"


def _shown(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, tuple):
        return "[" + ", ".join(value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _figures(counts: Counts) -> dict[str, float | int]:
    return {
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
    }


def as_dict(scores: Scores, errors: int = 0) -> dict[str, Any]:
    """The figures as JSON: score.py's names, and ``errors`` of the disagreements."""
    out: dict[str, Any] = {
        "documents": scores.documents,
        "gold": scores.gold,
        "ambiguous": scores.ambiguous,
        "predicted": scores.predicted,
        "outside_gold_documents": scores.outside,
        "mention": _figures(scores.mention),
        **{kind: _figures(counts) for kind, counts in scores.kinds.items()},
        "strict_target": _figures(scores.strict),
        "matched_targets": scores.matched_targets,
        "field_accuracy_on_matched_targets": {
            name: None if value is None else round(value, 4) for name, value in scores.fields.items()
        },
        "strict_errors_by_field": dict(scores.strict_errors),
    }
    if errors:
        out["errors"] = [vars(d) for d in scores.disagreements[:errors]]
    return out
