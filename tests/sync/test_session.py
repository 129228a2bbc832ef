"""Syncing real stores with a real team server (PostgreSQL started by the tests)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sync_helpers import populate, snapshot_bytes, store_content, sync_with

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.errors import PasswordNeededError, ReadOnlyRoleError
from csmaturity_app.sync.session import sync


def server_rows(team, table: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    return team.admin_sql(f"SELECT * FROM csmaturity.{table} ORDER BY 1, 2")


def test_two_laptops_exchange_their_work(team, tmp_path: Path, tsia: MaturityModel) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        populate(store, tsia, "Acme")
    first = sync_with(a, team.url("alice"))
    assert first.sent > 10 and first.received == 0 and not first.conflicts
    pulled = sync_with(b, team.url("bob"))
    assert pulled.received == first.sent and pulled.sent == 0
    with Store.open(b) as store:
        populate(store, tsia, "Globex")
    sync_with(b, team.url("bob"))
    sync_with(a, team.url("alice"))
    assert snapshot_bytes(a, tmp_path) == snapshot_bytes(b, tmp_path)
    assert store_content(a) == store_content(b)


def test_a_sync_with_nothing_to_do_sends_and_receives_nothing(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a = tmp_path / "a.db"
    with Store.open(a) as store:
        populate(store, tsia, "Acme")
    sync_with(a, team.url("alice"))
    again = sync_with(a, team.url("alice"))
    assert (again.sent, again.received, again.conflicts) == (0, 0, [])
    with Store.open(a) as store:
        state = store.sync_state()
    assert state.pending == 0 and state.synced_at


def test_a_pull_fetches_only_what_changed_since_the_last_sync(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        assessment_id = populate(store, tsia, "Acme", criteria=30)
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    with Store.open(b) as store:
        store.record_notes(assessment_id, tsia.criteria[0].id, "changed by bob")
    sync_with(b, team.url("bob"))
    back = sync_with(a, team.url("alice"))
    assert back.received == 2  # the answer and its assessment's new stamp, not the 30 answers
    assert back.sent == 0


def test_three_laptops_converge_after_concurrent_offline_edits(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a, b, c = (tmp_path / f"{n}.db" for n in "abc")
    with Store.open(a) as store:
        shared = populate(store, tsia, "Shared Client")
        doomed = populate(store, tsia, "Doomed Client")
    for path, role in ((a, "alice"), (b, "bob"), (c, "alice")):
        sync_with(path, team.url(role))
    first, second = tsia.criteria[0].id, tsia.criteria[1].id
    # Offline, all three change things; A and B the same answer (B last), C one B deletes.
    with Store.open(a) as store:
        store.record_answer(shared, first, 1, notes="A's view")
        org = store.assessment(shared).organization_id
        store.rename_organization(org, "Shared Client Ltd")
        store.set_position(shared, "stage-2")
    with Store.open(b) as store:
        store.record_answer(shared, first, 3, notes="B's view")
        store.delete_assessment(doomed)
        populate(store, tsia, "B's own client")
    with Store.open(c) as store:
        store.record_answer(doomed, second, 0, notes="C's late change")
        store.record_answer(shared, second, 2, notes="C's view")
        store.delete_organization(store.assessment(doomed).organization_id)  # the trash
    outcomes = {}
    for path, role in ((a, "alice"), (b, "bob"), (c, "alice"), (a, "alice"), (b, "bob")):
        outcomes[path.stem] = sync_with(path, team.url(role))
    # B changed the answer after A: B's copy wins everywhere, and B's sync listed A's copy.
    with Store.open(a) as store:
        kept = store.answers(shared)[first]
    assert (kept.score, kept.notes) == (3, "B's view")
    # The deletion wins over C's later change to the deleted assessment, and C was told.
    with Store.open(c) as store:
        assert doomed not in {x.id for x in store.assessments()}
    snapshots = {snapshot_bytes(p, tmp_path) for p in (a, b, c)}
    assert len(snapshots) == 1
    assert store_content(a) == store_content(b) == store_content(c)


def test_both_sides_changed_the_same_answer_is_listed_with_both_values_and_the_winner(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        assessment_id = populate(store, tsia, "Acme")
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    criterion = tsia.criteria[0].id
    with Store.open(a) as store:
        store.record_answer(assessment_id, criterion, 1, notes="alice")
    with Store.open(b) as store:
        store.record_answer(assessment_id, criterion, 2, notes="bob")  # later: wins
    sync_with(a, team.url("alice"))
    outcome = sync_with(b, team.url("bob"))
    (conflict,) = outcome.conflicts
    assert conflict.criterion_id == criterion and conflict.organization == "Acme"
    assert (conflict.here.score, conflict.here.notes) == (2, "bob")
    assert (conflict.server.score, conflict.server.notes) == (1, "alice")
    assert conflict.winner == "here"
    with Store.open(b) as store:
        assert store.sync_conflicts() == [conflict]


def test_a_dry_run_changes_nothing_on_either_side(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        populate(store, tsia, "Acme")
    sync_with(a, team.url("alice"))
    with Store.open(b) as store:
        populate(store, tsia, "Globex")
    before_server = server_rows(team, "answer")
    before_b = store_content(b)
    preview = sync_with(b, team.url("bob"), dry_run=True)
    assert preview.sent > 0 and preview.received > 0 and preview.dry_run
    assert server_rows(team, "answer") == before_server
    assert store_content(b) == before_b
    with Store.open(b) as store:
        assert not store.sync_state().ever_synced


def test_the_server_records_which_role_wrote_each_change(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a = tmp_path / "a.db"
    with Store.open(a) as store:
        populate(store, tsia, "Acme")
    sync_with(a, team.url("alice"))
    writers = team.admin_sql("SELECT DISTINCT changed_by FROM csmaturity.answer")
    assert writers == [("alice",)]


def test_a_reader_pulls_but_its_push_is_refused_and_nothing_is_half_written(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a, r = tmp_path / "a.db", tmp_path / "r.db"
    with Store.open(a) as store:
        populate(store, tsia, "Acme")
    sync_with(a, team.url("alice"))
    pulled = sync_with(r, team.url("rita"))
    assert pulled.received > 0
    with Store.open(r) as store:
        populate(store, tsia, "Rita's own")
    before_server = {t: server_rows(team, t) for t in ("organization", "assessment", "answer")}
    before_local = store_content(r)
    with pytest.raises(ReadOnlyRoleError, match="may only read"):
        sync_with(r, team.url("rita"))
    assert {t: server_rows(team, t) for t in before_server} == before_server
    assert store_content(r) == before_local
    with Store.open(r) as store:
        assert store.sync_state().pending > 0  # still waiting, for a writer's role


def test_a_password_typed_by_the_person_is_written_nowhere(
    team,
    tmp_path: Path,
    tsia: MaturityModel,
    isolated_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """The window's path: libpq finds no password (an empty password file), the person types
    it and the sync is given it. It must not reach the store's file, its journal, a backup,
    the settings folder, a log or the output."""
    caplog.set_level(logging.DEBUG)  # the store's own log of its SQL included
    laptop = tmp_path / "laptop"  # the store and its settings; the test's pgpass is apart
    laptop.mkdir()
    config = laptop / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))  # the settings (QSettings) go here
    empty = tmp_path / "no-pgpass"
    empty.write_text("", encoding="utf-8")
    empty.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(empty))
    password = team.password("alice")
    a = laptop / "a.db"
    address = ServerAddress.parse(team.url("alice"))
    with Store.open(a) as store:
        populate(store, tsia, "Acme")
        with pytest.raises(PasswordNeededError):  # no password but the one typed
            sync(store, address)
        outcome = sync(store, address, password=password)
        assert outcome.sent > 10
        assert store.sync_state().server_url == team.url("alice")
        assert Path(f"{a}-wal").is_file()  # read while open: the journal holds the sync
        written = [
            p for folder in (laptop, isolated_data_dir) for p in folder.rglob("*") if p.is_file()
        ]
        assert a in written
        for path in written:
            assert password.encode() not in path.read_bytes(), path
    assert password.encode() not in a.read_bytes()  # checkpointed into the file at closing
    out, err = capfd.readouterr()
    assert password not in caplog.text + out + err


def test_a_url_with_the_password_of_a_tls_key_is_refused_without_echoing_it(
    team, tmp_path: Path, tsia: MaturityModel, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a.db"
    with Store.open(a) as store:
        populate(store, tsia, "Acme")
    before = store_content(a)
    secret = "tls-key-s3cret"
    url = team.url("alice", sslmode="prefer", sslpassword=secret)
    status = cli.main(["--db", str(a), "sync", url])
    out, err = capsys.readouterr()
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and "~/.pgpass, a service file or PGPASSWORD" in err
    assert secret not in err
    assert store_content(a) == before
    with Store.open(a) as store:
        assert not store.sync_state().ever_synced
    assert server_rows(team, "organization") == []


def test_a_server_restored_from_a_backup_gets_everything_again(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        assessment_id = populate(store, tsia, "Acme")
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    backup = f"{team.database}_backup"
    team.server_sql(f"CREATE DATABASE {backup} TEMPLATE {team.database}")
    with Store.open(a) as store:
        store.record_answer(assessment_id, tsia.criteria[5].id, 3, notes="after the backup")
        populate(store, tsia, "Globex")
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))  # B has seen what the backup lacks
    team.server_sql(f"DROP DATABASE {team.database} WITH (FORCE)")
    team.server_sql(f"ALTER DATABASE {backup} RENAME TO {team.database}")
    # A notices first and sends everything again: the server's change numbers climb past
    # B's watermark, so only the lost mark can tell B.
    with Store.open(a) as store:
        store.record_answer(assessment_id, tsia.criteria[6].id, 1, notes="after the restore")
    again = sync_with(a, team.url("alice"))
    assert again.server_behind and again.sent > 0
    late = sync_with(b, team.url("bob"))
    assert late.server_behind
    sync_with(a, team.url("alice"))
    assert snapshot_bytes(a, tmp_path) == snapshot_bytes(b, tmp_path)
    assert store_content(a) == store_content(b)


def restore_backup(team, backup: str) -> None:  # type: ignore[no-untyped-def]
    team.server_sql(f"DROP DATABASE {team.database} WITH (FORCE)")
    team.server_sql(f"ALTER DATABASE {backup} RENAME TO {team.database}")


def test_a_deletion_outlives_a_restore_of_the_server_and_a_reader_still_syncs(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a, b, r = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "r.db"
    with Store.open(a) as store:
        populate(store, tsia, "Acme")
        populate(store, tsia, "Globex")
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    sync_with(r, team.url("rita"))
    backup = f"{team.database}_backup"
    team.server_sql(f"CREATE DATABASE {backup} TEMPLATE {team.database}")
    with Store.open(a) as store:
        acme = next(o for o in store.organizations() if o.name == "Acme")
        store.delete_organization(acme.id)
        store.empty_trash()  # deleted for good: a tombstone
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    sync_with(r, team.url("rita"))
    restore_backup(team, backup)  # the server has Acme again, and no tombstone
    for path, role in ((a, "alice"), (b, "bob"), (r, "rita"), (a, "alice")):
        assert sync_with(path, team.url(role)).server_behind or path == a
    names = {row[0] for row in team.admin_sql("SELECT name FROM csmaturity.organization")}
    assert names == {"Globex"}
    for path in (a, b):
        with Store.open(path) as store:
            assert [o.name for o in store.organizations()] == ["Globex"]
    assert snapshot_bytes(a, tmp_path) == snapshot_bytes(b, tmp_path)


def test_a_deletion_received_is_a_change_here_and_said(
    team, tmp_path: Path, tsia: MaturityModel
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        assessment_id = populate(store, tsia, "Acme")
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    with Store.open(a) as store:
        store.delete_assessment(assessment_id)
    sync_with(a, team.url("alice"))
    received = sync_with(b, team.url("bob"))
    assert received.merge is not None and received.merge.changes_anything  # the window reloads
    assert received.merge.deleted == 1
    assert any("deleted here" in line for line in received.describe())
    with Store.open(b) as store:
        assert store.assessments() == []
