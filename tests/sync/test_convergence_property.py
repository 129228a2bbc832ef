"""Any interleaving of offline edits on three laptops (answers, equal stamps, renames, the
trash, deletions and their undo, targets, actions and private notes, syncs in between) ends,
once each has synced after the last change, with the same rows in every store and
byte-identical snapshots. Each example syncs through a team store of its own on the real
server."""

from __future__ import annotations

import tempfile
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sync_helpers import synced_rows
from team_server import TeamServer, team_database, use_password_file

from csmaturity_app.exchange.snapshot_export import export_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import ACTION_STATUSES, DeletedAssessment, Store, StoreError
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.session import sync

OPERATIONS = (
    "answer",
    "notes",
    "same stamp",
    "rename",
    "position",
    "status",
    "delete",
    "undo delete",
    "trash",
    "restore",
    "empty trash",
    "new assessment",
    "target",
    "action",
    "edit action",
    "action tie",
    "delete action",
    "private notes",
    "sync",
)
# Ahead of every stamp the run makes, within the allowance a pulled stamp may be ahead.
STAMP = (datetime.now(UTC) + timedelta(hours=12)).isoformat(timespec="microseconds")
ROLES = ("alice", "bob", "alice")  # the consultant each laptop signs in as
step = st.tuples(
    st.integers(0, 2), st.sampled_from(OPERATIONS), st.integers(0, 3), st.integers(0, 3)
)


class Laptop:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.deleted: list[DeletedAssessment] = []

    def do(self, operation: str, pick: int, value: int, model: MaturityModel) -> None:
        s = self.store
        organizations = s.db.execute_sql("SELECT id FROM organization ORDER BY id").fetchall()
        assessments = s.db.execute_sql("SELECT id FROM assessment ORDER BY id").fetchall()
        criterion = model.criteria[pick].id
        org_id = organizations[pick % len(organizations)][0] if organizations else ""
        assessment_id = assessments[pick % len(assessments)][0] if assessments else ""
        actions = s.db.execute_sql("SELECT id FROM action ORDER BY id").fetchall()
        action_id = actions[pick % len(actions)][0] if actions else ""
        if operation == "answer":
            s.record_answer(assessment_id, criterion, value)
        elif operation == "notes":
            s.record_notes(assessment_id, criterion, f"note {value}")
        elif operation == "same stamp":
            s.record_answer(assessment_id, criterion, value, notes=f"tie {value}")
            # at the same instant as elsewhere: stamped as every change is, its assessment too
            s.db.execute_sql(
                "UPDATE answer SET updated_at = ? WHERE assessment_id = ? AND criterion_id = ?",
                (STAMP, assessment_id, criterion),
            )
            s.db.execute_sql(
                "UPDATE assessment SET updated_at = max(updated_at, ?) WHERE id = ?",
                (STAMP, assessment_id),
            )
        elif operation == "rename":
            s.rename_organization(org_id, f"Name {value}")
        elif operation == "position":
            s.set_position(assessment_id, f"page {value}")
        elif operation == "status":
            s.set_status(assessment_id, ("draft", "complete")[value % 2])
        elif operation == "delete":
            self.deleted.append(s.delete_assessment(assessment_id))
        elif operation == "undo delete" and self.deleted:
            s.restore_assessment(self.deleted.pop())
        elif operation == "trash":
            s.delete_organization(org_id)
        elif operation == "restore":
            s.restore_organization(org_id)
        elif operation == "empty trash":
            s.empty_trash()
        elif operation == "new assessment":
            s.create_assessment(org_id, model, "Ann", f"2026-01-0{value + 1}")
        elif operation == "target" and value:
            s.set_target(org_id, model, value, f"2027-0{value}-01")
        elif operation == "target":
            s.clear_target(org_id, model.id)
        elif operation == "action":
            s.add_action(org_id, model.id, f"Action {value}", criterion_id=criterion)
        elif operation == "edit action":
            s.edit_action(action_id, owner=f"Owner {value}", status=ACTION_STATUSES[value])
        elif operation == "action tie":
            s.edit_action(action_id, notes=f"tie {value}")
            s.db.execute_sql("UPDATE action SET updated_at = ? WHERE id = ?", (STAMP, action_id))
        elif operation == "delete action":
            s.delete_action(action_id)
        elif operation == "private notes":
            s.record_private_notes(assessment_id, criterion, f"private {value}")


@settings(max_examples=20, deadline=None)
@given(steps=st.lists(step, max_size=25))
def test_three_laptops_always_converge(
    team_server: TeamServer, steps: list[tuple[int, str, int, int]]
) -> None:
    tsia = ModelCatalog.load([BUILTIN_MODELS_DIR]).get("tsia-4-phases")
    with (
        tempfile.TemporaryDirectory() as folder,
        pytest.MonkeyPatch.context() as monkeypatch,
    ):
        use_password_file(team_server, Path(folder), monkeypatch)
        with team_database(team_server) as team:
            stores = [Store.open(Path(folder) / f"{n}.db") for n in range(3)]
            addresses = [ServerAddress.parse(team.url(role)) for role in ROLES]

            def synced(n: int) -> None:
                sync(stores[n], addresses[n])

            try:
                org = stores[0].create_organization("Acme")
                for day in ("2026-01-01", "2026-02-01"):
                    stores[0].create_assessment(org.id, tsia, "Ann", day)
                for n in range(3):
                    synced(n)
                laptops = [Laptop(s) for s in stores]
                for who, operation, pick, value in steps:
                    if operation == "sync":
                        synced(who)
                        continue
                    with suppress(StoreError):  # refused (complete, gone, ...): nothing changed
                        laptops[who].do(operation, pick, value, tsia)
                for n in (0, 1, 2, 0, 1):
                    synced(n)
                rows = [synced_rows(s) for s in stores]
                assert rows[1] == rows[0] and rows[2] == rows[0]
                files = []
                for n, s in enumerate(stores):
                    export_snapshot(s, Path(folder) / f"{n}.csv")
                    files.append((Path(folder) / f"{n}.csv").read_bytes())
                assert files[1] == files[0] and files[2] == files[0]
            finally:
                for s in stores:
                    s.close()
