"""The laptop's side of a team sync: merge what was pulled, give what to push, and record
where the store stands, all inside `Store.sync_transaction` (one write transaction).

The merge is the store's own (`store.merge`, the code a snapshot import runs), with the rules
of rows pulled from a team server (`MergeRules`). What changed here since the last sync is
read from `sync_pending`, which triggers fill (migration 0005), so that a sync with little to
do reads little, whatever the store's size.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from csmaturity_app.store import merge as merging
from csmaturity_app.store.clock import utc_now
from csmaturity_app.store.pulled_checks import PulledChecks, cleaned_rows
from csmaturity_app.store.synced import (
    ACTIONS,
    ANSWERS,
    ASSESSMENTS,
    MODEL_VERSIONS,
    ORGANIZATIONS,
    RESPONDENT_ANSWERS,
    RESPONDENTS,
    TARGETS,
    TOMBSTONES,
    AnswerConflict,
    AnswerSide,
    SyncedTable,
    SyncState,
)

if TYPE_CHECKING:
    from csmaturity_app.store.store import Store

Row = tuple[object, ...]


@dataclass
class PulledOutcome:
    """What merging the pulled rows did here."""

    merge: merging.MergeOutcome
    # answers changed here and on the server since the last sync: both copies, the winner
    conflicts: list[AnswerConflict] = field(default_factory=list)
    # changes made here to records the server deleted (lost: the deletion wins)
    dropped_here: int = 0
    # rows pulled for records deleted here (the deletion is sent instead)
    dropped_pulled: int = 0

    @property
    def dropped_by_deletion(self) -> int:
        return self.dropped_here + self.dropped_pulled


@dataclass
class PushRows:
    """The rows to send, per table, each a tuple in `SYNCED_TABLES` column order. `answers`
    streams (read while the transaction is open); `count` is known before."""

    model_versions: list[Row]
    organizations: list[Row]
    assessments: list[Row]
    answers: Iterator[Row]
    tombstones: list[Row]
    count: int
    respondents: list[Row] = field(default_factory=list)
    respondent_answers: list[Row] = field(default_factory=list)
    targets: list[Row] = field(default_factory=list)
    actions: list[Row] = field(default_factory=list)

    def of(self, table: str) -> Iterable[Row]:
        """The rows of one synced table, by its name (`SyncedTable.name`)."""
        return {
            MODEL_VERSIONS.name: self.model_versions,
            ORGANIZATIONS.name: self.organizations,
            ASSESSMENTS.name: self.assessments,
            ANSWERS.name: self.answers,
            RESPONDENTS.name: self.respondents,
            RESPONDENT_ANSWERS.name: self.respondent_answers,
            TARGETS.name: self.targets,
            ACTIONS.name: self.actions,
            TOMBSTONES.name: self.tombstones,
        }[table]


_STATE = (
    "SELECT server_id, server_url, pulled_seq, synced_at, last_sent, last_received, "
    "last_conflicts, server_mark FROM sync_state"
)
_CONFLICT_COLUMNS = (
    "organization, assessed_on, assessment_id, criterion_id, here_score, here_not_applicable, "
    "here_notes, here_updated_at, server_score, server_not_applicable, server_notes, "
    "server_updated_at, winner"
)


def read_state(connection: sqlite3.Connection) -> SyncState:
    (pending,) = connection.execute("SELECT count(*) FROM sync_pending").fetchone()
    row = connection.execute(_STATE).fetchone()
    if row is None:
        return SyncState(None, "", 0, "", pending)
    server_id, url, pulled_seq, synced_at, sent, received, conflicts, mark = row
    return SyncState(
        server_id, url, pulled_seq, synced_at, pending, sent, received, conflicts, mark
    )


def read_conflicts(connection: sqlite3.Connection) -> list[AnswerConflict]:
    rows = connection.execute(f"SELECT {_CONFLICT_COLUMNS} FROM sync_conflict ORDER BY position")
    return [
        AnswerConflict(
            org,
            assessed_on,
            assessment_id,
            criterion_id,
            AnswerSide(h_score, bool(h_na), h_notes, h_at),
            AnswerSide(s_score, bool(s_na), s_notes, s_at),
            winner,
        )
        for (
            org,
            assessed_on,
            assessment_id,
            criterion_id,
            h_score,
            h_na,
            h_notes,
            h_at,
            s_score,
            s_na,
            s_notes,
            s_at,
            winner,
        ) in rows
    ]


def _columns(table: SyncedTable, alias: str) -> str:
    return ", ".join(f"{alias}.{c}" for c in table.columns)


def _same(table: SyncedTable) -> str:
    """Whether the row `r` of `table` is one a merge found equal to the server's copy."""
    second = f"r.{table.key[1]}" if len(table.key) > 1 else "''"
    return (
        f"SELECT 1 FROM temp.sync_same AS x WHERE x.tbl = '{table.name}' "
        f"AND x.key1 = r.{table.key[0]} AND x.key2 = {second}"
    )


def _pending(table: SyncedTable) -> str:
    """The current rows of `table` named by `sync_pending`: the pending entries drive the
    read (CROSS JOIN keeps them outside), each row found by its key."""
    keys = ("key1", "key2")
    on = " AND ".join(f"r.{k} = p.{keys[i]}" for i, k in enumerate(table.key))
    return (
        f"SELECT {_columns(table, 'r')} FROM sync_pending AS p CROSS JOIN {table.name} AS r "
        f"ON {on} WHERE p.tbl = '{table.name}' ORDER BY p.seq"
    )


# An assessment is sent when its own columns changed, or one of its answers did (an answer
# moves its assessment's `updated_at` without a pending entry of its own: see 0005).
_PENDING_ASSESSMENTS = (
    f"SELECT {_columns(ASSESSMENTS, 'r')} FROM "
    "(SELECT DISTINCT key1 FROM sync_pending WHERE tbl IN ('assessment', 'answer')) AS p "
    "CROSS JOIN assessment AS r ON r.id = p.key1"
)
_PENDING_ANSWER_COUNT = (
    "SELECT count(*) FROM sync_pending AS p CROSS JOIN answer AS r "
    "ON r.assessment_id = p.key1 AND r.criterion_id = p.key2 WHERE p.tbl = 'answer'"
)


class LocalSync:
    """The laptop's side of one sync, inside `Store.sync_transaction` (its only way in)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._connection = store.db.connection()

    def state(self) -> SyncState:
        return read_state(self._connection)

    def merge_pulled(
        self,
        server_id: str,
        organizations: Sequence[Row],
        model_versions: Sequence[Row],
        assessments: Sequence[Row],
        answers: Iterable[Row],
        tombstones: Sequence[Row],
        accept_future: bool = False,
        everything: bool | None = None,
        respondents: Sequence[Row] = (),
        respondent_answers: Sequence[Row] = (),
        targets: Sequence[Row] = (),
        actions: Sequence[Row] = (),
    ) -> PulledOutcome:
        """Merge the server's rows (tuples in `SYNCED_TABLES` column order, flags 0 / 1;
        `answers` streamed) by the one rule (`store.merge`): newest wins, ties to the larger
        values, deletion wins. A first sync (`everything`; by default, a server other than the
        last one; also a server restored from a backup, which keeps its id) counts every row
        here as changed here, deletions included.

        Every row is checked first (`pulled_checks`): a bad one raises `PulledRowError`, as
        do rows stamped more than a day ahead of this clock unless `accept_future`."""
        # Text is staged cleaned of noncharacters (model definitions are not: their digest
        # is of their text); answers are cleaned as they stream by (`PulledChecks.answers`).
        organizations, assessments = cleaned_rows(organizations), cleaned_rows(assessments)
        respondents = cleaned_rows(respondents)
        respondent_answers = cleaned_rows(respondent_answers)
        targets, actions = cleaned_rows(targets), cleaned_rows(actions)
        first = self.state().server_id != server_id if everything is None else everything
        checked = PulledChecks(self._store, self._connection, first)
        checked.check_records(organizations, model_versions, assessments, tombstones)
        checked.check_respondents(respondents, respondent_answers)
        checked.check_plan(targets, actions, {str(r[0]) for r in organizations})
        answers = checked.answers(answers, accept_future)
        incoming = merging.Incoming(
            organizations={
                str(r[0]): merging.IncomingOrganization(*r)  # type: ignore[arg-type]
                for r in organizations
            },
            model_versions={
                str(r[0]): merging.IncomingModelVersion(*r)  # type: ignore[arg-type]
                for r in model_versions
            },
            assessments={str(r[0]): _assessment(r) for r in assessments},
            tombstones=[(str(k), str(i), str(at)) for k, i, at in tombstones],
            respondents={
                str(r[0]): merging.IncomingRespondent(0, *r)  # type: ignore[arg-type]
                for r in respondents
            },
            ratings=[
                merging.IncomingRating(n, *r)  # type: ignore[arg-type]
                for n, r in enumerate(respondent_answers, 1)
            ],
            targets={
                (str(r[0]), str(r[1])): merging.IncomingTarget(n, *r)  # type: ignore[arg-type]
                for n, r in enumerate(targets, 1)
            },
            actions={
                str(r[0]): merging.IncomingAction(n, *r)  # type: ignore[arg-type]
                for n, r in enumerate(actions, 1)
            },
        )

        def staged() -> Iterator[merging.IncomingAnswer]:
            for n, r in enumerate(answers, 1):
                incoming.rows = n
                yield merging.IncomingAnswer(n, *r)  # type: ignore[arg-type]

        rules = merging.MergeRules(
            carries_trash=True,
            changed_here="all" if first else "pending",
            source="on the team server",
        )
        outcome = merging.merge(self._store, incoming, staged(), rules=rules)
        outcome.future_rows, outcome.latest_future = checked.future.rows, checked.future.latest
        return PulledOutcome(
            outcome,
            outcome.answer_conflicts,
            outcome.dropped_here,
            outcome.dropped_from_source,
        )

    def rows_to_push(self, everything: bool) -> PushRows:
        """The rows changed here since the last sync (read through `sync_pending` only), or
        every row (a first sync with this server)."""
        connection = self._connection

        def rows(sql: str) -> list[Row]:
            return connection.execute(sql).fetchall()

        if everything:
            # but the rows a merge found equal to the server's copy
            connection.execute(merging.SAME_AS_SERVER)
            every = {
                t.name: f"SELECT {_columns(t, 'r')} FROM {t.name} AS r WHERE NOT EXISTS "
                f"({_same(t)})"
                for t in _TABLES
            }
            answers_sql = every["answer"]
            (answers,) = rows(
                f"SELECT count(*) FROM answer AS r WHERE NOT EXISTS ({_same(ANSWERS)})"
            )[0]
            assessments = rows(every["assessment"])
        else:
            every = {t.name: _pending(t) for t in _TABLES}
            answers_sql, (answers,) = every["answer"], rows(_PENDING_ANSWER_COUNT)[0]
            assessments = rows(_PENDING_ASSESSMENTS)
        push = PushRows(
            model_versions=rows(every["model_version"]),
            organizations=rows(every["organization"]),
            assessments=assessments,
            answers=iter(connection.execute(answers_sql)),
            tombstones=rows(every["tombstone"]),
            count=0,
            respondents=rows(every["respondent"]),
            respondent_answers=rows(every["respondent_answer"]),
            targets=rows(every["target"]),
            actions=rows(every["action"]),
        )
        push.count = (
            len(push.model_versions)
            + len(push.organizations)
            + len(push.assessments)
            + int(answers)  # type: ignore[call-overload]
            + len(push.tombstones)
            + len(push.respondents)
            + len(push.respondent_answers)
            + len(push.targets)
            + len(push.actions)
        )
        return push

    def finish(
        self,
        server_id: str,
        server_url: str,
        pulled_seq: int,
        sent: int,
        received: int,
        conflicts: Sequence[AnswerConflict],
        mark: str = "",
    ) -> None:
        """Record the sync: nothing is pending any more (the write lock is held throughout,
        so nothing else changed meanwhile), where the server was pulled up to (and the
        server's `mark` of it), and the conflicts, replacing the last sync's."""
        connection = self._connection
        connection.execute("DELETE FROM sync_pending")
        connection.execute("DROP TABLE IF EXISTS temp.sync_same")
        connection.execute(
            "INSERT OR REPLACE INTO sync_state (one, server_id, server_url, pulled_seq, "
            "synced_at, last_sent, last_received, last_conflicts, pending_seq, server_mark) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
            (server_id, server_url, pulled_seq, utc_now(), sent, received, len(conflicts), mark),
        )
        connection.execute("DELETE FROM sync_conflict")
        connection.executemany(
            f"INSERT INTO sync_conflict ({_CONFLICT_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.organization,
                    c.assessed_on,
                    c.assessment_id,
                    c.criterion_id,
                    c.here.score,
                    c.here.not_applicable,
                    c.here.notes,
                    c.here.updated_at,
                    c.server.score,
                    c.server.not_applicable,
                    c.server.notes,
                    c.server.updated_at,
                    c.winner,
                )
                for c in conflicts
            ],
        )


_TABLES = (
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


def _assessment(row: Row) -> merging.IncomingAssessment:
    (
        id_,
        organization_id,
        model_version_id,
        assessed_on,
        assessor,
        status,
        created_at,
        updated_at,
        position,
        carried_from,
    ) = row
    return merging.IncomingAssessment(
        id=str(id_),
        organization_id=str(organization_id),
        model_digest=str(model_version_id),
        assessed_on=str(assessed_on),
        assessor=str(assessor),
        status=str(status),
        created_at=str(created_at),
        updated_at=str(updated_at),
        row=0,
        carried_from=None if carried_from is None else str(carried_from),
        position=str(position),
    )
