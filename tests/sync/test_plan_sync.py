"""Targets, roadmaps and private notes travel between laptops through the real team server:
what one laptop sets, builds, edits or deletes, the other sees; concurrent edits of one
action end the same on both; a deleted action is deleted everywhere; and a team store of
schema version 2 is upgraded in place by `server init`, keeping its rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sync_helpers import synced_rows
from team_server import TeamDatabase

from csmaturity_app import cli
from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import PulledRowError, Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.outcome import SyncOutcome
from csmaturity_app.sync.server_schema import SCHEMA_VERSION, init_server
from csmaturity_app.sync.session import sync

ROLES = {"a": "alice", "b": "bob"}
OLDER = ("organization", "model_version", "assessment", "answer", "respondent", "tombstone")


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    stores = tuple(Store.open(tmp_path / f"{name}.db") for name in ROLES)
    yield stores  # type: ignore[misc]
    for s in stores:
        s.close()


def synced(store: Store, team: TeamDatabase) -> SyncOutcome:
    return sync(store, ServerAddress.parse(team.url(ROLES[store.path.stem])))


def converged(stores: tuple[Store, ...]) -> None:
    first, *others = stores
    for other in others:
        assert synced_rows(other) == synced_rows(first)


def assessed(store: Store, model: MaturityModel, org_id: str) -> str:
    """A draft placing the organization at stage 1 (the roadmap starts there): its id."""
    a = store.create_assessment(org_id, model, "Ann", date(2026, 3, 1))
    first = model.stages[0].id
    for criterion in model.criteria_of_stage(first):
        store.record_answer(a.id, criterion.id, model.max_score)
    return a.id


def test_a_target_a_roadmap_and_private_notes_made_on_one_laptop_reach_the_other(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase
):
    a, b = laptops
    org = a.create_organization("Acme")
    assessment = assessed(a, tsia, org.id)
    criterion = tsia.criteria[0].id
    a.record_private_notes(assessment, criterion, "the VP doubts this")
    a.set_target(org.id, tsia, 3, "2027-06-30")
    built = a.build_roadmap(org.id, tsia.id)
    assert built
    synced(a, team)

    said = synced(b, team).describe()
    assert f"  actions: {len(built)} new, 0 updated, 0 unchanged" in said
    assert "  targets: 1 new, 0 updated, 0 unchanged" in said
    (target,) = b.targets(org.id)
    assert (target.stage_level, target.due_on) == (3, date(2027, 6, 30))
    assert [x.id for x in b.actions(org.id)] == [x.id for x in built]
    assert b.answers(assessment)[criterion].private_notes == "the VP doubts this"

    # B edits an action and adds one; A changes the target and writes private notes.
    first = built[0].id
    b.edit_action(first, owner="Kim", status="in progress", private_notes="budget frozen")
    own = b.add_action(org.id, tsia.id, "Hire a CS ops lead", due_on="2027-01-31")
    a.set_target(org.id, tsia, 4, "2028-01-31")
    a.record_private_notes(assessment, criterion, "the VP came round")
    for s in (b, a, b):
        synced(s, team)

    converged((a, b))
    for s in (a, b):
        assert s.targets(org.id)[0].stage_level == 4
        action = s.action(first)
        assert (action.owner, action.status, action.private_notes) == (
            "Kim",
            "in progress",
            "budget frozen",
        )
        assert s.action(own.id).title == "Hire a CS ops lead"
        assert s.answers(assessment)[criterion].private_notes == "the VP came round"
    assert team.admin_sql("SELECT count(*) FROM csmaturity.action") == [(len(built) + 1,)]
    assert team.admin_sql("SELECT stage_level FROM csmaturity.target") == [(4,)]
    # Nothing more to do: a sync sends and receives nothing.
    again = synced(a, team)
    assert (again.sent, again.received) == (0, 0)


def test_concurrent_edits_of_one_action_end_the_same_on_both_laptops(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase
):
    a, b = laptops
    org = a.create_organization("Acme")
    action = a.add_action(org.id, tsia.id, "Map the journey")
    synced(a, team)
    synced(b, team)

    a.edit_action(action.id, owner="Ann")  # offline, both
    b.edit_action(action.id, status="done", notes="done in the workshop")
    synced(a, team)
    outcome = synced(b, team)  # B's edit is the newer one: the whole row is B's
    synced(a, team)

    converged((a, b))
    for s in (a, b):
        kept = s.action(action.id)
        assert (kept.owner, kept.status, kept.notes) == ("", "done", "done in the workshop")
    assert outcome.record_conflicts == [
        "action 'Map the journey' of 'Acme': edited here and on the team server; kept as here"
    ]
    assert "records changed on both sides:" in outcome.describe()


def test_a_deleted_action_is_deleted_everywhere_even_when_edited_elsewhere(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase
):
    a, b = laptops
    org = a.create_organization("Acme")
    doomed = a.add_action(org.id, tsia.id, "Map the journey")
    kept = a.add_action(org.id, tsia.id, "Hire a CS ops lead")
    a.set_target(org.id, tsia, 2)
    synced(a, team)
    synced(b, team)

    a.delete_action(doomed.id)
    b.edit_action(doomed.id, owner="Kim")  # offline: lost, the deletion wins
    synced(a, team)
    outcome = synced(b, team)
    synced(a, team)

    assert outcome.dropped_here == 1
    converged((a, b))
    for s in (a, b):
        assert [x.id for x in s.actions(org.id)] == [kept.id]
        assert s.db.execute_sql("SELECT kind, id FROM tombstone").fetchall() == [
            ("action", doomed.id)
        ]
    assert team.admin_sql("SELECT id FROM csmaturity.action") == [(kept.id,)]
    assert team.admin_sql("SELECT kind, id FROM csmaturity.tombstone") == [("action", doomed.id)]

    # An organization deleted for good takes its target and roadmap off the server too.
    b.delete_organization(org.id)
    b.empty_trash()
    synced(b, team)
    synced(a, team)
    converged((a, b))
    assert a.db.execute_sql("SELECT count(*) FROM action").fetchone() == (0,)
    assert team.admin_sql("SELECT count(*) FROM csmaturity.action") == [(0,)]
    assert team.admin_sql("SELECT count(*) FROM csmaturity.target") == [(0,)]


# -- a team store of the previous release


def test_two_laptops_building_one_roadmap_plan_each_criterion_once(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase
):
    """Each builds before seeing the other's: the same rows, which the merge keeps once. An
    action deleted, then built again, comes back everywhere under its id."""
    a, b = laptops
    org = a.create_organization("Acme")
    assessed(a, tsia, org.id)
    a.set_target(org.id, tsia, 3, "2027-06-30")
    synced(a, team), synced(b, team)
    built = a.build_roadmap(org.id, tsia.id)
    assert len(b.build_roadmap(org.id, tsia.id)) == len(built)
    synced(a, team), synced(b, team), synced(a, team)
    criteria = [x.criterion_id for x in a.actions(org.id)]
    assert sorted(criteria) == sorted(x.criterion_id for x in built)
    assert a.build_roadmap(org.id, tsia.id) == []
    converged((a, b))
    gone = b.delete_action(built[0].id)
    synced(b, team), synced(a, team)
    assert built[0].id not in {x.id for x in a.actions(org.id)}
    (again,) = a.build_roadmap(org.id, tsia.id)
    assert again.id == gone.id
    synced(a, team), synced(b, team)
    assert b.action(gone.id).criterion_id == gone.criterion_id
    converged((a, b))


def test_a_teammate_with_a_client_safe_copy_syncs_without_erasing_private_notes(
    laptops: tuple[Store, Store],
    tsia: MaturityModel,
    team: TeamDatabase,
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
):
    """B got A's organization from a client-safe file: newer rows without the private notes
    reach A, and the private notes reach B."""
    a, b = laptops
    org = a.create_organization("Acme")
    assessment = assessed(a, tsia, org.id)
    criterion = tsia.criteria[0].id
    a.record_private_notes(assessment, criterion, "the VP doubts this")
    action = a.add_action(org.id, tsia.id, "Map the journey", private_notes="owner is weak")
    export_snapshot(a, tmp_path / "safe.csv", client_safe=True)
    import_snapshot(b, tmp_path / "safe.csv", builtin_catalog)
    b.edit_action(action.id, status="done")
    b.record_answer(assessment, criterion, 1)
    for s in (a, b, a):
        synced(s, team)
    converged((a, b))
    for s in (a, b):
        assert (s.action(action.id).status, s.action(action.id).private_notes) == (
            "done",
            "owner is weak",
        )
        answer = s.answers(assessment)[criterion]
        assert (answer.score, answer.private_notes) == (1, "the VP doubts this")


def _as_schema_version_2(team: TeamDatabase) -> None:
    """The team store as the previous release made it: no targets or actions, answers
    without private notes."""
    team.admin_sql(
        "DROP TABLE csmaturity.action, csmaturity.target; "
        "ALTER TABLE csmaturity.answer DROP COLUMN private_notes; "
        "UPDATE csmaturity.meta SET value = '2' WHERE key = 'schema_version'"
    )


def _server_rows(team: TeamDatabase) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables schema version 2 has, with its change number and writer."""
    return {
        table: team.admin_sql(f"SELECT * FROM csmaturity.{table} ORDER BY change_seq")
        for table in (*OLDER, "respondent_answer")
    }


def test_a_version_2_team_store_is_refused_until_server_init_upgrades_it_in_place(
    laptops: tuple[Store, Store],
    tsia: MaturityModel,
    team: TeamDatabase,
    capsys: pytest.CaptureFixture[str],
):
    a, b = laptops
    org = a.create_organization("Acme")
    assessment = assessed(a, tsia, org.id)
    pat = a.add_respondent(assessment, "Pat Lee", "CSM")
    a.record_respondent_answer(pat.id, tsia.criteria[0].id, 2)
    synced(a, team)
    _as_schema_version_2(team)
    before = _server_rows(team)
    ((sequence,),) = team.admin_sql("SELECT last_value FROM csmaturity.change_seq")

    status = cli.main(["--db", str(b.path), "sync", team.url("bob")])
    out, err = capsys.readouterr()
    assert (status, out) == (1, "")
    assert err.count("\n") == 1
    assert "older team store (schema version 2)" in err and "csmaturity server init" in err

    address = ServerAddress.parse(team.url(team.admin))
    upgraded = init_server(address)
    assert (upgraded.previous_version, upgraded.schema_version) == (2, SCHEMA_VERSION)
    assert f"upgraded from schema version 2 to {SCHEMA_VERSION}, its rows kept" in (
        upgraded.describe()
    )
    assert init_server(address).up_to_date
    after = _server_rows(team)
    # Every row kept with its change number; answers gain empty private notes, last.
    assert {t: r for t, r in after.items() if t != "answer"} == {
        t: r for t, r in before.items() if t != "answer"
    }
    assert [r[:-1] for r in after["answer"]] == before["answer"]
    assert all(r[-1] == "" for r in after["answer"])
    assert team.admin_sql("SELECT last_value FROM csmaturity.change_seq") == [(sequence,)]
    for table in ("target", "action"):
        assert team.admin_sql(
            "SELECT has_table_privilege('csmaturity_writer', %s, 'INSERT, UPDATE, DELETE'), "
            "has_table_privilege('csmaturity_reader', %s, 'SELECT')",
            f"csmaturity.{table}",
            f"csmaturity.{table}",
        ) == [(True, True)]

    # Both laptops sync as before, and the plan travels.
    a.set_target(org.id, tsia, 3, "2027-06-30")
    a.build_roadmap(org.id, tsia.id)
    a.record_private_notes(assessment, tsia.criteria[0].id, "ask again in June")
    synced(a, team)
    synced(b, team)
    converged((a, b))
    assert b.answers(assessment)[tsia.criteria[0].id].private_notes == "ask again in June"
    assert team.admin_sql("SELECT changed_by FROM csmaturity.target") == [("alice",)]


def test_a_first_sync_sends_none_of_a_plan_the_server_already_holds(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase, tmp_path: Path
):
    a, _ = laptops
    org = a.create_organization("Acme")
    assessed(a, tsia, org.id)
    a.set_target(org.id, tsia, 2, "2027-06-30")
    a.build_roadmap(org.id, tsia.id)
    copy = tmp_path / "copy.db"
    a.db.execute_sql("VACUUM INTO ?", (str(copy),))  # the same store on another laptop
    synced(a, team)
    with Store.open(copy) as same:
        first = sync(same, ServerAddress.parse(team.url("bob")))
        assert (first.pushed_rows, first.sent) == (0, 0)
        assert not first.merge.changes_anything
        assert same.sync_state().pending == 0


def test_a_conflict_whose_private_notes_came_from_the_server_reports_the_row_kept_here(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase
):
    """Private notes merge apart from their row: taking the other side's private note while
    this laptop's newer rating is kept is "kept as here", not the server's."""
    a, b = laptops
    org = a.create_organization("Acme")
    x = a.create_assessment(org.id, tsia, "Ann", date(2026, 3, 1))
    criterion = tsia.criteria[0].id
    a.record_answer(x.id, criterion, 1)
    synced(a, team)
    synced(b, team)
    b.record_private_notes(x.id, criterion, "B's private note")
    a.record_answer(x.id, criterion, 3)  # later: this row is the newer one
    synced(b, team)
    out = synced(a, team)
    kept = a.answers(x.id)[criterion]
    assert (kept.score, kept.private_notes) == (3, "B's private note")
    (conflict,) = out.conflicts
    assert conflict.winner == "here"


def test_an_action_conflict_whose_private_notes_came_from_the_server_says_kept_as_here(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase
):
    a, b = laptops
    org = a.create_organization("Acme")
    action = a.add_action(org.id, tsia.id, "Do it")
    synced(a, team)
    synced(b, team)
    b.edit_action(action.id, private_notes="B's private note")
    a.edit_action(action.id, owner="Kim", status="done")  # later
    synced(b, team)
    said = "\n".join(synced(a, team).describe())
    kept = a.action(action.id)
    assert (kept.owner, kept.status, kept.private_notes) == ("Kim", "done", "B's private note")
    assert "edited here and on the team server; kept as here" in said, said
    assert "kept as on the team server" not in said


def test_noncharacters_a_release_stored_are_pulled_cleaned_not_refused(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase
):
    """Release 0.3.0 kept U+FFFE / U+FFFF in text, and an upgraded laptop pushes such rows
    unchanged: the others take them without those characters rather than refusing every
    sync."""
    a, b = laptops
    org = a.create_organization("Acme")
    x = a.create_assessment(org.id, tsia, "Ann", date(2026, 3, 1))
    criterion = tsia.criteria[0].id
    a.record_answer(x.id, criterion, tsia.max_score)
    action = a.add_action(org.id, tsia.id, "Do it")
    # as release 0.3.0 stored them (its checks kept these characters)
    a.db.execute_sql(
        "UPDATE answer SET notes = ?, private_notes = ? WHERE criterion_id = ?",
        ("pasted\uffff", "\ufffemine", criterion),
    )
    a.db.execute_sql("UPDATE action SET title = ? WHERE id = ?", ("Do\uffff it", action.id))
    a.db.execute_sql("UPDATE organization SET name = ? WHERE id = ?", ("Acme\ufffe", org.id))
    synced(a, team)
    synced(b, team)
    answer = b.answers(x.id)[criterion]
    assert (answer.notes, answer.private_notes) == ("pasted", "mine")
    assert b.action(action.id).title == "Do it"
    assert [o.name for o in b.organizations()] == ["Acme"]


def test_a_control_character_pulled_is_still_refused(
    laptops: tuple[Store, Store], tsia: MaturityModel, team: TeamDatabase
):
    a, b = laptops
    org = a.create_organization("Acme")
    action = a.add_action(org.id, tsia.id, "Do it")
    a.db.execute_sql("UPDATE action SET title = ? WHERE id = ?", ("Do\x07 it", action.id))
    synced(a, team)
    with pytest.raises(PulledRowError, match=r"title: a control character \(U\+0007\)"):
        synced(b, team)
    assert b.organizations() == []
