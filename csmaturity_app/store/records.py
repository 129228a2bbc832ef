"""Plain values the store hands out: callers never hold live database rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from csmaturity_app.maturity import AnswerValue, AssessmentResult, MaturityModel, score_assessment

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


@dataclass(frozen=True)
class AnswerRecord:
    criterion_id: str
    score: int | None
    not_applicable: bool
    notes: str
    updated_at: str
    needs_review: bool = False  # carried forward from an earlier assessment, not rated since

    @property
    def rating(self) -> AnswerValue:
        """The rating alone, as scoring and the wizard take it."""
        return AnswerValue(None, True) if self.not_applicable else AnswerValue(self.score, False)


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
