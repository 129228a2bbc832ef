"""Comparing two assessments of one maturity model (maturity/comparison.py).

Every expected number below is worked out by hand in the comment next to it; none is
computed by the code under test.
"""

import pytest

from csmaturity_app.maturity import AnswerValue, parse_model
from csmaturity_app.maturity.comparison import ADDED, CHANGED, DOWN, REMOVED, UP, compare

NA = AnswerValue(None, True)
UNANSWERED = AnswerValue(None, False)


def given(**scores):
    return {
        cid: value if isinstance(value, AnswerValue) else AnswerValue(value, False)
        for cid, value in scores.items()
    }


@pytest.fixture(scope="module")
def tsia(tsia_v1):
    """Worked on the 1.0.0 criteria; the rule under test does not depend on the version."""
    return tsia_v1


@pytest.fixture(scope="module")
def ftworks(ftworks_v1):
    return ftworks_v1


@pytest.fixture(scope="module")
def tsia_next(tsia):
    """TSIA 1.1.0: F08 and S09 dropped; F09 (after F07) and P11 (at the end) new."""
    data = tsia.to_dict()
    data["version"] = "1.1.0"
    criteria = [c for c in data["criteria"] if c["id"] not in ("F08", "S09")]
    f07 = next(i for i, c in enumerate(criteria) if c["id"] == "F07")
    new = {"stage": "forming", "dimension": "strategy-charter", "guidance": ""}
    criteria.insert(f07 + 1, {"id": "F09", "statement": "A new forming criterion.", **new})
    new["stage"] = "performing"
    criteria.append({"id": "P11", "statement": "A new performing criterion.", **new})
    data["criteria"] = criteria
    return parse_model(data, "tsia 1.1.0")


BEFORE = given(
    # Forming: 1,2,3,N/A,2,2,2,3 -> 15 / (7 * 3) = 5/7 = 0.714 < 0.75: not achieved
    F01=1, F02=2, F03=3, F04=NA, F05=2, F06=2, F07=2, F08=3,
    # Storming: S01=2, S03=0, the rest unanswered
    S01=2, S03=0,
    # notes only, no rating: the same as no answer at all
    P01=UNANSWERED,
)  # fmt: skip
AFTER = given(
    # Forming: 3,2,2,3,2,2,N/A,3 -> 17 / (7 * 3) = 0.810: achieved
    F01=3, F02=2, F03=2, F04=3, F05=2, F06=2, F07=NA, F08=3,
    # Storming: 2,0,-,1 and unanswered -> 3 / (9 * 3) = 1/9: not achieved
    S01=2, S02=0, S04=1,
)  # fmt: skip


def test_lists_exactly_the_changed_criteria_in_report_order(tsia):
    comparison = compare(tsia, BEFORE, tsia, AFTER)
    assert [(c.criterion_id, c.direction) for c in comparison.changes] == [
        ("F01", UP),  # 1 -> 3
        ("F03", DOWN),  # 3 -> 2
        ("F04", CHANGED),  # N/A -> 3
        ("F07", CHANGED),  # 2 -> N/A
        ("S02", CHANGED),  # unanswered -> 0: counts 0 both times
        ("S03", CHANGED),  # 0 -> unanswered
        ("S04", UP),  # unanswered (0) -> 1
    ]
    # 36 criteria, 7 changed; P01 (notes only, then nothing) is not a change
    assert comparison.unchanged == 29
    assert [c.criterion_id for c in comparison.up] == ["F01", "S04"]
    assert [c.criterion_id for c in comparison.down] == ["F03"]
    assert [c.criterion_id for c in comparison.changed] == ["F04", "F07", "S02", "S03"]
    assert comparison.added == () and comparison.removed == ()


def test_each_change_reads_as_a_report_line(tsia):
    by_id = {c.criterion_id: c for c in compare(tsia, BEFORE, tsia, AFTER).changes}
    f01, f03, f04, f07, s02, s03 = (by_id[i] for i in ("F01", "F03", "F04", "F07", "S02", "S03"))
    assert (f01.before, f01.after) == (AnswerValue(1), AnswerValue(3))
    assert (f01.delta, f03.delta) == (2, -1)
    assert (f04.before, f04.after) == (NA, AnswerValue(3))
    assert f04.delta is None and f07.delta is None
    assert f07.after == NA
    assert (s02.before, s02.after, s02.delta) == (AnswerValue(), AnswerValue(0), 0)
    assert (s03.before, s03.after, s03.delta) == (AnswerValue(0), AnswerValue(), 0)
    assert f01.stage_label == "Phase 1 Forming"
    assert s02.stage_label == "Phase 2 Storming"
    assert f01.criterion.statement == tsia.criteria_by_id["F01"].statement


def test_placed_stage_and_maturity_index_change(tsia):
    comparison = compare(tsia, BEFORE, tsia, AFTER)
    # before: Forming 15/21 not achieved -> not yet Phase 1, index 0 + 5/7
    assert comparison.before.placed_label == "not yet Phase 1 Forming"
    assert comparison.before.maturity_index == pytest.approx(5 / 7)
    # after: Forming achieved, Storming 1/9 -> Phase 1 Forming, index 1 + 1/9 = 10/9
    assert comparison.after.placed_label == "Phase 1 Forming"
    assert comparison.after.maturity_index == pytest.approx(10 / 9)
    # 10/9 - 5/7 = (70 - 45) / 63 = 25/63
    assert comparison.index_change == pytest.approx(25 / 63)
    assert comparison.level_change == 1
    assert comparison.placed_changed
    assert (comparison.model_id, comparison.before_version, comparison.after_version) == (
        "tsia-4-phases",
        "1.0.0",
        "1.0.0",
    )


def test_same_answers_change_nothing(tsia):
    comparison = compare(tsia, BEFORE, tsia, dict(BEFORE))
    assert comparison.changes == ()
    assert comparison.unchanged == 36
    assert comparison.index_change == 0
    assert comparison.level_change == 0
    assert not comparison.placed_changed


def test_going_back_is_the_mirror_image(tsia):
    comparison = compare(tsia, AFTER, tsia, BEFORE)
    assert [c.criterion_id for c in comparison.up] == ["F03"]
    assert [c.criterion_id for c in comparison.down] == ["F01", "S04"]
    assert comparison.index_change == pytest.approx(-25 / 63)
    assert comparison.level_change == -1


def test_criteria_of_one_version_only_are_added_or_removed(tsia, tsia_next):
    before = given(F01=1, F08=3, S09=2, N01=1)
    after = given(F01=2, F09=2, N01=1)
    comparison = compare(tsia, before, tsia_next, after)
    assert [(c.criterion_id, c.direction) for c in comparison.changes] == [
        ("F01", UP),
        ("F09", ADDED),  # forming, after F07 in 1.1.0
        ("F08", REMOVED),  # forming, after the criteria still there
        ("S09", REMOVED),  # storming
        ("P11", ADDED),  # performing, unanswered, still reported
    ]
    by_id = {c.criterion_id: c for c in comparison.changes}
    assert (by_id["F09"].before, by_id["F09"].after) == (None, AnswerValue(2))
    assert (by_id["F08"].before, by_id["F08"].after) == (AnswerValue(3), None)
    assert by_id["P11"].after == UNANSWERED
    assert by_id["F09"].delta is None and by_id["F08"].delta is None
    assert [c.criterion_id for c in comparison.added] == ["F09", "P11"]
    assert [c.criterion_id for c in comparison.removed] == ["F08", "S09"]
    # 36 - 2 removed = 34 criteria in both versions; F01 changed -> 33 unchanged
    assert comparison.unchanged == 33
    assert (comparison.before_version, comparison.after_version) == ("1.0.0", "1.1.0")


def test_different_models_are_refused(tsia, ftworks):
    with pytest.raises(ValueError, match="different maturity models"):
        compare(tsia, {}, ftworks, {})
