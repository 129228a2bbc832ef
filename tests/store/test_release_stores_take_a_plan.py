"""Every store a release wrote (schema 1 to 6), once upgraded (that it upgrades after a backup
and shows the same results: `test_release_stores_take_respondents`), takes a plan: a target,
a roadmap built from its latest placement, an action edited, and a private note; none of which
changes a result."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from release_stores import opened_copy

from csmaturity_app.store import Store

RELEASES = (1, 2, 3, 4, 5, 6)


@pytest.fixture(params=RELEASES, ids=[f"schema{n}" for n in RELEASES])
def release(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[int, Store]]:
    with opened_copy(request.param, tmp_path) as store:
        yield request.param, store


def results(store: Store) -> dict[str, tuple[object, ...]]:
    out = {}
    for a in store.assessments():
        r = store.result(a.id)
        out[a.id] = (r.placed_level, r.placed_label, round(r.maturity_index, 12), r.answered)
    return out


def test_each_release_store_then_takes_a_target_a_roadmap_an_edit_and_a_private_note(
    release: tuple[int, Store],
):
    _, store = release
    before = results(store)
    assessments = store.assessments()
    # The organization's latest assessment on a model decides its placement.
    latest = max(assessments, key=lambda a: (a.assessed_on, a.created_at))
    scored = store.scored(latest.id)
    model = scored.model
    top = max(s.level for s in model.stages)
    org_id = latest.organization_id

    target = store.set_target(org_id, model, top, "2027-06-30")
    assert (target.stage_level, target.due_on) == (top, date(2027, 6, 30))
    added = store.build_roadmap(org_id, model.id)
    assert added, "an assessment below the top stage leaves criteria to bring into place"
    assert {a.criterion_id for a in added} <= set(model.criteria_by_id)
    assert {a.due_on for a in added} == {date(2027, 6, 30)}
    assert store.build_roadmap(org_id, model.id) == []  # built once: nothing to add again

    edited = store.edit_action(
        added[0].id, owner="Pat Lee", status="in progress", private_notes="budget is tight"
    )
    assert (edited.owner, edited.status, edited.private_notes) == (
        "Pat Lee",
        "in progress",
        "budget is tight",
    )

    draft = next((a for a in assessments if a.status == "draft"), latest)
    if draft.status == "complete":
        store.set_status(draft.id, "draft")  # reopened: private notes go on a draft's answers
    criterion = store.scored(draft.id).model.criteria[0].id
    noted = store.record_private_notes(draft.id, criterion, "the CFO disagrees")
    assert noted.private_notes == "the CFO disagrees"
    assert store.answers(draft.id)[criterion].private_notes == "the CFO disagrees"

    view = store.plan(org_id, today=date(2026, 6, 1))
    assert [t.target.stage_level for t in view.targets] == [top]
    assert view.targets[0].latest is not None
    assert [i.action.id for i in view.items] == [a.id for a in added]
    assert view.items[0].action.private_notes == "budget is tight"
    assert not any(i.overdue for i in view.items)
    assert results(store) == before
