"""Reading changed rows from the team server and writing a laptop's rows to it: the SQL, made
from `SYNCED_TABLES` so that a table added there travels without new code here.

The server never compares timestamps: the laptop has already merged (newest wins) what it
pulled under the sync lock, so what it sends is the winner of each row. The server skips a
row equal to its own, so sending the same rows twice (a sync cut off after the server
committed, then run again) changes nothing and counts nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import psycopg
from psycopg import sql

from csmaturity_app.store import SYNCED_TABLES, SyncedTable

SCHEMA = "csmaturity"
TOMBSTONE = next(t for t in SYNCED_TABLES if t.name == "tombstone")
RECORDS = tuple(t for t in SYNCED_TABLES if t is not TOMBSTONE)
# Only records with an id of their own can be deleted for good (their rows hang on them).
DELETABLE = frozenset({"organization", "assessment", "respondent", "action"})
_FETCH = 10_000
Row = tuple[Any, ...]


def _table(table: SyncedTable) -> sql.Composed:
    return sql.SQL("{}.{}").format(sql.Identifier(SCHEMA), sql.Identifier(table.name))


def _columns(table: SyncedTable, prefix: str = "") -> sql.Composed:
    if prefix:
        return sql.SQL(", ").join(sql.SQL(prefix + ".") + sql.Identifier(c) for c in table.columns)
    return sql.SQL(", ").join(sql.Identifier(c) for c in table.columns)


def _as_stored(table: SyncedTable) -> Callable[[Row], Row]:
    """Rows as the laptop's store holds them: PostgreSQL's booleans as 0 / 1."""
    flags = [table.index(c) for c in table.flags]
    if not flags:
        return lambda row: row

    def convert(row: Row) -> Row:
        values = list(row)
        for i in flags:
            if values[i] is not None:
                values[i] = int(values[i])
        return tuple(values)

    return convert


class Pulled:
    """The rows changed on the server since a watermark: the few kinds in lists, the answers
    as a stream (a first pull may bring a million)."""

    def __init__(self, conn: psycopg.Connection, since: int) -> None:
        self.conn = conn
        self.since = since
        self.newest = since  # the largest change_seq seen
        self.rows = 0
        self.lists: dict[str, list[Row]] = {}

    def newest_on_server(self) -> int:
        """The largest change number the server holds: below this laptop's watermark only when
        the server went back in time (restored from a backup)."""
        newest = sql.SQL(" UNION ALL ").join(
            sql.SQL("SELECT max(change_seq) FROM {}").format(_table(t)) for t in SYNCED_TABLES
        )
        row = self.conn.execute(
            sql.SQL("SELECT coalesce(max(m), 0) FROM ({}) AS n (m)").format(newest)
        ).fetchone()
        return int(row[0]) if row else 0

    def fetch_small(self) -> None:
        for table in SYNCED_TABLES:
            if table.name == "answer":
                continue
            query = sql.SQL(
                "SELECT {columns}, change_seq FROM {table} WHERE change_seq > %s "
                "ORDER BY change_seq"
            ).format(columns=_columns(table), table=_table(table))
            convert = _as_stored(table)
            rows = []
            for *row, seq in self.conn.execute(query, (self.since,)):
                rows.append(convert(tuple(row)))
                self.newest = max(self.newest, seq)
            self.rows += len(rows)
            self.lists[table.name] = rows

    def count_answers(self) -> int:
        row = self.conn.execute(
            sql.SQL("SELECT count(*) FROM {} WHERE change_seq > %s").format(_table(_answers())),
            (self.since,),
        ).fetchone()
        return int(row[0]) if row else 0

    def answers(self, report: Callable[[int], None]) -> Iterator[Row]:
        """The changed answers, streamed by a server-side cursor (inside the transaction)."""
        table = _answers()
        convert = _as_stored(table)
        query = sql.SQL("SELECT {columns}, change_seq FROM {table} WHERE change_seq > %s").format(
            columns=_columns(table), table=_table(table)
        )
        with self.conn.cursor(name="csmaturity_pull_answers") as cursor:
            cursor.itersize = _FETCH
            cursor.execute(query, (self.since,))
            done = 0
            for *row, seq in cursor:
                if seq > self.newest:
                    self.newest = seq
                done += 1
                if done % _FETCH == 0:
                    report(done)
                yield convert(tuple(row))
            self.rows += done
            report(done)


def _answers() -> SyncedTable:
    return next(t for t in SYNCED_TABLES if t.name == "answer")


class Pushed:
    """What the server took of the rows sent: how many changed there, and the largest
    change_seq they were given."""

    def __init__(self) -> None:
        self.changed = 0
        self.newest = 0

    def add(self, count: int, newest: int | None) -> None:
        self.changed += count
        if newest is not None and newest > self.newest:
            self.newest = newest


def push_rows(
    conn: psycopg.Connection,
    table: SyncedTable,
    rows: Iterable[Row],
    pushed: Pushed,
    report: Callable[[int], None],
) -> int:
    """COPY the rows into a temporary table, then upsert them into the server's table in one
    statement; rows equal to the server's are left alone (their change_seq too). Returns how
    many rows were sent."""
    stage = sql.Identifier(f"push_{table.name}")
    conn.execute(
        sql.SQL(
            "CREATE TEMP TABLE IF NOT EXISTS {stage} ON COMMIT DROP AS "
            "SELECT {columns} FROM {table} WITH NO DATA"
        ).format(stage=stage, columns=_columns(table), table=_table(table))
    )
    conn.execute(sql.SQL("TRUNCATE {}").format(stage))
    flags = [table.index(c) for c in table.flags]
    done = 0
    with conn.cursor().copy(
        sql.SQL("COPY {stage} ({columns}) FROM STDIN").format(stage=stage, columns=_columns(table))
    ) as copy:
        for row in rows:
            if flags:
                values = list(row)
                for i in flags:
                    if values[i] is not None:
                        values[i] = bool(values[i])
                row = tuple(values)
            copy.write_row(row)
            done += 1
            if done % _FETCH == 0:
                report(done)
    report(done)
    if not done:
        return 0
    keys = sql.SQL(", ").join(sql.Identifier(k) for k in table.key)
    others = [c for c in table.columns if c not in table.key]
    on_conflict: sql.Composable
    if table.name == "model_version":  # a version never changes under its digest
        on_conflict = sql.SQL("DO NOTHING")
    else:
        on_conflict = sql.SQL(
            "DO UPDATE SET {sets} WHERE ({mine}) IS DISTINCT FROM ({theirs})"
        ).format(
            sets=sql.SQL(", ").join(
                sql.SQL("{c} = excluded.{c}").format(c=sql.Identifier(c)) for c in others
            ),
            mine=sql.SQL(", ").join(sql.SQL("t.") + sql.Identifier(c) for c in others),
            theirs=sql.SQL(", ").join(sql.SQL("excluded.") + sql.Identifier(c) for c in others),
        )
    taken = conn.execute(
        sql.SQL(
            "WITH taken AS (INSERT INTO {table} AS t ({columns}) "
            "SELECT {columns} FROM {stage} ON CONFLICT ({keys}) {on_conflict} "
            "RETURNING t.change_seq) SELECT count(*), max(change_seq) FROM taken"
        ).format(
            table=_table(table),
            columns=_columns(table),
            stage=stage,
            keys=keys,
            on_conflict=on_conflict,
        )
    ).fetchone()
    if taken:
        pushed.add(int(taken[0]), taken[1])
    return done


def push_tombstones(conn: psycopg.Connection, tombstones: Iterable[Row], pushed: Pushed) -> None:
    """Delete each record (what hangs on it goes with it) and record its tombstone, once."""
    for kind, record_id, deleted_at in tombstones:
        if kind not in DELETABLE:
            continue
        conn.execute(
            sql.SQL("DELETE FROM {} WHERE id = %s").format(
                sql.SQL("{}.{}").format(sql.Identifier(SCHEMA), sql.Identifier(kind))
            ),
            (record_id,),
        )
        row = conn.execute(
            sql.SQL(
                "INSERT INTO {} (kind, id, deleted_at) VALUES (%s, %s, %s) "
                "ON CONFLICT (kind, id) DO NOTHING RETURNING change_seq"
            ).format(_table(TOMBSTONE)),
            (kind, record_id, deleted_at),
        ).fetchone()
        if row:
            pushed.add(1, row[0])


_MARKS = sql.SQL("{}.{}").format(sql.Identifier(SCHEMA), sql.Identifier("sync_mark"))


def mark_lost(conn: psycopg.Connection, token: str) -> bool:
    """Whether the server no longer has the mark of a sync this laptop saw: restored from a
    backup taken before it (whatever change numbers it has given out since)."""
    if not token:
        return False
    row = conn.execute(sql.SQL("SELECT 1 FROM {} WHERE token = %s").format(_MARKS), (token,))
    return row.fetchone() is None


def mark(conn: psycopg.Connection, seq: int, changed: bool) -> str:
    """The mark this laptop remembers of the sync: a new one when it changed the server (at the
    change number it ended at), else the newest the server has up to `seq` ("" for none)."""
    if changed:
        token = str(uuid.uuid4())
        conn.execute(
            sql.SQL("INSERT INTO {} (token, seq) VALUES (%s, %s)").format(_MARKS), (token, seq)
        )
        return token
    row = conn.execute(
        sql.SQL("SELECT token FROM {} WHERE seq <= %s ORDER BY seq DESC LIMIT 1").format(_MARKS),
        (seq,),
    ).fetchone()
    return str(row[0]) if row else ""
