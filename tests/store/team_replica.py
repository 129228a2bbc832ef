"""A team server in memory, for the store's own tests of sync: a replica with a change
sequence that never compares timestamps, as the real one (`csmaturity_app.sync`) behaves,
and `sync`, the order of a real sync (pull, merge, push, finish) in the laptop's one
transaction. The tests against a real PostgreSQL server live in tests/sync/."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from csmaturity_app.store import SYNCED_TABLES, PulledOutcome, PushRows, Store

Row = tuple[object, ...]
_TABLES = {t.name: t for t in SYNCED_TABLES}
# What hangs on what: a deleted record takes these with it (the server's cascades).
_PARENT = {"assessment": ("organization", 1), "answer": ("assessment", 0)}


@dataclass
class TeamReplica:
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    seq: int = 0
    # table -> key -> (row, change_seq)
    rows: dict[str, dict[tuple[object, ...], tuple[Row, int]]] = field(
        default_factory=lambda: {name: {} for name in _TABLES}
    )

    def key(self, table: str, row: Row) -> tuple[object, ...]:
        t = _TABLES[table]
        return tuple(row[t.index(c)] for c in t.key)

    def pull(self, since: int) -> dict[str, list[Row]]:
        return {
            name: [row for row, seq in sorted(held.values(), key=lambda r: r[1]) if seq > since]
            for name, held in self.rows.items()
        }

    def put(self, table: str, row: Row) -> bool:
        """An upsert that skips a row equal to the one held (`IS DISTINCT FROM`)."""
        row = tuple(int(v) if isinstance(v, bool) else v for v in row)
        key = self.key(table, row)
        held = self.rows[table].get(key)
        if held is not None and held[0] == row:
            return False
        self.seq += 1
        self.rows[table][key] = (row, self.seq)
        if held is None and table in ("organization", "assessment"):
            self.rows["tombstone"].pop((table, key[0]), None)  # put back: alive again
        return True

    def delete(self, table: str, record_id: object) -> None:
        """Delete a record and, cascading, what hangs on it."""
        self.rows[table].pop((record_id,), None)
        for child, (parent, column) in _PARENT.items():
            if parent == table:
                for key, (row, _) in list(self.rows[child].items()):
                    if row[column] != record_id:
                        continue
                    if child == "answer":
                        del self.rows[child][key]
                    else:
                        self.delete(child, key[0])

    def push(self, push: PushRows) -> int:
        """Upsert the rows as they come (parents first), then the tombstones."""
        changed = 0
        for table in ("model_version", "organization", "assessment", "answer"):
            for row in push.of(table):
                changed += self.put(table, row)
        for kind, record_id, deleted_at in push.of("tombstone"):
            self.delete(str(kind), record_id)
            changed += self.put("tombstone", (kind, record_id, deleted_at))
        return changed


def sync(store: Store, server: TeamReplica) -> PulledOutcome:
    """One sync of `store` with `server`, as `csmaturity_app.sync.session` runs it."""
    with store.sync_transaction() as local:
        state = local.state()
        first = state.server_id != server.id
        pulled = server.pull(0 if first else state.pulled_seq)
        outcome = local.merge_pulled(
            server.id,
            pulled["organization"],
            pulled["model_version"],
            pulled["assessment"],
            iter(pulled["answer"]),
            pulled["tombstone"],
        )
        push = local.rows_to_push(everything=first)
        count = push.count
        server.push(push)
        received = sum(len(rows) for rows in pulled.values())
        local.finish(server.id, "fake://team", server.seq, count, received, outcome.conflicts)
    return outcome


def synced_rows(store: Store) -> dict[str, list[Row]]:
    """Every synced column of every row, sorted: what two converged stores hold alike."""
    out = {}
    for table in SYNCED_TABLES:
        columns = ", ".join(table.columns)
        out[table.name] = sorted(
            store.db.execute_sql(f"SELECT {columns} FROM {table.name}").fetchall(),
            key=repr,
        )
    return out
