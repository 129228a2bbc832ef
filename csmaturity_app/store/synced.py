"""What a team sync carries of the store: each synced table, its columns in the order rows
travel (to and from the team server), and its key.

One list for both directions and both back ends: the server's tables are made from the same
peewee definitions (`team_tables`), and a table a later feature adds to the store is synced
by adding it here (and to the merge).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyncedTable:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    # Columns PostgreSQL holds as BOOLEAN and SQLite as 0 / 1: rows carry them as 0 / 1.
    flags: tuple[str, ...] = ()

    def index(self, column: str) -> int:
        return self.columns.index(column)


ORGANIZATIONS = SyncedTable(
    "organization", ("id", "name", "created_at", "updated_at", "deleted_at"), ("id",)
)
MODEL_VERSIONS = SyncedTable(
    "model_version",
    ("id", "model_id", "version", "title", "definition", "created_at"),
    ("id",),
)
ASSESSMENTS = SyncedTable(
    "assessment",
    (
        "id",
        "organization_id",
        "model_version_id",
        "assessed_on",
        "assessor",
        "status",
        "created_at",
        "updated_at",
        "position",
        "carried_from",
    ),
    ("id",),
)
ANSWERS = SyncedTable(
    "answer",
    (
        "assessment_id",
        "criterion_id",
        "score",
        "not_applicable",
        "notes",
        "updated_at",
        "needs_review",
        "from_respondents",
        "private_notes",
        "private_notes_at",
    ),
    ("assessment_id", "criterion_id"),
    flags=("not_applicable", "needs_review", "from_respondents"),
)
# The people who rate an assessment, and their own ratings (`store.respondents`). What was
# last collected from a respondent travels too, so that the same fill collected on another
# laptop changes nothing there either.
RESPONDENTS = SyncedTable(
    "respondent",
    (
        "id",
        "assessment_id",
        "name",
        "role",
        "position",
        "created_at",
        "updated_at",
        "collected_at",
        "collected_digest",
    ),
    ("id",),
)
RESPONDENT_ANSWERS = SyncedTable(
    "respondent_answer",
    ("respondent_id", "criterion_id", "score", "not_applicable", "notes", "updated_at"),
    ("respondent_id", "criterion_id"),
    flags=("not_applicable",),
)
# An organization's targets and its roadmap (`store.plan`). A cleared target keeps its row
# (no stage), so that the clearing travels as a change; a deleted action leaves a tombstone.
TARGETS = SyncedTable(
    "target",
    ("organization_id", "model_id", "stage_level", "due_on", "created_at", "updated_at"),
    ("organization_id", "model_id"),
)
ACTIONS = SyncedTable(
    "action",
    (
        "id",
        "organization_id",
        "model_id",
        "criterion_id",
        "title",
        "owner",
        "due_on",
        "status",
        "notes",
        "private_notes",
        "position",
        "source_assessment_id",
        "since",
        "created_at",
        "updated_at",
        "private_notes_at",
    ),
    ("id",),
)
# A record deleted for good (an organization whose trash was emptied, an assessment deleted,
# a respondent removed, an action deleted): `kind` is the table it was deleted from.
# Deleting it deletes what hangs on it.
TOMBSTONES = SyncedTable("tombstone", ("kind", "id", "deleted_at"), ("kind", "id"))

# In the order rows are written: what a row refers to comes before it.
SYNCED_TABLES = (
    MODEL_VERSIONS,
    ORGANIZATIONS,
    ASSESSMENTS,
    ANSWERS,
    RESPONDENTS,
    RESPONDENT_ANSWERS,
    TARGETS,
    ACTIONS,
    TOMBSTONES,
)


@dataclass(frozen=True)
class AnswerSide:
    """One side's copy of an answer in a sync conflict."""

    score: int | None
    not_applicable: bool
    notes: str
    updated_at: str


@dataclass(frozen=True)
class AnswerConflict:
    """An answer changed both here and on the team server since the last sync: both copies,
    and which one the merge kept (`winner`: "here" or "server"; newest `updated_at` wins)."""

    organization: str
    assessed_on: str
    assessment_id: str
    criterion_id: str
    here: AnswerSide
    server: AnswerSide
    winner: str


@dataclass(frozen=True)
class SyncState:
    """Where this store stands with its team server (`Store.sync_state`)."""

    server_id: str | None  # None: never synced
    server_url: str  # as the person gave it, without any password; "" when never synced
    pulled_seq: int  # the server's change sequence this store has pulled up to
    synced_at: str  # when the last sync was committed here ("" when never)
    pending: int  # local changes made since the last sync (rows), waiting to be sent
    last_sent: int = 0
    last_received: int = 0
    last_conflicts: int = 0
    # The server's mark of the last sync this store saw (`sync_mark` on the server): gone from
    # a server restored from a backup taken before it.
    server_mark: str = ""

    @property
    def ever_synced(self) -> bool:
        return self.server_id is not None
