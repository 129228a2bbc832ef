"""The results of one scored assessment as every reader shows them: the verdict, the stage and
dimension rows, the next steps and what is still open, each worded once.

The results pane, the PDF report, `csmaturity show` and the wizard's summary page all read a
`Presentation` made by `present`; none of them words a result itself, so the same fact reads
the same everywhere. Plain values only: colours and widgets stay in `ui/`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from csmaturity_app.i18n import formats, translate
from csmaturity_app.maturity import AssessmentResult, Criterion, MaturityModel
from csmaturity_app.maturity.crosswalk import CrosswalkReading
from csmaturity_app.maturity.scoring import StageResult
from csmaturity_app.presentation.numbers import (
    index_scale,
    index_text,
    percent_text,
    placed_label,
    plural,
    rating_text,
    threshold_text,
)
from csmaturity_app.presentation.order import Answers, criteria_to_review, unanswered_criteria
from csmaturity_app.presentation.words import capitalized  # also read from here
from csmaturity_app.store import AnswerRecord, ScoredRecord


@dataclass(frozen=True)
class Verdict:
    placed_label: str  # "Phase 1 Forming", "Not yet Phase 1 Forming"
    placed_level: int
    placed: bool  # False: not yet at the first stage
    maturity_index: float
    index: str  # "1.59"
    index_low: int
    index_high: int
    answered: int
    total: int
    index_text: str  # "Maturity index 1.59 on a scale of 0 to 4"
    answered_text: str  # "19 of 36 criteria answered"
    threshold: str  # where a stage is achieved: "two thirds (67 %)", "75 %"
    summary: str  # the verdict in a sentence or two, naming the organization
    # Where the placement roughly stands in the other model (approximate, with its caveat).
    crosswalk: tuple[CrosswalkReading, ...] = ()


@dataclass(frozen=True)
class StageRow:
    stage_id: str
    level: int
    label: str  # "Phase 2 Storming"
    attainment: float  # 0..1
    achieved: bool
    by_definition: bool  # no applicable criteria
    threshold: float  # 0..1: achieved at or above
    answered: int
    criteria: int

    @property
    def percent(self) -> str:
        """ "59 %"."""
        return percent_text(self.attainment)

    @property
    def outcome(self) -> str:
        """ "achieved", "not achieved", "achieved by definition"."""
        if self.by_definition:
            return translate("presentation", "achieved by definition")
        if self.achieved:
            return translate("presentation", "achieved")
        return translate("presentation", "not achieved")

    @property
    def state(self) -> str:
        """ "attained at 59 %, not achieved"; "achieved by definition (no criteria)"."""
        if self.by_definition:
            return translate("presentation", "achieved by definition (no applicable criteria)")
        return translate("presentation", "attained at {percent}, {outcome}").format(
            percent=self.percent, outcome=self.outcome
        )


@dataclass(frozen=True)
class DimensionRow:
    dimension_id: str
    name: str
    score: float | None  # 0..1; None: no applicable criterion
    answered: int
    applicable: int

    @property
    def percent(self) -> str:
        """ "59 %"; "n/a" without an applicable criterion."""
        if self.score is None:
            return translate("presentation", "n/a")
        return percent_text(self.score)


@dataclass(frozen=True)
class NextStep:
    criterion_id: str
    statement: str
    dimension: str
    score: int | None  # None: unanswered (counts as 0)
    rating: str  # "1 Partially in place", "Unanswered"
    guidance: str
    notes: str
    addition: bool = False  # our addition, not the authors' (format 2)
    target: str = ""  # the next rating up: "2 Largely in place"; "" without anchors
    target_anchor: str = ""  # what earns that rating (format 2)
    action: str = ""  # a typical first action (format 2)


@dataclass(frozen=True)
class NextSteps:
    heading: str  # "To reach Phase 2 Storming", "Every stage is achieved"
    explanation: str
    level: int | None  # of the stage to reach; None when every stage is achieved
    steps: tuple[NextStep, ...]
    unlocks: str = ""  # what reaching that stage brings the organization (format 2)


@dataclass(frozen=True)
class Presentation:
    model: MaturityModel
    result: AssessmentResult
    verdict: Verdict
    stages: tuple[StageRow, ...]
    dimensions: tuple[DimensionRow, ...]
    next_steps: NextSteps
    unanswered: tuple[Criterion, ...]  # in the order the wizard walks them
    to_review: tuple[Criterion, ...]  # carried answers not rated since, likewise


def present(
    model: MaturityModel,
    result: AssessmentResult,
    answers: Answers,
    *,
    organization: str = "",
    draft: bool = False,
    crosswalk: Sequence[CrosswalkReading] = (),
) -> Presentation:
    """The presentation of one assessment scored as `result` (scored with `model`, the version
    it was taken with) from `answers`; `organization` names it in the verdict's sentence."""
    stages = stage_rows(result)
    return Presentation(
        model=model,
        result=result,
        verdict=_verdict(result, stages, organization, draft, tuple(crosswalk)),
        stages=stages,
        dimensions=tuple(
            DimensionRow(d.dimension.id, d.dimension.name, d.score, d.answered, d.applicable)
            for d in result.dimensions
        ),
        next_steps=_next_steps(result, answers),
        unanswered=tuple(unanswered_criteria(model, answers)),
        to_review=tuple(criteria_to_review(model, answers)),
    )


def stage_rows(result: AssessmentResult) -> tuple[StageRow, ...]:
    """The stage rows alone (a chart of a result needs no more)."""
    return tuple(_stage_row(result.model, s) for s in result.stages)


def _stage_row(model: MaturityModel, stage_result: StageResult) -> StageRow:
    return StageRow(
        stage_id=stage_result.stage.id,
        level=stage_result.stage.level,
        label=stage_result.label,
        attainment=stage_result.attainment,
        achieved=stage_result.achieved,
        by_definition=stage_result.by_definition,
        threshold=model.threshold,
        answered=stage_result.answered,
        criteria=stage_result.criteria,
    )


def _verdict(
    result: AssessmentResult,
    stages: tuple[StageRow, ...],
    organization: str,
    draft: bool,
    crosswalk: tuple[CrosswalkReading, ...],
) -> Verdict:
    model = result.model
    low, high = index_scale(model)
    who = organization or translate("presentation", "The organization")
    placed = placed_label(model, result.placed_level)
    threshold = threshold_text(model)
    next_id = result.next_stage.id if result.next_stage is not None else None
    following = next((s for s in stages if s.stage_id == next_id), None)
    if following is None:
        summary = translate(
            "presentation", "{who} has achieved every stage of the model, up to {placed}."
        ).format(who=who, placed=placed)
    elif result.placed is None:
        summary = translate(
            "presentation",
            "{who} has not yet achieved the first stage, {stage}: it is attained at "
            "{percent}, and a stage is achieved at {threshold}.",
        ).format(who=who, stage=following.label, percent=following.percent, threshold=threshold)
    else:
        summary = translate(
            "presentation",
            "{who} is at {placed}: that stage and every one before it are achieved. The next "
            "stage, {stage}, is attained at {percent}; it is achieved at {threshold}.",
        ).format(
            who=who,
            placed=placed,
            stage=following.label,
            percent=following.percent,
            threshold=threshold,
        )
    unanswered = result.total - result.answered
    if unanswered:
        summary += " " + plural(
            unanswered,
            translate(
                "presentation",
                "{count} of the {total} criteria is unanswered; unanswered criteria count as "
                "not in place.",
            ),
            translate(
                "presentation",
                "{count} of the {total} criteria are unanswered; unanswered criteria count as "
                "not in place.",
            ),
            total=formats.integer(result.total),
        )
    if draft:
        summary += " " + translate(
            "presentation", "This assessment is a draft: its results may still change."
        )
    index = index_text(result.maturity_index)
    return Verdict(
        placed_label=capitalized(placed),
        placed_level=result.placed_level,
        placed=result.placed is not None,
        maturity_index=result.maturity_index,
        index=index,
        index_low=low,
        index_high=high,
        answered=result.answered,
        total=result.total,
        index_text=translate(
            "presentation", "Maturity index {index} on a scale of {low} to {high}"
        ).format(index=index, low=low, high=high),
        answered_text=answered_text(result.answered, result.total),
        threshold=threshold,
        summary=summary,
        crosswalk=crosswalk,
    )


def _next_steps(result: AssessmentResult, answers: Answers) -> NextSteps:
    model = result.model
    if result.next_stage is None:
        return NextSteps(
            heading=translate("presentation", "Every stage is achieved"),
            explanation=translate(
                "presentation",
                "{placed} is the top of this model: the next step is to keep every criterion "
                "in place.",
            ).format(placed=placed_label(model, result.placed_level)),
            level=None,
            steps=(),
        )
    stage_result = next(s for s in result.stages if s.stage.id == result.next_stage.id)
    steps = tuple(
        _next_step(model, step.criterion, step.score, answers.get(step.criterion.id))
        for step in result.next_steps
    )
    count = len(steps)
    # what the stage reached last says the next one brings (nothing before the first stage)
    unlocks = result.placed.next_stage_unlocks if result.placed is not None else ""
    attained = translate(
        "presentation", "{stage} is attained at {percent}; it is achieved at {threshold}."
    ).format(
        stage=stage_result.label,
        percent=percent_text(stage_result.attainment),
        threshold=threshold_text(model),
    )
    open_ones = plural(
        count,
        translate("presentation", "{count} of its criteria is not fully in place, weakest first:"),
        translate("presentation", "{count} of its criteria are not fully in place, weakest first:"),
    )
    return NextSteps(
        heading=translate("presentation", "To reach {stage}").format(stage=stage_result.label),
        explanation=f"{attained} {open_ones}",
        level=result.next_stage.level,
        steps=steps,
        unlocks=" ".join(unlocks.split()),
    )


def _next_step(
    model: MaturityModel, criterion: Criterion, score: int | None, answer: AnswerRecord | None
) -> NextStep:
    """A criterion to work on; with anchors (format 2), the rating one step up and what earns
    it: an unanswered criterion counts as 0, so its next rating is 1."""
    up = (score or 0) + 1
    has_anchor = up < len(criterion.anchors) and up <= model.max_score
    return NextStep(
        criterion_id=criterion.id,
        statement=criterion.statement,
        dimension=model.dimensions_by_id[criterion.dimension].name,
        score=score,
        rating=rating_text(model, score),
        guidance=" ".join(criterion.guidance.split()),
        notes=notes_text(answer),
        addition=criterion.is_addition,
        target=rating_text(model, up) if has_anchor else "",
        target_anchor=" ".join(criterion.anchors[up].split()) if has_anchor else "",
        action=" ".join(criterion.action.split()),
    )


def answered_text(answered: int, total: int) -> str:
    """ "19 of 36 criteria answered"."""
    return plural(
        answered,
        translate("presentation", "{count} of {total} criteria answered"),
        translate("presentation", "{count} of {total} criteria answered", "plural"),
        total=formats.integer(total),
    )


def notes_text(answer: AnswerRecord | None) -> str:
    """The notes as written, without the blank lines around them."""
    if answer is None:
        return ""
    return "\n".join(line.rstrip() for line in answer.notes.strip().splitlines())


def present_scored(scored: ScoredRecord) -> Presentation:
    """The presentation of a stored assessment, as the command line, the results pane and the
    report all show it: its organization named, draft or not, and its reading on the other
    built-in model (the crosswalk maps the models we ship, so it reads the same everywhere)."""
    from csmaturity_app.maturity.catalog import builtin_catalog
    from csmaturity_app.maturity.crosswalk import crosswalk_readings

    record, result = scored.record, scored.result
    return present(
        scored.model,
        result,
        scored.answers,
        organization=record.organization_name,
        draft=record.status != "complete",
        crosswalk=crosswalk_readings(result, builtin_catalog()),
    )
