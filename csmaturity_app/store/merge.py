"""Merging another store's records into this one: by UUID, the newest `updated_at` winning,
in one transaction; or only planning it (a dry run), which is the same work rolled back.
`Store.merge` is the way in; a snapshot import uses it, and so can any other source of
records (team sync).

The caller hands over the organizations, assessments and model versions it found (few: kept
in memory) and streams the answers (many: staged in a temporary table, so memory does not
grow with the source). Answers are then compared and merged by SQL. Any exception, from the
caller's stream or from here, rolls everything back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from csmaturity_app.store.clock import utc_now
from csmaturity_app.store.errors import StoreError

if TYPE_CHECKING:
    from csmaturity_app.store.store import Store


class IncomingAnswer(NamedTuple):
    """One answer to merge. A tuple, in the staging table's column order: a million of them
    go to `executemany` as they are."""

    row: int  # of the source (the file), for messages
    assessment_id: str
    criterion_id: str
    score: int | None
    not_applicable: int  # 0 / 1
    notes: str
    updated_at: str
    needs_review: int | None  # None: the source does not say; the store's mark stays


MAX_CONFLICTS_LISTED = 20
_IN_CHUNK = 500


@dataclass
class Counts:
    """What an import does to one kind of record."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0  # differs here and in the file, and the copy here is newer: kept

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.conflicts

    def describe(self, noun: str) -> str:
        parts = [f"{self.new} new", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.conflicts:
            parts.append(f"{self.conflicts} kept as here (newer here)")
        return f"{noun}: " + ", ".join(parts)


@dataclass
class MergeOutcome:
    """The counts and conflicts of a merge: what it did (`applied`), or what it would do (a
    dry run, or a merge that was then refused)."""

    rows: int = 0
    organizations: Counts = field(default_factory=Counts)
    assessments: Counts = field(default_factory=Counts)
    answers: Counts = field(default_factory=Counts)
    model_versions_new: int = 0
    conflicts: list[str] = field(default_factory=list)  # the first few, for a person
    applied: bool = False
    # Rows stamped too far ahead of this computer's clock (`clock.FUTURE_ALLOWANCE`), let
    # through on request: said, because they win over every later change elsewhere.
    future_rows: int = 0
    latest_future: str = ""

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.model_versions_new
            + sum(c.new + c.updated for c in (self.organizations, self.assessments, self.answers))
        )

    @property
    def future_text(self) -> str:
        """What a person must know of rows stamped in the future ("" when there are none)."""
        if not self.future_rows:
            return ""
        if self.future_rows == 1:
            return (
                f"1 row is stamped in the future ({self.latest_future}); "
                "it will win over later changes"
            )
        return (
            f"{self.future_rows:,} rows are stamped in the future, the latest "
            f"{self.latest_future}; they will win over later changes"
        )

    def describe(self) -> list[str]:
        """Lines for a person: one per kind of record, then the conflicts."""
        lines = [
            self.organizations.describe("organizations"),
            self.assessments.describe("assessments"),
            self.answers.describe("answers"),
        ]
        if self.future_rows:
            lines.append(self.future_text)
        if self.model_versions_new:
            lines.append(f"maturity model versions new to this store: {self.model_versions_new}")
        if not self.changes_anything:
            lines.append("nothing to change: the store already holds everything in the file")
        total = self.organizations.conflicts + self.assessments.conflicts + self.answers.conflicts
        if total:
            lines.append(
                f"{total} records differ and were changed more recently here than in the file; "
                "they are kept as they are here:"
            )
            lines += [f"  {c}" for c in self.conflicts]
            if total > len(self.conflicts):
                lines.append(f"  \u2026 and {total - len(self.conflicts)} more")
        return lines


@dataclass(frozen=True)
class IncomingOrganization:
    id: str
    name: str
    created_at: str  # "" when the file does not say
    updated_at: str


@dataclass(frozen=True)
class IncomingAssessment:
    id: str
    organization_id: str
    model_digest: str
    assessed_on: str
    assessor: str
    status: str
    created_at: str  # "" when the file does not say
    updated_at: str
    row: int  # its first row in the file, for messages
    carried_from: str | None = None  # the assessment it was carried forward from

    @property
    def details(self) -> tuple[str, str, str]:
        return (self.assessed_on, self.assessor, self.status)


@dataclass(frozen=True)
class IncomingModelVersion:
    digest: str
    model_id: str
    version: str
    title: str
    definition: str  # canonical JSON


@dataclass
class Incoming:
    """What the reader found besides answers; filled while the answers stream in."""

    organizations: dict[str, IncomingOrganization] = field(default_factory=dict)
    assessments: dict[str, IncomingAssessment] = field(default_factory=dict)
    model_versions: dict[str, IncomingModelVersion] = field(default_factory=dict)
    rows: int = 0


class MergeRefused(StoreError):
    """The file contradicts the store (e.g. an assessment filed under another organization)."""


class _DryRun(Exception):
    """Raised inside the transaction of a dry run, so that it rolls back."""


def merge(
    store: Store, incoming: Incoming, answers: Iterable[IncomingAnswer], dry_run: bool = False
) -> MergeOutcome:
    """Stage, check, plan and (unless `dry_run`) apply, in one transaction (`Store.merge`)."""
    outcome = MergeOutcome()
    try:
        with store.writing():
            _Merge(store, incoming, outcome).run(answers)
            if dry_run:
                raise _DryRun
    except _DryRun:
        return outcome
    outcome.applied = True
    return outcome


class _OrganizationHere(NamedTuple):
    id: str
    name: str
    updated_at: str
    deleted_at: str | None


class _AssessmentHere(NamedTuple):
    id: str
    organization_id: str
    model_version_id: str
    assessed_on: str
    assessor: str
    status: str
    updated_at: str

    @property
    def details(self) -> tuple[str, str, str]:
        return (self.assessed_on, self.assessor, self.status)


_STAGE = """
CREATE TEMP TABLE snapshot_answer (
    row INTEGER NOT NULL,
    assessment_id TEXT NOT NULL,
    criterion_id TEXT NOT NULL,
    score INTEGER,
    not_applicable INTEGER NOT NULL,
    notes TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    needs_review INTEGER  -- NULL: the file does not say (it predates the column)
)"""
# A file that does not say whether an answer awaits review leaves the store's mark as it is:
# it must neither look like a change nor clear the mark.
_REVIEW_AS_HERE = """
UPDATE temp.snapshot_answer AS s SET needs_review = coalesce((
    SELECT a.needs_review FROM main.answer AS a
    WHERE a.assessment_id = s.assessment_id AND a.criterion_id = s.criterion_id), 0)
WHERE s.needs_review IS NULL"""

_SAME = (
    "a.score IS s.score AND a.not_applicable = s.not_applicable AND a.notes = s.notes "
    "AND a.needs_review = s.needs_review"
)
_JOINED = (
    "FROM temp.snapshot_answer AS s LEFT JOIN main.answer AS a "
    "ON a.assessment_id = s.assessment_id AND a.criterion_id = s.criterion_id"
)
_PLAN_ANSWERS = f"""
SELECT
    count(*) FILTER (WHERE a.criterion_id IS NULL),
    count(*) FILTER (WHERE a.criterion_id IS NOT NULL AND NOT ({_SAME})
                     AND s.updated_at > a.updated_at),
    count(*) FILTER (WHERE a.criterion_id IS NOT NULL AND ({_SAME})),
    count(*) FILTER (WHERE a.criterion_id IS NOT NULL AND NOT ({_SAME})
                     AND s.updated_at <= a.updated_at)
{_JOINED}"""
_CHANGED_ASSESSMENTS = f"""
SELECT s.assessment_id, max(s.updated_at) {_JOINED}
WHERE a.criterion_id IS NULL OR (NOT ({_SAME}) AND s.updated_at > a.updated_at)
GROUP BY s.assessment_id"""
_ANSWER_CONFLICTS = f"""
SELECT s.row, s.assessment_id, s.criterion_id {_JOINED}
WHERE a.criterion_id IS NOT NULL AND NOT ({_SAME}) AND s.updated_at <= a.updated_at
ORDER BY s.row LIMIT {MAX_CONFLICTS_LISTED}"""
_DUPLICATE = """
SELECT assessment_id, criterion_id, min(row), max(row) FROM temp.snapshot_answer
GROUP BY assessment_id, criterion_id HAVING count(*) > 1 ORDER BY max(row) LIMIT 1"""
_APPLY_ANSWERS = """
INSERT INTO answer (
    assessment_id, criterion_id, score, not_applicable, notes, updated_at, needs_review)
SELECT assessment_id, criterion_id, score, not_applicable, notes, updated_at, needs_review
FROM temp.snapshot_answer WHERE true
ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET
    score = excluded.score, not_applicable = excluded.not_applicable,
    notes = excluded.notes, updated_at = excluded.updated_at,
    needs_review = excluded.needs_review
WHERE excluded.updated_at > answer.updated_at AND NOT (
    answer.score IS excluded.score AND answer.not_applicable = excluded.not_applicable
    AND answer.notes = excluded.notes AND answer.needs_review = excluded.needs_review)"""


class _Merge:
    def __init__(self, store: Store, incoming: Incoming, outcome: MergeOutcome) -> None:
        self.store = store
        self.db = store.db
        self.incoming = incoming
        self.outcome = outcome

    def sql(self, sql: str, params: Iterable[object] = ()) -> list[tuple]:
        return self.db.execute_sql(sql, tuple(params)).fetchall()

    def run(self, answers: Iterable[IncomingAnswer]) -> None:
        self.db.execute_sql("DROP TABLE IF EXISTS temp.snapshot_answer")
        self.db.execute_sql(_STAGE)
        # The reader validates each row as it goes; an error it raises ends up here.
        self.db.connection().executemany(
            "INSERT INTO temp.snapshot_answer VALUES (?, ?, ?, ?, ?, ?, ?, ?)", answers
        )
        self.outcome.rows = self.incoming.rows
        self.db.execute_sql(
            "CREATE INDEX temp.snapshot_answer_key ON snapshot_answer (assessment_id, criterion_id)"
        )
        self.refuse_duplicates()
        self.db.execute_sql(_REVIEW_AS_HERE)
        local_orgs = {
            row[0]: _OrganizationHere._make(row)
            for row in self.local(
                f"SELECT {', '.join(_OrganizationHere._fields)} FROM organization",
                self.incoming.organizations,
            )
        }
        local_assessments = {
            row[0]: _AssessmentHere._make(row)
            for row in self.local(
                f"SELECT {', '.join(_AssessmentHere._fields)} FROM assessment",
                self.incoming.assessments,
            )
        }
        self.refuse_contradictions(local_assessments)
        local_versions = {
            row[0]
            for row in self.local("SELECT id FROM model_version", self.incoming.model_versions)
        }
        self.merge_model_versions(local_versions)
        self.merge_organizations(local_orgs)
        changed = dict(self.sql(_CHANGED_ASSESSMENTS))
        self.plan_answers()
        self.merge_assessments(local_assessments, changed)
        self.db.execute_sql(_APPLY_ANSWERS)
        self.db.execute_sql("DROP TABLE temp.snapshot_answer")

    def local(self, select: str, ids: Iterable[str]) -> list[tuple]:
        """The stored rows of the records the source names (`select`'s first column: id)."""
        wanted = list(ids)
        found = []
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            found += self.sql(f"{select} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        return found

    def refuse_duplicates(self) -> None:
        duplicate = self.sql(_DUPLICATE)
        if duplicate:
            assessment_id, criterion_id, first, row = duplicate[0]
            raise MergeRefused(
                f"row {row}: criterion {criterion_id} of assessment {assessment_id} is already "
                f"on row {first}; a snapshot holds each answer once"
            )

    def refuse_contradictions(self, local: dict[str, _AssessmentHere]) -> None:
        for assessment in self.incoming.assessments.values():
            here = local.get(assessment.id)
            if here is None:
                continue
            if here.organization_id != assessment.organization_id:
                raise MergeRefused(
                    f"row {assessment.row}: assessment {assessment.id} belongs to organization "
                    f"{here.organization_id} in this store, not {assessment.organization_id}"
                )
            if here.model_version_id != assessment.model_digest:
                raise MergeRefused(
                    f"row {assessment.row}: assessment {assessment.id} was taken with another "
                    "version of its maturity model in this store; it cannot be merged"
                )

    def merge_model_versions(self, local: set[str]) -> None:
        now = utc_now()
        for version in self.incoming.model_versions.values():
            if version.digest in local:
                continue
            self.outcome.model_versions_new += 1
            self.db.execute_sql(
                "INSERT INTO model_version (id, model_id, version, title, definition, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    version.digest,
                    version.model_id,
                    version.version,
                    version.title,
                    version.definition,
                    now,
                ),
            )

    def merge_organizations(self, local: dict[str, _OrganizationHere]) -> None:
        counts = self.outcome.organizations
        now = utc_now()
        for org in self.incoming.organizations.values():
            here = local.get(org.id)
            if here is None:
                counts.new += 1
                self.db.execute_sql(
                    "INSERT INTO organization (id, name, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?)",
                    (org.id, org.name, org.created_at or now, org.updated_at or now),
                )
                continue
            name, updated_at, deleted_at = here.name, here.updated_at, here.deleted_at
            if name != org.name and org.updated_at > updated_at:
                counts.updated += 1
                self.db.execute_sql(
                    "UPDATE organization SET name = ?, updated_at = ?, deleted_at = NULL "
                    "WHERE id = ?",
                    (org.name, org.updated_at, org.id),
                )
            elif name != org.name:
                counts.conflicts += 1
                self.conflict(f"organization {name!r} is named {org.name!r} in the file")
                if deleted_at is not None:
                    self.restore(org.id)
            elif deleted_at is not None:
                counts.updated += 1  # in the trash here: the import brings it back
                self.restore(org.id)
            else:
                counts.unchanged += 1

    def restore(self, organization_id: str) -> None:
        self.db.execute_sql(
            "UPDATE organization SET deleted_at = NULL WHERE id = ?", (organization_id,)
        )

    def plan_answers(self) -> None:
        ((new, updated, unchanged, conflicts),) = self.sql(_PLAN_ANSWERS)
        self.outcome.answers = Counts(new, updated, unchanged, conflicts)
        for row, assessment_id, criterion_id in self.sql(_ANSWER_CONFLICTS):
            assessment = self.incoming.assessments[assessment_id]
            org = self.incoming.organizations[assessment.organization_id]
            self.conflict(
                f"row {row}: {org.name}, {assessment.assessed_on}, criterion {criterion_id}"
            )

    def merge_assessments(
        self,
        local: dict[str, _AssessmentHere],
        changed_answers: dict[str, str],
    ) -> None:
        """Insert new assessments; update details (newest wins); say which assessments
        changed (`Store._answers_changed`), with the newest `updated_at` of the two sides."""
        counts = self.outcome.assessments
        now = utc_now()
        changed: list[tuple[str, str]] = []
        for assessment in self.incoming.assessments.values():
            newest_answer = changed_answers.get(assessment.id, "")
            here = local.get(assessment.id)
            if here is None:
                counts.new += 1
                updated_at = assessment.updated_at or newest_answer or now
                self.db.execute_sql(
                    "INSERT INTO assessment (id, organization_id, model_version_id, assessed_on, "
                    "assessor, status, created_at, updated_at, position, carried_from) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?)",
                    (
                        assessment.id,
                        assessment.organization_id,
                        assessment.model_digest,
                        *assessment.details,
                        assessment.created_at or updated_at,
                        updated_at,
                        assessment.carried_from,
                    ),
                )
                continue
            details_here = here.details
            updated_here = here.updated_at
            differs = assessment.details != details_here
            take_details = differs and assessment.updated_at > updated_here
            if differs and not take_details:
                self.conflict(
                    f"assessment of {assessment.assessed_on} ({assessment.id}): its date, "
                    "assessor or status differs in the file"
                )
            if not take_details and not newest_answer:
                if differs:
                    counts.conflicts += 1
                else:
                    counts.unchanged += 1
                continue
            counts.updated += 1
            details = assessment.details if take_details else details_here
            updated_at = max(updated_here, newest_answer, assessment.updated_at)
            self.db.execute_sql(
                "UPDATE assessment SET assessed_on = ?, assessor = ?, status = ? WHERE id = ?",
                (*details, assessment.id),
            )
            changed.append((assessment.id, updated_at))
        self.store._answers_changed(changed)

    def conflict(self, text: str) -> None:
        if len(self.outcome.conflicts) < MAX_CONFLICTS_LISTED:
            self.outcome.conflicts.append(text)
