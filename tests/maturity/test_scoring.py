"""The scoring rule (DESIGN.md, Scoring), checked against hand-worked examples.

Every expected number below was worked out by hand in the comment next to it;
none is computed by the code under test.
"""

import pytest

from csmaturity_app.maturity import AnswerValue, parse_model, score_assessment

NA = AnswerValue(None, True)


def given(**scores):
    """Answers from keyword arguments: an int is a score, NA is not applicable."""
    return {
        cid: value if isinstance(value, AnswerValue) else AnswerValue(value, False)
        for cid, value in scores.items()
    }


def all_of(prefix, count, score):
    """The same score for criteria prefix01..prefixNN."""
    return {f"{prefix}{i:02d}": AnswerValue(score, False) for i in range(1, count + 1)}


def stage_summary(result):
    return [(s.label, s.achieved) for s in result.stages]


def attainments(result):
    return [s.attainment for s in result.stages]


def step_ids(result):
    return [step.criterion.id for step in result.next_steps]


def dimension_score(result, dimension_id):
    (found,) = [d for d in result.dimensions if d.dimension.id == dimension_id]
    return found.score


@pytest.fixture(scope="module")
def tsia(tsia_v1):
    """The hand-worked examples below were worked on 1.0.0 (threshold 0.75), which old
    assessments keep; test_scoring_2.py works the 2.0.0 rule (threshold 2/3) by hand."""
    return tsia_v1


@pytest.fixture(scope="module")
def ftworks(ftworks_v1):
    return ftworks_v1


# ---------------------------------------------------------------- TSIA 4 phases
# Forming F01-F08 (8), Storming S01-S09 (9), Norming N01-N09 (9), Performing P01-P10 (10).


@pytest.fixture(scope="module")
def tsia_placed_storming(tsia):
    answers = given(
        # Forming: 3,3,3,3,2,2,2, F08 unanswered (0) -> 18/(8*3) = 0.75, exactly the threshold
        F01=3, F02=3, F03=3, F04=3, F05=2, F06=2, F07=2,
        # Storming: 3,3,3,2,2,2,2,2,N/A -> 19/(8*3) = 0.7917
        S01=3, S02=3, S03=3, S04=2, S05=2, S06=2, S07=2, S08=2, S09=NA,
        # Norming: 3,2,1,0,2,N/A,1,3, N09 unanswered -> 12/(8*3) = 0.5
        N01=3, N02=2, N03=1, N04=0, N05=2, N06=NA, N07=1, N08=3,
        # Performing: P03=3, P05=3, 8 unanswered -> 6/(10*3) = 0.2
        P03=3, P05=3,
    )  # fmt: skip
    return score_assessment(tsia, answers)


def test_tsia_stage_exactly_at_threshold_is_achieved(tsia_placed_storming):
    forming = tsia_placed_storming.stages[0]
    assert forming.attainment == pytest.approx(0.75)
    assert forming.achieved
    assert forming.applicable == 8
    assert forming.answered == 7


def test_tsia_not_applicable_is_left_out_of_the_stage_mean(tsia_placed_storming):
    storming = tsia_placed_storming.stages[1]
    assert storming.attainment == pytest.approx(19 / 24)
    assert storming.achieved
    assert storming.criteria == 9
    assert storming.applicable == 8
    assert storming.answered == 9  # N/A is an answer


def test_tsia_stages_and_placement_with_na_and_unanswered(tsia_placed_storming):
    result = tsia_placed_storming
    assert stage_summary(result) == [
        ("Phase 1 Forming", True),
        ("Phase 2 Storming", True),
        ("Phase 3 Norming", False),
        ("Phase 4 Performing", False),
    ]
    assert attainments(result) == pytest.approx([0.75, 19 / 24, 0.5, 0.2])
    assert result.placed.id == "storming"
    assert result.placed_label == "Phase 2 Storming"
    assert result.placed_level == 2
    # 2 + attainment of Norming 0.5
    assert result.maturity_index == pytest.approx(2.5)
    assert result.next_stage.id == "norming"
    # answered: Forming 7 + Storming 9 + Norming 8 + Performing 2 = 26 of 8+9+9+10 = 36
    assert (result.answered, result.total) == (26, 36)


def test_tsia_next_steps_weakest_first_ties_in_file_order(tsia_placed_storming):
    # Norming, leaving out N01 and N08 (fully in place) and N06 (N/A):
    # 0: N04, N09 (unanswered) | 1: N03, N07 | 2: N02, N05
    result = tsia_placed_storming
    assert step_ids(result) == ["N04", "N09", "N03", "N07", "N02", "N05"]
    assert [step.score for step in result.next_steps] == [0, None, 1, 1, 2, 2]


def test_tsia_dimension_scores_by_hand(tsia_placed_storming):
    result = tsia_placed_storming
    # voice-of-customer: F06=2, S03=3, S04=2, N07=1, P10 unanswered=0 -> 8/(5*3) = 0.5333
    assert dimension_score(result, "voice-of-customer") == pytest.approx(8 / 15)
    # engagement-playbooks: F08 unanswered=0, S08=2, N05=2, N06 N/A, P04 unanswered=0, P05=3
    # -> 7/(5*3) = 0.4667
    assert dimension_score(result, "engagement-playbooks") == pytest.approx(7 / 15)
    (playbooks,) = [d for d in result.dimensions if d.dimension.id == "engagement-playbooks"]
    assert (playbooks.applicable, playbooks.answered) == (5, 4)


def test_tsia_gap_in_the_middle_places_below_the_gap(tsia):
    answers = {
        **all_of("F", 8, 3),  # Forming 24/24 = 1.0
        # Storming: 2,1,0,1,2,0,3,1,N/A -> 10/(8*3) = 0.4167, not achieved
        **given(S01=2, S02=1, S03=0, S04=1, S05=2, S06=0, S07=3, S08=1, S09=NA),
        **all_of("N", 9, 3),  # Norming 27/27 = 1.0, achieved but after the gap
        **all_of("P", 10, 2),  # Performing 20/30 = 0.6667
    }
    result = score_assessment(tsia, answers)
    assert stage_summary(result) == [
        ("Phase 1 Forming", True),
        ("Phase 2 Storming", False),
        ("Phase 3 Norming", True),
        ("Phase 4 Performing", False),
    ]
    assert attainments(result) == pytest.approx([1.0, 10 / 24, 1.0, 2 / 3])
    assert result.placed_label == "Phase 1 Forming"
    assert result.placed_level == 1
    # 1 + 10/24 = 1.4167
    assert result.maturity_index == pytest.approx(1 + 10 / 24)
    # Storming without S07 (3) and S09 (N/A): 0: S03, S06 | 1: S02, S04, S08 | 2: S01, S05
    assert step_ids(result) == ["S03", "S06", "S02", "S04", "S08", "S01", "S05"]
    # strategy-charter: F01=3, F02=3, F03=3, S01=2, N01=3, N02=3, P01=2 -> 19/21 = 0.9048
    assert dimension_score(result, "strategy-charter") == pytest.approx(19 / 21)
    assert (result.answered, result.total) == (36, 36)


def test_tsia_every_phase_achieved_places_at_the_top(tsia):
    answers = {
        **all_of("F", 8, 3),
        **all_of("S", 9, 3),
        **all_of("N", 9, 3),
        "N06": NA,  # Norming 24/24 = 1.0
        # Performing: 3,3,3,3,3,2,2,2,2,2 -> 25/30 = 0.8333
        **given(P01=3, P02=3, P03=3, P04=3, P05=3, P06=2, P07=2, P08=2, P09=2, P10=2),
    }
    result = score_assessment(tsia, answers)
    assert all(s.achieved for s in result.stages)
    assert attainments(result) == pytest.approx([1.0, 1.0, 1.0, 25 / 30])
    assert result.placed_label == "Phase 4 Performing"
    assert result.placed_level == 4
    assert result.maturity_index == pytest.approx(4.0)  # nothing added at the top
    assert result.next_steps == ()
    assert result.next_stage is None
    # funding-economics: F04=3, S02=3, S09=3, N09=3, P06=2, P07=2, P08=2 -> 18/21 = 0.8571
    assert dimension_score(result, "funding-economics") == pytest.approx(18 / 21)


def test_tsia_forming_just_under_threshold_is_not_yet_forming(tsia):
    answers = given(
        # Forming: 3,3,2,2,2,2,2,1 -> 17/24 = 0.7083, one point short of 18/24
        F01=3, F02=3, F03=2, F04=2, F05=2, F06=2, F07=2, F08=1,
        P01=3,  # Performing 3/30 = 0.1: a later phase does not help
    )  # fmt: skip
    result = score_assessment(tsia, answers)
    assert stage_summary(result) == [
        ("Phase 1 Forming", False),
        ("Phase 2 Storming", False),
        ("Phase 3 Norming", False),
        ("Phase 4 Performing", False),
    ]
    assert attainments(result) == pytest.approx([17 / 24, 0.0, 0.0, 0.1])
    assert result.placed is None
    assert result.placed_label == "not yet Phase 1 Forming"
    assert result.placed_level == 0
    # 0 + attainment of Forming 17/24 = 0.7083
    assert result.maturity_index == pytest.approx(17 / 24)
    assert result.next_stage.id == "forming"
    # Forming without F01, F02 (3): 1: F08 | 2: F03, F04, F05, F06, F07
    assert step_ids(result) == ["F08", "F03", "F04", "F05", "F06", "F07"]
    # organization-roles: F05=2, S05, S06, N08, P09 unanswered -> 2/(5*3) = 0.1333
    assert dimension_score(result, "organization-roles") == pytest.approx(2 / 15)
    assert (result.answered, result.total) == (9, 36)


def test_tsia_unanswered_counts_as_zero(tsia):
    result = score_assessment(tsia, {})
    assert attainments(result) == pytest.approx([0.0, 0.0, 0.0, 0.0])
    assert not any(s.achieved for s in result.stages)
    assert result.placed_label == "not yet Phase 1 Forming"
    assert result.placed_level == 0
    assert result.maturity_index == pytest.approx(0.0)
    assert all(d.score == pytest.approx(0.0) for d in result.dimensions)
    assert step_ids(result) == ["F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08"]
    assert all(step.score is None for step in result.next_steps)
    assert (result.answered, result.total) == (0, 36)


# ------------------------------------------------------------ FT Works 5 levels
# Asleep (no criteria), Random R01-R08 (8), Tactical T01-T10 (10),
# Support-Centric SC01-SC09 (9), Strategic ST01-ST09 (9).


def test_ftworks_nothing_answered_is_level_0_asleep(ftworks):
    result = score_assessment(ftworks, {})
    asleep = result.stages[0]
    assert asleep.achieved
    assert asleep.by_definition
    assert asleep.attainment == pytest.approx(1.0)
    assert asleep.criteria == 0
    assert stage_summary(result)[1:] == [
        ("Level 1 Random", False),
        ("Level 2 Tactical", False),
        ("Level 3 Support-Centric", False),
        ("Level 4 Strategic", False),
    ]
    assert result.placed.id == "asleep"
    assert result.placed_label == "Level 0 Asleep"
    assert result.placed_level == 0
    assert result.maturity_index == pytest.approx(0.0)
    assert step_ids(result) == ["R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08"]
    assert (result.answered, result.total) == (0, 36)


def test_ftworks_random_just_under_threshold_stays_asleep(ftworks):
    # Random: 3,3,2,2,2,2,2,1 -> 17/24 = 0.7083, just under 0.75
    answers = given(R01=3, R02=3, R03=2, R04=2, R05=2, R06=2, R07=2, R08=1)
    result = score_assessment(ftworks, answers)
    assert attainments(result) == pytest.approx([1.0, 17 / 24, 0.0, 0.0, 0.0])
    assert [s.achieved for s in result.stages] == [True, False, False, False, False]
    assert result.placed_label == "Level 0 Asleep"
    assert result.placed_level == 0
    # 0 + 17/24 = 0.7083
    assert result.maturity_index == pytest.approx(17 / 24)
    # 1: R08 | 2: R03, R04, R05, R06, R07
    assert step_ids(result) == ["R08", "R03", "R04", "R05", "R06", "R07"]
    # coverage-roles: R01=3, R02=3, T01, T02, SC08, ST09 unanswered -> 6/(6*3) = 0.3333
    assert dimension_score(result, "coverage-roles") == pytest.approx(6 / 18)


@pytest.fixture(scope="module")
def ftworks_placed_tactical(ftworks):
    answers = {
        **all_of("R", 8, 3),  # Random 24/24 = 1.0
        # Tactical: 3,3,3,3,2,2,1,1,N/A,N/A -> 18/(8*3) = 0.75, exactly the threshold
        **given(T01=3, T02=3, T03=3, T04=3, T05=2, T06=2, T07=1, T08=1, T09=NA, T10=NA),
        # Support-Centric: 2,3,1,unanswered,0,2,3,1,N/A -> 12/(8*3) = 0.5
        **given(SC01=2, SC02=3, SC03=1, SC05=0, SC06=2, SC07=3, SC08=1, SC09=NA),
        # Strategic: nothing answered -> 0/27 = 0.0
    }
    return score_assessment(ftworks, answers)


def test_ftworks_stage_exactly_at_threshold_with_na_is_achieved(ftworks_placed_tactical):
    result = ftworks_placed_tactical
    tactical = result.stages[2]
    assert tactical.attainment == pytest.approx(0.75)
    assert tactical.achieved
    assert (tactical.criteria, tactical.applicable, tactical.answered) == (10, 8, 10)
    assert stage_summary(result) == [
        ("Level 0 Asleep", True),
        ("Level 1 Random", True),
        ("Level 2 Tactical", True),
        ("Level 3 Support-Centric", False),
        ("Level 4 Strategic", False),
    ]
    assert attainments(result) == pytest.approx([1.0, 1.0, 0.75, 0.5, 0.0])
    assert result.placed_label == "Level 2 Tactical"
    assert result.placed_level == 2
    # 2 + attainment of Support-Centric 0.5
    assert result.maturity_index == pytest.approx(2.5)
    # answered: Random 8 + Tactical 10 + Support-Centric 8 + Strategic 0 = 26 of 36
    assert (result.answered, result.total) == (26, 36)


def test_ftworks_next_steps_skip_full_and_na(ftworks_placed_tactical):
    # Support-Centric without SC02, SC07 (3) and SC09 (N/A):
    # 0: SC04 (unanswered), SC05 | 1: SC03, SC08 | 2: SC01, SC06
    result = ftworks_placed_tactical
    assert result.next_stage.id == "support-centric"
    assert step_ids(result) == ["SC04", "SC05", "SC03", "SC08", "SC01", "SC06"]


def test_ftworks_dimension_scores_by_hand(ftworks_placed_tactical):
    result = ftworks_placed_tactical
    # practices-knowledge: R07=3, T10 N/A, SC03=1, SC04 unanswered=0, SC05=0, ST07=0, ST08=0
    # -> 4/(6*3) = 0.2222
    assert dimension_score(result, "practices-knowledge") == pytest.approx(4 / 18)
    # coverage-roles: R01=3, R02=3, T01=3, T02=3, SC08=1, ST09=0 -> 13/18 = 0.7222
    assert dimension_score(result, "coverage-roles") == pytest.approx(13 / 18)
    # customer-understanding: R05=3, T09 N/A, SC01=2, ST03=0 -> 5/(3*3) = 0.5556
    assert dimension_score(result, "customer-understanding") == pytest.approx(5 / 9)


def test_ftworks_gap_in_the_middle_places_below_the_gap(ftworks):
    answers = {
        **all_of("R", 8, 3),  # Random 1.0
        # Tactical: 3,3,3,3,2,2,2,2,1,1 -> 22/30 = 0.7333, just under
        **given(T01=3, T02=3, T03=3, T04=3, T05=2, T06=2, T07=2, T08=2, T09=1, T10=1),
        **all_of("SC", 9, 3),  # Support-Centric 1.0
        **all_of("ST", 9, 3),
        "ST09": NA,  # Strategic 24/24 = 1.0
    }
    result = score_assessment(ftworks, answers)
    assert [s.achieved for s in result.stages] == [True, True, False, True, True]
    assert attainments(result) == pytest.approx([1.0, 1.0, 22 / 30, 1.0, 1.0])
    assert result.placed_label == "Level 1 Random"
    assert result.placed_level == 1
    # 1 + 22/30 = 1.7333
    assert result.maturity_index == pytest.approx(1 + 22 / 30)
    # Tactical without T01-T04 (3): 1: T09, T10 | 2: T05, T06, T07, T08
    assert step_ids(result) == ["T09", "T10", "T05", "T06", "T07", "T08"]
    # customer-engagement: R04=3, T03=3, T04=3, T05=2, SC02=3, ST04=3 -> 17/18 = 0.9444
    assert dimension_score(result, "customer-engagement") == pytest.approx(17 / 18)
    # collaboration: R03=3, R08=3, T06=2, T07=2, SC09=3, ST01=3, ST02=3 -> 19/21 = 0.9048
    assert dimension_score(result, "collaboration") == pytest.approx(19 / 21)
    assert (result.answered, result.total) == (36, 36)


def test_ftworks_every_level_achieved_places_at_strategic(ftworks):
    answers = {
        **all_of("R", 8, 3),
        **all_of("T", 10, 3),
        **all_of("SC", 9, 3),
        # Strategic: 3,3,3,3,3,2,2,2,N/A -> 21/24 = 0.875
        **given(ST01=3, ST02=3, ST03=3, ST04=3, ST05=3, ST06=2, ST07=2, ST08=2, ST09=NA),
    }
    result = score_assessment(ftworks, answers)
    assert all(s.achieved for s in result.stages)
    assert attainments(result) == pytest.approx([1.0, 1.0, 1.0, 1.0, 0.875])
    assert result.placed_label == "Level 4 Strategic"
    assert result.placed_level == 4
    assert result.maturity_index == pytest.approx(4.0)
    assert result.next_steps == ()
    assert result.next_stage is None
    # goals-measurement: R06=3, T08=3, SC06=3, SC07=3, ST05=3, ST06=2 -> 17/18 = 0.9444
    assert dimension_score(result, "goals-measurement") == pytest.approx(17 / 18)


# ------------------------------------------------------------- synthetic models


def tiny_model(threshold=0.75, points=("No", "Partly", "Mostly", "Fully")):
    """Two steps (levels 1, 2), two dimensions; criteria A1, A2, B1 in step one, C1 in two."""
    return parse_model(
        {
            "format": 1,
            "id": "tiny",
            "version": "1",
            "title": "Tiny",
            "stage_word": "Step",
            "attribution": {"author": "Someone", "organisation": "Org", "article": "Notes"},
            "scale": {
                "not_applicable_label": "N/A",
                "points": [{"score": i, "label": label} for i, label in enumerate(points)],
            },
            "scoring": {"threshold": threshold},
            "stages": [
                {"id": "one", "level": 1, "name": "One", "description": "First."},
                {"id": "two", "level": 2, "name": "Two", "description": "Second."},
            ],
            "dimensions": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
            "criteria": [
                {"id": "A1", "stage": "one", "dimension": "a", "statement": "a1"},
                {"id": "A2", "stage": "one", "dimension": "a", "statement": "a2"},
                {"id": "B1", "stage": "one", "dimension": "b", "statement": "b1"},
                {"id": "C1", "stage": "two", "dimension": "b", "statement": "c1"},
            ],
        }
    )


def test_custom_threshold_half_is_reached_at_half():
    # Step one: 3,0,0 -> 3/9 = 0.3333 at threshold 0.5: not achieved
    low = score_assessment(tiny_model(threshold=0.5), given(A1=3, A2=0, B1=0))
    assert not low.stages[0].achieved
    assert low.placed_label == "not yet Step 1 One"
    # Step one: 3,0,N/A -> 3/6 = 0.5 at threshold 0.5: achieved
    result = score_assessment(tiny_model(threshold=0.5), given(A1=3, A2=0, B1=NA, C1=1))
    assert result.stages[0].attainment == pytest.approx(0.5)
    assert result.stages[0].achieved
    assert result.placed_label == "Step 1 One"
    # 1 + attainment of step two 1/3
    assert result.maturity_index == pytest.approx(1 + 1 / 3)
    # the same answers at the default 0.75 are not enough
    assert not score_assessment(tiny_model(), given(A1=3, A2=0, B1=NA)).stages[0].achieved


def test_stage_with_every_criterion_not_applicable_is_achieved_by_definition():
    result = score_assessment(tiny_model(), given(A1=NA, A2=NA, B1=NA, C1=2))
    one = result.stages[0]
    assert one.achieved
    assert one.by_definition
    assert one.attainment == pytest.approx(1.0)
    assert (one.criteria, one.applicable, one.answered) == (3, 0, 3)
    assert result.placed_label == "Step 1 One"
    # 1 + 2/3 for step two
    assert result.maturity_index == pytest.approx(1 + 2 / 3)
    assert step_ids(result) == ["C1"]


def test_dimension_with_every_criterion_not_applicable_has_no_score():
    result = score_assessment(tiny_model(), given(A1=NA, A2=NA, B1=3, C1=1))
    (a,) = [d for d in result.dimensions if d.dimension.id == "a"]
    assert a.score is None
    assert (a.applicable, a.answered) == (0, 2)
    # b: B1=3, C1=1 -> 4/6 = 0.6667
    assert dimension_score(result, "b") == pytest.approx(4 / 6)


def test_attainment_divides_by_the_top_score_of_the_scale():
    model = tiny_model(points=("No", "Partly", "Yes"))  # top score 2
    # Step one: 2,1,2 -> 5/(3*2) = 0.8333, achieved; step two: C1 unanswered -> 0
    result = score_assessment(model, given(A1=2, A2=1, B1=2))
    assert result.stages[0].attainment == pytest.approx(5 / 6)
    assert result.placed_label == "Step 1 One"
    assert result.maturity_index == pytest.approx(1.0)
    # a: A1=2, A2=1 -> 3/4
    assert dimension_score(result, "a") == pytest.approx(0.75)


def test_score_at_top_of_scale_is_not_a_next_step():
    model = tiny_model(points=("No", "Partly", "Yes"))  # top score 2
    # Step one 1,2,1 -> 4/6 = 0.6667, not achieved; A2=2 is fully in place
    result = score_assessment(model, given(A1=1, A2=2, B1=1))
    assert step_ids(result) == ["A1", "B1"]


def test_answers_for_unknown_criteria_are_ignored():
    result = score_assessment(tiny_model(), given(A1=3, A2=3, B1=3, Z9=0))
    assert (result.answered, result.total) == (3, 4)
    assert result.placed_label == "Step 1 One"
