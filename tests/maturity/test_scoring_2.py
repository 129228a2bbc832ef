"""The 2.0.0 rule (threshold 2/3) worked by hand on the shipped 2.0.0 models.

Every expected number is worked out in the comment beside it, not computed by the code.
TSIA 2.0.0: Forming F01-F09 (9), Storming S01 S03 S04 S05 S08 S10 S11 S12 (8),
Norming N01 N02 N03 N05-N09 (8), Performing P01-P06 P09-P11 P13 (10).
FT Works 2.0.0: Random 8, Tactical 11, Support-Centric 10, Strategic 10.
"""

from fractions import Fraction

import pytest

from csmaturity_app.maturity import AnswerValue, score_assessment

NA = AnswerValue(None, True)


def every(model, score, **overrides):
    answers = {c.id: AnswerValue(score) for c in model.criteria}
    answers.update(
        {k: v if isinstance(v, AnswerValue) else AnswerValue(v) for k, v in overrides.items()}
    )
    return answers


def test_the_current_models_achieve_a_stage_at_two_thirds(tsia, ftworks):
    assert tsia.exact_threshold == ftworks.exact_threshold == Fraction(2, 3)


def test_largely_in_place_everywhere_reaches_the_top(tsia, ftworks):
    # Every stage: mean 2 of 3 = 2/3, exactly the threshold, so every stage is achieved.
    tsia_result = score_assessment(tsia, every(tsia, 2))
    assert (tsia_result.placed_label, tsia_result.maturity_index) == ("Phase 4 Performing", 4)
    ft_result = score_assessment(ftworks, every(ftworks, 2))
    assert (ft_result.placed_label, ft_result.maturity_index) == ("Level 4 Strategic", 4)


def test_one_rating_short_of_largely_misses_the_stage(tsia):
    # Storming: seven 2s and S12 = 1 -> 15/24 = 0.625 < 2/3: not achieved.
    # Forming all 2 -> achieved. Placed Phase 1 Forming; index 1 + 0.625 = 1.625.
    result = score_assessment(tsia, every(tsia, 2, S12=1))
    assert result.placed_label == "Phase 1 Forming"
    assert result.maturity_index == pytest.approx(1.625)
    assert [s.criterion.id for s in result.next_steps] == [
        "S12",  # weakest first (1), then the 2s in file order
        "S01",
        "S03",
        "S04",
        "S05",
        "S08",
        "S10",
        "S11",
    ]


def test_a_3_makes_up_for_a_1(tsia):
    # Storming: S01 = 3, S12 = 1, six 2s -> 16/24 = 2/3: achieved again.
    result = score_assessment(tsia, every(tsia, 2, S01=3, S12=1))
    assert result.placed_label == "Phase 4 Performing"


def test_not_monetized_is_left_out_of_performing(tsia):
    # Performing: P06 N/A, P01-P05 and P09-P11 = 2, P13 = 1 -> 17/27 = 0.63: not achieved.
    # With P06 rated 0 instead, 17/30 = 0.567: also not; with P13 = 2 and P06 N/A,
    # 18/27 = 2/3: achieved. N/A takes the criterion out of the mean, it never counts as 0.
    result = score_assessment(
        tsia,
        every(
            tsia,
            3,
            **{
                "P06": NA,
                **dict.fromkeys(["P01", "P02", "P03", "P04", "P05", "P09", "P10", "P11"], 2),
            },
            P13=1,
        ),
    )
    performing = result.stages[-1]
    assert (performing.applicable, performing.achieved) == (9, False)
    assert performing.attainment == pytest.approx(17 / 27)
    result = score_assessment(
        tsia,
        every(
            tsia,
            3,
            **{
                "P06": NA,
                **dict.fromkeys(["P01", "P02", "P03", "P04", "P05", "P09", "P10", "P11", "P13"], 2),
            },
        ),
    )
    assert result.stages[-1].achieved and result.placed_label == "Phase 4 Performing"


def test_ftworks_tactical_at_exactly_two_thirds_with_na(ftworks):
    # Random all 3 -> achieved. Tactical: T04 and T11 N/A (no releases), the other nine:
    # 3,3,2,2,2,2,1,1,2 -> 18/27 = 2/3: achieved. Support-Centric all 1 -> 10/30 = 1/3.
    # Placed Level 2 Tactical; index 2 + 1/3.
    answers = every(ftworks, 1)
    answers.update({c.id: AnswerValue(3) for c in ftworks.criteria if c.stage == "random"})
    tactical = dict(T01=3, T02=3, T03=2, T05=2, T06=2, T07=2, T08=1, T09=1, T10=2)
    answers.update({k: AnswerValue(v) for k, v in tactical.items()})
    answers.update(T04=NA, T11=NA)
    result = score_assessment(ftworks, answers)
    assert result.placed_label == "Level 2 Tactical"
    assert result.maturity_index == pytest.approx(2 + 1 / 3)
    assert result.stages[2].attainment == pytest.approx(2 / 3)
