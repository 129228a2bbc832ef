"""The local SQLite store (peewee): opening, migrations, and the `Store` facade. No Qt."""

from csmaturity_app.store.errors import (
    CorruptStoreError,
    InvalidAnswerError,
    LockedStoreError,
    NewerStoreError,
    NotAStoreError,
    NotFoundError,
    ReadOnlyStoreError,
    StoreError,
)
from csmaturity_app.store.records import (
    AnswerRecord,
    AssessmentRecord,
    OrganizationRecord,
    OrganizationSummary,
)
from csmaturity_app.store.store import PeerScores, Store

__all__ = [
    "AnswerRecord",
    "AssessmentRecord",
    "CorruptStoreError",
    "InvalidAnswerError",
    "LockedStoreError",
    "NewerStoreError",
    "NotAStoreError",
    "NotFoundError",
    "OrganizationRecord",
    "OrganizationSummary",
    "PeerScores",
    "ReadOnlyStoreError",
    "Store",
    "StoreError",
]
