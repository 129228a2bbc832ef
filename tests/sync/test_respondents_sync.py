"""Respondents and their ratings sync like answers through the real team server: laptops that
rate offline converge on the same ratings and the same consensus, a removed respondent goes
everywhere, and a team store of schema version 1 is upgraded in place by `server init`
without losing a row or a change number."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import synced_rows
from team_server import TeamDatabase

from csmaturity_app.exchange.snapshot_export import export_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.errors import TeamServerError
from csmaturity_app.sync.outcome import SyncOutcome
from csmaturity_app.sync.server_schema import SCHEMA_VERSION, init_server
from csmaturity_app.sync.session import sync

ROLES = {"a": "alice", "b": "bob"}
SYNCED = ("organization", "model_version", "assessment", "answer", "tombstone")


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    stores = tuple(Store.open(tmp_path / f"{name}.db") for name in ROLES)
    yield stores  # type: ignore[misc]
    for s in stores:
        s.close()


def synced(store: Store, team: TeamDatabase) -> SyncOutcome:
    return sync(store, ServerAddress.parse(team.url(ROLES[store.path.stem])))


def converged(stores: tuple[Store, ...], tmp_path: Path) -> None:
    first, *others = stores
    for other in others:
        assert synced_rows(other) == synced_rows(first)
    files = []
    for n, s in enumerate(stores):
        export_snapshot(s, tmp_path / f"export-{n}.csv")
        files.append((tmp_path / f"export-{n}.csv").read_bytes())
    assert all(f == files[0] for f in files)


def consensus(store: Store, assessment_id: str) -> dict[str, tuple[object, ...]]:
    return {
        c: (a.score, a.not_applicable)
        for c, a in store.answers(assessment_id).items()
        if a.score is not None or a.not_applicable
    }


def test_two_laptops_rating_offline_converge_on_the_ratings_and_the_consensus(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase, tmp_path: Path
):
    a, b = laptops
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann")
    c1, c2, c3 = (c.id for c in tsia.criteria[:3])
    a.record_answer(assessment.id, c1, 3)  # the assessor's, before respondents
    pat = a.add_respondent(assessment.id, "Pat Lee", "VP Customer Success")
    sam = a.add_respondent(assessment.id, "Sam Roe", "CSM")
    synced(a, team)
    said = synced(b, team).describe()
    assert [r.name for r in b.respondents(assessment.id)] == ["Ann", "Pat Lee", "Sam Roe"]
    assert "  respondents: 3 new, 0 updated, 0 unchanged" in said
    assert "  respondents' ratings: 1 new, 0 updated, 0 unchanged" in said  # Ann's

    # Offline: A records Pat's ratings, B records Sam's; B's facilitator sets c3.
    a.record_respondent_answer(pat.id, c1, 1, notes="not yet")
    a.record_respondent_answer(pat.id, c2, 0)
    b.record_respondent_answer(sam.id, c1, 1)
    b.record_respondent_answer(sam.id, c2, 2, notes="in places")
    b.record_answer(assessment.id, c3, 2, notes="agreed in the workshop")
    for s in (a, b, a):
        synced(s, team)

    converged((a, b), tmp_path)
    # Ann 3, Pat 1, Sam 1 -> 1; Ann none, Pat 0, Sam 2 -> 1 (the median rounded down).
    for s in (a, b):
        assert consensus(s, assessment.id) == {c1: (1, False), c2: (1, False), c3: (2, False)}
        view = s.respondents_view(assessment.id)
        assert view.ratings[pat.id][c1].notes == "not yet"
        assert view.ratings[sam.id][c2].notes == "in places"
        assert c3 not in view.from_respondents and c1 in view.from_respondents
    assert team.admin_sql("SELECT count(*) FROM csmaturity.respondent") == [(3,)]
    assert team.admin_sql(
        "SELECT from_respondents FROM csmaturity.answer WHERE criterion_id = %s", c3
    ) == [(False,)]


def test_a_removed_respondent_goes_everywhere_with_their_ratings(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase, tmp_path: Path
):
    a, b = laptops
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann")
    c1 = tsia.criteria[0].id
    pat = a.add_respondent(assessment.id, "Pat Lee", "CSM")
    sam = a.add_respondent(assessment.id, "Sam Roe", "CSM")
    a.record_respondent_answer(pat.id, c1, 1)
    a.record_respondent_answer(sam.id, c1, 3)
    synced(a, team)
    synced(b, team)
    assert consensus(b, assessment.id) == {c1: (2, False)}  # Ann none, Pat 1, Sam 3

    a.remove_respondent(pat.id)
    b.record_respondent_answer(pat.id, c1, 0, notes="lost: Pat was removed")  # offline
    synced(a, team)
    outcome = synced(b, team)
    synced(a, team)

    assert outcome.dropped_by_deletion == 1  # B's rating of the removed respondent
    converged((a, b), tmp_path)
    for s in (a, b):
        assert [r.name for r in s.respondents(assessment.id)] == ["Ann", "Sam Roe"]
        assert consensus(s, assessment.id) == {c1: (3, False)}
        assert s.db.execute_sql("SELECT kind, id FROM tombstone").fetchall() == [
            ("respondent", pat.id)
        ]
    assert team.admin_sql("SELECT id FROM csmaturity.respondent ORDER BY name") == [
        (a.respondents(assessment.id)[0].id,),
        (sam.id,),
    ]
    assert team.admin_sql(
        "SELECT count(*) FROM csmaturity.respondent_answer WHERE respondent_id = %s", pat.id
    ) == [(0,)]


def test_deleting_the_assessment_takes_its_respondents_off_the_server(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase, tmp_path: Path
):
    a, b = laptops
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann")
    pat = a.add_respondent(assessment.id, "Pat Lee", "CSM")
    a.record_respondent_answer(pat.id, tsia.criteria[0].id, 2)
    synced(a, team)
    synced(b, team)
    b.delete_assessment(assessment.id)
    synced(b, team)
    synced(a, team)
    converged((a, b), tmp_path)
    assert team.admin_sql("SELECT count(*) FROM csmaturity.respondent") == [(0,)]
    assert team.admin_sql("SELECT count(*) FROM csmaturity.respondent_answer") == [(0,)]


def _as_schema_version_1(team: TeamDatabase) -> None:
    """The team store as release 0.4 made it: no respondents and no plan, answers without
    the flag or private notes."""
    team.admin_sql(
        "DROP TABLE csmaturity.action, csmaturity.target, csmaturity.respondent_answer, "
        "csmaturity.respondent; "
        "ALTER TABLE csmaturity.answer DROP COLUMN from_respondents, DROP COLUMN private_notes; "
        "UPDATE csmaturity.meta SET value = '1' WHERE key = 'schema_version'"
    )


def _server_rows(team: TeamDatabase) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables schema version 1 has, with its change number and writer."""
    return {
        table: team.admin_sql(f"SELECT * FROM csmaturity.{table} ORDER BY change_seq")
        for table in SYNCED
    }


def test_a_version_1_team_store_is_refused_until_server_init_upgrades_it_in_place(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase, tmp_path: Path
):
    a, b = laptops
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann")
    for criterion in tsia.criteria[:5]:
        a.record_answer(assessment.id, criterion.id, 2, notes="before the upgrade")
    synced(a, team)
    _as_schema_version_1(team)
    before = _server_rows(team)
    ((sequence,),) = team.admin_sql("SELECT last_value FROM csmaturity.change_seq")

    with pytest.raises(TeamServerError) as refused:
        synced(b, team)
    assert "older team store (schema version 1)" in str(refused.value)
    assert "csmaturity server init" in str(refused.value)

    address = ServerAddress.parse(team.url(team.admin))
    upgraded = init_server(address)
    assert (upgraded.previous_version, upgraded.schema_version) == (1, SCHEMA_VERSION)
    assert f"upgraded from schema version 1 to {SCHEMA_VERSION}" in upgraded.describe()
    assert init_server(address).up_to_date  # again: nothing to do
    after = _server_rows(team)
    # Every row kept, with its change number; old answers are not the respondents' median
    # and have no private notes (the new columns come last on an upgraded server: rows
    # travel by column name).
    assert {t: rows for t, rows in after.items() if t != "answer"} == {
        t: rows for t, rows in before.items() if t != "answer"
    }
    assert [r[:-2] for r in after["answer"]] == before["answer"]
    assert all(r[-2:] == (False, "") for r in after["answer"])
    assert team.admin_sql("SELECT last_value FROM csmaturity.change_seq") == [(sequence,)]

    # Both laptops sync as before, respondents included.
    pat = a.add_respondent(assessment.id, "Pat Lee", "CSM")
    a.record_respondent_answer(pat.id, tsia.criteria[0].id, 0)
    synced(a, team)
    assert synced(b, team).received > 0
    converged((a, b), tmp_path)
    assert b.respondents_view(assessment.id).ratings[pat.id][tsia.criteria[0].id].score == 0
