"""The presentation of respondents, worked out by hand on a small assessment: each one's own
result, the spread per criterion, and the disagreements largest first."""

from __future__ import annotations

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.consensus import Spread
from csmaturity_app.presentation.respondents import (
    consensus_text,
    present_respondents,
    rating_cell,
    respondent_label,
    spread_text,
)
from csmaturity_app.store import Store


@pytest.fixture
def assessment(store: Store, tsia: MaturityModel) -> str:
    """Alex (the assessor), Pat (VP Customer Success) and Sam (CSM) on TSIA:

    - F01: Alex 3, Pat 1, Sam 0 (range 3, the median 1)
    - F02: Alex 2, Pat 2, Sam not applicable (range 0)
    - F03: Alex 3, Pat 1, Sam unanswered (range 2, the median 2)
    - F04: Alex 0, Pat 2 (range 2), set to 2 by the facilitator
    - Pat: every other Forming criterion 3, every Storming criterion 1.
    """
    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, tsia, assessor="Alex").id
    pat = store.add_respondent(assessment, "Pat Lee", "VP Customer Success")
    sam = store.add_respondent(assessment, "Sam", "CSM")
    alex = store.find_respondent(assessment, "Alex")
    for who, ratings in (
        (alex.id, {"F01": 3, "F02": 2, "F03": 3, "F04": 0}),
        (pat.id, {"F01": 1, "F02": 2, "F03": 1, "F04": 2}),
        (sam.id, {"F01": 0}),
    ):
        for criterion, score in ratings.items():
            store.record_respondent_answer(who, criterion, score)
    store.record_respondent_answer(sam.id, "F02", None, not_applicable=True)
    store.record_respondent_notes(sam.id, "F01", "We have no charter at all.")
    store.record_respondent_notes(pat.id, "F01", "Drafted last quarter.")
    for criterion in tsia.criteria_of_stage("forming"):
        if criterion.id not in ("F01", "F02", "F03", "F04"):
            store.record_respondent_answer(pat.id, criterion.id, 3)
    for criterion in tsia.criteria_of_stage("storming"):
        store.record_respondent_answer(pat.id, criterion.id, 1)
    store.record_answer(assessment, "F04", 2, notes="agreed in the workshop")
    return assessment


def test_each_respondent_is_scored_on_their_own_ratings(store: Store, assessment: str):
    p = present_respondents(store.respondents_view(assessment))
    alex, pat, sam = p.respondents
    assert [r.respondent.name for r in p.respondents] == ["Alex", "Pat Lee", "Sam"]
    # Pat: Forming (9 criteria) at 5 * 3 + 1 + 2 + 1 + 2 = 21 of 27, past two thirds: placed
    # there; every Storming criterion at 1 of 3 puts the index a third of the way on.
    assert (pat.placed_label, pat.placed_level) == ("Phase 1 Forming", 1)
    assert pat.maturity_index == pytest.approx(1 + 1 / 3)
    assert pat.index == "1.33"
    assert pat.answered == 9 + 8
    # Alex: 3 + 2 + 3 + 0 of 27 on Forming, not yet placed
    assert (alex.placed_label, alex.placed_level) == ("Not yet Phase 1 Forming", 0)
    assert alex.maturity_index == pytest.approx(8 / 27)
    assert (alex.answered, alex.total) == (4, 35)
    # Sam: one score of 0 and one not applicable: 0 of 8 applicable criteria
    assert sam.maturity_index == 0
    assert sam.answered == 2 and sam.answered_text == "2 of 35 answered"
    # the same rule as the assessment's: Alex's ratings alone give Alex's result
    assert alex.result.stages[0].attainment == pytest.approx(8 / 27)


def test_spreads_follow_the_model_order_with_each_rating(
    store: Store, assessment: str, tsia: MaturityModel
):
    p = present_respondents(store.respondents_view(assessment))
    assert p.several
    assert [c.criterion.id for c in p.criteria] == [c.id for c in tsia.criteria]
    f01, f02, f03, f04 = p.criteria[:4]
    assert [rating_cell(r) for r in f01.ratings] == ["3", "1", "0"]
    assert f01.spread == Spread(low=0, high=3, scored=3, not_applicable=0)
    assert f01.consensus is not None and f01.consensus.score == 1 and not f01.consensus_set
    assert [rating_cell(r) for r in f02.ratings] == ["2", "2", "N/A"]
    assert f02.spread.range == 0 and not f02.spread.disagreement
    assert [rating_cell(r) for r in f03.ratings] == ["3", "1", "\u2013"]
    assert f03.consensus is not None and f03.consensus.score == 2  # median of 1 and 3
    assert f04.consensus_set and f04.consensus is not None and f04.consensus.score == 2
    assert consensus_text(tsia, f04) == "2 Largely in place (set by the facilitator)"
    assert consensus_text(tsia, f01) == "1 Partially in place (median)"
    assert f01.ratings[2] is not None and f01.ratings[2].notes == "We have no charter at all."


def test_disagreements_come_largest_range_first_then_in_model_order(store: Store, assessment: str):
    p = present_respondents(store.respondents_view(assessment))
    assert [(c.criterion.id, c.spread.range) for c in p.disagreements] == [
        ("F01", 3),
        ("F03", 2),
        ("F04", 2),
    ]
    # Storming: Pat alone rated it, one score each: no spread, no disagreement
    assert all(c.criterion.stage != "storming" for c in p.disagreements)


def test_a_single_voice_assessment_has_its_assessor_whose_result_is_the_assessments(
    store: Store, tsia: MaturityModel
):
    org = store.create_organization("Solo")
    assessment = store.create_assessment(org.id, tsia, assessor="Alex").id
    store.record_answer(assessment, "F01", 3)
    store.record_answer(assessment, "F02", None, not_applicable=True)
    p = present_respondents(store.respondents_view(assessment))
    (alex,) = p.respondents
    assert not p.several and alex.respondent.implicit and alex.respondent.id == ""
    assert alex.result == store.result(assessment)
    assert p.disagreements == ()
    assert not p.criteria[0].consensus_set  # one voice: nobody set it over the others


def test_words_for_labels_and_spreads():
    assert spread_text(Spread(1, 3, 3, 0)) == "1 to 3 (range 2)"
    assert spread_text(Spread(2, 2, 2, 1)) == "all 2; 1 not applicable"
    assert spread_text(Spread(2, 2, 1, 0)) == "one score, 2"
    assert spread_text(Spread(None, None, 0, 2)) == "no score given; 2 not applicable"


def test_a_label_names_the_role_when_there_is_one(store: Store, assessment: str):
    pat = store.find_respondent(assessment, "pat lee")
    assert respondent_label(pat) == "Pat Lee (VP Customer Success)"
    sam = store.edit_respondent(store.find_respondent(assessment, "Sam").id, "Sam", "")
    assert respondent_label(sam) == "Sam"
