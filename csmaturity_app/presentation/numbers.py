"""How figures and ratings read, wherever results are shown: the results pane, the report, the
command line and the wizard all word them through these functions, so the same fact reads the
same everywhere."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from csmaturity_app.maturity import AnswerValue, MaturityModel, score_assessment

UNANSWERED = "Unanswered"
# Thresholds that are no whole percent read as the fraction they are: "two thirds (67 %)".
FRACTION_WORDS = {Fraction(1, 3): "one third", Fraction(2, 3): "two thirds"}


def whole_percent(fraction: float) -> int:
    """0.5926 -> 59: a fraction in whole percent, as every reader shows it (a chart's bar label
    too, so that a bar never says 58.3 % where the text says 58 %)."""
    return round(fraction * 100)


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 assessment", "2,450 rows": a count and its noun, plural unless one (`plural` for a
    noun that does not just add an s)."""
    return f"{count:,} {noun_form(noun, count, plural)}"


def noun_form(noun: str, count: int, plural: str | None = None) -> str:
    """The noun as `count` of it reads: "row" for one, "rows" (or `plural`) for any other."""
    return noun if count == 1 else plural or f"{noun}s"


def percent_text(fraction: float) -> str:
    """0.5926 -> "59 %" (whole percent, as a reader says it). Always a fraction 0..1."""
    return f"{whole_percent(fraction)} %"


def index_text(index: float) -> str:
    """The maturity index with two decimals: "1.59"."""
    return f"{index:.2f}"


def threshold_text(model: MaturityModel) -> str:
    """Where a stage is achieved, as a client reads it: "75 %"; "two thirds (67 %)" for a
    threshold that is no whole percent (never "66.6667 %")."""
    exact = model.exact_threshold
    if (exact * 100).denominator == 1:
        return f"{exact * 100} %"
    rounded = percent_text(float(exact))
    words = FRACTION_WORDS.get(exact)
    return f"{words} ({rounded})" if words else rounded


def rating_text(model: MaturityModel, score: int | None, not_applicable: bool = False) -> str:
    """ "2 Largely in place", "Unanswered", or the model's not-applicable label."""
    if not_applicable:
        return model.not_applicable_label
    if score is None:
        return UNANSWERED
    return f"{score} {model.score_label(score)}"


NOT_IN_VERSION = "Not in this version"


def answer_text(model: MaturityModel, answer: AnswerValue | None) -> str:
    """An answer compared across versions: `rating_text`, or that the version lacks the
    criterion (None)."""
    if answer is None:
        return NOT_IN_VERSION
    return rating_text(model, answer.score, answer.not_applicable)


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
