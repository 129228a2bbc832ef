"""The respondents of one assessment as every reader shows them: each respondent's own result
(scored by the same rule as the assessment), the spread of their ratings on each criterion,
and the criteria they disagree on, largest range first.

The results pane's Respondents tab, the report's Respondents section and `csmaturity show` all
read a `RespondentsPresentation` made by `present_respondents`, and word its cells through the
functions below, so that a rating, a spread or a placement reads the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from csmaturity_app.i18n import formats, translate
from csmaturity_app.maturity import AssessmentResult, Criterion, MaturityModel
from csmaturity_app.maturity.consensus import Spread, spread_of
from csmaturity_app.presentation.numbers import index_text, placed_label, plural, rating_text
from csmaturity_app.presentation.words import capitalized
from csmaturity_app.store import (
    AnswerRecord,
    RespondentAnswerRecord,
    RespondentRecord,
    RespondentsView,
    score_records,
)

# A heat map's cell says the rating in as little room as a number takes.
NOT_APPLICABLE_CELL = "N/A"
UNANSWERED_CELL = "\u2013"  # an en dash: nothing given


@dataclass(frozen=True)
class RespondentResult:
    """One respondent's own result: their ratings alone, scored as the assessment is."""

    respondent: RespondentRecord
    result: AssessmentResult
    placed_label: str  # "Phase 2 Storming", "Not yet Phase 1 Forming"
    placed_level: int
    maturity_index: float
    answered: int
    total: int

    @property
    def index(self) -> str:
        """ "1.59", as the verdict writes an index."""
        return index_text(self.maturity_index)

    @property
    def answered_text(self) -> str:
        """ "19 of 36 answered"."""
        return plural(
            self.answered,
            translate("presentation", "{count} of {total} answered"),
            translate("presentation", "{count} of {total} answered", "plural"),
            total=formats.integer(self.total),
        )


@dataclass(frozen=True)
class CriterionSpread:
    """One criterion: each respondent's rating (None: no row), how far they lie apart, and the
    consensus that is scored."""

    criterion: Criterion
    ratings: tuple[RespondentAnswerRecord | None, ...]  # in the order of the respondents
    spread: Spread
    consensus: AnswerRecord | None  # None: no answer row
    consensus_set: bool  # the facilitator set it (rather than the respondents' median)

    @property
    def consensus_answered(self) -> bool:
        return self.consensus is not None and (
            self.consensus.not_applicable or self.consensus.score is not None
        )


@dataclass(frozen=True)
class RespondentsPresentation:
    model: MaturityModel
    several: bool  # more than one voice written down (see `RespondentsView.several`)
    respondents: tuple[RespondentResult, ...]
    criteria: tuple[CriterionSpread, ...]  # model order
    disagreements: tuple[CriterionSpread, ...]  # largest range first, then model order


def present_respondents(view: RespondentsView) -> RespondentsPresentation:
    model = view.model
    people = view.respondents
    results = tuple(_result(model, r, view.ratings.get(r.id, {})) for r in people)
    criteria = tuple(_spread(view, c) for c in model.criteria)
    order = {c.criterion.id: n for n, c in enumerate(criteria)}
    disagreements = tuple(
        sorted(
            (c for c in criteria if c.spread.disagreement),
            key=lambda c: (-(c.spread.range or 0), order[c.criterion.id]),
        )
    )
    return RespondentsPresentation(model, view.several, results, criteria, disagreements)


def _result(
    model: MaturityModel, respondent: RespondentRecord, ratings: dict[str, RespondentAnswerRecord]
) -> RespondentResult:
    # the same scoring rule as the assessment's, on this respondent's ratings alone
    answers = {
        c: AnswerRecord(c, a.score, a.not_applicable, a.notes, a.updated_at)
        for c, a in ratings.items()
    }
    result = score_records(model, answers)
    return RespondentResult(
        respondent=respondent,
        result=result,
        placed_label=capitalized(placed_label(model, result.placed_level)),
        placed_level=result.placed_level,
        maturity_index=result.maturity_index,
        answered=result.answered,
        total=result.total,
    )


def _spread(view: RespondentsView, criterion: Criterion) -> CriterionSpread:
    ratings = tuple(view.ratings.get(r.id, {}).get(criterion.id) for r in view.respondents)
    consensus = view.consensus.get(criterion.id)
    answered = consensus is not None and (consensus.not_applicable or consensus.score is not None)
    return CriterionSpread(
        criterion=criterion,
        ratings=ratings,
        spread=spread_of(r.rating if r is not None else None for r in ratings),
        consensus=consensus,
        # one voice: its answers are its ratings, nobody set them over the respondents
        consensus_set=view.several and answered and criterion.id not in view.from_respondents,
    )


# -- words every reader uses


def role_text(respondent: RespondentRecord) -> str:
    """A respondent's role as shown: the assessor's own (a key in the data) in the language
    in effect, a role typed in as typed."""
    if respondent.has_assessor_role:
        return translate("presentation", "Assessor")
    return respondent.role


def respondent_label(respondent: RespondentRecord) -> str:
    """ "Pat Lee (VP Customer Success)", or the name alone without a role."""
    role = role_text(respondent)
    return f"{respondent.name} ({role})" if role else respondent.name


def rating_cell(answer: RespondentAnswerRecord | AnswerRecord | None) -> str:
    """A heat map's cell: "2", "N/A", or a dash for no rating."""
    if answer is None or (answer.score is None and not answer.not_applicable):
        return UNANSWERED_CELL
    return not_applicable_cell() if answer.not_applicable else str(answer.score)


def not_applicable_cell() -> str:
    """ "N/A" (`NOT_APPLICABLE_CELL`) in the language in effect."""
    return translate("presentation", "N/A")


def rating_words(model: MaturityModel, answer: RespondentAnswerRecord | AnswerRecord | None) -> str:
    """ "2 Largely in place", "Not applicable", "Unanswered"."""
    if answer is None:
        return rating_text(model, None)
    return rating_text(model, answer.score, answer.not_applicable)


def spread_text(spread: Spread) -> str:
    """ "1 to 3 (range 2)", "all 2", "no score given"; with how many said not applicable."""
    if spread.low is None or spread.high is None:
        text = translate("presentation", "no score given")
    elif spread.low == spread.high:
        text = (
            translate("presentation", "all {score}")
            if spread.scored > 1
            else translate("presentation", "one score, {score}")
        ).format(score=spread.low)
    else:
        text = translate("presentation", "{low} to {high} (range {range})").format(
            low=spread.low, high=spread.high, range=spread.range
        )
    if spread.not_applicable:
        text += "; " + plural(
            spread.not_applicable,
            translate("presentation", "{count} not applicable"),
            translate("presentation", "{count} not applicable", "plural"),
        )
    return text


def consensus_text(model: MaturityModel, row: CriterionSpread) -> str:
    """The consensus and who gave it: "1 Partially in place (set by the facilitator)"."""
    words = rating_words(model, row.consensus)
    if not row.consensus_answered:
        return words
    who = (
        translate("presentation", "set by the facilitator")
        if row.consensus_set
        else translate("presentation", "median")
    )
    return f"{words} ({who})"


def notes_of(answer: RespondentAnswerRecord | None) -> str:
    """A respondent's notes as written, without the blank lines around them."""
    if answer is None:
        return ""
    return "\n".join(line.rstrip() for line in answer.notes.strip().splitlines())
