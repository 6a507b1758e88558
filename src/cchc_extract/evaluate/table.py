"""The scores as a person reads them: one table, the field accuracies, then the disagreements."""

from __future__ import annotations

from .scores import Counts, Scores


def format_table(scores: Scores, errors: int = 0) -> str:
    """The text ``cchc eval`` prints; ``errors`` disagreements at most are listed under it."""
    lines = [
        f"documents {scores.documents}  gold records {scores.gold}"
        + (f" (and {scores.ambiguous} ambiguous, not scored)" if scores.ambiguous else "")
        + f"  predicted {scores.predicted}"
        + (f" (and {scores.outside} in documents the gold does not name, not scored)" if scores.outside else ""),
        "",
        f"{'':<15}{'precision':>10}{'recall':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    rows: list[tuple[str, Counts]] = [
        ("mentions", scores.mention),
        *scores.kinds.items(),
        ("strict target", scores.strict),
    ]
    for name, c in rows:
        lines.append(f"{name:<15}{c.precision:>10.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    lines += ["", f"field accuracy on {scores.matched_targets} matched targets:"]
    lines.append("  " + "  ".join(f"{n} {'-' if v is None else f'{v:.3f}'}" for n, v in scores.fields.items()))
    shown = scores.disagreements[:errors]
    if shown:
        lines += ["", f"disagreements ({len(shown)} of {len(scores.disagreements)}):"]
    for d in shown:
        line = f"line {d.line}" if d.line is not None else "line ?"
        lines.append(f"{d.document} {line} (offset {d.start}) {d.what}: gold {d.gold}, predicted {d.predicted}")
        lines.append(f"    {d.sentence or '(sentence unknown: give the documents instead of --pred to see it)'}")
    return "\n".join(lines) + "\n"
