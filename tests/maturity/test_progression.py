"""Progression series (maturity/progression.py): completed assessments, by date, per model.

The maturity indices are worked out by hand next to each set of answers; none is computed by
the code under test.
"""

from datetime import date

import pytest

from csmaturity_app.maturity import AnswerValue, score_assessment
from csmaturity_app.maturity.progression import (
    ProgressionSeries,
    ScoredAssessment,
    build_progression,
)


def all_of(model, stage_scores):
    """The same score for every criterion of each stage named."""
    return {
        c.id: AnswerValue(stage_scores[c.stage], False)
        for c in model.criteria
        if c.stage in stage_scores
    }


@pytest.fixture(scope="module")
def tsia(tsia_v1):
    """Worked on the 1.0.0 criteria; the rule under test does not depend on the version."""
    return tsia_v1


@pytest.fixture(scope="module")
def ftworks(ftworks_v1):
    return ftworks_v1


@pytest.fixture(scope="module")
def results(tsia, ftworks):
    return {
        # TSIA nothing answered: not yet Phase 1 Forming, index 0 + 0/24 = 0
        "tsia 0": score_assessment(tsia, {}),
        # Forming all 3 (24/24): Phase 1, Storming 0 -> index 1.0
        "tsia 1": score_assessment(tsia, all_of(tsia, {"forming": 3})),
        # + Storming all 2: 18/27 = 2/3 < 0.75 -> Phase 1, index 1 + 2/3
        "tsia 1.67": score_assessment(tsia, all_of(tsia, {"forming": 3, "storming": 2})),
        # Forming, Storming all 3: Phase 2, Norming 0 -> index 2.0
        "tsia 2": score_assessment(tsia, all_of(tsia, {"forming": 3, "storming": 3})),
        # FT Works nothing: Level 0 Asleep (no criteria: achieved), Random 0 -> index 0
        "ft 0": score_assessment(ftworks, {}),
        # Random all 3: Level 1 Random, Tactical 0 -> index 1.0
        "ft 1": score_assessment(ftworks, all_of(ftworks, {"random": 3})),
    }


TSIA_TITLE = "TSIA Customer Success Maturity Model (4 phases)"
FT_TITLE = "FT Works Customer Success Maturity Model (5 levels)"


def points(series):
    return [
        (p.assessed_on, round(p.maturity_index, 4), p.placed_label, p.assessment_id)
        for p in series.points
    ]


def test_one_series_per_model_completed_only_in_date_order(results):
    tsia_id, ft_id = "tsia-4-phases", "ftworks-5-levels"
    given = [  # in order of creation
        ("a1", tsia_id, TSIA_TITLE, date(2024, 3, 1), "complete", results["tsia 1.67"]),
        ("a2", tsia_id, TSIA_TITLE, date(2023, 9, 1), "complete", results["tsia 1"]),
        ("a3", tsia_id, TSIA_TITLE, date(2024, 9, 1), "draft", results["tsia 2"]),
        ("a4", ft_id, FT_TITLE, date(2024, 1, 15), "complete", results["ft 1"]),
        ("a5", tsia_id, TSIA_TITLE, date(2023, 1, 10), "complete", results["tsia 0"]),
        ScoredAssessment("a6", ft_id, FT_TITLE, date(2023, 6, 1), "complete", results["ft 0"]),
        ("a7", tsia_id, TSIA_TITLE, date(2024, 3, 1), "complete", results["tsia 2"]),
    ]
    ft, tsia = build_progression(given)  # by title: "FT Works ..." before "TSIA ..."
    assert (ft.model_id, ft.title) == (ft_id, FT_TITLE)
    assert points(ft) == [
        (date(2023, 6, 1), 0.0, "Level 0 Asleep", "a6"),
        (date(2024, 1, 15), 1.0, "Level 1 Random", "a4"),
    ]
    assert (tsia.model_id, tsia.title) == (tsia_id, TSIA_TITLE)
    assert points(tsia) == [
        (date(2023, 1, 10), 0.0, "not yet Phase 1 Forming", "a5"),
        (date(2023, 9, 1), 1.0, "Phase 1 Forming", "a2"),
        (date(2024, 3, 1), 1.6667, "Phase 1 Forming", "a1"),  # same date: created first
        (date(2024, 3, 1), 2.0, "Phase 2 Storming", "a7"),
    ]  # a3, a draft, is not a point
    assert [p.placed_level for p in tsia.points] == [0, 1, 1, 2]
    assert isinstance(tsia, ProgressionSeries)
    assert isinstance(tsia.points, tuple)


def test_no_completed_assessment_no_series(results):
    drafts = [("d1", "tsia-4-phases", TSIA_TITLE, date(2024, 1, 1), "draft", results["tsia 1"])]
    assert build_progression(drafts) == []
    assert build_progression([]) == []


def test_series_is_titled_as_its_latest_version_and_keeps_one_line(results):
    given = [
        ("b1", "tsia-4-phases", "TSIA model (old title)", date(2022, 5, 1), "complete",
         results["tsia 0"]),
        ("b2", "tsia-4-phases", TSIA_TITLE, date(2023, 5, 1), "complete", results["tsia 2"]),
    ]  # fmt: skip
    (series,) = build_progression(given)
    assert series.title == TSIA_TITLE
    assert [p.assessment_id for p in series.points] == ["b1", "b2"]
