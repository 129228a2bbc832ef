"""Targets and actions merged from elsewhere (a snapshot, rows pulled from the team server),
built by hand as a reader hands them over: new ones taken, the newest `updated_at` winning
the whole row (ties to the larger values), private notes a source does not carry kept as
here, contradictions refused with nothing changed, and deletions winning on a team sync."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import (
    Incoming,
    IncomingAction,
    IncomingOrganization,
    IncomingTarget,
    MergeRefused,
    Store,
)
from csmaturity_app.store.merge import MergeRules, merge

SERVER_ID = "6f1d2c3a-0000-4000-8000-000000000001"
TEAM = MergeRules(carries_trash=True, changed_here="pending", source="on the team server")
LATER = "2099-01-01T00:00:00.000000+00:00"  # newer than anything a test writes here
EARLIER = "2000-01-01T00:00:00.000000+00:00"


def _organization(store: Store, org_id: str) -> IncomingOrganization:
    o = store.organization(org_id)
    return IncomingOrganization(o.id, o.name, o.created_at, o.updated_at)


def _target(store: Store, org_id: str, **changes: object) -> IncomingTarget:
    (row,) = store.db.execute_sql(
        "SELECT organization_id, model_id, stage_level, due_on, created_at, updated_at "
        "FROM target WHERE organization_id = ?",
        (org_id,),
    ).fetchall()
    return IncomingTarget(1, *row)._replace(**changes)


def _action(store: Store, action_id: str, **changes: object) -> IncomingAction:
    (row,) = store.db.execute_sql(
        "SELECT id, organization_id, model_id, criterion_id, title, owner, due_on, status, "
        "notes, private_notes, position, source_assessment_id, since, created_at, updated_at, "
        "private_notes_at FROM action WHERE id = ?",
        (action_id,),
    ).fetchall()
    return IncomingAction(2, *row)._replace(**changes)


def _plan_rows(store: Store) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    return (
        store.db.execute_sql("SELECT * FROM target ORDER BY organization_id, model_id").fetchall(),
        store.db.execute_sql("SELECT * FROM action ORDER BY id").fetchall(),
    )


@pytest.fixture
def source(tmp_path: Path, tsia: MaturityModel) -> Iterator[Store]:
    """Another laptop's store: Acme with a target and two actions of its own."""
    other = Store.open(tmp_path / "source.db")
    org = other.create_organization("Acme")
    other.set_target(org.id, tsia, 3, "2027-06-30")
    other.add_action(org.id, tsia.id, "Hire a CS ops lead", owner="Kim", private_notes="$$")
    other.add_action(org.id, tsia.id, "Map the journey", criterion_id=tsia.criteria[0].id)
    yield other
    other.close()


def _everything(source: Store) -> Incoming:
    (org,) = source.organizations()
    return Incoming(
        organizations={org.id: _organization(source, org.id)},
        targets={(org.id, "tsia-4-phases"): _target(source, org.id)},
        actions={a.id: _action(source, a.id) for a in source.actions(org.id)},
    )


def test_a_source_s_targets_and_actions_are_taken_then_found_unchanged(store: Store, source: Store):
    incoming = _everything(source)
    planned = store.merge(incoming, [], dry_run=True)
    assert (planned.targets.new, planned.actions.new, planned.applied) == (1, 2, False)
    assert _plan_rows(store) == ([], [])  # a dry run changes nothing

    outcome = store.merge(incoming, [])
    assert outcome.applied and outcome.changes_anything
    lines = outcome.describe()
    assert "targets: 1 new, 0 updated, 0 unchanged" in lines
    assert "actions: 2 new, 0 updated, 0 unchanged" in lines
    assert _plan_rows(store) == _plan_rows(source)  # every column, stamps included
    (org,) = store.organizations()
    assert [a.title for a in store.actions(org.id)] == ["Hire a CS ops lead", "Map the journey"]
    assert store.actions(org.id)[0].private_notes == "$$"

    again = store.merge(_everything(source), [])
    assert (again.targets.unchanged, again.actions.unchanged) == (1, 2)
    assert not again.changes_anything
    assert again.describe()[-1].startswith("nothing to change")


def test_a_merge_without_targets_or_actions_says_nothing_of_them(store: Store, source: Store):
    (org,) = source.organizations()
    outcome = store.merge(Incoming(organizations={org.id: _organization(source, org.id)}), [])
    assert not any(line.startswith(("targets", "actions")) for line in outcome.describe())


def test_the_newest_copy_wins_the_whole_row_and_an_older_one_is_kept_here(
    store: Store, source: Store
):
    store.merge(_everything(source), [])
    (org,) = store.organizations()
    first, second = (a.id for a in store.actions(org.id))
    incoming = _everything(source)
    incoming.targets[(org.id, "tsia-4-phases")] = _target(
        source, org.id, stage_level=4, due_on="2028-01-31", updated_at=LATER
    )
    incoming.actions[first] = _action(
        source, first, status="done", owner="Lee", notes="signed", updated_at=LATER
    )
    incoming.actions[second] = _action(source, second, title="Older wording", updated_at=EARLIER)

    outcome = store.merge(incoming, [])

    assert (outcome.targets.updated, outcome.actions.updated, outcome.actions.conflicts) == (
        1,
        1,
        1,
    )
    (target,) = store.targets(org.id)
    assert (target.stage_level, str(target.due_on), target.updated_at) == (4, "2028-01-31", LATER)
    won = store.action(first)
    assert (won.status, won.owner, won.notes, won.updated_at) == ("done", "Lee", "signed", LATER)
    assert store.action(second).title == "Map the journey"  # newer here: kept
    lines = outcome.describe()
    assert "actions: 0 new, 1 updated, 0 unchanged, 1 kept as here (newer here)" in lines
    assert "  row 2: Acme, action 'Map the journey'" in lines


def test_on_equal_stamps_the_larger_values_win_whichever_side_merges(store: Store, source: Store):
    """Two laptops that each merge the other's copy end with the same row."""
    store.merge(_everything(source), [])
    (org,) = store.organizations()
    first = store.actions(org.id)[0].id
    stamp = store.action(first).updated_at
    mine = _action(store, first, owner="Ann")
    theirs = _action(store, first, owner="Zoe")
    store.db.execute_sql("UPDATE action SET owner = 'Ann' WHERE id = ?", (first,))
    source.db.execute_sql("UPDATE action SET owner = 'Zoe' WHERE id = ?", (first,))

    assert store.merge(Incoming(actions={first: theirs}), []).actions.updated == 1
    assert source.merge(Incoming(actions={first: mine}), []).actions.conflicts == 1
    for s in (store, source):
        assert (s.action(first).owner, s.action(first).updated_at) == ("Zoe", stamp)


def test_private_notes_the_source_does_not_carry_stay_on_whichever_copy_wins(
    store: Store, source: Store
):
    store.merge(_everything(source), [])
    (org,) = store.organizations()
    first, second = (a.id for a in store.actions(org.id))
    store.edit_action(second, private_notes="their budget is frozen")
    client_safe = _everything(source)
    client_safe.actions = {
        first: _action(source, first, private_notes=None, title="Hire two", updated_at=LATER),
        second: _action(source, second, private_notes=None),  # older than here's
    }
    outcome = store.merge(client_safe, [])
    # the second differs only by what the file leaves out: the same action
    assert (outcome.actions.updated, outcome.actions.unchanged) == (1, 1)
    assert (store.action(first).title, store.action(first).private_notes) == ("Hire two", "$$")
    assert store.action(second).private_notes == "their budget is frozen"

    # New here and silent on private notes: none.
    fresh = _action(source, first, id="0b5b1cc8-1f6b-4a57-9d5c-0d0c2a000001", private_notes=None)
    store.merge(Incoming(actions={fresh.id: fresh}), [])
    assert store.action(fresh.id).private_notes == ""


def test_an_action_never_moves_to_another_organization(store: Store, source: Store):
    store.merge(_everything(source), [])
    before = _plan_rows(store)
    other = store.create_organization("Globex")
    (org,) = [o for o in store.organizations() if o.id != other.id]
    first = store.actions(org.id)[0].id
    moved = _action(store, first, organization_id=other.id, updated_at=LATER)
    with pytest.raises(MergeRefused, match=f"row 2: action {first} belongs to organization"):
        store.merge(Incoming(actions={first: moved}), [])
    assert _plan_rows(store) == before


@pytest.mark.parametrize("kind", ["target", "action"])
def test_a_target_or_action_of_an_organization_neither_here_nor_coming_is_refused(
    store: Store, source: Store, kind: str
):
    incoming = _everything(source)
    incoming.organizations = {}
    if kind == "target":
        incoming.actions = {}
    else:
        incoming.targets = {}
    words = "a target" if kind == "target" else "an action"
    with pytest.raises(MergeRefused, match=f"of {words} is neither in the source nor here"):
        store.merge(incoming, [])
    assert _plan_rows(store) == ([], [])
    assert store.organizations() == []


def test_a_cleared_target_travels_as_a_change(store: Store, source: Store, tsia: MaturityModel):
    store.merge(_everything(source), [])
    (org,) = source.organizations()
    source.clear_target(org.id, tsia.id)
    outcome = store.merge(Incoming(targets={(org.id, tsia.id): _target(source, org.id)}), [])
    assert outcome.targets.updated == 1
    assert store.targets(org.id) == []


# -- team sync's rules: deletions known both ways, and what is left to send


def _record_a_sync(store: Store) -> None:
    with store.sync_transaction() as local:
        sent = local.rows_to_push(everything=True).count
        local.finish(SERVER_ID, "postgresql://alice@team.example/csm", 1, sent, 0, [])


def _pending(store: Store) -> list[tuple[str, str, str]]:
    return store.db.execute_sql("SELECT tbl, key1, key2 FROM sync_pending ORDER BY tbl").fetchall()


def test_a_pulled_action_deletion_deletes_it_here_with_the_changes_made_to_it(
    store: Store, source: Store
):
    store.merge(_everything(source), [])
    _record_a_sync(store)
    (org,) = store.organizations()
    first, second = (a.id for a in store.actions(org.id))
    store.edit_action(first, status="in progress")  # lost: the deletion wins
    incoming = Incoming(tombstones=[("action", first, LATER)])
    outcome = merge(store, incoming, [], rules=TEAM)
    assert (outcome.deleted, outcome.dropped_here) == (1, 1)
    assert [a.id for a in store.actions(org.id)] == [second]
    assert _pending(store) == []  # known on both sides: nothing to send
    said = outcome.describe("on the team server")
    assert "deleted here, as deleted on the team server: 1" in said


def test_an_action_deleted_here_drops_the_servers_copy_of_it(store: Store, source: Store):
    store.merge(_everything(source), [])
    _record_a_sync(store)
    (org,) = store.organizations()
    first = store.actions(org.id)[0].id
    edited_there = _action(store, first, status="done", updated_at=LATER)
    store.delete_action(first)
    outcome = merge(store, Incoming(actions={first: edited_there}), [], rules=TEAM)
    assert outcome.dropped_from_source == 1 and outcome.actions.total == 0
    assert first not in {a.id for a in store.actions(org.id)}
    assert _pending(store) == [("tombstone", "action", first)]  # still to send


def test_an_organization_deleted_for_good_takes_its_targets_and_actions(
    store: Store, source: Store
):
    store.merge(_everything(source), [])
    _record_a_sync(store)
    (org,) = store.organizations()
    store.edit_action(store.actions(org.id)[0].id, owner="Ann")
    outcome = merge(store, Incoming(tombstones=[("organization", org.id, LATER)]), [], rules=TEAM)
    assert outcome.deleted == 1 and outcome.dropped_here == 1
    assert _plan_rows(store) == ([], [])
    assert _pending(store) == []


def test_pulled_rows_equal_to_here_are_not_sent_back_and_a_changed_one_is_listed(
    store: Store, source: Store
):
    store.merge(_everything(source), [])
    _record_a_sync(store)
    (org,) = store.organizations()
    first, second = (a.id for a in store.actions(org.id))
    # Another laptop changed the target and one action; this one changed the other action.
    store.edit_action(second, owner="Ann")
    target = _target(store, org.id, stage_level=4, updated_at=LATER)
    pulled = Incoming(
        targets={(org.id, "tsia-4-phases"): target},
        actions={
            first: _action(store, first, status="done", updated_at=LATER),
            second: _action(store, second, owner="Bob", updated_at=EARLIER),
        },
    )
    outcome = merge(store, pulled, [], rules=TEAM)
    assert (outcome.targets.updated, outcome.actions.updated, outcome.actions.conflicts) == (
        1,
        1,
        1,
    )
    assert store.action(first).status == "done" and store.action(second).owner == "Ann"
    # Only the change made here waits to be sent; the pulled ones were echoes.
    assert _pending(store) == [("action", second, "")]
    assert outcome.record_conflicts == [
        "action 'Map the journey' of 'Acme': edited here and on the team server; kept as here"
    ]
