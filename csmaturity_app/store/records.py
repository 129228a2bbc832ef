"""Plain values the store hands out: callers never hold live database rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from csmaturity_app.maturity import AnswerValue, AssessmentResult, MaturityModel, score_assessment
from csmaturity_app.maturity.definition import Criterion, Stage
from csmaturity_app.maturity.roadmap import TargetGap

STATUSES = ("draft", "complete")


@dataclass(frozen=True)
class OrganizationRecord:
    id: str
    name: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class AssessmentRecord:
    id: str
    organization_id: str
    organization_name: str
    model_id: str
    model_version: str
    model_title: str
    assessed_on: date
    assessor: str
    status: str
    created_at: str
    updated_at: str
    position: str = ""
    carried_from: str | None = None  # the assessment this one was carried forward from


class OrganizationSummary(NamedTuple):
    """A row of the organizations list: the organization and its latest assessment, scored.
    A named tuple, not a dataclass: `csmaturity orgs` builds one per organization, thousands,
    and a frozen dataclass costs several times more to build."""

    id: str
    name: str
    assessments: int
    latest_assessed_on: date | None
    latest_status: str | None
    latest_model_id: str | None
    latest_placed_label: str | None
    latest_maturity_index: float | None
    # The placed stage's level (0: below the first stage): what scripts read in any language.
    latest_placed_level: int | None = None


@dataclass(frozen=True)
class AnswerRecord:
    criterion_id: str
    score: int | None
    not_applicable: bool
    notes: str
    updated_at: str
    needs_review: bool = False  # carried forward from an earlier assessment, not rated since
    private_notes: str = ""  # the consultant's own: left out of every client-safe output
    private_notes_at: str = ""  # when they were last written; '' for never

    @property
    def rating(self) -> AnswerValue:
        """The rating alone, as scoring and the wizard take it."""
        return AnswerValue(None, True) if self.not_applicable else AnswerValue(self.score, False)


# The assessor's role as data, whatever the language: the implicit assessor's, and written
# down with them (`store.respondents`); readers show `presentation.respondents.role_text`.
ASSESSOR_ROLE = "Assessor"


@dataclass(frozen=True)
class RespondentRecord:
    """One person who rates an assessment's criteria (see `store.respondents`).

    `implicit`: the assessor of an assessment without respondents written down, shown as its
    one respondent (id ''): their ratings are the assessment's answers.
    """

    id: str
    assessment_id: str
    name: str
    role: str
    position: int
    created_at: str
    updated_at: str
    collected_at: str = ""  # when the last questionnaire collected from them was saved
    collected_digest: str = ""
    implicit: bool = False

    @property
    def has_assessor_role(self) -> bool:
        """Whether the role is the one the software gives the assessor (`ASSESSOR_ROLE`, a
        key kept in every language): shown translated, where a role typed in is shown as is."""
        if self.role != ASSESSOR_ROLE:
            return False
        from csmaturity_app.store.respondents import assessor_id  # it reads this module

        return self.implicit or self.id == assessor_id(self.assessment_id)


@dataclass(frozen=True)
class RespondentAnswerRecord:
    respondent_id: str
    criterion_id: str
    score: int | None
    not_applicable: bool
    notes: str
    updated_at: str

    @property
    def rating(self) -> AnswerValue:
        return AnswerValue(None, True) if self.not_applicable else AnswerValue(self.score, False)

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.score is not None


@dataclass(frozen=True)
class RespondentRating:
    """What rating as a respondent wrote: their answer, and the consensus of that criterion
    after it (None: still unanswered)."""

    answer: RespondentAnswerRecord
    consensus: AnswerRecord | None
    consensus_from_respondents: bool


@dataclass(frozen=True)
class RespondentsView:
    """An assessment with everything its respondents show, read at one moment: who they are,
    what each rated, and the consensus (the assessment's answers) with which of them are the
    respondents' median rather than set by the facilitator."""

    record: AssessmentRecord
    model: MaturityModel
    respondents: tuple[RespondentRecord, ...]
    ratings: dict[str, dict[str, RespondentAnswerRecord]]  # respondent id -> criterion id -> answer
    consensus: dict[str, AnswerRecord]
    from_respondents: frozenset[str]  # criteria whose consensus is the respondents' median

    @property
    def several(self) -> bool:
        """More than one voice (written down): the consensus and spreads mean something."""
        return not (len(self.respondents) == 1 and self.respondents[0].implicit)


@dataclass(frozen=True)
class CollectOutcome:
    """What collecting one respondent's questionnaire did (or, in a dry run, would do)."""

    respondent: RespondentRecord
    new: int  # criteria they had not rated before
    changed: int
    unchanged: int
    cleared: int  # ratings they had given and left blank in this fill
    replaces: str  # the fill time of the questionnaire collected before, '' for none
    already: bool  # this very fill was collected before: nothing changes
    older: bool  # a newer fill was collected before: nothing changes
    kept: int = 0  # ratings given here after this fill was saved: newer, so kept


@dataclass(frozen=True)
class DeletedAssessment:
    """An assessment as `Store.delete_assessment` removed it: its row's fields as stored and
    its answers, all that `Store.restore_assessment` needs to put it back exactly (same id,
    stamps and model version), so that an undo leaves nothing to tell it was ever gone."""

    id: str
    organization_id: str
    model_version_id: str
    assessed_on: str
    assessor: str
    status: str
    created_at: str
    updated_at: str
    position: str
    carried_from: str | None
    answers: tuple[AnswerRecord, ...]
    # What respondents gave it: put back with it (see `store.respondents`).
    from_respondents: frozenset[str] = frozenset()  # criteria whose answer is the median
    respondents: tuple[RespondentRecord, ...] = ()
    respondent_answers: tuple[RespondentAnswerRecord, ...] = ()


@dataclass(frozen=True)
class SnapshotAssessment:
    """An assessment as a snapshot writes it: with its organization and model version."""

    organization_id: str
    organization_name: str
    organization_created_at: str
    organization_updated_at: str
    id: str
    model_digest: str
    assessed_on: str
    assessor: str
    status: str
    created_at: str
    updated_at: str
    carried_from: str | None = None


@dataclass(frozen=True)
class ScoredRecord:
    """An assessment with what it shows: the model version it was taken with, its answers
    (criterion id -> answer) and their scoring (see `Store.scored`)."""

    record: AssessmentRecord
    model: MaturityModel
    answers: dict[str, AnswerRecord]
    result: AssessmentResult


def score_records(model: MaturityModel, answers: Mapping[str, AnswerRecord]) -> AssessmentResult:
    """The scoring of stored answers: for answers held in memory (the wizard's session) as
    the store scores its own."""
    return score_assessment(model, {k: a.rating for k, a in answers.items()})


# -- targets and the roadmap (`store.plan`)

ACTION_STATUSES = ("open", "in progress", "done", "dropped")
OPEN_STATUSES = ("open", "in progress")  # an action still to be done: it can be overdue


@dataclass(frozen=True)
class SnapshotPlan:
    """An organization's plan as a snapshot writes it: plain values as stored, cleared
    targets included (their clearing is a change to carry).

    `targets`: (model_id, stage_level or None when cleared, due_on or '', created_at,
    updated_at), by model id. `actions`: (id, model_id, criterion_id, title, owner, due_on or
    '', status, notes, private_notes, position, source_assessment_id, since or '',
    created_at, updated_at, private_notes_at), in the roadmap's order."""

    organization_id: str
    organization_name: str
    organization_created_at: str
    organization_updated_at: str
    targets: tuple[tuple[str, int | None, str, str, str], ...]
    actions: tuple[
        tuple[str, str, str, str, str, str, str, str, str, int, str, str, str, str, str], ...
    ]


@dataclass(frozen=True)
class TargetRecord:
    organization_id: str
    model_id: str
    stage_level: int
    due_on: date | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class ActionRecord:
    id: str
    organization_id: str
    model_id: str
    criterion_id: str  # '' for an action of the consultant's own
    title: str
    owner: str
    due_on: date | None
    status: str  # one of ACTION_STATUSES
    notes: str
    private_notes: str
    position: int
    source_assessment_id: str  # '' when added by hand
    since: date | None  # the assessed_on of that assessment
    created_at: str
    updated_at: str
    private_notes_at: str = ""  # when the private notes were last written; '' for never


@dataclass(frozen=True)
class Achievement:
    """A later assessment that rates an action's criterion fully in place."""

    assessment_id: str
    assessed_on: date


@dataclass(frozen=True)
class PlanItem:
    """An action as the roadmap shows it: with its criterion and stage as the newest model
    version stored of its model words them (None when that version has no such criterion,
    or for an action of one's own), whether a later assessment achieved it, and whether it
    is overdue (open or in progress past its due date)."""

    action: ActionRecord
    criterion: Criterion | None
    stage: Stage | None
    achieved_by: Achievement | None
    overdue: bool
    # The version whose own words for the criterion the title is (shown in the language in
    # effect, see `presentation.plan.action_title`); None for a title the user wrote.
    wording: MaturityModel | None = None


@dataclass(frozen=True)
class TargetView:
    """A target with the organization's latest assessment on that model and the gap."""

    target: TargetRecord
    model: MaturityModel  # the newest version of the model stored (or the target's given)
    stage: Stage | None  # the target's stage in that version (None: no such level)
    latest: ScoredRecord | None  # the latest assessment on that model (any version)
    gap: TargetGap | None  # None without an assessment, or without the stage


@dataclass(frozen=True)
class PlanView:
    """An organization's targets and roadmap at one moment, `today` deciding what is
    overdue."""

    organization: OrganizationRecord
    targets: tuple[TargetView, ...]
    items: tuple[PlanItem, ...]
    today: date
