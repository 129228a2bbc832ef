"""What the PDF report of an assessment says, gathered as plain values (no Qt).

The report is what a consultant hands to a client, so every sentence and figure in it is
decided here, where it is tested without a display; `ui/report` only lays these values out
on pages and draws the charts. Figures come from `maturity/` scoring, with the maturity
model version the assessment was taken with.

The verdict, stages, dimensions and next steps are the assessment's `Presentation`, worded
once for the pane, the report, the command line and the wizard: ratings read "2 Largely in
place", attainment in whole percent, the maturity index with two decimals.

The roadmap (the organization's targets and actions) follows the next steps. Private notes
(the consultant's own, on answers and actions) are in a normal report, marked "Private note",
so the consultant sees what a client-safe report leaves out; a client-safe report holds
none of them, not even the label.

Everything is worded in the language in effect (`i18n.using` around `build_report` and the
drawing of the pages): the models are localized into it here, whatever language the store or
the window read them in, so a French report from an English window is French throughout.

A client must be able to tell the authors' model from what CS Maturity added to it, so every
criterion the report lists says whether it is "our addition" (format 2 models; format 1
criteria carry no source and are not marked).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from csmaturity_app.i18n import formats, translate
from csmaturity_app.maturity import AssessmentResult, Criterion, MaturityModel
from csmaturity_app.maturity.catalog import current_attribution
from csmaturity_app.maturity.definition import GlossaryEntry
from csmaturity_app.maturity.progression import ProgressionSeries
from csmaturity_app.maturity.translation import localized
from csmaturity_app.presentation import (
    DimensionRow,
    NextSteps,
    Presentation,
    StageRow,
    Verdict,
    index_axis,
    index_text,
    present_scored,
    rating_text,
)
from csmaturity_app.presentation.numbers import change_text, placed_label, plural
from csmaturity_app.presentation.order import grouped_criteria
from csmaturity_app.presentation.plan import (
    due_text,
    gap_text,
    plan_rows,
    stage_label_of,
    state_text,
    status_label,
    target_label,
)
from csmaturity_app.presentation.respondents import RespondentsPresentation, present_respondents
from csmaturity_app.presentation.results import notes_text
from csmaturity_app.store import (
    OPEN_STATUSES,
    AnswerRecord,
    AssessmentRecord,
    PlanView,
    ScoredRecord,
    Store,
    score_records,
)

COMPLETE = "complete"
# The English words; a report reads `addition_tag()`, `additions_legend()` and
# `private_note_mark()`, in its own language.
ADDITION_TAG = "our addition"  # as the command line's `models show` marks them
ADDITIONS_LEGEND = (
    f"Criteria marked \u201c{ADDITION_TAG}\u201d were written for CS Maturity; the others "
    "restate the authors' article."
)


def addition_tag() -> str:
    """ "our addition", in the language in effect."""
    return translate("report", "our addition")


def additions_legend() -> str:
    return translate(
        "report",
        "Criteria marked \u201c{tag}\u201d were written for CS Maturity; the others restate "
        "the authors' article.",
    ).format(tag=addition_tag())


def private_note_mark() -> str:
    """ "Private note:" before the consultant's own notes, in the language in effect."""
    return translate("report", "Private note:")


def status_text(status: str) -> str:
    """ "Complete" / "Draft" for a stored status, in the language in effect."""
    if status == COMPLETE:
        return translate("report", "Complete")
    if status == "draft":
        return translate("report", "Draft")
    return status.capitalize()


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
class CriterionAnswer:
    criterion_id: str
    statement: str
    score: int | None  # None: unanswered or not applicable
    top_score: int
    not_applicable: bool
    rating: str  # "3 Fully in place", "Unanswered", or the model's not-applicable label
    notes: str
    addition: bool = False  # our addition, not the authors' (format 2)
    private_notes: str = ""  # always "" in a client-safe report

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

    attainment: StageRow
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
class RoadmapTarget:
    model_title: str
    label: str  # "Phase 3 Scaling by 2027-06-30"
    gap: str  # "1 stage to go, 9 criteria not fully in place, 212 days left"


@dataclass(frozen=True)
class RoadmapAction:
    number: int  # from 1, in the roadmap's order
    stage: str  # "2 Storming", or "" for an action of one's own
    criterion_id: str
    action: str
    owner: str
    due: str  # "2027-06-30" or "no date"
    status: str  # "In progress"
    state: str  # "Overdue", "Achieved 2027-03-02" or ""
    overdue: bool
    notes: str
    private_notes: str  # always "" in a client-safe report


@dataclass(frozen=True)
class Roadmap:
    """The organization's targets and the actions of its plan, as of the report's date."""

    targets: tuple[RoadmapTarget, ...]
    actions: tuple[RoadmapAction, ...]
    summary: str

    @property
    def overdue(self) -> int:
        return sum(a.overdue for a in self.actions)


@dataclass(frozen=True)
class Report:
    record: AssessmentRecord
    model: MaturityModel
    result: AssessmentResult  # the charts are drawn from it, as in the results pane
    presentation: Presentation  # the verdict, stages, dimensions and next steps, worded once
    cover: Cover
    stage_details: tuple[StageDetail, ...]
    progression: Progression | None  # None: no earlier assessment on record
    model_summary: str
    scoring_rule: str
    additions_legend: str  # "" when no criterion is marked as our addition
    glossary: tuple[GlossaryEntry, ...]  # the report's last section; () when the model has none
    # Who rated it and how they differ: only with several respondents (None: one voice).
    respondents: RespondentsPresentation | None = None
    # The organization's targets and actions; None when it has neither.
    roadmap: Roadmap | None = None
    client_safe: bool = False  # no private note anywhere in it
    # criterion id -> the answer's private notes (empty in a client-safe report)
    private_notes: Mapping[str, str] = field(default_factory=dict)

    @property
    def verdict(self) -> Verdict:
        return self.presentation.verdict

    @property
    def stages(self) -> tuple[StageRow, ...]:
        return self.presentation.stages

    @property
    def dimensions(self) -> tuple[DimensionRow, ...]:
        return self.presentation.dimensions

    @property
    def next_steps(self) -> NextSteps:
        return self.presentation.next_steps

    @property
    def threshold(self) -> str:
        """Where a stage is achieved: "two thirds (67 %)", "75 %"."""
        return self.presentation.verdict.threshold


def build_report(
    store: Store, assessment_id: str, today: date | None = None, client_safe: bool = False
) -> Report:
    """Everything the report of one assessment shows, read from the store at one moment.
    `client_safe`: no private note of an answer or an action is in it."""
    today = today or date.today()
    with store.reading():
        scored = _in_language(store.scored(assessment_id))
        record, model, answers, result = scored.record, scored.model, scored.answers, scored.result
        progression = _progression(store, record, result)
        view = store.respondents_view(assessment_id)
        plan = store.plan(record.organization_id, today)
    private_notes = (
        {}
        if client_safe
        else {c: text for c, a in answers.items() if (text := private_notes_text(a))}
    )
    presentation = present_scored(scored)
    credit = current_attribution(model)
    return Report(
        record=record,
        model=model,
        result=result,
        presentation=presentation,
        cover=Cover(
            organization=record.organization_name,
            model_title=model.title,
            model_version=model.version,
            credit=credit.credit(),
            attribution_note=credit.note,
            attribution_url=credit.url,
            assessed_on=record.assessed_on,
            assessor=record.assessor,
            status=status_text(record.status),
            draft=record.status != COMPLETE,
            generated_on=today,
        ),
        stage_details=tuple(
            _stage_detail(model, attainment, answers, result, private_notes)
            for attainment in presentation.stages
        ),
        progression=progression,
        model_summary=" ".join(model.summary.split()),
        scoring_rule=" ".join(model.rule.split()),
        additions_legend=additions_legend() if any(c.is_addition for c in model.criteria) else "",
        glossary=tuple(
            GlossaryEntry(" ".join(g.term.split()), " ".join(g.meaning.split()))
            for g in model.glossary
        ),
        respondents=present_respondents(view) if view.several else None,
        roadmap=build_roadmap_section(plan, client_safe),
        client_safe=client_safe,
        private_notes=private_notes,
    )


def _in_language(scored: ScoredRecord) -> ScoredRecord:
    """The assessment with its model in the language in effect (a store opened earlier may
    hold it in another): scored again with that model, so every stage label is in it too."""
    model = localized(scored.model)
    if model is scored.model:
        return scored
    return dataclasses.replace(scored, model=model, result=score_records(model, scored.answers))


def private_notes_text(answer: AnswerRecord | None) -> str:
    """An answer's private notes as written, without the blank lines around them."""
    if answer is None:
        return ""
    return "\n".join(line.rstrip() for line in answer.private_notes.strip().splitlines())


def build_roadmap_section(plan: PlanView, client_safe: bool = False) -> Roadmap | None:
    """The roadmap section from the organization's plan; None when it has no target and no
    action (a report without a plan says nothing of one)."""
    if not plan.targets and not plan.items:
        return None
    targets = tuple(
        RoadmapTarget(view.model.title, target_label(view), gap_text(view, plan.today))
        for view in plan.targets
    )
    actions = tuple(
        RoadmapAction(
            number=row.position,
            stage=stage_label_of(item),
            criterion_id=row.criterion_id,
            action=row.action,
            owner=row.owner,
            due=due_text(row.due_on),
            status=status_label(row.status),
            state=state_text(item),
            overdue=row.overdue,
            notes=row.notes.strip(),
            private_notes="" if client_safe else row.private_notes.strip(),
        )
        for item, row in zip(plan.items, plan_rows(plan), strict=True)
    )
    name = plan.organization.name
    if not actions:
        summary = translate("report", "The action plan of {name} has no action yet.").format(
            name=name
        )
    else:
        open_count = sum(item.action.status in OPEN_STATUSES for item in plan.items)
        summary = translate("report", "The action plan of {name} as of {date}:").format(
            name=name, date=formats.long_date(plan.today)
        )
        summary += " " + plural(
            len(actions),
            translate("report", "{count} action"),
            translate("report", "{count} actions"),
        )
        summary += plural(
            open_count,
            translate("report", ", {count} of them open or in progress"),
            translate("report", ", {count} of them open or in progress", "plural"),
        )
        overdue = sum(a.overdue for a in actions)
        achieved = sum(item.achieved_by is not None for item in plan.items)
        if overdue:
            summary += plural(
                overdue,
                translate("report", ", {count} overdue"),
                translate("report", ", {count} overdue", "plural"),
            )
        if achieved:
            summary += plural(
                achieved,
                translate("report", "; {count} achieved by a later assessment"),
                translate("report", "; {count} achieved by a later assessment", "plural"),
            )
        summary += "."
    return Roadmap(targets, actions, summary)


def report_file_name(
    organization: str, model_title: str, assessed_on: date, suffix: str = ".pdf"
) -> str:
    """ "Acme Software - TSIA Customer Success Maturity Model (4 phases) - 2025-03-14.pdf":
    what the save dialog proposes, without the characters some file systems refuse."""
    parts = [p for p in (_file_safe(organization), _file_safe(model_title)) if p]
    stem = " - ".join(parts)[:150].rstrip(" .-")
    return f"{stem + ' - ' if stem else ''}{assessed_on.isoformat()}{suffix}"


def _file_safe(text: str) -> str:
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]+', " ", text)
    return " ".join(text.split()).strip(" .")


# -- sections


def _stage_detail(
    model: MaturityModel,
    attainment: StageRow,
    answers: dict[str, AnswerRecord],
    result: AssessmentResult,
    private_notes: Mapping[str, str],
) -> StageDetail:
    groups = [
        DimensionGroup(
            dimension.name,
            tuple(_answer(model, c, answers.get(c.id), private_notes) for c in members),
        )
        for dimension, members in grouped_criteria(model, attainment.stage_id)
    ]
    stage = model.stages_by_id[attainment.stage_id]
    placed = result.placed is not None and result.placed.id == stage.id
    return StageDetail(
        attainment,
        " ".join(stage.description.split()),
        tuple(groups),
        typical_profile=" ".join(stage.typical_profile.split()) if placed else "",
    )


def _answer(
    model: MaturityModel,
    criterion: Criterion,
    answer: AnswerRecord | None,
    private_notes: Mapping[str, str],
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
        notes=notes_text(answer),
        addition=criterion.is_addition,
        private_notes=private_notes.get(criterion.id, ""),
    )


def _progression(
    store: Store, record: AssessmentRecord, result: AssessmentResult
) -> Progression | None:
    """None unless the organization has another assessment on record to compare with."""
    series = tuple(store.progression(record.organization_id))
    models = {
        s.points[-1].assessment_id: localized(store.model_of(s.points[-1].assessment_id))
        for s in series
        if s.points
    }
    model_of_series = {id(s): models[s.points[-1].assessment_id] for s in series if s.points}
    rows = [
        HistoryRow(
            assessment_id=point.assessment_id,
            assessed_on=point.assessed_on,
            model_title=model_of_series[id(s)].title,
            status=status_text(COMPLETE),
            placed_label=placed_label(model_of_series[id(s)], point.placed_level),
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
                status=status_text(record.status),
                placed_label=placed_label(result.model, result.placed_level),
                maturity_index=result.maturity_index,
                current=True,
            )
        )
    if len(rows) < 2:
        return None
    rows.sort(key=lambda row: (row.assessed_on, not row.current))
    # every model charted must fit on the index axis
    low, high = index_axis([result.model, *models.values()])
    points = sum(len(s.points) for s in series)
    first, last = rows[0], rows[-1]
    summary = translate(
        "report", "{count} assessments of {name} are on record, from {first} to {last}"
    ).format(
        count=formats.integer(len(rows)),
        name=record.organization_name,
        first=formats.long_date(first.assessed_on),
        last=formats.long_date(last.assessed_on),
    )
    if len({row.model_title for row in rows}) > 1:
        summary += translate(
            "report",
            ", taken with different maturity models: each model has its own line, and indices "
            "of different models are not directly comparable.",
        )
    else:
        change = last.maturity_index - first.maturity_index
        summary += translate(
            "report", ": the maturity index went from {first} to {last} ({change})."
        ).format(
            first=index_text(first.maturity_index),
            last=index_text(last.maturity_index),
            change=change_text(change),
        )
    if points < 2:
        summary += " " + translate(
            "report", "The chart appears once two of them are complete (drafts are not charted)."
        )
    elif record.status != COMPLETE:
        summary += " " + translate(
            "report", "The chart shows the completed ones: this assessment, a draft, is not on it."
        )
    return Progression(series, points, tuple(rows), low, high, summary)


def long_date(day: date) -> str:
    """ "14 March 2025" / "14 mars 2025": in the report's language whatever the system's
    locale, as the rest of the report."""
    return formats.long_date(day)
