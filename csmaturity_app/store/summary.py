"""The stored summary of results: each assessment's placed stage and maturity index, kept in
`assessment_result` so that the organizations list, `csmaturity orgs` and the peers read a
row per assessment instead of scoring all its answers.

A row is used only while its stamp matches the assessment: the same `updated_at` and model
version, and the same `SCORING`. Every writer of answers or status goes through
`Store._answers_changed`, which deletes the row in its transaction; the stamp also guards
against a writer that did not (another program editing the file). Rows are filled lazily: a
read that finds some missing or stale scores those and writes them back in a short write of
its own, which is skipped, never an error, when the store is locked or read-only.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import PeeweeException, SqliteDatabase

from csmaturity_app.maturity import AssessmentResult
from csmaturity_app.store.cipher import driver_errors
from csmaturity_app.store.errors import StoreError

# The version of the scoring rule the rows were computed with: raise it when scoring changes
# what it gives for the same answers, and every stored row becomes stale. 2: a definition
# posing as a shipped model is no longer scored (rows kept for one by version 1 would be).
SCORING = 2


@dataclass(frozen=True)
class ResultSummary:
    """What lists show of an assessment's results."""

    placed_level: int
    placed_label: str
    maturity_index: float
    answered: int
    total: int

    @property
    def readable(self) -> bool:
        """False for an assessment whose model definition cannot be read (`UNREADABLE`)."""
        return self.placed_level >= 0

    @classmethod
    def of(cls, result: AssessmentResult) -> ResultSummary:
        return cls(
            result.placed_level,
            result.placed_label,
            result.maturity_index,
            result.answered,
            result.total,
        )


# What lists show of an assessment whose stored model definition cannot be read: a word, not
# a crash; no index (NaN: never a figure to compare or average).
UNREADABLE = ResultSummary(-1, "unreadable model", float("nan"), 0, 0)


def fresh_join(a: str, r: str = "r") -> str:
    """SQL joining `assessment_result AS r` to the assessment aliased `a`: its row if fresh,
    else NULLs."""
    return (
        f"LEFT JOIN assessment_result AS {r} ON {r}.assessment_id = {a}.id "
        f"AND {r}.assessment_updated_at = {a}.updated_at "
        f"AND {r}.model_version_id = {a}.model_version_id AND {r}.scoring = {SCORING}"
    )


def columns(r: str = "r") -> str:
    """The summary's columns of `fresh_join`, in `ResultSummary`'s order."""
    return f"{r}.placed_level, {r}.placed_label, {r}.maturity_index, {r}.answered, {r}.total"


FORGET = "DELETE FROM assessment_result WHERE assessment_id = ?"
# A change that leaves the results as they were (the wizard's page) moves the assessment's
# stamp: a row fresh before it is restamped with it (new stamp, id, old stamp).
RESTAMP = (
    "UPDATE assessment_result SET assessment_updated_at = ? "
    "WHERE assessment_id = ? AND assessment_updated_at = ?"
)
_WRITE = (
    "INSERT OR REPLACE INTO assessment_result (assessment_id, model_version_id, "
    "assessment_updated_at, scoring, placed_level, placed_label, maturity_index, answered, "
    f"total) VALUES (?, ?, ?, {SCORING}, ?, ?, ?, ?, ?)"
)


def write_back(
    db: SqliteDatabase,
    scored: list[tuple[str, str, str, ResultSummary]],
    data_version: int,
    busy_timeout_ms: int,
) -> bool:
    """Keep summaries just scored: (assessment id, model version, updated_at read, summary),
    from what was read when the connection's `PRAGMA data_version` was `data_version`.

    A short transaction of its own that waits for no lock: a read must not fail or stall for
    a cache. Skipped inside a transaction (a write that may yet roll back, or a read that
    must see one moment), and when another connection has committed since the read: its
    change may have dropped these rows without moving the stamp (a merge keeps the newest
    `updated_at` of two stores). Returns whether they were written.
    """
    connection = db.connection()
    if not scored or connection.in_transaction:
        return False
    rows = [
        (
            assessment_id,
            digest,
            updated_at,
            s.placed_level,
            s.placed_label,
            s.maturity_index,
            s.answered,
            s.total,
        )
        for assessment_id, digest, updated_at, s in scored
        if s.readable
    ]
    connection.execute("PRAGMA busy_timeout = 0")
    failures: tuple[type[BaseException], ...] = (*driver_errors(), PeeweeException, StoreError)
    try:
        with db.atomic():
            if connection.execute("PRAGMA data_version").fetchone()[0] != data_version:
                return False
            # Stamped with what was scored: should the assessment change meanwhile, the stamp
            # no longer matches and the row is never used. One deleted meanwhile fails its
            # foreign key, and the rows are not kept, which costs only a later scoring.
            connection.executemany(_WRITE, rows)
        return True
    except failures:  # nothing is written
        return False
    finally:
        connection.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
