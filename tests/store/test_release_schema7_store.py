"""A store written by the release of schema 7 (targets, roadmaps, private notes), the last
before a store could be encrypted: it opens with no migration and no backup, shows what that
release showed (results, plans, private notes, where it stood with its team server), takes
new edits, goes through a snapshot and back; and, encrypted, shows the same with nothing of
its clients readable in its bytes, then decrypts to the same store."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from release_stores import (
    expected,
    listed,
    opened_copy,
    release_store,
    shown,
    user_version,
)

from csmaturity_app import cli
from csmaturity_app.exchange.plan_text import plan_document
from csmaturity_app.exchange.snapshot_export import export_snapshot
from csmaturity_app.exchange.snapshot_import import import_snapshot
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import (
    EncryptedStoreError,
    Store,
    WrongPassphraseError,
    decrypt_store,
    encrypt_store,
    opening,
)

EXPECTED = expected(7)
TODAY = date.fromisoformat(EXPECTED["today"])  # the day the release read the plans on
PASSPHRASE = "Zürich's lost laptop \u2713"
# Stored text only the release's own code wrote: the organization in the trash, the
# answers' notes, the collected questionnaire's note.
MORE_SECRETS = ("Gone Ltd", "set in the workshop", "as we discussed", "after the sync")


@pytest.fixture
def old_store(tmp_path: Path) -> Iterator[Store]:
    with opened_copy(7, tmp_path) as store:
        yield store


def plans(store: Store) -> dict[str, Any]:
    """Each listed organization's plan as `csmaturity plan --format json` gives it, on the
    release's day."""
    return {
        s.id: plan_document(store.plan(s.id, today=TODAY)) for s in store.organization_summaries()
    }


def private_notes(store: Store) -> dict[str, dict[str, str]]:
    out = {}
    for a in store.assessments():
        notes = {c: x.private_notes for c, x in store.answers(a.id).items() if x.private_notes}
        if notes:
            out[a.id] = dict(sorted(notes.items()))
    return out


def without_position(assessments: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {k: {f: v for f, v in a.items() if f != "position"} for k, a in assessments.items()}


def assert_shows_what_the_release_showed(store: Store) -> None:
    assert shown(store) == EXPECTED["assessments"]
    assert listed(store) == EXPECTED["organizations"]
    assert plans(store) == EXPECTED["plans"]
    assert private_notes(store) == EXPECTED["private_notes"]


def secrets() -> set[str]:
    """Every organization's name, private note and action title (and note) the release
    stored: none may be readable in an encrypted store's bytes."""
    out = {o["name"] for o in EXPECTED["organizations"]} | set(MORE_SECRETS)
    out |= {text for notes in EXPECTED["private_notes"].values() for text in notes.values()}
    for plan in EXPECTED["plans"].values():
        for action in plan["actions"]:
            out |= {action["action"], action["notes"], action["private_notes"]}
    out.discard("")
    return out


def readable(folder: Path) -> set[str]:
    """The secrets found in the bytes of any file in `folder` (the store, its -wal, backups)."""
    data = b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())
    return {s for s in secrets() if s.encode() in data}


def test_it_opens_with_no_migration_and_no_backup(old_store: Store, tmp_path: Path):
    assert opening.newest_schema_version() == 7
    assert old_store.file_schema_version() == 7
    assert not old_store.encrypted
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == []


def test_it_shows_the_results_plans_and_private_notes_the_release_showed(old_store: Store):
    assert EXPECTED["private_notes"] and EXPECTED["plans"]
    assert_shows_what_the_release_showed(old_store)
    for model_id, indices in EXPECTED["peer_indices"].items():
        assert old_store.peer_indices(model_id, "") == pytest.approx(indices, abs=1e-12)
    (fresh,) = old_store.db.execute_sql(
        "SELECT count(*) FROM assessment AS a JOIN assessment_result AS r "
        "ON r.assessment_id = a.id AND r.assessment_updated_at = a.updated_at"
    ).fetchone()
    assert fresh == EXPECTED["summary_rows"]


def test_its_plans_hold_every_status_an_achievement_and_the_overdue(old_store: Store):
    actions = [a for plan in plans(old_store).values() for a in plan["actions"]]
    assert {a["status"] for a in actions} == {"open", "in progress", "done", "dropped"}
    assert any(a["achieved_by"] for a in actions) and any(a["overdue"] for a in actions)
    assert any(a["private_notes"] for a in actions)
    acme = old_store.actions(EXPECTED["acme"])
    assert EXPECTED["deleted_action"] not in {a.id for a in acme}
    cleared = [t for t in EXPECTED["targets"] if t[2] is None]
    assert len(cleared) == 1
    (organization_id, model_id, *_) = cleared[0]
    assert model_id not in {t.model_id for t in old_store.targets(organization_id)}


def test_it_stands_where_it_stood_with_its_team_server(old_store: Store):
    state = old_store.sync_state()
    assert {name: getattr(state, name) for name in EXPECTED["sync_state"]} == (
        EXPECTED["sync_state"]
    )
    pending = old_store.db.execute_sql("SELECT tbl, key1, key2 FROM sync_pending ORDER BY seq")
    assert [list(row) for row in pending] == EXPECTED["sync_pending"]
    tombstones = old_store.db.execute_sql("SELECT kind, id FROM tombstone ORDER BY kind, id")
    assert [list(row) for row in tombstones] == EXPECTED["tombstones"]
    assert ["action", EXPECTED["deleted_action"]] in EXPECTED["tombstones"]
    targets = old_store.db.execute_sql(
        "SELECT organization_id, model_id, stage_level, due_on FROM target "
        "ORDER BY organization_id, model_id"
    )
    assert [list(row) for row in targets] == EXPECTED["targets"]


def test_it_takes_new_edits_that_stay(tmp_path: Path):
    draft_id, acme = EXPECTED["later_draft"], EXPECTED["acme"]
    with opened_copy(7, tmp_path) as store:
        before = shown(store)
        criterion = store.scored(draft_id).model.criteria[0].id
        store.record_answer(draft_id, criterion, 3, notes="seen again")
        store.record_private_notes(draft_id, criterion, "the new CFO agrees")
        first = store.actions(acme)[0]
        store.edit_action(first.id, owner="Bea", status="open", private_notes="reopened")
        added = store.add_action(acme, "tsia-4-phases", "Review the plan in January")
        pending = store.sync_state().pending
    with Store.open(tmp_path / "old.db") as store:
        answer = store.answers(draft_id)[criterion]
        assert (answer.score, answer.notes, answer.private_notes) == (
            3,
            "seen again",
            "the new CFO agrees",
        )
        edited = store.action(first.id)
        assert (edited.owner, edited.status, edited.private_notes) == ("Bea", "open", "reopened")
        assert store.actions(acme)[-1].id == added.id
        assert store.sync_state().pending == pending > EXPECTED["sync_state"]["pending"]
        # Only the draft changed.
        now = shown(store)
        assert {k: v for k, v in now.items() if k != draft_id} == {
            k: v for k, v in before.items() if k != draft_id
        }


def test_a_snapshot_of_it_imports_into_a_new_store_with_the_same_results_and_plans(
    old_store: Store, builtin_catalog: ModelCatalog, tmp_path: Path
):
    export_snapshot(old_store, tmp_path / "old.csv")
    with Store.open(tmp_path / "new.db") as new_store:
        import_snapshot(new_store, tmp_path / "old.csv", builtin_catalog)
        # Where a draft was resumed is this laptop's own: a snapshot does not carry it.
        assert without_position(shown(new_store)) == without_position(EXPECTED["assessments"])
        assert private_notes(new_store) == EXPECTED["private_notes"]
        # A snapshot holds what organizations have: one with nothing is not in it.
        kept = {o["id"] for o in EXPECTED["organizations"] if o["assessments"]}
        assert plans(new_store) == {k: v for k, v in EXPECTED["plans"].items() if k in kept}


def test_encrypted_it_shows_the_same_with_nothing_readable_then_decrypts_back(tmp_path: Path):
    folder = tmp_path / "laptop"
    folder.mkdir()
    path = folder / "old.db"
    shutil.copyfile(release_store(7), path)
    assert readable(folder) == secrets()  # the check finds them where they are plain

    encrypt_store(path, PASSPHRASE)
    assert Store.is_encrypted(path)
    assert sorted(p.name for p in folder.iterdir()) == ["old.db"]
    assert readable(folder) == set()
    encrypted = path.read_bytes()
    with pytest.raises(EncryptedStoreError):
        Store.open(path)
    with pytest.raises(WrongPassphraseError):
        Store.open(path, passphrase="Zurich's lost laptop")
    assert path.read_bytes() == encrypted
    with Store.open(path, passphrase=PASSPHRASE) as store:
        assert store.encrypted and store.file_schema_version() == 7
        assert_shows_what_the_release_showed(store)
        # A write goes through the -wal file: encrypted too, while the store is open.
        draft_id = EXPECTED["later_draft"]
        criterion = store.scored(draft_id).model.criteria[0].id
        store.record_private_notes(draft_id, criterion, "written while encrypted")
        assert Path(f"{path}-wal").exists()
        assert readable(folder) == set()
        assert b"written while encrypted" not in b"".join(p.read_bytes() for p in folder.iterdir())
    assert not any(p.name.endswith(".bak") for p in folder.iterdir())  # no migration

    decrypt_store(path, PASSPHRASE)
    assert not Store.is_encrypted(path) and user_version(path) == 7
    with Store.open(path) as store:
        assert not store.encrypted
        assert shown(store) == EXPECTED["assessments"]
        assert listed(store) == EXPECTED["organizations"]
        assert plans(store) == EXPECTED["plans"]
        notes = private_notes(store)
        assert notes.pop(draft_id) == {criterion: "written while encrypted"}
        assert notes == EXPECTED["private_notes"]
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_the_committed_file_is_left_as_it_was(old_store: Store):
    assert user_version(release_store(7)) == 7


def test_csmaturity_plan_reads_the_encrypted_store_with_its_passphrase_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = tmp_path / "old.db"
    shutil.copyfile(release_store(7), path)
    encrypt_store(path, PASSPHRASE)
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    acme = EXPECTED["acme"]
    db = ["--db", str(path), "--passphrase-file", str(passphrase_file)]
    assert cli.main([*db, "plan", acme, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    # Read on the real day: what is overdue, and the days left, are that day's.
    was = EXPECTED["plans"][acme]
    assert printed["organization"] == was["organization"]
    assert [without_overdue(a) for a in printed["actions"]] == [
        without_overdue(a) for a in was["actions"]
    ]


def without_overdue(action: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in action.items() if k != "overdue"}


def test_read_in_french_it_shows_the_same_placements_and_numbers(old_store: Store, in_french):
    """The release's store, opened by a French window: every figure as the release showed
    it; only the words of the placements are French."""
    numbers = ("organization_id", "model", "status", "placed_level", "maturity_index", "answered")
    french = shown(old_store)
    assert {k: {f: a[f] for f in numbers} for k, a in french.items()} == {
        k: {f: a[f] for f in numbers} for k, a in EXPECTED["assessments"].items()
    }
    assert any(
        a["placed_label"] != EXPECTED["assessments"][k]["placed_label"] for k, a in french.items()
    )
    assert [(o["id"], o["latest_maturity_index"]) for o in listed(old_store)] == [
        (o["id"], o["latest_maturity_index"]) for o in EXPECTED["organizations"]
    ]
