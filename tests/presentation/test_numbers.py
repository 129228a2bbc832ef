"""How figures read, for every reader of results: one `percent_text` (a fraction), the index
with two decimals, the threshold as people say it, ratings, and the index axis."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from csmaturity_app.presentation import (
    counted,
    index_axis,
    index_scale,
    index_text,
    percent_text,
    rating_text,
    threshold_text,
)


def test_percent_text_takes_a_fraction_and_reads_whole_percent():
    assert percent_text(0.5926) == "59 %"
    assert percent_text(14 / 24) == "58 %"
    assert percent_text(1.0) == "100 %"
    assert percent_text(0.0) == "0 %"


def test_index_text_has_two_decimals():
    assert index_text(1 + 16 / 27) == "1.59"
    assert index_text(2) == "2.00"


def test_threshold_reads_as_people_say_it(tsia, tsia_v1):
    assert tsia.exact_threshold == Fraction(2, 3)
    assert threshold_text(tsia) == "two thirds (67 %)"
    assert threshold_text(tsia_v1) == "75 %"
    other = dataclasses.replace(tsia_v1, threshold=0.8, threshold_text="")
    assert threshold_text(other) == "80 %"
    odd = dataclasses.replace(tsia_v1, threshold=5 / 7, threshold_text="5/7")
    assert threshold_text(odd) == "71 %"  # no name for it: the whole percent
    copy = dataclasses.replace(tsia, threshold=0.9)  # a copy does not keep the old fraction
    assert threshold_text(copy) == "90 %"


def test_ratings_read_with_their_score(tsia):
    assert rating_text(tsia, 2) == "2 Largely in place"
    assert rating_text(tsia, None) == "Unanswered"
    assert rating_text(tsia, None, True) == tsia.not_applicable_label


def test_index_scale_and_an_axis_for_several_models(tsia, ftworks):
    # TSIA: nothing in place is "not yet Phase 1" (0) up to Phase 4; FT Works: Level 0 has no
    # criteria, so it is achieved by definition (0), up to Level 4.
    assert index_scale(tsia) == (0, 4)
    assert index_scale(ftworks) == (0, 4)
    assert index_axis([tsia, ftworks]) == (0, 4)
    shifted = dataclasses.replace(
        tsia, stages=tuple(dataclasses.replace(s, level=s.level + 2) for s in tsia.stages)
    )
    assert index_scale(shifted) == (2, 6)
    assert index_axis([shifted, ftworks]) == (0, 6)


def test_counted_groups_thousands_and_takes_an_irregular_plural() -> None:
    assert counted(1, "row") == "1 row"
    assert counted(0, "row") == "0 rows"
    assert counted(2450, "row") == "2,450 rows"
    assert counted(3, "criterion", "criteria") == "3 criteria"
    assert counted(1, "criterion", "criteria") == "1 criterion"
