"""What the PDF report of an assessment says, gathered as plain values (no Qt).

The report is what a consultant hands to a client, so every sentence and figure in it is
decided here, where it is tested without a display; `ui/report` only lays these values out
on pages and draws the charts. Figures come from `maturity/` scoring, with the maturity
model version the assessment was taken with.

Wording follows the results pane (`ui/results/chart_data.py`): ratings read "2 Largely in
place", attainment in whole percent, the maturity index with two decimals.

A client must be able to tell the authors' model from what CS Maturity added to it, so every
criterion the report lists says whether it is "our addition" (format 2 models; format 1
criteria carry no source and are not marked).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from csmaturity_app.maturity import AssessmentResult, Criterion, MaturityModel, score_assessment
from csmaturity_app.maturity.catalog import builtin_catalog, current_attribution
from csmaturity_app.maturity.crosswalk import CrosswalkReading, crosswalk_readings
from csmaturity_app.maturity.definition import GlossaryEntry
from csmaturity_app.maturity.progression import ProgressionSeries
from csmaturity_app.maturity.scoring import StageResult
from csmaturity_app.store import AnswerRecord, AssessmentRecord, Store

COMPLETE = "complete"
UNANSWERED = "Unanswered"
ADDITION_TAG = "our addition"  # as the command line's `models show` marks them
ADDITIONS_LEGEND = (
    f"Criteria marked \u201c{ADDITION_TAG}\u201d were written for CS Maturity; the others "
    "restate the authors' article."
)
# Thresholds that are no whole percent read as the fraction they are: "two thirds (67 %)".
FRACTION_WORDS = {Fraction(1, 3): "one third", Fraction(2, 3): "two thirds"}


@dataclass(frozen=True)
class Cover:
    organization: str
    model_title: str
    model_version: str
    credit: str  # the model's author, organisation, article and where published, in one line
    attribution_note: str
    attribution_url: str  # where the article is published
    assessed_on: date
    assessor: str  # "" when none was recorded
    status: str  # "Draft" / "Complete"
    draft: bool
    generated_on: date


@dataclass(frozen=True)
class Verdict:
    placed_label: str  # "Phase 1 Forming", "Not yet Phase 1 Forming"
    placed_level: int
    placed: bool  # False: not yet at the first stage
    maturity_index: float
    index_low: int
    index_high: int
    answered: int
    total: int
    index_text: str  # "Maturity index 1.59 on a scale of 0 to 4"
    answered_text: str  # "19 of 36 criteria answered"
    summary: str  # the verdict in a sentence or two, naming the organization
    # Where the placement roughly stands in the other model (approximate, with its caveat).
    crosswalk: tuple[CrosswalkReading, ...] = ()


@dataclass(frozen=True)
class StageAttainment:
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
    def state(self) -> str:
        """ "attained at 59 %, not achieved"; "achieved by definition (no criteria)"."""
        if self.by_definition:
            return "achieved by definition (no applicable criteria)"
        return f"attained at {percent_text(self.attainment)}, " + (
            "achieved" if self.achieved else "not achieved"
        )


@dataclass(frozen=True)
class DimensionScore:
    dimension_id: str
    name: str
    score: float | None  # 0..1; None: no applicable criterion
    answered: int
    applicable: int


@dataclass(frozen=True)
class NextStep:
    criterion_id: str
    statement: str
    dimension: str
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
class CriterionAnswer:
    criterion_id: str
    statement: str
    score: int | None  # None: unanswered or not applicable
    top_score: int
    not_applicable: bool
    rating: str  # "3 Fully in place", "Unanswered", or the model's not-applicable label
    notes: str
    addition: bool = False  # our addition, not the authors' (format 2)

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.score is not None


@dataclass(frozen=True)
class DimensionGroup:
    dimension: str
    criteria: tuple[CriterionAnswer, ...]


@dataclass(frozen=True)
class StageDetail:
    """One stage's part of the findings: its attainment, description and criteria, grouped by
    dimension in the model's order (as the wizard shows them)."""

    attainment: StageAttainment
    description: str
    groups: tuple[DimensionGroup, ...]
    # What an organization at this stage usually looks like: only for the stage where the
    # organization is placed, the picture a client recognizes themselves in ("" elsewhere).
    typical_profile: str = ""


@dataclass(frozen=True)
class HistoryRow:
    assessment_id: str
    assessed_on: date
    model_title: str
    status: str  # "Complete" / "Draft"
    placed_label: str
    maturity_index: float
    current: bool  # the assessment of this report


@dataclass(frozen=True)
class Progression:
    """The organization's assessments over time: the chart's series (completed assessments,
    one line per maturity model) and the table under it (those and this report's own)."""

    series: tuple[ProgressionSeries, ...]
    points: int  # completed assessments charted; the chart needs two
    rows: tuple[HistoryRow, ...]  # by date
    index_low: int  # the index axis, wide enough for every model charted
    index_high: int
    summary: str

    @property
    def several_models(self) -> bool:
        return len({row.model_title for row in self.rows}) > 1


@dataclass(frozen=True)
class Report:
    record: AssessmentRecord
    model: MaturityModel
    result: AssessmentResult  # the charts are drawn from it, as in the results pane
    cover: Cover
    verdict: Verdict
    stages: tuple[StageAttainment, ...]
    dimensions: tuple[DimensionScore, ...]
    next_steps: NextSteps
    stage_details: tuple[StageDetail, ...]
    progression: Progression | None  # None: no earlier assessment on record
    model_summary: str
    scoring_rule: str
    threshold: str  # where a stage is achieved: "two thirds (67 %)", "75 %"
    additions_legend: str  # "" when no criterion is marked as our addition
    glossary: tuple[GlossaryEntry, ...]  # the report's last section; () when the model has none


def build_report(store: Store, assessment_id: str, today: date | None = None) -> Report:
    """Everything the report of one assessment shows, read from the store at one moment."""
    with store.reading():
        scored = store.scored(assessment_id)
        record, model, answers, result = scored.record, scored.model, scored.answers, scored.result
        progression = _progression(store, record, result)
    stages = tuple(_attainment(model, s) for s in result.stages)
    credit = current_attribution(model)
    return Report(
        record=record,
        model=model,
        result=result,
        cover=Cover(
            organization=record.organization_name,
            model_title=model.title,
            model_version=model.version,
            credit=credit.credit(),
            attribution_note=credit.note,
            attribution_url=credit.url,
            assessed_on=record.assessed_on,
            assessor=record.assessor,
            status=record.status.capitalize(),
            draft=record.status != COMPLETE,
            generated_on=today or date.today(),
        ),
        verdict=_verdict(record, result, stages),
        stages=stages,
        dimensions=tuple(
            DimensionScore(d.dimension.id, d.dimension.name, d.score, d.answered, d.applicable)
            for d in result.dimensions
        ),
        next_steps=_next_steps(result, answers),
        stage_details=tuple(
            _stage_detail(model, attainment, answers, result) for attainment in stages
        ),
        progression=progression,
        model_summary=" ".join(model.summary.split()),
        scoring_rule=" ".join(model.rule.split()),
        threshold=threshold_text(model),
        additions_legend=ADDITIONS_LEGEND if any(c.is_addition for c in model.criteria) else "",
        glossary=tuple(
            GlossaryEntry(" ".join(g.term.split()), " ".join(g.meaning.split()))
            for g in model.glossary
        ),
    )


# -- wording shared by the sections


def percent_text(fraction: float) -> str:
    """0.5926 -> "59 %" (whole percent, as a reader says it)."""
    return f"{fraction * 100:.0f} %"


def threshold_text(model: MaturityModel) -> str:
    """Where a stage is achieved, as a client reads it: "75 %"; "two thirds (67 %)" for a
    threshold that is no whole percent (never "66.6667 %")."""
    exact = model.exact_threshold
    if (exact * 100).denominator == 1:
        return f"{exact * 100} %"
    rounded = percent_text(float(exact))
    words = FRACTION_WORDS.get(exact)
    return f"{words} ({rounded})" if words else rounded


def index_text(index: float) -> str:
    return f"{index:.2f}"


def rating_text(model: MaturityModel, score: int | None, not_applicable: bool) -> str:
    if not_applicable:
        return model.not_applicable_label
    if score is None:
        return UNANSWERED
    return f"{score} {model.score_label(score)}"


def index_scale(model: MaturityModel) -> tuple[int, int]:
    """The range of a model's maturity index: where an assessment with nothing in place is
    placed (first level - 1, or the first level when that stage is achieved by definition),
    to the top level."""
    return score_assessment(model, {}).placed_level, model.stages[-1].level


def report_file_name(organization: str, model_title: str, assessed_on: date) -> str:
    """ "Acme Software - TSIA Customer Success Maturity Model (4 phases) - 2025-03-14.pdf":
    what the save dialog proposes, without the characters some file systems refuse."""
    parts = [p for p in (_file_safe(organization), _file_safe(model_title)) if p]
    stem = " - ".join(parts)[:150].rstrip(" .-")
    return f"{stem + ' - ' if stem else ''}{assessed_on.isoformat()}.pdf"


def _file_safe(text: str) -> str:
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]+', " ", text)
    return " ".join(text.split()).strip(" .")


# -- sections


def _attainment(model: MaturityModel, stage_result: StageResult) -> StageAttainment:
    return StageAttainment(
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
    record: AssessmentRecord, result: AssessmentResult, stages: tuple[StageAttainment, ...]
) -> Verdict:
    model = result.model
    low, high = index_scale(model)
    organization = record.organization_name
    threshold = percent_text(model.threshold)
    next_id = result.next_stage.id if result.next_stage is not None else None
    following = next((s for s in stages if s.stage_id == next_id), None)
    if following is None:
        summary = (
            f"{organization} has achieved every stage of the model, up to {result.placed_label}."
        )
    elif result.placed is None:
        summary = (
            f"{organization} has not yet achieved the first stage, {following.label}: it is "
            f"attained at {percent_text(following.attainment)}, and a stage is achieved at "
            f"{threshold}."
        )
    else:
        summary = (
            f"{organization} is at {result.placed_label}: that stage and every one before it "
            f"are achieved. The next stage, {following.label}, is attained at "
            f"{percent_text(following.attainment)}; it is achieved at {threshold}."
        )
    unanswered = result.total - result.answered
    if unanswered:
        verb = "is" if unanswered == 1 else "are"
        summary += (
            f" {unanswered} of the {result.total} criteria {verb} unanswered; unanswered "
            "criteria count as not in place."
        )
    if record.status != COMPLETE:
        summary += " This assessment is a draft: its results may still change."
    headline = result.placed_label[:1].upper() + result.placed_label[1:]
    return Verdict(
        placed_label=headline,
        placed_level=result.placed_level,
        placed=result.placed is not None,
        maturity_index=result.maturity_index,
        index_low=low,
        index_high=high,
        answered=result.answered,
        total=result.total,
        index_text=f"Maturity index {index_text(result.maturity_index)} on a scale of "
        f"{low} to {high}",
        answered_text=f"{result.answered} of {result.total} criteria answered",
        summary=summary,
        crosswalk=crosswalk_readings(result, builtin_catalog()),
    )


def _next_steps(result: AssessmentResult, answers: dict[str, AnswerRecord]) -> NextSteps:
    model = result.model
    if result.next_stage is None:
        return NextSteps(
            heading="Every stage is achieved",
            explanation=(
                f"{result.placed_label} is the top of this model: the next step is to keep "
                "every criterion in place."
            ),
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
    return NextSteps(
        heading=f"To reach {stage_result.label}",
        explanation=(
            f"{stage_result.label} is attained at {percent_text(stage_result.attainment)}; "
            f"it is achieved at {threshold_text(model)}. "
            f"{count} of its criteri{'on is' if count == 1 else 'a are'} not fully in place, "
            "weakest first:"
        ),
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
        rating=rating_text(model, score, False),
        guidance=" ".join(criterion.guidance.split()),
        notes=_notes(answer),
        addition=criterion.is_addition,
        target=rating_text(model, up, False) if has_anchor else "",
        target_anchor=" ".join(criterion.anchors[up].split()) if has_anchor else "",
        action=" ".join(criterion.action.split()),
    )


def _stage_detail(
    model: MaturityModel,
    attainment: StageAttainment,
    answers: dict[str, AnswerRecord],
    result: AssessmentResult,
) -> StageDetail:
    criteria = model.criteria_of_stage(attainment.stage_id)
    groups = []
    for dimension in model.dimensions:
        members = [c for c in criteria if c.dimension == dimension.id]
        if members:
            groups.append(
                DimensionGroup(
                    dimension.name, tuple(_answer(model, c, answers.get(c.id)) for c in members)
                )
            )
    stage = model.stages_by_id[attainment.stage_id]
    placed = result.placed is not None and result.placed.id == stage.id
    return StageDetail(
        attainment,
        " ".join(stage.description.split()),
        tuple(groups),
        typical_profile=" ".join(stage.typical_profile.split()) if placed else "",
    )


def _answer(
    model: MaturityModel, criterion: Criterion, answer: AnswerRecord | None
) -> CriterionAnswer:
    score = answer.score if answer is not None else None
    not_applicable = answer is not None and answer.not_applicable
    return CriterionAnswer(
        criterion_id=criterion.id,
        statement=criterion.statement,
        score=None if not_applicable else score,
        top_score=model.max_score,
        not_applicable=not_applicable,
        rating=rating_text(model, score, not_applicable),
        notes=_notes(answer),
        addition=criterion.is_addition,
    )


def _notes(answer: AnswerRecord | None) -> str:
    """The notes as written, without the blank lines around them."""
    if answer is None:
        return ""
    return "\n".join(line.rstrip() for line in answer.notes.strip().splitlines())


def _progression(
    store: Store, record: AssessmentRecord, result: AssessmentResult
) -> Progression | None:
    """None unless the organization has another assessment on record to compare with."""
    series = tuple(store.progression(record.organization_id))
    rows = [
        HistoryRow(
            assessment_id=point.assessment_id,
            assessed_on=point.assessed_on,
            model_title=s.title,
            status="Complete",
            placed_label=point.placed_label,
            maturity_index=point.maturity_index,
            current=point.assessment_id == record.id,
        )
        for s in series
        for point in s.points
    ]
    if not any(row.current for row in rows):  # a draft: in the table, not on the chart
        rows.append(
            HistoryRow(
                assessment_id=record.id,
                assessed_on=record.assessed_on,
                model_title=record.model_title,
                status=record.status.capitalize(),
                placed_label=result.placed_label,
                maturity_index=result.maturity_index,
                current=True,
            )
        )
    if len(rows) < 2:
        return None
    rows.sort(key=lambda row: (row.assessed_on, not row.current))
    low, high = index_scale(result.model)
    for s in series:  # every model charted must fit on the index axis
        model_low, model_high = index_scale(store.model_of(s.points[-1].assessment_id))
        low, high = min(low, model_low), max(high, model_high)
    points = sum(len(s.points) for s in series)
    first, last = rows[0], rows[-1]
    summary = (
        f"{len(rows)} assessments of {record.organization_name} are on record, from "
        f"{first.assessed_on.isoformat()} to {last.assessed_on.isoformat()}"
    )
    if len({row.model_title for row in rows}) > 1:
        summary += (
            ", taken with different maturity models: each model has its own line, and indices "
            "of different models are not directly comparable."
        )
    else:
        change = last.maturity_index - first.maturity_index
        summary += (
            f": the maturity index went from {index_text(first.maturity_index)} to "
            f"{index_text(last.maturity_index)} ({change:+.2f})."
        )
    if points < 2:
        summary += " The chart appears once two of them are complete (drafts are not charted)."
    elif record.status != COMPLETE:
        summary += " The chart shows the completed ones: this assessment, a draft, is not on it."
    return Progression(series, points, tuple(rows), low, high, summary)


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    """ "14 March 2025": in English whatever the system's locale, as the rest of the report."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
