"""The local SQLite store (peewee): opening, migrations, and the `Store` facade. No Qt.

Code outside the store imports this package (and `store.errors`) only, never its modules:
the import-linter contract "Only the store's public face" checks it.
"""

# First, before any module of the store imports peewee.
from csmaturity_app.store import lean_peewee  # noqa: F401

# isort: split
from csmaturity_app.store.carrying import CarriedAnswer, carried_answers, carry_forward_target
from csmaturity_app.store.clock import FUTURE_ALLOWANCE, future_limit, parse_date
from csmaturity_app.store.errors import (
    CorruptStoreError,
    DiskFullError,
    FutureRowsError,
    InvalidAnswerError,
    InvalidStatusError,
    LockedStoreError,
    MissingStoreError,
    NewerStoreError,
    NotAStoreError,
    NotFoundError,
    PulledRowError,
    ReadOnlyStoreError,
    StoreError,
    StoreGoneError,
    UnreadableModelError,
)
from csmaturity_app.store.integrity import BackgroundCheck
from csmaturity_app.store.local_sync import LocalSync, PulledOutcome, PushRows
from csmaturity_app.store.merge import (
    Counts,
    Incoming,
    IncomingAnswer,
    IncomingAssessment,
    IncomingModelVersion,
    IncomingOrganization,
    MergeOutcome,
    MergeRefused,
)
from csmaturity_app.store.opening import (
    APPLICATION_ID,
    DEFAULT_BUSY_TIMEOUT_MS,
    newest_schema_version,
)
from csmaturity_app.store.records import (
    STATUSES,
    AnswerRecord,
    AssessmentRecord,
    DeletedAssessment,
    OrganizationRecord,
    OrganizationSummary,
    ScoredRecord,
    SnapshotAssessment,
    score_records,
)
from csmaturity_app.store.row_checks import (
    AnswerRules,
    RowProblem,
    carried_model,
    check_answer_state,
    check_date,
    check_digest,
    check_id,
    check_stamp,
    check_status,
    check_text,
    stamp_of,
)
from csmaturity_app.store.store import Store
from csmaturity_app.store.summary import ResultSummary
from csmaturity_app.store.synced import (
    SYNCED_TABLES,
    AnswerConflict,
    AnswerSide,
    SyncedTable,
    SyncState,
)
from csmaturity_app.store.team_tables import team_table_sql
from csmaturity_app.store.text import (
    CONTROL,
    MAX_ASSESSOR,
    MAX_NAME,
    MAX_NOTES,
    checked_assessor,
    checked_name,
    checked_notes,
    clean_name,
    name_key,
    without_controls,
)

__all__ = [
    "APPLICATION_ID",
    "CONTROL",
    "DEFAULT_BUSY_TIMEOUT_MS",
    "FUTURE_ALLOWANCE",
    "MAX_ASSESSOR",
    "MAX_NAME",
    "MAX_NOTES",
    "STATUSES",
    "SYNCED_TABLES",
    "AnswerConflict",
    "AnswerRecord",
    "AnswerRules",
    "AnswerSide",
    "AssessmentRecord",
    "BackgroundCheck",
    "CarriedAnswer",
    "CorruptStoreError",
    "Counts",
    "DeletedAssessment",
    "DiskFullError",
    "FutureRowsError",
    "Incoming",
    "IncomingAnswer",
    "IncomingAssessment",
    "IncomingModelVersion",
    "IncomingOrganization",
    "InvalidAnswerError",
    "InvalidStatusError",
    "LocalSync",
    "LockedStoreError",
    "MergeOutcome",
    "MergeRefused",
    "MissingStoreError",
    "NewerStoreError",
    "NotAStoreError",
    "NotFoundError",
    "OrganizationRecord",
    "OrganizationSummary",
    "PulledOutcome",
    "PulledRowError",
    "PushRows",
    "ReadOnlyStoreError",
    "ResultSummary",
    "RowProblem",
    "ScoredRecord",
    "SnapshotAssessment",
    "Store",
    "StoreError",
    "StoreGoneError",
    "SyncState",
    "SyncedTable",
    "UnreadableModelError",
    "carried_answers",
    "carried_model",
    "carry_forward_target",
    "check_answer_state",
    "check_date",
    "check_digest",
    "check_id",
    "check_stamp",
    "check_status",
    "check_text",
    "checked_assessor",
    "checked_name",
    "checked_notes",
    "clean_name",
    "future_limit",
    "name_key",
    "newest_schema_version",
    "parse_date",
    "score_records",
    "stamp_of",
    "team_table_sql",
    "without_controls",
]
