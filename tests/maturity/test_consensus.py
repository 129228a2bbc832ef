"""The consensus rule, worked by hand: the median rounded down, not applicable by majority."""

from __future__ import annotations

import pytest

from csmaturity_app.maturity import AnswerValue
from csmaturity_app.maturity.consensus import median_consensus, spread_of

NA = AnswerValue(None, True)
NONE = AnswerValue()


def s(*scores: int) -> list[AnswerValue]:
    return [AnswerValue(x) for x in scores]


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        (s(2), AnswerValue(2)),
        (s(1, 2), AnswerValue(1)),  # 1.5, rounded down
        (s(1, 3), AnswerValue(2)),  # the median is 2: nothing to round
        (s(0, 3, 3), AnswerValue(3)),
        (s(0, 1, 2, 3), AnswerValue(1)),  # 1.5 -> 1
        (s(2, 3, 3, 3), AnswerValue(3)),
        ([NA], NA),
        ([NA, NA, AnswerValue(3)], NA),  # two of three: a majority
        ([NA, NA, AnswerValue(3), AnswerValue(0)], AnswerValue(1)),  # half is not a majority
        ([NA, AnswerValue(2)], AnswerValue(2)),
        ([], None),
        ([None, NONE], None),  # nobody rated it
        ([None, AnswerValue(1), NONE], AnswerValue(1)),  # the unanswered are left out
    ],
)
def test_median_consensus(ratings: list[AnswerValue | None], expected: AnswerValue | None):
    assert median_consensus(ratings) == expected


def test_spread_and_disagreement():
    assert spread_of(s(1, 2)).range == 1
    assert not spread_of(s(1, 2)).disagreement
    assert spread_of(s(0, 2)).disagreement
    assert spread_of([*s(3, 1), NA]).range == 2
    assert spread_of([*s(3, 1), NA]).not_applicable == 1
    assert spread_of([NA, NA]).range is None
    assert not spread_of([NA, NONE, None]).disagreement
