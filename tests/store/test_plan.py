"""Targets and the roadmap in the store: set, built from the latest placement, edited,
deleted and put back, achieved by a later assessment, overdue past its date."""

from __future__ import annotations

import sqlite3
import time
import uuid
from datetime import date, datetime

import pytest

from csmaturity_app.store import MAX_ACTIONS, NotFoundError, StoreError


def _assessed(store, org, model, scores, on="2026-01-15", complete=False):
    a = store.create_assessment(org.id, model, "Ana", on)
    for criterion_id, score in scores.items():
        if score == "na":
            store.record_answer(a.id, criterion_id, None, not_applicable=True)
        else:
            store.record_answer(a.id, criterion_id, score)
    if complete:
        store.set_status(a.id, "complete")
    return a


def _stage_criteria(model, level):
    stage = next(s for s in model.stages if s.level == level)
    return [c.id for c in model.criteria_of_stage(stage.id)]


def _placed_at_1(model):
    """Phase 1 fully in place, the rest unanswered."""
    return {c: model.max_score for c in _stage_criteria(model, 1)}


def test_a_target_must_be_a_stage_of_the_model(store, tsia):
    org = store.create_organization("Acme")
    with pytest.raises(StoreError, match="has no stage 7; its stages are 1, 2, 3, 4"):
        store.set_target(org.id, tsia, 7)
    with pytest.raises(StoreError, match="not a date"):
        store.set_target(org.id, tsia, 3, "30/06/2027")
    assert store.targets(org.id) == []


def test_setting_a_target_again_replaces_it_and_clearing_keeps_the_actions(store, tsia):
    org = store.create_organization("Acme")
    store.set_target(org.id, tsia, 2, "2027-06-30")
    target = store.set_target(org.id, tsia, 3, date(2027, 12, 31))
    assert (target.stage_level, target.due_on) == (3, date(2027, 12, 31))
    assert [t.stage_level for t in store.targets(org.id)] == [3]
    _assessed(store, org, tsia, _placed_at_1(tsia))
    assert store.build_roadmap(org.id, tsia.id)
    old = store.clear_target(org.id, tsia.id)
    assert old == target
    assert store.targets(org.id) == []
    assert store.actions(org.id)  # the roadmap stays
    assert store.clear_target(org.id, tsia.id) is None


def test_the_roadmap_runs_from_the_placement_to_the_target_by_stage_then_weakness(store, tsia):
    org = store.create_organization("Acme")
    phase2 = _stage_criteria(tsia, 2)
    scores = _placed_at_1(tsia) | {phase2[0]: 2, phase2[1]: 0, phase2[2]: tsia.max_score}
    scores[phase2[3]] = "na"
    _assessed(store, org, tsia, scores)
    store.set_target(org.id, tsia, 3, "2027-06-30")
    added = store.build_roadmap(org.id, tsia.id)
    criteria = [a.criterion_id for a in added]
    phase3 = _stage_criteria(tsia, 3)
    # phase 2: the 0 and the unanswered first (both weakest), then the 2; fully in place and
    # not applicable left out; then all of phase 3, none of phase 4
    assert criteria[0] == phase2[1]
    assert criteria.index(phase2[0]) > criteria.index(phase2[4])
    assert phase2[2] not in criteria and phase2[3] not in criteria
    assert set(criteria) == (set(phase2) - {phase2[2], phase2[3]}) | set(phase3)
    assert criteria[-len(phase3) :] == phase3
    first = added[0]
    assert first.title == tsia.criteria_by_id[first.criterion_id].action
    assert (first.status, first.owner, first.due_on) == ("open", "", date(2027, 6, 30))
    assert [a.position for a in added] == list(range(len(added)))
    # built again: nothing new, whatever became of the actions
    store.edit_action(first.id, status="dropped")
    assert store.build_roadmap(org.id, tsia.id) == []


def test_a_roadmap_needs_a_target_and_an_assessment(store, tsia):
    org = store.create_organization("Acme")
    with pytest.raises(StoreError, match="no target"):
        store.build_roadmap(org.id, tsia.id)
    store.set_target(org.id, tsia, 3)
    with pytest.raises(StoreError, match="no assessment"):
        store.build_roadmap(org.id, tsia.id)


def test_actions_are_edited_checked_deleted_and_put_back(store, tsia):
    org = store.create_organization("Acme")
    a = store.add_action(org.id, tsia.id, "  Hire a  CS ops lead ", owner="Kim")
    assert a.title == "Hire a CS ops lead" and a.criterion_id == ""
    b = store.edit_action(a.id, status="in progress", due_on="2027-03-01", private_notes="$$")
    assert (b.status, b.due_on, b.private_notes) == ("in progress", date(2027, 3, 1), "$$")
    assert b.updated_at > a.updated_at
    assert store.edit_action(a.id, status="in progress") == b  # no change, no new stamp
    for bad in ({"status": "finished"}, {"due_on": "next week"}, {"title": " "}):
        with pytest.raises(StoreError):
            store.edit_action(a.id, **bad)
    assert store.action(a.id) == b
    removed = store.delete_action(a.id)
    assert store.actions(org.id) == []
    with pytest.raises(NotFoundError):
        store.action(a.id)
    back = store.restore_action(removed)
    assert (back.id, back.title, back.status, back.position) == (a.id, b.title, b.status, 0)


def test_a_later_assessment_rating_the_criterion_fully_in_place_achieves_the_action(store, tsia):
    org = store.create_organization("Acme")
    _assessed(store, org, tsia, _placed_at_1(tsia), on="2026-01-15", complete=True)
    store.set_target(org.id, tsia, 2, "2026-03-01")
    actions = store.build_roadmap(org.id, tsia.id)
    first, second = actions[0], actions[1]
    later = _assessed(store, org, tsia, {first.criterion_id: tsia.max_score}, on="2026-06-01")
    view = store.plan(org.id, today=date(2026, 6, 2))
    items = {i.action.id: i for i in view.items}
    assert items[first.id].achieved_by.assessment_id == later.id
    assert items[first.id].overdue is False  # achieved: not overdue, whatever its status
    assert items[second.id].achieved_by is None
    assert items[second.id].overdue is True
    assert items[second.id].criterion.id == second.criterion_id
    assert items[second.id].stage.level == 2
    store.edit_action(second.id, status="done")
    view = store.plan(org.id, today=date(2026, 6, 2))
    assert not {i.action.id: i for i in view.items}[second.id].overdue
    (target,) = view.targets
    # the placement is the latest complete assessment's, not the later draft's
    assert target.latest.record.assessed_on == date(2026, 1, 15)
    assert target.gap.stages_to_go == 1 and not target.gap.reached
    store.set_status(later.id, "complete")
    (target,) = store.plan(org.id).targets
    assert target.latest.record.id == later.id
    assert target.gap.stages_to_go == 2


def test_private_notes_are_kept_apart_and_survive_delete_and_undo(store, tsia):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia)
    criterion = tsia.criteria[0].id
    store.record_answer(a.id, criterion, 2, notes="seen the dashboard")
    saved = store.record_private_notes(a.id, criterion, "CFO doubts the numbers")
    assert (saved.score, saved.notes, saved.private_notes) == (
        2,
        "seen the dashboard",
        "CFO doubts the numbers",
    )
    store.record_answer(a.id, criterion, 3)
    assert store.answers(a.id)[criterion].private_notes == "CFO doubts the numbers"
    assert store.scored(a.id).answers[criterion].private_notes == "CFO doubts the numbers"
    deleted = store.delete_assessment(a.id)
    store.restore_assessment(deleted)
    assert store.answers(a.id)[criterion].private_notes == "CFO doubts the numbers"


def test_code_points_xml_cannot_hold_are_dropped_like_control_characters(store, tsia):
    """An XLSX or a DOCX cannot hold U+FFFE, U+FFFF or a lone surrogate: kept, one would stop
    every action plan and report of the organization from being written."""
    org = store.create_organization("Acme")
    a = store.add_action(
        org.id,
        tsia.id,
        "Hire\uffff a lead",
        owner="Kim\ud800",
        notes="seen\ufffe here",
        private_notes="\uffffsecret",
    )
    assert (a.title, a.owner, a.notes, a.private_notes) == (
        "Hire a lead",
        "Kim",
        "seen here",
        "secret",
    )
    b = store.edit_action(a.id, title="Do \ufffeit")
    assert b.title == "Do it"


def test_a_due_date_must_be_a_plausible_year(store, tsia):
    """0001 for 2001 is a slip, and a spreadsheet shows a date before 1900 wrong."""
    org = store.create_organization("Acme")
    for bad in ("0001-01-01", "1899-12-31", "1969-12-31", "3000-01-01", date(1, 1, 1)):
        with pytest.raises(StoreError, match="year is not between 1970 and 2999"):
            store.set_target(org.id, tsia, 3, bad)
        with pytest.raises(StoreError, match="year is not between 1970 and 2999"):
            store.add_action(org.id, tsia.id, "Plan", due_on=bad)
    assert store.targets(org.id) == [] and store.actions(org.id) == []
    a = store.add_action(org.id, tsia.id, "Plan", due_on="1970-01-01")
    with pytest.raises(StoreError, match="year is not between"):
        store.edit_action(a.id, due_on="0999-06-30")
    assert store.edit_action(a.id, due_on="2999-12-31").due_on == date(2999, 12, 31)


def test_an_organization_holds_at_most_max_actions(store, tsia):
    """A bound no real roadmap reaches keeps a runaway one from making every plan slow."""
    org = store.create_organization("Acme")
    first = store.add_action(org.id, tsia.id, "First")
    connection = sqlite3.connect(store.path)
    with connection:
        connection.executemany(
            "INSERT INTO action (id, organization_id, model_id, criterion_id, title, owner, "
            "due_on, status, notes, private_notes, position, source_assessment_id, since, "
            "created_at, updated_at) VALUES (?, ?, ?, '', 'Filler', '', '', 'open', '', '', "
            "?, '', '', ?, ?)",
            [
                (str(uuid.uuid4()), org.id, tsia.id, n + 1, first.created_at, first.updated_at)
                for n in range(MAX_ACTIONS - 1)
            ],
        )
    connection.close()
    with pytest.raises(StoreError, match="at most 10,000 actions"):
        store.add_action(org.id, tsia.id, "One too many")
    removed = store.delete_action(first.id)
    store.add_action(org.id, tsia.id, "Takes its place")
    with pytest.raises(StoreError, match="at most 10,000 actions"):
        store.restore_action(removed)
    store.set_target(org.id, tsia, 4)
    _assessed(store, org, tsia, _placed_at_1(tsia))
    with pytest.raises(StoreError, match="at most 10,000 actions"):
        store.build_roadmap(org.id, tsia.id)
    assert len(store.actions(org.id)) == MAX_ACTIONS
    other = store.create_organization("Beta")
    assert store.add_action(other.id, tsia.id, "Beta's own").position == 0


def test_an_action_on_a_criterion_a_later_version_dropped_keeps_its_words(store, tsia, tsia_v1):
    """A roadmap built from an assessment on an older version names criteria the newest one
    no longer has: the plan shows them in the words and stage of the version that has them."""
    dropped = set(tsia_v1.criteria_by_id) - set(tsia.criteria_by_id)
    assert dropped
    org = store.create_organization("Acme")
    _assessed(store, org, tsia_v1, _placed_at_1(tsia_v1), complete=True)
    store.set_target(org.id, tsia, 4)  # the newest version is stored too
    built = store.build_roadmap(org.id, tsia.id)
    assert dropped & {a.criterion_id for a in built}
    items = store.plan(org.id).items
    for item in items:
        assert item.criterion is not None and item.stage is not None, item.action.criterion_id
        assert item.criterion.id == item.action.criterion_id
    old = next(i for i in items if i.action.criterion_id in dropped)
    assert old.criterion == tsia_v1.criteria_by_id[old.action.criterion_id]
    assert old.stage.id == old.criterion.stage


def test_the_store_refuses_what_a_teammate_s_pull_would_refuse_in_the_same_words(store, tsia):
    org = store.create_organization("Acme")
    a = store.add_action(org.id, tsia.id, "Do it")
    with pytest.raises(StoreError, match=r"is not a position \(a whole number from 0\)"):
        store.edit_action(a.id, position=1_500_000)
    with pytest.raises(StoreError, match="is not a maturity model's id"):
        store.add_action(org.id, "My Model", "Do it")
    with pytest.raises(StoreError, match="is not a criterion's id"):
        store.add_action(org.id, tsia.id, "Do it", criterion_id="F 01")
    assert [x.id for x in store.actions(org.id)] == [a.id]
    assert store.action(a.id).position == a.position


def test_a_due_date_given_as_a_datetime_is_stored_as_its_day(store, tsia):
    """A datetime is a date too: what a spreadsheet cell or a date editor gives."""
    from datetime import datetime

    org = store.create_organization("Acme")
    target = store.set_target(org.id, tsia, 3, datetime(2027, 6, 30, 14, 5))
    assert target.due_on == date(2027, 6, 30)
    a = store.add_action(org.id, tsia.id, "Do it", due_on=datetime(2027, 5, 1))
    store.edit_action(a.id, due_on=datetime(2027, 6, 1, 9))
    assert store.action(a.id).due_on == date(2027, 6, 1)
    assert store.targets(org.id)[0].due_on == date(2027, 6, 30)
    assert store.plan(org.id).items[0].action.due_on == date(2027, 6, 1)


def test_a_draft_made_after_the_source_on_the_same_day_achieves_the_action(store, tsia):
    org = store.create_organization("Acme")
    source = _assessed(store, org, tsia, _placed_at_1(tsia), on="2026-03-01", complete=True)
    criterion = _stage_criteria(tsia, 2)[0]
    scores = {**_placed_at_1(tsia), criterion: tsia.max_score}
    later = _assessed(store, org, tsia, scores, on="2026-03-01")  # made before the build
    store.set_target(org.id, tsia, 2, "2026-01-01")
    built = store.build_roadmap(org.id, tsia.id)
    assert built[0].source_assessment_id == source.id
    item = next(
        i
        for i in store.plan(org.id, today=date(2026, 6, 1)).items
        if i.action.criterion_id == criterion
    )
    assert item.achieved_by is not None and item.achieved_by.assessment_id == later.id
    assert item.overdue is False


def test_an_assessment_dated_before_a_hand_added_action_does_not_achieve_it(store, tsia):
    org = store.create_organization("Acme")
    criterion = tsia.criteria[0].id
    action = store.add_action(org.id, tsia.id, "Fix it", criterion_id=criterion)
    _assessed(store, org, tsia, {criterion: tsia.max_score}, on="2025-01-10")  # typed in later
    assert store.plan(org.id).items[0].achieved_by is None
    today = datetime.fromisoformat(action.created_at).astimezone().date()
    later = _assessed(store, org, tsia, {criterion: tsia.max_score}, on=today.isoformat())
    assert store.plan(org.id).items[0].achieved_by.assessment_id == later.id


def test_an_assessment_on_the_local_day_of_a_hand_added_action_achieves_it_west_of_utc(
    store, tsia, monkeypatch
):
    """At 20:00 in Los Angeles it is already the next day in UTC; an assessment dated that
    (local) evening is on the action's day, as the user sees it."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        org = store.create_organization("Acme")
        criterion = tsia.criteria[0].id
        action = store.add_action(org.id, tsia.id, "Fix it", criterion_id=criterion)
        evening = "2026-12-01T04:00:00.000000+00:00"  # 20:00 on 30 November there
        store.db.execute_sql(
            "UPDATE action SET created_at = ?, updated_at = ? WHERE id = ?",
            (evening, evening, action.id),
        )
        later = _assessed(store, org, tsia, {criterion: tsia.max_score}, on="2026-11-30")
        store.db.execute_sql(
            "UPDATE assessment SET created_at = ? WHERE id = ?",
            ("2026-12-01T04:30:00.000000+00:00", later.id),
        )
        (item,) = store.plan(org.id, today=date(2026, 11, 30)).items
        assert item.achieved_by is not None
        assert item.achieved_by.assessment_id == later.id
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_built_action_s_id_is_its_organization_model_and_criterion(store, tsia, store_path):
    """Two laptops that build the same roadmap make the same rows; a criterion's action
    deleted and built again comes back under its id."""
    org = store.create_organization("Acme")
    _assessed(store, org, tsia, _placed_at_1(tsia), complete=True)
    store.set_target(org.id, tsia, 2, "2027-01-01")
    built = store.build_roadmap(org.id, tsia.id)
    from csmaturity_app.store import Store

    with Store.open(store_path.with_name("other.db")) as other:
        twin = other.create_organization("Acme")
        _assessed(other, twin, tsia, _placed_at_1(tsia), complete=True)
        other.set_target(twin.id, tsia, 2, "2027-01-01")
        other_built = other.build_roadmap(twin.id, tsia.id)
    assert {a.id for a in built}.isdisjoint(a.id for a in other_built)  # another organization
    first = built[0]
    store.delete_action(first.id)
    (again,) = store.build_roadmap(org.id, tsia.id)
    assert (again.id, again.criterion_id) == (first.id, first.criterion_id)
    assert len({a.id for a in built}) == len(built)


def test_private_notes_keep_the_time_they_were_written_through_undo_and_carry_forward(
    store, tsia, tsia_v1
):
    org = store.create_organization("Acme")
    assert store.add_action(org.id, tsia.id, "Plain").private_notes_at == ""
    a = store.add_action(org.id, tsia.id, "Do it", private_notes="p")
    assert a.private_notes_at == a.created_at
    edited = store.edit_action(a.id, owner="Kim")
    assert edited.private_notes_at == a.private_notes_at  # only writing them moves it
    edited = store.edit_action(a.id, private_notes="q")
    assert edited.private_notes_at == edited.updated_at > a.private_notes_at
    store.delete_action(a.id)
    assert store.restore_action(edited).private_notes_at == edited.private_notes_at

    old = store.create_assessment(org.id, tsia_v1)
    criterion = tsia_v1.criteria[0].id
    store.record_answer(old.id, criterion, 2)
    assert store.answers(old.id)[criterion].private_notes_at == ""
    saved = store.record_private_notes(old.id, criterion, "doubts")
    assert saved.private_notes_at == saved.updated_at != ""
    store.record_answer(old.id, criterion, 3)
    assert store.answers(old.id)[criterion].private_notes_at == saved.private_notes_at
    deleted = store.delete_assessment(old.id)
    store.restore_assessment(deleted)
    assert store.answers(old.id)[criterion].private_notes_at == saved.private_notes_at
    new = store.carry_forward(old.id, tsia)
    carried = [x for x in store.answers(new.id).values() if x.private_notes]
    assert carried and {x.private_notes_at for x in carried} == {saved.private_notes_at}
