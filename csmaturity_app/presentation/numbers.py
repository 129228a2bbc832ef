"""How figures and ratings read, wherever results are shown: the results pane, the report, the
command line and the wizard all word them through these functions, so the same fact reads the
same everywhere."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from csmaturity_app.i18n import formats, plural_is_one, translate
from csmaturity_app.maturity import AnswerValue, MaturityModel, score_assessment

# English keys, kept for callers that compare with them; shown through `unanswered_text()`
# and `not_in_version_text()`, which read in the language in effect.
UNANSWERED = "Unanswered"
# Thresholds that are no whole percent read as the fraction they are: "two thirds (67 %)".
FRACTION_WORDS = {Fraction(1, 3): "one third", Fraction(2, 3): "two thirds"}


def unanswered_text() -> str:
    """ "Unanswered", in the language in effect."""
    return translate("presentation", "Unanswered")


def fraction_words(fraction: Fraction) -> str | None:
    """ "two thirds" for 2/3, in the language in effect; None for a fraction without words."""
    if fraction == Fraction(1, 3):
        return translate("presentation", "one third")
    if fraction == Fraction(2, 3):
        return translate("presentation", "two thirds")
    return None


def whole_percent(fraction: float) -> int:
    """0.5926 -> 59: a fraction in whole percent, as every reader shows it (a chart's bar label
    too, so that a bar never says 58.3 % where the text says 58 %)."""
    return round(fraction * 100)


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 assessment", "2,450 rows": a count and its noun, plural unless one (`plural` for a
    noun that does not just add an s). In another language pass both forms translated:
    `counted(n, translate("x", "criterion"), translate("x", "criteria"))`; the language's
    rule picks one ("0 critère" in French) and its digits write the count ("2 450")."""
    return f"{formats.integer(count)} {noun_form(noun, count, plural)}"


def noun_form(noun: str, count: int, plural: str | None = None) -> str:
    """The noun as `count` of it reads: "row" for one, "rows" (or `plural`) for any other."""
    return noun if plural_is_one(count) else plural or f"{noun}s"


def plural(count: int, one: str, other: str, **values: object) -> str:
    """`one` or `other` as the language's plural rule picks for `count`, with "{count}" in it
    written as the language writes numbers (and any other `values` put in): the way to word
    a count in a whole sentence, `plural(n, translate("x", "{count} action is open"),
    translate("x", "{count} actions are open"))`."""
    chosen = one if plural_is_one(count) else other
    return chosen.format(count=formats.integer(count), **values)


def percent_text(fraction: float) -> str:
    """0.5926 -> "59 %" (whole percent, as a reader says it). Always a fraction 0..1."""
    return formats.percent(whole_percent(fraction) / 100)


def index_text(index: float) -> str:
    """The maturity index with two decimals: "1.59" ("1,59" in French)."""
    return formats.decimal(index, 2)


def change_text(change: float) -> str:
    """A change of the maturity index, signed: "+0.42", "-0.10" ("+0,42")."""
    return ("+" if change >= 0 else "-") + formats.decimal(abs(change), 2)


def threshold_text(model: MaturityModel) -> str:
    """Where a stage is achieved, as a client reads it: "75 %"; "two thirds (67 %)" for a
    threshold that is no whole percent (never "66.6667 %")."""
    exact = model.exact_threshold
    if (exact * 100).denominator == 1:
        return formats.percent(float(exact))
    rounded = percent_text(float(exact))
    words = fraction_words(exact)
    return f"{words} ({rounded})" if words else rounded


def rating_text(model: MaturityModel, score: int | None, not_applicable: bool = False) -> str:
    """ "2 Largely in place", "Unanswered", or the model's not-applicable label."""
    if not_applicable:
        return model.not_applicable_label
    if score is None:
        return unanswered_text()
    return f"{score} {model.score_label(score)}"


def not_in_version_text() -> str:
    """ "Not in this version", in the language in effect."""
    return translate("presentation", "Not in this version")


def answer_text(model: MaturityModel, answer: AnswerValue | None) -> str:
    """An answer compared across versions: `rating_text`, or that the version lacks the
    criterion (None)."""
    if answer is None:
        return not_in_version_text()
    return rating_text(model, answer.score, answer.not_applicable)


def placed_label(model: MaturityModel, placed_level: int) -> str:
    """ "Phase 2 Storming", or "not yet Phase 1 Forming" below the first stage: where an
    assessment is placed, in the language in effect (the model's words are the model's)."""
    first = model.stages[0]
    if placed_level < first.level:
        return translate("presentation", "not yet {stage}").format(stage=model.stage_label(first))
    stage = next((s for s in model.stages if s.level == placed_level), first)
    return model.stage_label(stage)


def index_scale(model: MaturityModel) -> tuple[int, int]:
    """The range of a model's maturity index: from where an assessment with nothing in place
    is placed (first level - 1, or the first level when that stage has no criteria and so is
    achieved by definition) to the top level."""
    return score_assessment(model, {}).placed_level, model.stages[-1].level


def index_axis(models: Iterable[MaturityModel]) -> tuple[int, int]:
    """An index axis wide enough for every model drawn on it (one chart may hold several)."""
    scales = [index_scale(model) for model in models]
    if not scales:
        raise ValueError("an index axis needs at least one model")
    return min(low for low, _ in scales), max(high for _, high in scales)
