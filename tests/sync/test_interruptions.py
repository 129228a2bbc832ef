"""A sync cut off at any moment leaves both sides as they were or fully updated, and the next
sync completes: the laptop killed (SIGKILL), the server stopped, the network dropped. Each
against the real test server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sync_helpers import populate, snapshot_bytes, store_content, sync_with
from tcp_proxy import Relay

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.sync.errors import TeamServerError
from csmaturity_app.sync.outcome import MERGING, RECEIVING, SENDING, SERVER_COMMITTED

CHILD = Path(__file__).with_name("sync_child.py")
# (stage, which report of it): the sync's moments, from the pull to between the two commits.
# The third "sending" comes after the first table was written to the server.
MOMENTS = [(RECEIVING, 1), (MERGING, 1), (SENDING, 1), (SENDING, 3), (SERVER_COMMITTED, 1)]
SYNCED = ("organization", "model_version", "assessment", "answer", "tombstone")


def server_state(team) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    return {t: team.admin_sql(f"SELECT * FROM csmaturity.{t} ORDER BY 1, 2") for t in SYNCED}


def prepared(team, tmp_path: Path, tsia: MaturityModel) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """Two laptops in sync, then changes on both: B's sent already, A's waiting."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        assessment_id = populate(store, tsia, "Acme")
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    with Store.open(b) as store:
        store.record_answer(assessment_id, tsia.criteria[1].id, 0, notes="bob's change")
        populate(store, tsia, "Globex")
    sync_with(b, team.url("bob"))
    with Store.open(a) as store:
        store.record_answer(assessment_id, tsia.criteria[0].id, 3, notes="alice's change")
        populate(store, tsia, "Initech")
        store.delete_organization(store.assessment(assessment_id).organization_id)
    return a, b


def completes_and_converges(team, a: Path, b: Path, folder: Path) -> None:  # type: ignore[no-untyped-def]
    sync_with(a, team.url("alice"))
    sync_with(b, team.url("bob"))
    with Store.open(a) as store:
        assert store.sync_state().pending == 0
    assert snapshot_bytes(a, folder) == snapshot_bytes(b, folder)
    assert store_content(a) == store_content(b)


@pytest.mark.parametrize(("stage", "count"), MOMENTS)
def test_the_laptop_killed_mid_sync(
    team, tmp_path: Path, tsia: MaturityModel, stage: str, count: int
) -> None:
    a, b = prepared(team, tmp_path, tsia)
    server_before, local_before = server_state(team), store_content(a)
    child = subprocess.run(
        [sys.executable, str(CHILD), str(a), team.url("alice"), stage, str(count)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )
    assert child.returncode == -9, child.stderr
    assert store_content(a) == local_before  # the laptop's transaction never committed
    if stage == SERVER_COMMITTED:
        assert server_state(team) != server_before  # the server's had: fully updated
    else:
        assert server_state(team) == server_before
    completes_and_converges(team, a, b, tmp_path)


@pytest.mark.parametrize("stage", [MERGING, SERVER_COMMITTED])
def test_a_laptop_killed_in_its_first_sync_has_not_synced_and_the_next_sync_completes(
    team, tmp_path: Path, tsia: MaturityModel, stage: str
) -> None:
    """Killed after merging everything it pulled (and, later, after the server took its rows)
    but before its own commit: the store is as it was, never synced, and syncs again."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as store:
        assessment_id = populate(store, tsia, "Acme", criteria=len(tsia.criteria))
    sync_with(a, team.url("alice"))
    with Store.open(b) as store:
        store.create_organization("Only on B")
    local_before = store_content(b)
    child = subprocess.run(
        [sys.executable, str(CHILD), str(b), team.url("bob"), stage, "1"],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )
    assert child.returncode == -9, child.stderr
    assert store_content(b) == local_before
    with Store.open(b) as store:
        assert not store.sync_state().ever_synced
    on_server = {name for (name,) in team.admin_sql("SELECT name FROM csmaturity.organization")}
    assert on_server == ({"Acme", "Only on B"} if stage == SERVER_COMMITTED else {"Acme"})
    sync_with(b, team.url("bob"))  # the next sync completes
    with Store.open(b) as store:
        assert {o.name for o in store.organizations()} == {"Acme", "Only on B"}
        assert len(store.answers(assessment_id)) == len(tsia.criteria)
        assert store.sync_state().pending == 0
    sync_with(a, team.url("alice"))
    assert store_content(a) == store_content(b)


@pytest.mark.parametrize(("stage", "count"), MOMENTS[:-1])
def test_the_server_stopped_mid_sync(
    team, tmp_path: Path, tsia: MaturityModel, stage: str, count: int
) -> None:
    a, b = prepared(team, tmp_path, tsia)
    server_before, local_before = server_state(team), store_content(a)
    seen = []

    def stop_the_server(reported: str, _done: int, _total: int) -> None:
        if reported == stage:
            seen.append(reported)
            if len(seen) == count:
                team.stop()

    with pytest.raises(TeamServerError) as raised:
        sync_with(a, team.url("alice"), progress=stop_the_server)
    assert "\n" not in str(raised.value) and "nothing was changed" in str(raised.value)
    team.start()
    assert store_content(a) == local_before
    assert server_state(team) == server_before
    completes_and_converges(team, a, b, tmp_path)


@pytest.mark.parametrize(("stage", "count"), MOMENTS[:-1])
def test_the_network_dropped_mid_sync(
    team, tmp_path: Path, tsia: MaturityModel, stage: str, count: int
) -> None:
    a, b = prepared(team, tmp_path, tsia)
    server_before, local_before = server_state(team), store_content(a)
    relay = Relay(team.port)
    through_relay = team.url("alice").replace(f":{team.port}/", f":{relay.port}/")
    with open(os.environ["PGPASSFILE"], "a", encoding="utf-8") as pgpass:
        pgpass.write(f"127.0.0.1:{relay.port}:*:alice:{team.password('alice')}\n")
    seen = []

    def drop_the_network(reported: str, _done: int, _total: int) -> None:
        if reported == stage:
            seen.append(reported)
            if len(seen) == count:
                relay.cut()

    with pytest.raises(TeamServerError) as raised:
        sync_with(a, through_relay, progress=drop_the_network)
    assert "\n" not in str(raised.value)
    # The server notices the dropped connection and rolls its side back (and frees the lock).
    assert store_content(a) == local_before
    assert server_state(team) == server_before
    completes_and_converges(team, a, b, tmp_path)
