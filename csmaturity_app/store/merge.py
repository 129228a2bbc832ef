"""Merging another store's records into this one: by UUID, the newest `updated_at` winning,
in one transaction; or only planning it (a dry run), which is the same work rolled back.
`Store.merge` is the way in; a snapshot import uses it, and so can any other source of
records (team sync).

The caller hands over the organizations, assessments and model versions it found (few: kept
in memory) and streams the answers (many: staged in a temporary table, so memory does not
grow with the source). Answers are then compared and merged by SQL. Any exception, from the
caller's stream or from here, rolls everything back.

One rule decides every merge, so that every laptop picks the same winner: the row with the
newest `updated_at` wins, and on equal stamps the larger values (`_ANSWER_ORDER`, ...). What
differs between a snapshot and rows pulled from the team server is data (`MergeRules`): which
columns the source carries, and whether it knows deletions and what changed here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from csmaturity_app.i18n import formats, plural_is_one, translate
from csmaturity_app.store import respondents as respondent_store
from csmaturity_app.store.clock import stamp_after, utc_now
from csmaturity_app.store.errors import StoreError
from csmaturity_app.store.synced import ASSESSMENTS, ORGANIZATIONS, AnswerConflict, AnswerSide

if TYPE_CHECKING:
    from csmaturity_app.maturity import MaturityModel
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
    # 1: the respondents' median; None: the source does not say (a file from before
    # respondents), and the store's flag stays
    from_respondents: int | None = None
    # None: the source does not say (a file from before private notes, or a client-safe
    # one), and the private notes here stay whichever copy of the answer wins
    private_notes: str | None = None
    # When they were written ('' for never). Private notes merge apart from the answer:
    # the newest stamp wins them, ties to the larger text.
    private_notes_at: str | None = None


MAX_CONFLICTS_LISTED = 20
_COLUMNS = {t.name: t.columns for t in (ORGANIZATIONS, ASSESSMENTS)}
# Team sync, a first sync with a server: the rows here equal to the server's copy after the
# merge, which the push of everything leaves out (`LocalSync.rows_to_push`).
SAME_AS_SERVER = """
CREATE TEMP TABLE IF NOT EXISTS sync_same (
    tbl TEXT NOT NULL, key1 TEXT NOT NULL, key2 TEXT NOT NULL, PRIMARY KEY (tbl, key1, key2)
) WITHOUT ROWID"""
_IN_CHUNK = 500


@dataclass
class Counts:
    """What an import does to one kind of record."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0  # differs here and in the source, and the copy here wins: kept

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.conflicts

    def describe(self, noun: str) -> str:
        """ "answers: 3 new, 1 updated, 40 unchanged": `noun` already in the reader's words."""
        parts = [
            _count(
                self.new,
                translate("store", "{count} new", "one"),
                translate("store", "{count} new", "other"),
            ),
            _count(
                self.updated,
                translate("store", "{count} updated", "one"),
                translate("store", "{count} updated", "other"),
            ),
            _count(
                self.unchanged,
                translate("store", "{count} unchanged", "one"),
                translate("store", "{count} unchanged", "other"),
            ),
        ]
        if self.conflicts:
            parts.append(
                _count(
                    self.conflicts,
                    translate("store", "{count} kept as here (newer here)", "one"),
                    translate("store", "{count} kept as here (newer here)", "other"),
                )
            )
        return translate("store", "{noun}: {counts}").format(noun=noun, counts=", ".join(parts))


def _count(count: int, one: str, other: str) -> str:
    """`one` or `other` (each holding `{count}`), as the language's plural rule picks."""
    return (one if plural_is_one(count) else other).format(count=count)


def source_text(source: str) -> str:
    """Where merged records came from, in the reader's words: `MergeRules.source` is kept in
    English (rules are made once, before a language may change), and said here."""
    return {
        "in the file": translate("store", "in the file"),
        "on the team server": translate("store", "on the team server"),
    }.get(source, source)


@dataclass
class MergeOutcome:
    """The counts and conflicts of a merge: what it did (`applied`), or what it would do (a
    dry run, or a merge that was then refused)."""

    rows: int = 0
    organizations: Counts = field(default_factory=Counts)
    assessments: Counts = field(default_factory=Counts)
    answers: Counts = field(default_factory=Counts)
    model_versions_new: int = 0
    respondents: Counts = field(default_factory=Counts)
    ratings: Counts = field(default_factory=Counts)  # the respondents' own
    targets: Counts = field(default_factory=Counts)
    actions: Counts = field(default_factory=Counts)
    deleted: int = 0  # records here deleted for good by the source's deletions (tombstones)
    conflicts: list[str] = field(default_factory=list)  # the first few, for a person
    applied: bool = False
    # Rows stamped too far ahead of this computer's clock (`clock.FUTURE_ALLOWANCE`), let
    # through on request: said, because they win over every later change elsewhere.
    future_rows: int = 0
    latest_future: str = ""
    # Team sync only (`MergeRules.changed_here`): the answers changed both here and in the
    # source, all of them; and the rows lost to a deletion, here or in the source.
    answer_conflicts: list[AnswerConflict] = field(default_factory=list)
    # Lost to a deletion: changes made here to records the source deleted, and the source's
    # rows of records deleted here (told apart: only the first is work lost on this laptop).
    dropped_here: int = 0
    dropped_from_source: int = 0
    # Team sync only: organizations, assessments, targets and actions changed both here and in
    # the source that differ, whichever side won (answers are in `answer_conflicts`), for a
    # person.
    record_conflicts: list[str] = field(default_factory=list)

    @property
    def dropped_by_deletion(self) -> int:
        return self.dropped_here + self.dropped_from_source

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.model_versions_new
            + self.deleted
            + sum(
                c.new + c.updated
                for c in (
                    self.organizations,
                    self.assessments,
                    self.answers,
                    self.respondents,
                    self.ratings,
                    self.targets,
                    self.actions,
                )
            )
        )

    @property
    def future_text(self) -> str:
        """What a person must know of rows stamped in the future ("" when there are none)."""
        if not self.future_rows:
            return ""
        if self.future_rows == 1:
            return translate(
                "store",
                "1 row is stamped in the future ({latest_future}); it will win over later changes",
            ).format(latest_future=self.latest_future)
        return translate(
            "store",
            "{future_rows} rows are stamped in the future, the latest "
            "{latest_future}; they will win over later changes",
        ).format(future_rows=formats.integer(self.future_rows), latest_future=self.latest_future)

    def describe(self, source: str = "in the file") -> list[str]:
        """Lines for a person: one per kind of record, then the conflicts; `source` says
        where the records came from ("in the file", "on the team server")."""
        lines = [
            self.organizations.describe(translate("store", "organizations")),
            self.assessments.describe(translate("store", "assessments")),
            self.answers.describe(translate("store", "answers")),
        ]
        if self.respondents.total or self.ratings.total:  # said only where there are some
            lines.append(self.respondents.describe(translate("store", "respondents")))
            lines.append(self.ratings.describe(translate("store", "respondents' ratings")))
        if self.targets.total:
            lines.append(self.targets.describe(translate("store", "targets")))
        if self.actions.total:
            lines.append(self.actions.describe(translate("store", "actions")))
        if self.future_rows:
            lines.append(self.future_text)
        if self.model_versions_new:
            lines.append(
                translate(
                    "store", "maturity model versions new to this store: {model_versions_new}"
                ).format(model_versions_new=self.model_versions_new)
            )
        if self.deleted:
            lines.append(
                translate("store", "deleted here, as deleted {source}: {deleted}").format(
                    source=source_text(source), deleted=self.deleted
                )
            )
        if not self.changes_anything:
            lines.append(
                translate(
                    "store", "nothing to change: the store already holds everything {source}"
                ).format(source=source_text(source))
            )
        total = sum(
            c.conflicts
            for c in (
                self.organizations,
                self.assessments,
                self.answers,
                self.respondents,
                self.ratings,
                self.targets,
                self.actions,
            )
        )
        if total:
            lines.append(
                translate(
                    "store",
                    "{total} records differ and were changed more recently here than "
                    "{source}; they are kept as they are here:",
                ).format(total=total, source=source_text(source))
            )
            lines += [f"  {c}" for c in self.conflicts]
            if total > len(self.conflicts):
                lines.append(
                    translate("store", "  … and {count} more").format(
                        count=total - len(self.conflicts)
                    )
                )
        return lines


@dataclass(frozen=True)
class IncomingOrganization:
    id: str
    name: str
    created_at: str  # "" when the file does not say
    updated_at: str
    deleted_at: str | None = None  # in the trash; read only when the source carries the trash


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
    position: str | None = None  # the wizard's page; None: the source does not say (as here)

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
    created_at: str = ""  # "" when the source does not say

    @classmethod
    def of(cls, digest: str, model: MaturityModel, definition: str) -> IncomingModelVersion:
        """The row of a version taken from a model as it is shown: titled as the original,
        never in the language in effect, so every store holds the same row."""
        original = model.original or model
        return cls(digest, original.id, original.version, original.title, definition)


class IncomingRespondent(NamedTuple):
    """One respondent to merge, in the staging table's column order."""

    row: int  # its first row in the source, for messages
    id: str
    assessment_id: str
    name: str
    role: str
    position: int
    created_at: str
    updated_at: str
    collected_at: str
    collected_digest: str


class IncomingRating(NamedTuple):
    """One respondent's own rating of a criterion, in the staging table's column order."""

    row: int
    respondent_id: str
    criterion_id: str
    score: int | None
    not_applicable: int  # 0 / 1
    notes: str
    updated_at: str


class IncomingTarget(NamedTuple):
    """An organization's target on a model (`stage_level` None: cleared)."""

    row: int  # of the source, for messages
    organization_id: str
    model_id: str
    stage_level: int | None
    due_on: str  # YYYY-MM-DD or ''
    created_at: str
    updated_at: str


class IncomingAction(NamedTuple):
    """One action of an organization's roadmap, in the action table's column order after
    `row` (with `private_notes_at` last). `private_notes` None: the source does not say (a
    client-safe file), and the private notes here stay. Private notes merge apart from the
    row: the newest `private_notes_at` wins them, ties to the larger text."""

    row: int
    id: str
    organization_id: str
    model_id: str
    criterion_id: str
    title: str
    owner: str
    due_on: str
    status: str
    notes: str
    private_notes: str | None
    position: int
    source_assessment_id: str
    since: str
    created_at: str
    updated_at: str
    private_notes_at: str | None = None


@dataclass
class Incoming:
    """What the reader found besides answers; filled while the answers stream in (the
    respondents and their ratings too: they are read as the answers' stream is staged)."""

    organizations: dict[str, IncomingOrganization] = field(default_factory=dict)
    assessments: dict[str, IncomingAssessment] = field(default_factory=dict)
    model_versions: dict[str, IncomingModelVersion] = field(default_factory=dict)
    respondents: dict[str, IncomingRespondent] = field(default_factory=dict)
    ratings: list[IncomingRating] = field(default_factory=list)
    targets: dict[tuple[str, str], IncomingTarget] = field(default_factory=dict)
    actions: dict[str, IncomingAction] = field(default_factory=dict)
    rows: int = 0
    # Records deleted for good in the source: (kind, id, deleted_at), kind the table's name.
    tombstones: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class MergeRules:
    """What differs between merging a snapshot and merging rows pulled from the team server.

    A snapshot holds what a person chose to export: the organizations it names come out of
    the trash here, and it knows nothing of deletions or of what changed here. Rows pulled
    from the team server carry every column (the trash mark, the wizard's page) and
    tombstones, and deletion wins both ways.
    """

    carries_trash: bool = False
    # Which rows here are changed and not on the other side yet: "pending" (`sync_pending`),
    # "all" (a first sync with this server), or None (a snapshot: no answer conflicts are
    # listed, and no deletions are known).
    changed_here: str | None = None
    # Where the records come from, in the words shown to a person.
    source: str = "in the file"


SNAPSHOT = MergeRules()


class MergeRefused(StoreError):
    """The file contradicts the store (e.g. an assessment filed under another organization)."""


class _DryRun(Exception):
    """Raised inside the transaction of a dry run, so that it rolls back."""


def merge(
    store: Store,
    incoming: Incoming,
    answers: Iterable[IncomingAnswer],
    dry_run: bool = False,
    rules: MergeRules = SNAPSHOT,
) -> MergeOutcome:
    """Stage, check, plan and (unless `dry_run`) apply, in one transaction (`Store.merge`)."""
    outcome = MergeOutcome()
    try:
        with store.writing():
            _Merge(store, incoming, outcome, rules).run(answers)
            if dry_run:
                raise _DryRun
    except _DryRun:
        return outcome
    outcome.applied = True
    return outcome


class _OrganizationHere(NamedTuple):
    id: str
    name: str
    created_at: str
    updated_at: str
    deleted_at: str | None


class _AssessmentHere(NamedTuple):
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
    needs_review INTEGER,  -- NULL: the file does not say (it predates the column)
    from_respondents INTEGER,  -- NULL: the file does not say (it predates respondents)
    private_notes TEXT,  -- NULL: the file does not say (older, or client-safe)
    private_notes_at TEXT  -- with them: when they were written ('' for never)
)"""
# A file that does not say whether an answer awaits review leaves the store's mark as it is:
# it must neither look like a change nor clear the mark. One that does not say whether an
# answer is the respondents' median (it predates respondents) leaves that mark too, unless it
# brings another rating: that one was set by whoever gave it, and the median must not undo it.
_REVIEW_AS_HERE = """
UPDATE temp.snapshot_answer AS s SET needs_review = coalesce((
    SELECT a.needs_review FROM main.answer AS a
    WHERE a.assessment_id = s.assessment_id AND a.criterion_id = s.criterion_id), 0)
WHERE s.needs_review IS NULL;
UPDATE temp.snapshot_answer AS s SET from_respondents = coalesce((
    SELECT CASE WHEN a.score IS s.score AND a.not_applicable = s.not_applicable
        THEN a.from_respondents ELSE 0 END
    FROM main.answer AS a
    WHERE a.assessment_id = s.assessment_id AND a.criterion_id = s.criterion_id), 0)
WHERE s.from_respondents IS NULL;
UPDATE temp.snapshot_answer AS s SET (private_notes, private_notes_at) = (
    SELECT coalesce(max(a.private_notes), ''), coalesce(max(a.private_notes_at), '')
    FROM main.answer AS a
    WHERE a.assessment_id = s.assessment_id AND a.criterion_id = s.criterion_id)
WHERE s.private_notes IS NULL;
UPDATE temp.snapshot_answer SET private_notes_at = '' WHERE private_notes_at IS NULL"""

_SAME = (
    "a.score IS s.score AND a.not_applicable = s.not_applicable AND a.notes = s.notes "
    "AND a.needs_review = s.needs_review AND a.from_respondents = s.from_respondents "
    "AND a.private_notes = s.private_notes AND a.private_notes_at = s.private_notes_at"
)


def _answer_order(t: str) -> str:
    """An answer as the tie rule compares it: the newest stamp, then the larger values. Its
    private notes are not: they merge apart (`_private_order`)."""
    return (
        f"({t}.updated_at, coalesce({t}.score, -1), {t}.not_applicable, {t}.notes, "
        f"{t}.needs_review, {t}.from_respondents)"
    )


def _private_order(t: str) -> str:
    """Private notes as their own tie rule compares them: the newest stamp, then the larger
    text. A copy that never had them ('' stamp) never wins over one that did."""
    return f"({t}.private_notes_at, {t}.private_notes)"


_ROW_WINS = f"{_answer_order('s')} > {_answer_order('a')}"
_PRIVATE_WINS = f"{_private_order('s')} > {_private_order('a')}"
_WINS = f"({_ROW_WINS} OR {_PRIVATE_WINS})"
_JOINED = (
    "FROM temp.snapshot_answer AS s LEFT JOIN main.answer AS a "
    "ON a.assessment_id = s.assessment_id AND a.criterion_id = s.criterion_id"
)
_PLAN_ANSWERS = f"""
SELECT
    count(*) FILTER (WHERE a.criterion_id IS NULL),
    count(*) FILTER (WHERE a.criterion_id IS NOT NULL AND NOT ({_SAME}) AND {_WINS}),
    count(*) FILTER (WHERE a.criterion_id IS NOT NULL AND ({_SAME})),
    count(*) FILTER (WHERE a.criterion_id IS NOT NULL AND NOT ({_SAME}) AND NOT {_WINS})
{_JOINED}"""
# The assessments whose answers change (new, or winning: a newer stamp on the same values is
# taken too, so that both sides end up with the same rows), with their newest answer stamp.
_CHANGED_ASSESSMENTS = f"""
SELECT s.assessment_id, max(s.updated_at) {_JOINED}
WHERE a.criterion_id IS NULL OR {_ROW_WINS}
GROUP BY s.assessment_id"""
_ANSWER_CONFLICTS = f"""
SELECT s.row, s.assessment_id, s.criterion_id, o.name, h.assessed_on {_JOINED}
JOIN main.assessment AS h ON h.id = s.assessment_id
JOIN main.organization AS o ON o.id = h.organization_id
WHERE a.criterion_id IS NOT NULL AND NOT ({_SAME}) AND NOT {_WINS}
ORDER BY s.row LIMIT {MAX_CONFLICTS_LISTED}"""
# Team sync: the answers changed here (all of them, or those pending: `{changed}`) that the
# source holds otherwise; both copies, and whether the source's row wins (private notes merge
# apart from their row, so taking them does not make the source the winner).
_SYNC_CONFLICTS = f"""
SELECT o.name, h.assessed_on, s.assessment_id, s.criterion_id,
    a.score, a.not_applicable, a.notes, a.updated_at,
    s.score, s.not_applicable, s.notes, s.updated_at, {_ROW_WINS}
FROM temp.snapshot_answer AS s
JOIN main.answer AS a ON a.assessment_id = s.assessment_id AND a.criterion_id = s.criterion_id
JOIN main.assessment AS h ON h.id = s.assessment_id
JOIN main.organization AS o ON o.id = h.organization_id
WHERE NOT ({_SAME}) AND {{changed}}
ORDER BY s.row"""
_PENDING_ANSWER = (
    "EXISTS (SELECT 1 FROM main.sync_pending AS p WHERE p.tbl = 'answer' "
    "AND p.key1 = s.assessment_id AND p.key2 = s.criterion_id)"
)
# Team sync: the pending entries the merge made for answers now equal to the server's copy.
_ECHOED_ANSWERS = f"""
DELETE FROM main.sync_pending AS p WHERE p.tbl = 'answer' AND p.seq > ? AND EXISTS (
    SELECT 1 FROM temp.snapshot_answer AS s JOIN main.answer AS a
    ON a.assessment_id = s.assessment_id AND a.criterion_id = s.criterion_id
    WHERE s.assessment_id = p.key1 AND s.criterion_id = p.key2
    AND a.updated_at = s.updated_at AND {_SAME})"""
_SAME_ANSWERS = f"""
INSERT OR IGNORE INTO temp.sync_same (tbl, key1, key2)
SELECT 'answer', s.assessment_id, s.criterion_id FROM temp.snapshot_answer AS s
JOIN main.answer AS a ON a.assessment_id = s.assessment_id AND a.criterion_id = s.criterion_id
WHERE a.updated_at = s.updated_at AND {_SAME}"""
# Answers of an assessment neither here nor coming: it was deleted here (deletion wins).
_ORPHANS = """
DELETE FROM temp.snapshot_answer AS s
WHERE NOT EXISTS (SELECT 1 FROM main.assessment AS a WHERE a.id = s.assessment_id)
AND NOT EXISTS (SELECT 1 FROM temp.incoming_assessment AS i WHERE i.id = s.assessment_id)"""
_DUPLICATE = """
SELECT assessment_id, criterion_id, min(row), max(row) FROM temp.snapshot_answer
GROUP BY assessment_id, criterion_id HAVING count(*) > 1 ORDER BY max(row) LIMIT 1"""
_APPLY_ANSWERS = f"""
INSERT INTO answer (
    assessment_id, criterion_id, score, not_applicable, notes, updated_at, needs_review,
    from_respondents, private_notes, private_notes_at)
SELECT assessment_id, criterion_id, score, not_applicable, notes, updated_at, needs_review,
    from_respondents, private_notes, private_notes_at
FROM temp.snapshot_answer WHERE true
ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET
    score = excluded.score, not_applicable = excluded.not_applicable,
    notes = excluded.notes, updated_at = excluded.updated_at,
    needs_review = excluded.needs_review, from_respondents = excluded.from_respondents
WHERE {_answer_order("excluded")} > {_answer_order("answer")};
UPDATE main.answer AS t SET (private_notes, private_notes_at) = (
    SELECT s.private_notes, s.private_notes_at FROM temp.snapshot_answer AS s
    WHERE s.assessment_id = t.assessment_id AND s.criterion_id = t.criterion_id)
WHERE (t.assessment_id, t.criterion_id) IN (
    SELECT s.assessment_id, s.criterion_id {_JOINED} WHERE {_PRIVATE_WINS})"""


class _Merge:
    def __init__(
        self, store: Store, incoming: Incoming, outcome: MergeOutcome, rules: MergeRules
    ) -> None:
        self.store = store
        self.db = store.db
        self.incoming = incoming
        self.outcome = outcome
        self.rules = rules
        # assessments restamped without coming from the source: their rows are new to it
        self.restamped: list[str] = []

    def sql(self, sql: str, params: Iterable[object] = ()) -> list[tuple]:
        return self.db.execute_sql(sql, tuple(params)).fetchall()

    def run(self, answers: Iterable[IncomingAnswer]) -> None:
        # The triggers number what this merge writes after this (`settle_pending`).
        pending_seq = 0
        if self.rules.changed_here == "pending":
            pending_seq = self.sql("SELECT pending_seq FROM sync_state")[0][0]
        self.db.execute_sql("DROP TABLE IF EXISTS temp.snapshot_answer")
        self.db.execute_sql(_STAGE)
        # The reader validates each row as it goes; an error it raises ends up here.
        self.db.connection().executemany(
            "INSERT INTO temp.snapshot_answer VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", answers
        )
        self.outcome.rows = self.incoming.rows
        self.db.execute_sql(
            "CREATE INDEX temp.snapshot_answer_key ON snapshot_answer (assessment_id, criterion_id)"
        )
        self.refuse_duplicates()
        for statement in _REVIEW_AS_HERE.split(";"):
            self.db.execute_sql(statement)
        self.respondents = _Respondents(self)
        self.plan = _Plan(self)
        if self.rules.changed_here is not None:
            self.apply_deletions()
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
        self.plan.refuse_moves()
        local_versions = {
            row[0]
            for row in self.local("SELECT id FROM model_version", self.incoming.model_versions)
        }
        self.merge_model_versions(local_versions)
        self.merge_organizations(local_orgs)
        changed = dict(self.sql(_CHANGED_ASSESSMENTS))
        self.plan_answers()
        if self.rules.changed_here is not None:
            self.list_answer_conflicts()
        self.merge_assessments(local_assessments, changed)
        for statement in _APPLY_ANSWERS.split(";"):
            self.db.execute_sql(statement)
        self.respondents.merge(changed)
        self.plan.merge()
        if self.rules.changed_here is not None:
            self.settle_pending(pending_seq)
            self.respondents.settle(pending_seq)
            self.plan.settle(pending_seq)
        self.db.execute_sql("DROP TABLE temp.snapshot_answer")
        self.respondents.drop()
        self.plan.drop()

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
                translate(
                    "store",
                    "row {row}: criterion {criterion_id} of assessment {assessment_id} is "
                    "already on row {first}; a snapshot holds each answer once",
                ).format(
                    row=row, criterion_id=criterion_id, assessment_id=assessment_id, first=first
                )
            )

    def apply_deletions(self) -> None:
        """Deletion wins, both ways: what the source deleted for good is deleted here, with what
        hangs on it; what was deleted here and not yet sent drops the source's rows of it.
        Either way what is lost is counted (`dropped_here`, `dropped_from_source`)."""
        every = self.rules.changed_here == "all"
        if every:
            deleted_here = set(self.sql("SELECT kind, id FROM tombstone"))
        else:
            deleted_here = set(
                self.sql("SELECT key1, key2 FROM sync_pending WHERE tbl = 'tombstone'")
            )
        dropped = 0
        for kind, record_id, deleted_at in self.incoming.tombstones:
            if kind not in _UNDER:
                raise MergeRefused(
                    translate("store", "a deletion of a {kind!r} record cannot be merged").format(
                        kind=kind
                    )
                )
            # the changes made here that die with it: every row under it on a first sync
            if every:
                dropped += sum(
                    self.sql(f"SELECT count(*) FROM {table} WHERE {where}", [record_id])[0][0]
                    for table, where in _UNDER[kind]
                )
            else:
                for table, where in _PENDING_UNDER[kind]:
                    pending = f"FROM sync_pending WHERE tbl = '{table}' AND {where}"
                    dropped += self.sql(f"SELECT count(*) {pending}", [record_id])[0][0]
                    self.db.execute_sql(f"DELETE {pending}", (record_id,))
            if kind == "respondent":  # its assessment's consensus follows (`_Respondents`)
                self.respondents.touched.update(
                    a
                    for (a,) in self.sql(
                        "SELECT assessment_id FROM respondent WHERE id = ?", [record_id]
                    )
                )
            gone = self.db.execute_sql(f"DELETE FROM {kind} WHERE id = ?", (record_id,))
            self.outcome.deleted += max(gone.rowcount, 0)
            self.db.execute_sql(
                "INSERT OR REPLACE INTO tombstone (kind, id, deleted_at) VALUES (?, ?, ?)",
                (kind, record_id, deleted_at),
            )
            # known on both sides now: nothing to send
            self.db.execute_sql(
                "DELETE FROM sync_pending WHERE tbl = 'tombstone' AND key1 = ? AND key2 = ?",
                (kind, record_id),
            )
        self.store._peer_cache.latest.clear()
        self.outcome.dropped_here = dropped
        dropped = 0
        incoming = self.incoming
        for org_id in [o for o in incoming.organizations if ("organization", o) in deleted_here]:
            del incoming.organizations[org_id]
            dropped += 1
        for assessment in list(incoming.assessments.values()):
            if ("assessment", assessment.id) in deleted_here or (
                "organization",
                assessment.organization_id,
            ) in deleted_here:
                del incoming.assessments[assessment.id]
                dropped += 1
        self.db.execute_sql("DROP TABLE IF EXISTS temp.incoming_assessment")
        self.db.execute_sql("CREATE TEMP TABLE incoming_assessment (id TEXT PRIMARY KEY)")
        self.db.connection().executemany(
            "INSERT INTO temp.incoming_assessment VALUES (?)", [(i,) for i in incoming.assessments]
        )
        dropped += self.db.execute_sql(_ORPHANS).rowcount
        dropped += self.respondents.drop_deleted(deleted_here)
        dropped += self.plan.drop_deleted(deleted_here)
        self.db.execute_sql("DROP TABLE temp.incoming_assessment")
        self.outcome.dropped_from_source = dropped

    def refuse_contradictions(self, local: dict[str, _AssessmentHere]) -> None:
        for assessment in self.incoming.assessments.values():
            here = local.get(assessment.id)
            if here is None:
                continue
            if here.organization_id != assessment.organization_id:
                raise MergeRefused(
                    translate(
                        "store",
                        "row {row}: assessment {id} belongs to organization {organization_id} "
                        "in this store, not {organization_id2}",
                    ).format(
                        row=assessment.row,
                        id=assessment.id,
                        organization_id=here.organization_id,
                        organization_id2=assessment.organization_id,
                    )
                )
            if here.model_version_id != assessment.model_digest:
                raise MergeRefused(
                    translate(
                        "store",
                        "row {row}: assessment {id} was taken with another version of its "
                        "maturity model in this store; it cannot be merged",
                    ).format(row=assessment.row, id=assessment.id)
                )

    def merge_model_versions(self, local: set[str]) -> None:
        """Insert the versions missing here. A version never changes under its digest, but
        two laptops record it at different times: from the team server, its `created_at` is
        taken (the server keeps the first copy it was sent), so that every copy agrees."""
        now = utc_now()
        for version in self.incoming.model_versions.values():
            if version.digest in local:
                if self.rules.carries_trash and version.created_at:
                    self.db.execute_sql(
                        "UPDATE model_version SET created_at = ? WHERE id = ? AND created_at <> ?",
                        (version.created_at, version.digest, version.created_at),
                    )
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
                    version.created_at or now,
                ),
            )

    def merge_organizations(self, local: dict[str, _OrganizationHere]) -> None:
        """Newest wins, ties to the larger (name, trash mark, created_at), and the winner's
        whole row is kept: a column left out of the comparison (or of the write) could differ
        between two laptops for ever. A column the source does not carry (a snapshot's trash
        mark, a file without created_at) is compared as here's and left as it is. A source
        that does not carry the trash takes every organization it names out of the trash."""
        counts = self.outcome.organizations
        now = utc_now()
        carries_trash = self.rules.carries_trash
        for org in self.incoming.organizations.values():
            here = local.get(org.id)
            deleted_at = org.deleted_at if carries_trash else None
            if here is None:
                counts.new += 1
                self.db.execute_sql(
                    "INSERT INTO organization (id, name, created_at, updated_at, deleted_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (org.id, org.name, org.created_at or now, org.updated_at or now, deleted_at),
                )
                continue
            if not carries_trash:
                deleted_at = here.deleted_at  # compared as here; taken out below
            created_at = org.created_at or here.created_at
            theirs = (org.updated_at, org.name, deleted_at or "", created_at)
            ours = (here.updated_at, here.name, here.deleted_at or "", here.created_at)
            seen = theirs[1:3] != ours[1:3]  # what a person sees differ
            wins = theirs > ours
            both = seen and self.changed_here("organization", org.id)  # before the write
            if wins:
                self.db.execute_sql(
                    "UPDATE organization SET name = ?, created_at = ?, updated_at = ?, "
                    "deleted_at = ? WHERE id = ?",
                    (org.name, created_at, org.updated_at, deleted_at, org.id),
                )
            if both:
                kept = (
                    translate("store", "kept as {source}").format(
                        source=source_text(self.rules.source)
                    )
                    if wins
                    else translate("store", "kept as here")
                )
                what = (
                    translate("store", "named {name!r} here and {name2!r} {source}").format(
                        name=here.name, name2=org.name, source=source_text(self.rules.source)
                    )
                    if here.name != org.name
                    else translate("store", "in the trash here or {source}, not both").format(
                        source=source_text(self.rules.source)
                    )
                )
                self.record_conflict(
                    translate("store", "organization {name!r}: {what}; {kept}").format(
                        name=here.name, what=what, kept=kept
                    )
                )
            if seen and not wins:
                counts.conflicts += 1
                if here.name != org.name:
                    self.conflict(
                        translate(
                            "store", "organization {name!r} is named {name2!r} {source}"
                        ).format(
                            name=here.name, name2=org.name, source=source_text(self.rules.source)
                        )
                    )
                else:
                    self.conflict(
                        translate(
                            "store", "organization {name!r} is in the trash on one side only"
                        ).format(name=here.name)
                    )
            elif seen or (wins and theirs[1:] != ours[1:]):
                counts.updated += 1
            elif carries_trash or here.deleted_at is None:
                counts.unchanged += 1
            else:
                counts.updated += 1  # in the trash here: the import brings it back
            if not carries_trash and here.deleted_at is not None:
                self.restore(org.id, max(here.updated_at, org.updated_at if wins else ""))

    def restore(self, organization_id: str, updated_at: str) -> None:
        """Out of the trash, stamped as any change here: a later sync carries it."""
        self.db.execute_sql(
            "UPDATE organization SET deleted_at = NULL, updated_at = ? WHERE id = ?",
            (stamp_after(updated_at), organization_id),
        )

    def plan_answers(self) -> None:
        ((new, updated, unchanged, conflicts),) = self.sql(_PLAN_ANSWERS)
        self.outcome.answers = Counts(new, updated, unchanged, conflicts)
        for row, assessment_id, criterion_id, name, assessed_on in self.sql(_ANSWER_CONFLICTS):
            # named as the source names them; rows pulled name only what changed there
            assessment = self.incoming.assessments.get(assessment_id)
            if assessment is not None:
                assessed_on = assessment.assessed_on
                org = self.incoming.organizations.get(assessment.organization_id)
                name = name if org is None else org.name
            self.conflict(
                translate(
                    "store", "row {row}: {name}, {assessed_on}, criterion {criterion_id}"
                ).format(row=row, name=name, assessed_on=assessed_on, criterion_id=criterion_id)
            )

    def list_answer_conflicts(self) -> None:
        changed = "true" if self.rules.changed_here == "all" else _PENDING_ANSWER
        for row in self.sql(_SYNC_CONFLICTS.format(changed=changed)):
            org, assessed_on, assessment_id, criterion_id = row[:4]
            here, theirs, wins = row[4:8], row[8:12], row[12]
            self.outcome.answer_conflicts.append(
                AnswerConflict(
                    org,
                    assessed_on,
                    assessment_id,
                    criterion_id,
                    _side(*here),
                    _side(*theirs),
                    "server" if wins else "here",
                )
            )

    def merge_assessments(
        self,
        local: dict[str, _AssessmentHere],
        changed_answers: dict[str, str],
    ) -> None:
        """Insert new assessments; update the others (newest wins, ties to the larger values,
        the winner's whole row kept, as for organizations); say which assessments' answers
        changed (`Store._answers_changed`), with the newest `updated_at` of the two sides:
        those that came too, and those whose answers came alone (a team server sends only
        what changed there), or their stored results would stay as before the merge."""
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
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        assessment.id,
                        assessment.organization_id,
                        assessment.model_digest,
                        *assessment.details,
                        assessment.created_at or updated_at,
                        updated_at,
                        assessment.position or "",
                        assessment.carried_from,
                    ),
                )
                continue
            # What the source does not carry is compared as here's and kept (a snapshot: no
            # position; created_at and carried_from only in newer files).
            position = here.position if assessment.position is None else assessment.position
            created_at = assessment.created_at or here.created_at
            carried_from = (
                assessment.carried_from
                if self.rules.carries_trash
                else assessment.carried_from or here.carried_from
            )
            theirs = (
                assessment.updated_at,
                *assessment.details,
                position,
                created_at,
                carried_from or "",
            )
            ours = (
                here.updated_at,
                *here.details,
                here.position,
                here.created_at,
                here.carried_from or "",
            )
            seen = theirs[1:5] != ours[1:5]  # what a person sees differ
            differs = theirs[1:] != ours[1:]
            wins = theirs > ours
            if seen and self.changed_here("assessment", assessment.id):
                self.record_conflict(_assessment_conflict(here, theirs, wins, self.rules.source))
            if seen and not wins:
                self.conflict(
                    translate(
                        "store",
                        "assessment of {assessed_on} ({id}): its date, assessor or status "
                        "differs {source}",
                    ).format(
                        assessed_on=assessment.assessed_on,
                        id=assessment.id,
                        source=source_text(self.rules.source),
                    )
                )
            if not wins and not newest_answer:
                if seen:
                    counts.conflicts += 1
                else:
                    counts.unchanged += 1
                continue
            if (wins and differs) or newest_answer:
                counts.updated += 1
            else:
                counts.unchanged += 1  # the same, stamped later there: the stamp is taken
            kept = theirs if wins else ours
            updated_at = max(here.updated_at, newest_answer, assessment.updated_at)
            self.db.execute_sql(
                "UPDATE assessment SET assessed_on = ?, assessor = ?, status = ?, position = ?, "
                "created_at = ?, carried_from = ? WHERE id = ?",
                (*kept[1:6], kept[6] or None, assessment.id),
            )
            changed.append((assessment.id, updated_at))
        alone = [i for i in changed_answers if i not in self.incoming.assessments]
        for assessment_id, stamp in self.local("SELECT id, updated_at FROM assessment", alone):
            updated_at = max(stamp, changed_answers[assessment_id])
            changed.append((assessment_id, updated_at))
            if updated_at != stamp:
                self.restamped.append(assessment_id)
        self.store._answers_changed(changed)

    def settle_pending(self, before: int) -> None:
        """Leave to send only what the team server does not hold yet.

        The triggers record every row this merge wrote (numbered after `before`) as changed
        here; those now equal to the server's copy would only be sent back (after a pull of
        a million answers, a million). A row that differs from the server's copy (here's won,
        or an assessment stamped with the newest of both sides) is made pending, whatever
        recorded it, so that the push makes both sides agree. A first sync with a server
        sends every row but those found equal here (`SAME_AS_SERVER`)."""
        if self.rules.changed_here == "all":
            self.same_as_server()
            return
        self.db.execute_sql(_ECHOED_ANSWERS, (before,))
        versions = list(self.incoming.model_versions)
        for start in range(0, len(versions), _IN_CHUNK):
            chunk = versions[start : start + _IN_CHUNK]
            self.db.execute_sql(
                "DELETE FROM sync_pending WHERE tbl = 'model_version' AND seq > ? "
                f"AND key1 IN ({', '.join('?' * len(chunk))})",
                (before, *chunk),
            )
        for table, row, same in self.compared():
            if same:
                self.db.execute_sql(
                    "DELETE FROM sync_pending WHERE tbl = ? AND key1 = ? AND seq > ?",
                    (table, row, before),
                )
            else:
                self.make_pending(table, row)
        for assessment_id in self.restamped:
            self.make_pending("assessment", assessment_id)

    def same_as_server(self) -> None:
        self.db.execute_sql(SAME_AS_SERVER)
        self.db.execute_sql("DELETE FROM temp.sync_same")
        same = [("model_version", digest, "") for digest in self.incoming.model_versions]
        same += [(table, row, "") for table, row, equal in self.compared() if equal]
        same += [("tombstone", kind, record_id) for kind, record_id, _ in self.incoming.tombstones]
        self.db.connection().executemany(
            "INSERT OR IGNORE INTO temp.sync_same VALUES (?, ?, ?)", same
        )
        self.db.execute_sql(_SAME_ANSWERS)

    def compared(self) -> list[tuple[str, str, bool]]:
        """The organizations and assessments received: (table, id, equal to the server's)."""
        records: list[tuple[str, dict[str, tuple[object, ...]]]] = [
            (
                "organization",
                {
                    o.id: (o.id, o.name, o.created_at, o.updated_at, o.deleted_at)
                    for o in self.incoming.organizations.values()
                },
            ),
            (
                "assessment",
                {
                    a.id: (
                        a.id,
                        a.organization_id,
                        a.model_digest,
                        a.assessed_on,
                        a.assessor,
                        a.status,
                        a.created_at,
                        a.updated_at,
                        a.position,
                        a.carried_from,
                    )
                    for a in self.incoming.assessments.values()
                },
            ),
        ]
        compared = []
        for table, theirs in records:
            columns = ", ".join(_COLUMNS[table])
            for row in self.local(f"SELECT {columns} FROM {table}", theirs):
                compared.append((table, row[0], tuple(row) == theirs[row[0]]))
        return compared

    def make_pending(self, table: str, record_id: str) -> None:
        """Record a row as changed here (as the triggers do), if it is not already."""
        self.db.execute_sql("UPDATE sync_state SET pending_seq = pending_seq + 1")
        self.db.execute_sql(
            "INSERT INTO sync_pending (tbl, key1, key2, seq) "
            "VALUES (?, ?, '', (SELECT pending_seq FROM sync_state)) "
            "ON CONFLICT (tbl, key1, key2) DO NOTHING",
            (table, record_id),
        )

    def changed_here(self, table: str, record_id: str) -> bool:
        """Whether this record was changed here and not sent yet (team sync only)."""
        if self.rules.changed_here is None:
            return False
        if self.rules.changed_here == "all":
            return True
        return bool(
            self.sql(
                "SELECT 1 FROM sync_pending WHERE tbl = ? AND key1 = ? AND key2 = ''",
                (table, record_id),
            )
        )

    def record_conflict(self, text: str) -> None:
        if len(self.outcome.record_conflicts) < MAX_CONFLICTS_LISTED:
            self.outcome.record_conflicts.append(text)

    def conflict(self, text: str) -> None:
        if len(self.outcome.conflicts) < MAX_CONFLICTS_LISTED:
            self.outcome.conflicts.append(text)


_SEEN = ("date", "assessor", "status", "page of the wizard")


def _seen_name(name: str) -> str:
    """One of `_SEEN`, in the reader's words."""
    return {
        "date": translate("store", "date"),
        "assessor": translate("store", "assessor"),
        "status": translate("store", "status"),
        "page of the wizard": translate("store", "page of the wizard"),
    }[name]


def _assessment_conflict(
    here: _AssessmentHere, theirs: tuple[str, ...], wins: bool, source: str
) -> str:
    """An assessment changed on both sides, for a person: what differs, and which side won."""
    ours = (here.assessed_on, here.assessor, here.status, here.position)
    what = ", ".join(
        translate("store", "{name} {mine!r} here, {other!r} {source}").format(
            name=_seen_name(name), mine=mine, other=other, source=source_text(source)
        )
        for name, mine, other in zip(_SEEN, ours, theirs[1:5], strict=True)
        if mine != other
    )
    kept = (
        translate("store", "kept as {source}").format(source=source_text(source))
        if wins
        else translate("store", "kept as here")
    )
    return translate("store", "assessment of {assessed_on} ({id}): {what}; {kept}").format(
        assessed_on=here.assessed_on, id=here.id, what=what, kept=kept
    )


def _side(score: int | None, not_applicable: int, notes: str, updated_at: str) -> AnswerSide:
    return AnswerSide(score, bool(not_applicable), notes, updated_at)


# What hangs on a record deleted for good: (table, which of its rows), the record's id the
# one parameter; and the same as entries of `sync_pending` (whose key1 is the record's id, or
# for an answer its assessment's).
_OF_ORGANIZATION = "IN (SELECT id FROM assessment WHERE organization_id = ?)"
_RESPONDENTS_OF_ORGANIZATION = (
    "IN (SELECT r.id FROM respondent AS r JOIN assessment AS a ON a.id = r.assessment_id "
    "WHERE a.organization_id = ?)"
)
_RESPONDENTS_OF_ASSESSMENT = "IN (SELECT id FROM respondent WHERE assessment_id = ?)"
_UNDER = {
    "organization": (
        ("organization", "id = ?"),
        ("assessment", "organization_id = ?"),
        ("answer", f"assessment_id {_OF_ORGANIZATION}"),
        ("respondent", f"id {_RESPONDENTS_OF_ORGANIZATION}"),
        ("respondent_answer", f"respondent_id {_RESPONDENTS_OF_ORGANIZATION}"),
        ("target", "organization_id = ?"),
        ("action", "organization_id = ?"),
    ),
    "assessment": (
        ("assessment", "id = ?"),
        ("answer", "assessment_id = ?"),
        ("respondent", "assessment_id = ?"),
        ("respondent_answer", f"respondent_id {_RESPONDENTS_OF_ASSESSMENT}"),
    ),
    "respondent": (("respondent", "id = ?"), ("respondent_answer", "respondent_id = ?")),
    "action": (("action", "id = ?"),),
}
_PENDING_UNDER = {
    "organization": (
        ("organization", "key1 = ?"),
        ("assessment", f"key1 {_OF_ORGANIZATION}"),
        ("answer", f"key1 {_OF_ORGANIZATION}"),
        ("respondent", f"key1 {_RESPONDENTS_OF_ORGANIZATION}"),
        ("respondent_answer", f"key1 {_RESPONDENTS_OF_ORGANIZATION}"),
        ("target", "key1 = ?"),
        ("action", "key1 IN (SELECT id FROM action WHERE organization_id = ?)"),
    ),
    "assessment": (
        ("assessment", "key1 = ?"),
        ("answer", "key1 = ?"),
        ("respondent", f"key1 {_RESPONDENTS_OF_ASSESSMENT}"),
        ("respondent_answer", f"key1 {_RESPONDENTS_OF_ASSESSMENT}"),
    ),
    "respondent": (("respondent", "key1 = ?"), ("respondent_answer", "key1 = ?")),
    "action": (("action", "key1 = ?"),),
}


# -- respondents and their ratings: staged, compared and applied as answers are, by the same
# rule (the newest `updated_at` wins the whole row; on equal stamps, the larger values)

_STAGE_RESPONDENTS = """
CREATE TEMP TABLE merge_respondent (
    row INTEGER NOT NULL, id TEXT NOT NULL PRIMARY KEY, assessment_id TEXT NOT NULL,
    name TEXT NOT NULL, role TEXT NOT NULL, position INTEGER NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, collected_at TEXT NOT NULL,
    collected_digest TEXT NOT NULL
)"""
_STAGE_RATINGS = """
CREATE TEMP TABLE merge_rating (
    row INTEGER NOT NULL, respondent_id TEXT NOT NULL, criterion_id TEXT NOT NULL,
    score INTEGER, not_applicable INTEGER NOT NULL, notes TEXT NOT NULL,
    updated_at TEXT NOT NULL
)"""
_RESPONDENT_VALUES = ("name", "role", "position", "created_at", "collected_at", "collected_digest")
_RATING_VALUES = ("score", "not_applicable", "notes")


def _respondent_order(t: str) -> str:
    return f"({t}.updated_at, " + ", ".join(f"{t}.{c}" for c in _RESPONDENT_VALUES) + ")"


def _rating_order(t: str) -> str:
    return f"({t}.updated_at, coalesce({t}.score, -1), {t}.not_applicable, {t}.notes)"


_RESPONDENT_SAME = " AND ".join(f"h.{c} IS s.{c}" for c in _RESPONDENT_VALUES)
_RATING_SAME = " AND ".join(f"h.{c} IS s.{c}" for c in _RATING_VALUES)
_RESPONDENT_JOIN = "FROM temp.merge_respondent AS s LEFT JOIN main.respondent AS h ON h.id = s.id"
_RATING_JOIN = (
    "FROM temp.merge_rating AS s LEFT JOIN main.respondent_answer AS h "
    "ON h.respondent_id = s.respondent_id AND h.criterion_id = s.criterion_id"
)


def _plan(join: str, key: str, same: str, wins: str) -> str:
    return f"""
SELECT
    count(*) FILTER (WHERE h.{key} IS NULL),
    count(*) FILTER (WHERE h.{key} IS NOT NULL AND NOT ({same}) AND {wins}),
    count(*) FILTER (WHERE h.{key} IS NOT NULL AND ({same})),
    count(*) FILTER (WHERE h.{key} IS NOT NULL AND NOT ({same}) AND NOT {wins})
{join}"""


_RESPONDENT_WINS = f"{_respondent_order('s')} > {_respondent_order('h')}"
_RATING_WINS = f"{_rating_order('s')} > {_rating_order('h')}"
_PLAN_RESPONDENTS = _plan(_RESPONDENT_JOIN, "id", _RESPONDENT_SAME, _RESPONDENT_WINS)
_PLAN_RATINGS = _plan(_RATING_JOIN, "criterion_id", _RATING_SAME, _RATING_WINS)
# The assessments whose respondents' ratings change: their consensus is brought up to date.
_RATED_ASSESSMENTS = f"""
SELECT DISTINCT r.assessment_id {_RATING_JOIN}
JOIN main.respondent AS r ON r.id = s.respondent_id
WHERE h.criterion_id IS NULL OR {_RATING_WINS}"""
_RESPONDENT_COLUMNS = (
    "id, assessment_id, name, role, position, created_at, updated_at, collected_at, "
    "collected_digest"
)
_RATING_COLUMNS = "respondent_id, criterion_id, score, not_applicable, notes, updated_at"
_APPLY_RESPONDENTS = f"""
INSERT INTO respondent ({_RESPONDENT_COLUMNS})
SELECT {_RESPONDENT_COLUMNS} FROM temp.merge_respondent WHERE true
ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, {
    ", ".join(f"{c} = excluded.{c}" for c in _RESPONDENT_VALUES)
}
WHERE {_respondent_order("excluded")} > {_respondent_order("respondent")}"""
_APPLY_RATINGS = f"""
INSERT INTO respondent_answer ({_RATING_COLUMNS})
SELECT {_RATING_COLUMNS} FROM temp.merge_rating WHERE true
ON CONFLICT (respondent_id, criterion_id) DO UPDATE SET updated_at = excluded.updated_at, {
    ", ".join(f"{c} = excluded.{c}" for c in _RATING_VALUES)
}
WHERE {_rating_order("excluded")} > {_rating_order("respondent_answer")}"""
# Team sync: rows now equal to the server's copy (the same stamp too) are not sent back.
_ECHOED = {
    "respondent": f"""
DELETE FROM main.sync_pending AS p WHERE p.tbl = 'respondent' AND p.seq > ? AND EXISTS (
    SELECT 1 FROM temp.merge_respondent AS s JOIN main.respondent AS h ON h.id = s.id
    WHERE s.id = p.key1 AND h.updated_at = s.updated_at AND {_RESPONDENT_SAME})""",
    "respondent_answer": f"""
DELETE FROM main.sync_pending AS p WHERE p.tbl = 'respondent_answer' AND p.seq > ?
AND EXISTS (
    SELECT 1 FROM temp.merge_rating AS s JOIN main.respondent_answer AS h
    ON h.respondent_id = s.respondent_id AND h.criterion_id = s.criterion_id
    WHERE s.respondent_id = p.key1 AND s.criterion_id = p.key2
    AND h.updated_at = s.updated_at AND {_RATING_SAME})""",
}
_SAME_AS_SERVER = {
    "respondent": f"""
INSERT OR IGNORE INTO temp.sync_same (tbl, key1, key2)
SELECT 'respondent', s.id, '' FROM temp.merge_respondent AS s
JOIN main.respondent AS h ON h.id = s.id
WHERE h.updated_at = s.updated_at AND {_RESPONDENT_SAME}""",
    "respondent_answer": f"""
INSERT OR IGNORE INTO temp.sync_same (tbl, key1, key2)
SELECT 'respondent_answer', s.respondent_id, s.criterion_id FROM temp.merge_rating AS s
JOIN main.respondent_answer AS h
ON h.respondent_id = s.respondent_id AND h.criterion_id = s.criterion_id
WHERE h.updated_at = s.updated_at AND {_RATING_SAME}""",
}


class _Respondents:
    """The respondents and ratings of one merge. Staged when the answers' stream has been
    read (which fills them), checked against the store, applied after the answers; then the
    consensus of every assessment whose ratings changed is brought up to date
    (`respondents.refresh_consensus`), in the same transaction, so that two stores holding
    the same ratings hold the same consensus."""

    def __init__(self, merge: _Merge) -> None:
        self.owner = merge
        self.db = merge.db
        self.touched: set[str] = set()  # assessments whose consensus to bring up to date
        incoming = merge.incoming
        self.db.execute_sql("DROP TABLE IF EXISTS temp.merge_respondent")
        self.db.execute_sql("DROP TABLE IF EXISTS temp.merge_rating")
        self.db.execute_sql(_STAGE_RESPONDENTS)
        self.db.execute_sql(_STAGE_RATINGS)
        connection = self.db.connection()
        connection.executemany(
            "INSERT INTO temp.merge_respondent VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            incoming.respondents.values(),
        )
        connection.executemany(
            "INSERT INTO temp.merge_rating VALUES (?, ?, ?, ?, ?, ?, ?)", incoming.ratings
        )
        self.db.execute_sql(
            "CREATE INDEX temp.merge_rating_key ON merge_rating (respondent_id, criterion_id)"
        )
        duplicate = merge.sql(
            "SELECT respondent_id, criterion_id, min(row), max(row) FROM temp.merge_rating "
            "GROUP BY respondent_id, criterion_id HAVING count(*) > 1 ORDER BY max(row) LIMIT 1"
        )
        if duplicate:
            respondent_id, criterion_id, first, row = duplicate[0]
            raise MergeRefused(
                translate(
                    "store",
                    "row {row}: respondent {respondent_id} rated criterion {criterion_id} "
                    "already on row {first}; a snapshot holds each rating once",
                ).format(
                    row=row, respondent_id=respondent_id, criterion_id=criterion_id, first=first
                )
            )

    def drop_deleted(self, deleted_here: set[tuple[str, str]]) -> int:
        """Team sync: the source's respondents deleted here, or of assessments gone (deleted
        here, or with their organization), and ratings of respondents gone; how many."""
        removed = [i for kind, i in deleted_here if kind == "respondent"]
        dropped = 0
        for start in range(0, len(removed), _IN_CHUNK):
            chunk = removed[start : start + _IN_CHUNK]
            dropped += self.db.execute_sql(
                f"DELETE FROM temp.merge_respondent WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).rowcount
        dropped += self.db.execute_sql(
            "DELETE FROM temp.merge_respondent AS s WHERE NOT EXISTS (SELECT 1 FROM "
            "main.assessment AS a WHERE a.id = s.assessment_id) AND NOT EXISTS (SELECT 1 FROM "
            "temp.incoming_assessment AS i WHERE i.id = s.assessment_id)"
        ).rowcount
        dropped += self.db.execute_sql(
            "DELETE FROM temp.merge_rating AS s WHERE NOT EXISTS (SELECT 1 FROM "
            "main.respondent AS r WHERE r.id = s.respondent_id) AND NOT EXISTS (SELECT 1 FROM "
            "temp.merge_respondent AS i WHERE i.id = s.respondent_id)"
        ).rowcount
        return dropped

    def refuse_contradictions(self) -> None:
        """A respondent never moves to another assessment; a rating's respondent exists."""
        moved = self.owner.sql(
            "SELECT s.row, s.id, h.assessment_id, s.assessment_id FROM temp.merge_respondent "
            "AS s JOIN main.respondent AS h ON h.id = s.id "
            "WHERE h.assessment_id <> s.assessment_id ORDER BY s.row LIMIT 1"
        )
        if moved:
            row, respondent_id, here, theirs = moved[0]
            raise MergeRefused(
                translate(
                    "store",
                    "row {row}: respondent {respondent_id} belongs to assessment {here} in "
                    "this store, not {theirs}",
                ).format(row=row, respondent_id=respondent_id, here=here, theirs=theirs)
            )
        unknown = self.owner.sql(
            "SELECT s.row, s.respondent_id FROM temp.merge_rating AS s WHERE NOT EXISTS "
            "(SELECT 1 FROM main.respondent AS r WHERE r.id = s.respondent_id) AND NOT EXISTS "
            "(SELECT 1 FROM temp.merge_respondent AS i WHERE i.id = s.respondent_id) "
            "ORDER BY s.row LIMIT 1"
        )
        if unknown:
            row, respondent_id = unknown[0]
            raise MergeRefused(
                translate(
                    "store",
                    "row {row}: respondent {respondent_id} is neither in the source nor here",
                ).format(row=row, respondent_id=respondent_id)
            )

    def merge(self, changed_answers: dict[str, str]) -> None:
        """Apply (after the answers), then bring the touched consensus up to date."""
        merge, outcome = self.owner, self.owner.outcome
        self.refuse_contradictions()
        ((new, updated, unchanged, conflicts),) = merge.sql(_PLAN_RESPONDENTS)
        outcome.respondents = Counts(new, updated, unchanged, conflicts)
        self.db.execute_sql(_APPLY_RESPONDENTS)
        ((new, updated, unchanged, conflicts),) = merge.sql(_PLAN_RATINGS)
        outcome.ratings = Counts(new, updated, unchanged, conflicts)
        self.touched.update(a for (a,) in merge.sql(_RATED_ASSESSMENTS))
        self.db.execute_sql(_APPLY_RATINGS)
        # An answer that came as the median may have come without the ratings it follows
        # (or before them): it is made again from the ratings here.
        self.touched.update(changed_answers)
        self.refresh()

    def refresh(self) -> None:
        """The consensus of the touched assessments, as `Store.record_respondent_answer`
        leaves it: the median of the ratings where it is the respondents' (`from_respondents`)."""
        if not self.touched:
            return
        connection = self.db.connection()
        wanted = sorted(self.touched)
        rated: set[str] = set()  # those with respondents written down, or a median answer
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rated.update(
                a
                for (a,) in self.owner.sql(
                    f"SELECT assessment_id FROM respondent WHERE assessment_id IN ({marks}) "
                    "UNION SELECT assessment_id FROM answer WHERE from_respondents "
                    f"AND assessment_id IN ({marks})",
                    chunk * 2,
                )
            )
        stamps = dict(self.owner.local("SELECT id, updated_at FROM assessment", rated))
        changed = []
        for assessment_id in sorted(stamps):
            now = stamp_after(stamps[assessment_id])
            if respondent_store.refresh_consensus(connection, assessment_id, None, now):
                changed.append((assessment_id, now))
        if changed:
            self.owner.store._answers_changed(changed)
            self.owner.restamped += [a for a, _ in changed]

    def settle(self, before: int) -> None:
        """Team sync: what `_Merge.settle_pending` does for answers, for these two tables."""
        if self.owner.rules.changed_here == "all":
            for sql in _SAME_AS_SERVER.values():
                self.db.execute_sql(sql)
            return
        for sql in _ECHOED.values():
            self.db.execute_sql(sql, (before,))

    def drop(self) -> None:
        self.db.execute_sql("DROP TABLE temp.merge_respondent")
        self.db.execute_sql("DROP TABLE temp.merge_rating")


# -- targets and actions (`store.plan`): staged, compared and applied as respondents are, by
# the same rule (the newest `updated_at` wins the whole row; on equal stamps, the larger
# values over every column)

_STAGE_TARGETS = """
CREATE TEMP TABLE merge_target (
    row INTEGER NOT NULL, organization_id TEXT NOT NULL, model_id TEXT NOT NULL,
    stage_level INTEGER, due_on TEXT NOT NULL, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, PRIMARY KEY (organization_id, model_id)
)"""
_STAGE_ACTIONS = """
CREATE TEMP TABLE merge_action (
    row INTEGER NOT NULL, id TEXT NOT NULL PRIMARY KEY, organization_id TEXT NOT NULL,
    model_id TEXT NOT NULL, criterion_id TEXT NOT NULL, title TEXT NOT NULL,
    owner TEXT NOT NULL, due_on TEXT NOT NULL, status TEXT NOT NULL, notes TEXT NOT NULL,
    private_notes TEXT,  -- NULL: the source does not say (a client-safe file)
    position INTEGER NOT NULL, source_assessment_id TEXT NOT NULL, since TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    private_notes_at TEXT  -- with them: when they were written ('' for never)
)"""
# What the source does not say is taken as here: private notes left out of a client-safe
# file stay whichever copy wins (an empty cell would erase them), and a creation time a
# source lacks is not a difference.
_PLAN_AS_HERE = """
UPDATE temp.merge_action AS s SET (private_notes, private_notes_at) = (
    SELECT coalesce(max(h.private_notes), ''), coalesce(max(h.private_notes_at), '')
    FROM main.action AS h WHERE h.id = s.id)
WHERE s.private_notes IS NULL;
UPDATE temp.merge_action SET private_notes_at = '' WHERE private_notes_at IS NULL;
UPDATE temp.merge_action AS s SET created_at = coalesce((
    SELECT h.created_at FROM main.action AS h WHERE h.id = s.id), s.updated_at)
WHERE s.created_at = '';
UPDATE temp.merge_target AS s SET created_at = coalesce((
    SELECT h.created_at FROM main.target AS h
    WHERE h.organization_id = s.organization_id AND h.model_id = s.model_id), s.updated_at)
WHERE s.created_at = ''"""
_TARGET_VALUES = ("stage_level", "due_on", "created_at")
_ACTION_VALUES = (
    "organization_id",
    "model_id",
    "criterion_id",
    "title",
    "owner",
    "due_on",
    "status",
    "notes",
    "position",
    "source_assessment_id",
    "since",
    "created_at",
)
# Private notes merge apart from the row: the newest stamp wins them, ties to the larger text.
_ACTION_PRIVATE = ("private_notes_at", "private_notes")


def _target_order(t: str) -> str:
    return f"({t}.updated_at, coalesce({t}.stage_level, -1), {t}.due_on, {t}.created_at)"


def _action_order(t: str) -> str:
    return f"({t}.updated_at, " + ", ".join(f"{t}.{c}" for c in _ACTION_VALUES) + ")"


_TARGET_SAME = " AND ".join(f"h.{c} IS s.{c}" for c in _TARGET_VALUES)
_ACTION_SAME = " AND ".join(f"h.{c} IS s.{c}" for c in _ACTION_VALUES + _ACTION_PRIVATE)
_TARGET_JOIN = (
    "FROM temp.merge_target AS s LEFT JOIN main.target AS h "
    "ON h.organization_id = s.organization_id AND h.model_id = s.model_id"
)
_ACTION_JOIN = "FROM temp.merge_action AS s LEFT JOIN main.action AS h ON h.id = s.id"
_TARGET_WINS = f"{_target_order('s')} > {_target_order('h')}"
_ACTION_ROW_WINS = f"{_action_order('s')} > {_action_order('h')}"
_ACTION_PRIVATE_WINS = (
    "(s.private_notes_at, s.private_notes) > (h.private_notes_at, h.private_notes)"
)
_ACTION_WINS = f"({_ACTION_ROW_WINS} OR {_ACTION_PRIVATE_WINS})"
_PLAN_TARGETS = _plan(_TARGET_JOIN, "model_id", _TARGET_SAME, _TARGET_WINS)
_PLAN_ACTIONS = _plan(_ACTION_JOIN, "id", _ACTION_SAME, _ACTION_WINS)
_TARGET_COLUMNS = "organization_id, model_id, stage_level, due_on, created_at, updated_at"
_ACTION_COLUMNS = "id, updated_at, " + ", ".join(_ACTION_VALUES + _ACTION_PRIVATE)
_APPLY_TARGETS = f"""
INSERT INTO target ({_TARGET_COLUMNS})
SELECT {_TARGET_COLUMNS} FROM temp.merge_target WHERE true
ON CONFLICT (organization_id, model_id) DO UPDATE SET updated_at = excluded.updated_at, {
    ", ".join(f"{c} = excluded.{c}" for c in _TARGET_VALUES)
}
WHERE {_target_order("excluded")} > {_target_order("target")}"""
_APPLY_ACTIONS = f"""
INSERT INTO action ({_ACTION_COLUMNS})
SELECT {_ACTION_COLUMNS} FROM temp.merge_action WHERE true
ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, {
    ", ".join(f"{c} = excluded.{c}" for c in _ACTION_VALUES)
}
WHERE {_action_order("excluded")} > {_action_order("action")};
UPDATE main.action AS t SET (private_notes_at, private_notes) = (
    SELECT s.private_notes_at, s.private_notes FROM temp.merge_action AS s WHERE s.id = t.id)
WHERE t.id IN (
    SELECT s.id FROM temp.merge_action AS s JOIN main.action AS h ON h.id = s.id
    WHERE {_ACTION_PRIVATE_WINS})"""
# Differing copies, for a person: those kept as here (`{kept}` "NOT"), or, on a team sync,
# those changed on both sides (`{kept}` empty, `{changed}` the rows changed here).
_TARGETS_DIFFERING = f"""
SELECT s.row, o.name, s.model_id, {_TARGET_WINS} {_TARGET_JOIN}
JOIN main.organization AS o ON o.id = s.organization_id
WHERE h.model_id IS NOT NULL AND NOT ({_TARGET_SAME}) AND {{kept}} {{changed}}
ORDER BY s.row LIMIT {MAX_CONFLICTS_LISTED}"""
_ACTIONS_DIFFERING = f"""
SELECT s.row, o.name, h.title, {_ACTION_ROW_WINS} {_ACTION_JOIN}
JOIN main.organization AS o ON o.id = s.organization_id
WHERE h.id IS NOT NULL AND NOT ({_ACTION_SAME}) AND {{kept}} {{changed}}
ORDER BY s.row LIMIT {MAX_CONFLICTS_LISTED}"""
_PENDING_TARGET = (
    "EXISTS (SELECT 1 FROM main.sync_pending AS p WHERE p.tbl = 'target' "
    "AND p.key1 = s.organization_id AND p.key2 = s.model_id)"
)
_PENDING_ACTION = (
    "EXISTS (SELECT 1 FROM main.sync_pending AS p WHERE p.tbl = 'action' "
    "AND p.key1 = s.id AND p.key2 = '')"
)
# Team sync: rows now equal to the server's copy (the same stamp too) are not sent back.
_PLAN_ECHOED = (
    f"""
DELETE FROM main.sync_pending AS p WHERE p.tbl = 'target' AND p.seq > ? AND EXISTS (
    SELECT 1 FROM temp.merge_target AS s JOIN main.target AS h
    ON h.organization_id = s.organization_id AND h.model_id = s.model_id
    WHERE s.organization_id = p.key1 AND s.model_id = p.key2
    AND h.updated_at = s.updated_at AND {_TARGET_SAME})""",
    f"""
DELETE FROM main.sync_pending AS p WHERE p.tbl = 'action' AND p.seq > ? AND EXISTS (
    SELECT 1 FROM temp.merge_action AS s JOIN main.action AS h ON h.id = s.id
    WHERE s.id = p.key1 AND h.updated_at = s.updated_at AND {_ACTION_SAME})""",
)
_PLAN_SAME_AS_SERVER = (
    f"""
INSERT OR IGNORE INTO temp.sync_same (tbl, key1, key2)
SELECT 'target', s.organization_id, s.model_id FROM temp.merge_target AS s
JOIN main.target AS h ON h.organization_id = s.organization_id AND h.model_id = s.model_id
WHERE h.updated_at = s.updated_at AND {_TARGET_SAME}""",
    f"""
INSERT OR IGNORE INTO temp.sync_same (tbl, key1, key2)
SELECT 'action', s.id, '' FROM temp.merge_action AS s JOIN main.action AS h ON h.id = s.id
WHERE h.updated_at = s.updated_at AND {_ACTION_SAME}""",
)
# Rows of an organization neither here nor coming (deleted here: deletion wins).
_PLAN_ORPHANS = tuple(
    f"""
DELETE FROM temp.{table} AS s
WHERE NOT EXISTS (SELECT 1 FROM main.organization AS o WHERE o.id = s.organization_id)
AND NOT EXISTS (SELECT 1 FROM temp.incoming_organization AS i WHERE i.id = s.organization_id)"""
    for table in ("merge_target", "merge_action")
)


class _Plan:
    """The targets and actions of one merge (`store.plan`). Staged when the answers' stream
    has been read (which fills them), checked against the store, applied after everything
    else, in the same transaction. An action never moves to another organization; a target's
    or an action's organization must be here or come with the source."""

    def __init__(self, merge: _Merge) -> None:
        self.owner = merge
        self.db = merge.db
        incoming = merge.incoming
        self.db.execute_sql("DROP TABLE IF EXISTS temp.merge_target")
        self.db.execute_sql("DROP TABLE IF EXISTS temp.merge_action")
        self.db.execute_sql(_STAGE_TARGETS)
        self.db.execute_sql(_STAGE_ACTIONS)
        if not incoming.targets and not incoming.actions:
            return  # the common case of a sync: nothing to stage or compare
        connection = self.db.connection()
        connection.executemany(
            "INSERT INTO temp.merge_target VALUES (?, ?, ?, ?, ?, ?, ?)",
            incoming.targets.values(),
        )
        connection.executemany(
            "INSERT INTO temp.merge_action VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            incoming.actions.values(),
        )
        for statement in _PLAN_AS_HERE.split(";"):
            self.db.execute_sql(statement)

    @property
    def empty(self) -> bool:
        return not self.owner.incoming.targets and not self.owner.incoming.actions

    def drop_deleted(self, deleted_here: set[tuple[str, str]]) -> int:
        """Team sync: the source's actions deleted here, and targets and actions of
        organizations gone (deleted here, or with nothing of them here or coming); how many."""
        if self.empty:
            return 0
        removed = [i for kind, i in deleted_here if kind == "action"]
        dropped = 0
        for start in range(0, len(removed), _IN_CHUNK):
            chunk = removed[start : start + _IN_CHUNK]
            dropped += self.db.execute_sql(
                f"DELETE FROM temp.merge_action WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).rowcount
        self.db.execute_sql("DROP TABLE IF EXISTS temp.incoming_organization")
        self.db.execute_sql("CREATE TEMP TABLE incoming_organization (id TEXT PRIMARY KEY)")
        self.db.connection().executemany(
            "INSERT INTO temp.incoming_organization VALUES (?)",
            [(i,) for i in self.owner.incoming.organizations],
        )
        for statement in _PLAN_ORPHANS:
            dropped += self.db.execute_sql(statement).rowcount
        self.db.execute_sql("DROP TABLE temp.incoming_organization")
        return dropped

    def refuse_moves(self) -> None:
        """An action never moves to another organization: its roadmap is that one's."""
        if self.empty:
            return
        moved = self.owner.sql(
            "SELECT s.row, s.id, h.organization_id, s.organization_id FROM temp.merge_action "
            "AS s JOIN main.action AS h ON h.id = s.id "
            "WHERE h.organization_id <> s.organization_id ORDER BY s.row LIMIT 1"
        )
        if moved:
            row, action_id, here, theirs = moved[0]
            raise MergeRefused(
                translate(
                    "store",
                    "row {row}: action {action_id} belongs to organization {here} in this "
                    "store, not {theirs}",
                ).format(row=row, action_id=action_id, here=here, theirs=theirs)
            )

    def refuse_unknown(self) -> None:
        """After the organizations are merged: each one a target or action names is here."""
        for table, what in (
            ("merge_target", translate("store", "a target")),
            ("merge_action", translate("store", "an action")),
        ):
            unknown = self.owner.sql(
                f"SELECT s.row, s.organization_id FROM temp.{table} AS s WHERE NOT EXISTS "
                "(SELECT 1 FROM main.organization AS o WHERE o.id = s.organization_id) "
                "ORDER BY s.row LIMIT 1"
            )
            if unknown:
                row, organization_id = unknown[0]
                raise MergeRefused(
                    translate(
                        "store",
                        "row {row}: the organization {organization_id} of {what} is neither in "
                        "the source nor here",
                    ).format(row=row, organization_id=organization_id, what=what)
                )

    def merge(self) -> None:
        """Count, list the differing copies, apply (newest wins, ties to the larger values)."""
        if self.empty:
            return
        merge, outcome = self.owner, self.owner.outcome
        self.refuse_unknown()
        ((new, updated, unchanged, conflicts),) = merge.sql(_PLAN_TARGETS)
        outcome.targets = Counts(new, updated, unchanged, conflicts)
        ((new, updated, unchanged, conflicts),) = merge.sql(_PLAN_ACTIONS)
        outcome.actions = Counts(new, updated, unchanged, conflicts)
        self.list_differing()
        self.db.execute_sql(_APPLY_TARGETS)
        for statement in _APPLY_ACTIONS.split(";"):
            self.db.execute_sql(statement)

    def list_differing(self) -> None:
        """Before the write: the copies kept as here (any merge), and on a team sync those
        changed on both sides, whichever won (`record_conflicts`)."""
        merge, source = self.owner, self.owner.rules.source
        for row, name, model_id, _ in merge.sql(
            _TARGETS_DIFFERING.format(kept=f"NOT {_TARGET_WINS}", changed="")
        ):
            merge.conflict(
                translate("store", "row {row}: the target of {name} on {model_id}").format(
                    row=row, name=name, model_id=model_id
                )
            )
        for row, name, title, _ in merge.sql(
            _ACTIONS_DIFFERING.format(kept=f"NOT {_ACTION_WINS}", changed="")
        ):
            merge.conflict(
                translate("store", "row {row}: {name}, action {title!r}").format(
                    row=row, name=name, title=title
                )
            )
        changed_here = merge.rules.changed_here
        if changed_here is None:
            return
        every = changed_here == "all"
        for _, name, model_id, wins in merge.sql(
            _TARGETS_DIFFERING.format(
                kept="true", changed="" if every else f"AND {_PENDING_TARGET}"
            )
        ):
            kept = (
                translate("store", "kept as {source}").format(source=source_text(source))
                if wins
                else translate("store", "kept as here")
            )
            merge.record_conflict(
                translate(
                    "store", "target of {name!r} on {model_id}: set here and {source}; {kept}"
                ).format(name=name, model_id=model_id, source=source_text(source), kept=kept)
            )
        for _, name, title, wins in merge.sql(
            _ACTIONS_DIFFERING.format(
                kept="true", changed="" if every else f"AND {_PENDING_ACTION}"
            )
        ):
            kept = (
                translate("store", "kept as {source}").format(source=source_text(source))
                if wins
                else translate("store", "kept as here")
            )
            merge.record_conflict(
                translate(
                    "store", "action {title!r} of {name!r}: edited here and {source}; {kept}"
                ).format(title=title, name=name, source=source_text(source), kept=kept)
            )

    def settle(self, before: int) -> None:
        """Team sync: what `_Merge.settle_pending` does for answers, for these two tables."""
        if self.empty:
            return
        if self.owner.rules.changed_here == "all":
            for sql in _PLAN_SAME_AS_SERVER:
                self.db.execute_sql(sql)
            return
        for sql in _PLAN_ECHOED:
            self.db.execute_sql(sql, (before,))

    def drop(self) -> None:
        self.db.execute_sql("DROP TABLE temp.merge_target")
        self.db.execute_sql("DROP TABLE temp.merge_action")
