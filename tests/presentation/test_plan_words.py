"""The words of targets and the roadmap (`presentation.plan`), worked out by hand: the gap
sentence in each of its cases, and the state a reader must notice first."""

from __future__ import annotations

from datetime import date

from csmaturity_app import i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.presentation.plan import gap_text, state_text, status_label, target_label
from csmaturity_app.store import Store

TODAY = date(2026, 11, 30)


def _placed_at_phase_1(store: Store, tsia: MaturityModel) -> str:
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", "2026-01-15")
    phase_1 = next(s for s in tsia.stages if s.level == 1)
    for criterion in tsia.criteria_of_stage(phase_1.id):
        store.record_answer(a.id, criterion.id, tsia.max_score)
    store.set_status(a.id, "complete")
    return org.id


def test_the_gap_counts_stages_criteria_and_days_left(store: Store, tsia: MaturityModel):
    org = _placed_at_phase_1(store, tsia)
    store.set_target(org, tsia, 2, "2027-01-09")
    (view,) = store.plan(org, TODAY).targets
    phase_2 = next(s for s in tsia.stages if s.level == 2)
    criteria = len(tsia.criteria_of_stage(phase_2.id))  # none rated: all to go
    assert target_label(view) == "Phase 2 Storming by 9 January 2027"
    assert gap_text(view, TODAY) == (
        f"1 stage to go, {criteria} criteria not fully in place, 40 days left"
    )


def test_a_date_gone_by_says_how_long_ago(store: Store, tsia: MaturityModel):
    org = _placed_at_phase_1(store, tsia)
    store.set_target(org, tsia, 3, "2026-11-29")
    (view,) = store.plan(org, TODAY).targets
    assert gap_text(view, TODAY).endswith(", 1 day past the date")
    store.set_target(org, tsia, 3)
    (view,) = store.plan(org, TODAY).targets
    assert target_label(view) == "Phase 3 Norming with no date set"
    assert "day" not in gap_text(view, TODAY)


def test_a_target_reached_and_one_without_an_assessment(store: Store, tsia, ftworks):
    org = _placed_at_phase_1(store, tsia)
    store.set_target(org, tsia, 1, "2027-01-09")
    store.set_target(org, ftworks, 3)
    by_model = {v.target.model_id: v for v in store.plan(org, TODAY).targets}
    assert gap_text(by_model[tsia.id], TODAY) == "Reached"
    assert gap_text(by_model[ftworks.id], TODAY) == f"No assessment on {ftworks.title} yet"


def test_a_stage_the_assessed_version_lacks_is_said(store: Store, tsia, ftworks):
    """A target's level is of the newest version; the latest assessment may be on an older
    one without that level: the sentence says so rather than a gap it cannot measure."""
    org = _placed_at_phase_1(store, tsia)
    store.set_target(org, tsia, 2)
    (view,) = store.plan(org, TODAY).targets
    gapless = view.__class__(view.target, view.model, view.stage, view.latest, None)
    assert gap_text(gapless, TODAY) == f"{tsia.title} {tsia.version} has no such stage"


def test_the_state_a_reader_notices_first(store: Store, tsia: MaturityModel):
    org = _placed_at_phase_1(store, tsia)
    store.set_target(org, tsia, 2, "2026-11-01")
    first, second = store.build_roadmap(org, tsia.id)[:2]
    store.edit_action(second.id, status="done")
    items = {i.action.id: i for i in store.plan(org, TODAY).items}
    assert state_text(items[first.id]) == "Overdue"
    assert state_text(items[second.id]) == ""  # done: not overdue
    assert status_label("in progress") == "In progress"


def test_the_target_in_french_says_its_date_as_a_reader_does(store: Store, tsia: MaturityModel):
    org = _placed_at_phase_1(store, tsia)
    store.set_target(org, tsia, 2, "2027-01-09")
    (view,) = store.plan(org, TODAY).targets
    with i18n.using("fr"):
        label = target_label(view)
    assert label.endswith("d\u2019ici le 9 janvier 2027") or label.endswith(
        "d'ici le 9 janvier 2027"
    )
    assert "2027-01-09" not in label
