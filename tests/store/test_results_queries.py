"""The results pane's queries on a real store: progression, peer indices, comparison.

Maturity indices are worked out by hand where each assessment is made (see `rated`); none is
computed by the code under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from csmaturity_app.maturity import MaturityModel, parse_model
from csmaturity_app.store import NotFoundError, Store, StoreError

TSIA, FT = "tsia-4-phases", "ftworks-5-levels"


def rated(
    store: Store,
    org_id: str,
    model: MaturityModel,
    on: date,
    stage_scores: dict[str, int],
    status: str = "complete",
) -> str:
    """An assessment with every criterion of the stages named rated the same; its id."""
    assessment = store.create_assessment(org_id, model, "Ann", on)
    for criterion in model.criteria:
        if criterion.stage in stage_scores:
            store.record_answer(assessment.id, criterion.id, stage_scores[criterion.stage])
    if status == "complete":
        store.set_status(assessment.id, "complete")
    return assessment.id


# TSIA 1.0.0 (threshold 0.75): Forming F01-F08, Storming S01-S09. Nothing: not yet
# Phase 1, index 0.
# Forming all 3 -> Phase 1, index 1.0. + Storming all 2 -> 18/27, below 0.75: still
# Phase 1, index 1 + 2/3.
# Forming, Storming all 3 -> Phase 2, index 2.0.
NOTHING: dict[str, int] = {}
PHASE_1 = {"forming": 3}
PHASE_1_TWO_THIRDS = {"forming": 3, "storming": 2}
PHASE_2 = {"forming": 3, "storming": 3}
# FT Works 1.0.0: nothing -> Level 0 Asleep, index 0; Random all 3 -> Level 1, index 1.0;
# Random all 3 + Tactical all 1 (10/30) -> index 1 + 1/3.
LEVEL_1 = {"random": 3}
LEVEL_1_THIRD = {"random": 3, "tactical": 1}


@pytest.fixture
def tsia(tsia_v1: MaturityModel) -> MaturityModel:
    """Version 1.0.0: the indices here were worked by hand on its criteria and its 0.75."""
    return tsia_v1


@pytest.fixture
def ftworks(ftworks_v1: MaturityModel) -> MaturityModel:
    """Version 1.0.0, as TSIA: the counts in the comments are its criteria."""
    return ftworks_v1


@pytest.fixture
def tsia_next(tsia: MaturityModel) -> MaturityModel:
    """Another version of TSIA (same id): it counts as the same maturity model."""
    data = tsia.to_dict()
    data["version"] = "1.1.0"
    return parse_model(data, "tsia 1.1.0")


# ---------------------------------------------------------------- progression


def test_progression_has_completed_assessments_in_date_order_one_series_per_model(
    store: Store, tsia: MaturityModel, ftworks: MaturityModel, tsia_next: MaturityModel
):
    org = store.create_organization("Acme")
    other = store.create_organization("Other")
    a = rated(store, org.id, tsia, date(2024, 3, 1), PHASE_1_TWO_THIRDS)
    b = rated(store, org.id, tsia, date(2023, 9, 1), PHASE_1)  # created later, dated earlier
    rated(store, org.id, tsia, date(2024, 9, 1), PHASE_2, status="draft")
    c = rated(store, org.id, ftworks, date(2024, 1, 15), LEVEL_1)
    d = rated(store, org.id, tsia_next, date(2024, 3, 1), PHASE_2)  # same date as a, after it
    rated(store, other.id, tsia, date(2023, 1, 1), PHASE_2)

    ft_series, tsia_series = store.progression(org.id)

    assert (ft_series.model_id, ft_series.title) == (FT, ftworks.title)
    (point,) = ft_series.points
    assert (point.assessment_id, point.assessed_on, point.maturity_index, point.placed_label) == (
        c,
        date(2024, 1, 15),
        1.0,
        "Level 1 Random",
    )
    assert tsia_series.model_id == TSIA
    assert [p.assessment_id for p in tsia_series.points] == [b, a, d]
    assert [p.assessed_on for p in tsia_series.points] == [
        date(2023, 9, 1),
        date(2024, 3, 1),
        date(2024, 3, 1),
    ]
    assert [p.maturity_index for p in tsia_series.points] == pytest.approx([1.0, 5 / 3, 2.0])
    assert [p.placed_label for p in tsia_series.points] == [
        "Phase 1 Forming",
        "Phase 1 Forming",
        "Phase 2 Storming",
    ]


def test_progression_of_an_organization_without_completed_assessments_is_empty(
    store: Store, tsia: MaturityModel
):
    org = store.create_organization("New")
    assert store.progression(org.id) == []
    rated(store, org.id, tsia, date(2024, 1, 1), PHASE_1, status="draft")
    assert store.progression(org.id) == []


def test_progression_of_an_unknown_or_deleted_organization_is_refused(store: Store):
    org = store.create_organization("Gone")
    store.delete_organization(org.id)
    for org_id in (org.id, "no-such-id"):
        with pytest.raises(NotFoundError):
            store.progression(org_id)


# ---------------------------------------------------------------- peers


@pytest.fixture
def peers_store(
    store: Store, tsia: MaturityModel, ftworks: MaturityModel, tsia_next: MaturityModel
) -> dict[str, str]:
    """Organizations with TSIA / FT Works assessments; the expected peer index beside each."""
    own = store.create_organization("Own")
    rated(store, own.id, tsia, date(2024, 1, 1), PHASE_2)  # 2.0: never its own peer

    p1 = store.create_organization("P1: latest by date")
    rated(store, p1.id, tsia, date(2024, 5, 1), PHASE_1)  # 1.0  <- latest completed
    rated(store, p1.id, tsia, date(2023, 5, 1), PHASE_2)  # 2.0, older (created later)
    rated(store, p1.id, tsia, date(2025, 1, 1), PHASE_2, status="draft")  # a draft: ignored

    p2 = store.create_organization("P2: also on FT Works")
    rated(store, p2.id, tsia, date(2023, 2, 1), PHASE_1_TWO_THIRDS)  # 1 + 2/3 <- TSIA
    rated(store, p2.id, ftworks, date(2024, 2, 1), LEVEL_1_THIRD)  # 1 + 1/3 <- FT Works

    p3 = store.create_organization("P3: in the trash")
    rated(store, p3.id, tsia, date(2024, 1, 1), PHASE_2)
    store.delete_organization(p3.id)

    p4 = store.create_organization("P4: drafts only")
    rated(store, p4.id, tsia, date(2024, 1, 1), PHASE_2, status="draft")

    p5 = store.create_organization("P5: two on one day")
    rated(store, p5.id, tsia, date(2024, 4, 1), PHASE_2)  # 2.0, created first
    rated(store, p5.id, tsia, date(2024, 4, 1), NOTHING)  # 0.0 <- created last: latest

    p6 = store.create_organization("P6: another version of TSIA")
    rated(store, p6.id, tsia_next, date(2024, 6, 1), PHASE_1)  # 1.0

    store.create_organization("P7: no assessment")
    return {"own": own.id, "p1": p1.id, "p2": p2.id, "p3": p3.id, "p5": p5.id}


def test_peer_indices_take_the_latest_completed_assessment_of_every_other_organization(
    store: Store, peers_store: dict[str, str]
):
    # P5 0.0, P1 1.0, P6 1.0, P2 1 + 2/3; not Own, P3 (trash), P4 (drafts), P7 (none)
    assert store.peer_indices(TSIA, peers_store["own"]) == pytest.approx([0.0, 1.0, 1.0, 5 / 3])
    # from P1's side: Own (2.0) is a peer, P1 is not
    assert store.peer_indices(TSIA, peers_store["p1"]) == pytest.approx([0.0, 1.0, 5 / 3, 2.0])
    # FT Works: P2 only
    assert store.peer_indices(FT, peers_store["own"]) == pytest.approx([4 / 3])
    assert store.peer_indices(FT, peers_store["p2"]) == []
    assert store.peer_indices("no-such-model", peers_store["own"]) == []


def test_peer_indices_break_a_same_day_tie_by_creation_time_not_insertion(
    store: Store, tsia: MaturityModel
):
    own = store.create_organization("Own")
    peer = store.create_organization("Peer")
    rated(store, peer.id, tsia, date(2024, 4, 1), PHASE_2)  # 2.0, created (stamped) later ...
    imported = rated(store, peer.id, tsia, date(2024, 4, 1), PHASE_1)  # 1.0, inserted last
    # ... as if the second had come from another laptop's snapshot, made earlier there
    store.db.execute_sql(
        "UPDATE assessment SET created_at = '2000-01-01T00:00:00.000000+00:00' WHERE id = ?",
        (imported,),
    )
    assert store.peer_indices(TSIA, own.id) == [2.0]


def test_peer_indices_follow_changes_to_the_store(
    store: Store, peers_store: dict[str, str], tsia: MaturityModel
):
    own = peers_store["own"]
    assert store.peer_indices(TSIA, own) == pytest.approx([0.0, 1.0, 1.0, 5 / 3])

    # P1's latest reopened: its older completed one (2.0) becomes its latest
    (p1_latest, *_) = [a for a in store.assessments(peers_store["p1"]) if a.status == "complete"]
    store.set_status(p1_latest.id, "draft")
    assert store.peer_indices(TSIA, own) == pytest.approx([0.0, 1.0, 5 / 3, 2.0])

    # ... re-rated (Storming all 3 too) and completed again: 2.0 from it
    for criterion in tsia.criteria_of_stage("storming"):
        store.record_answer(p1_latest.id, criterion.id, 3)
    store.set_status(p1_latest.id, "complete")
    assert store.peer_indices(TSIA, own) == pytest.approx([0.0, 1.0, 5 / 3, 2.0])

    # P2 to the trash and P3 back out of it (2.0)
    store.delete_organization(peers_store["p2"])
    store.restore_organization(peers_store["p3"])
    assert store.peer_indices(TSIA, own) == pytest.approx([0.0, 1.0, 2.0, 2.0])

    # a new organization's first completed assessment
    new = store.create_organization("P8")
    rated(store, new.id, tsia, date(2024, 7, 1), PHASE_1_TWO_THIRDS)
    assert store.peer_indices(TSIA, own) == pytest.approx([0.0, 1.0, 5 / 3, 2.0, 2.0])


def test_peer_indices_see_what_another_connection_wrote(
    store: Store, store_path, peers_store: dict[str, str]
):
    own = peers_store["own"]
    assert store.peer_indices(TSIA, own) == pytest.approx([0.0, 1.0, 1.0, 5 / 3])
    with Store.open(store_path) as elsewhere:  # another window, or the command line
        elsewhere.delete_organization(peers_store["p5"])
    assert store.peer_indices(TSIA, own) == pytest.approx([1.0, 1.0, 5 / 3])


def test_peer_indices_read_in_a_transaction_rolled_back_are_not_kept(
    store: Store, peers_store: dict[str, str]
):
    own = peers_store["own"]
    with pytest.raises(RuntimeError), store.db.atomic():
        store.delete_organization(peers_store["p5"])
        assert store.peer_indices(TSIA, own) == pytest.approx([1.0, 1.0, 5 / 3])
        raise RuntimeError("changed my mind")
    assert store.peer_indices(TSIA, own) == pytest.approx([0.0, 1.0, 1.0, 5 / 3])


# ---------------------------------------------------------------- compare


def test_compare_assessments_lists_exactly_the_changed_criteria(store: Store, tsia: MaturityModel):
    org = store.create_organization("Acme")
    before = store.create_assessment(org.id, tsia, "Ann", date(2023, 6, 1))
    for criterion_id, score in {"F01": 1, "F02": 2, "F03": 3, "S01": 2}.items():
        store.record_answer(before.id, criterion_id, score)
    store.record_answer(before.id, "F04", None, not_applicable=True)
    store.record_notes(before.id, "N01", "asked, no answer yet")  # notes only: unanswered
    store.set_status(before.id, "complete")
    after = store.create_assessment(org.id, tsia, "Ann", date(2024, 6, 1))
    for criterion_id, score in {"F01": 3, "F02": 2, "F03": 1, "F04": 2, "S01": 2}.items():
        store.record_answer(after.id, criterion_id, score)
    store.record_answer(after.id, "S02", 0)

    comparison = store.compare_assessments(before.id, after.id)

    assert [(c.criterion_id, c.direction) for c in comparison.changes] == [
        ("F01", "up"),  # 1 -> 3
        ("F03", "down"),  # 3 -> 1
        ("F04", "changed"),  # N/A -> 2
        ("S02", "changed"),  # unanswered -> 0
    ]
    assert [c.criterion_id for c in comparison.up] == ["F01"]
    assert [c.criterion_id for c in comparison.down] == ["F03"]
    assert comparison.unchanged == 32  # 36 - 4
    # before: Forming 1,2,3,N/A + 4 unanswered -> 6 / (7 * 3) = 2/7: index 2/7
    # after: Forming 3,2,1,2 + 4 unanswered -> 8 / 24 = 1/3: index 1/3
    assert comparison.before.maturity_index == pytest.approx(2 / 7)
    assert comparison.after.maturity_index == pytest.approx(1 / 3)
    assert comparison.index_change == pytest.approx(1 / 3 - 2 / 7)  # 1/21
    assert comparison.level_change == 0


def test_compare_assessments_of_different_models_is_refused(
    store: Store, tsia: MaturityModel, ftworks: MaturityModel
):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann")
    b = store.create_assessment(org.id, ftworks, "Ann")
    with pytest.raises(StoreError, match="same maturity model"):
        store.compare_assessments(a.id, b.id)
    with pytest.raises(NotFoundError):
        store.compare_assessments(a.id, "no-such-id")


def test_compare_assessments_across_versions_of_one_model(
    store: Store, tsia: MaturityModel, tsia_next: MaturityModel
):
    org = store.create_organization("Acme")
    a = rated(store, org.id, tsia, date(2023, 1, 1), PHASE_1)
    b = rated(store, org.id, tsia_next, date(2024, 1, 1), PHASE_1)
    comparison = store.compare_assessments(a, b)
    assert comparison.changes == ()
    assert (comparison.before_version, comparison.after_version) == ("1.0.0", "1.1.0")
