"""Calibration: client profiles, each rated as an honest assessor would, place where their
narrative argues. They are the test that the models' content holds up in front of a client.

Each file in tests/data/calibration/<model id>/ holds a narrative, a rating for every
criterion of the model version it names (0-3, or "na") and the placed level it argues for.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csmaturity_app.maturity import MaturityModel, score_assessment
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.scoring import AnswerValue

CALIBRATION = Path(__file__).resolve().parents[1] / "data" / "calibration"
PROFILES = sorted(CALIBRATION.glob("*/*.toml"))
MODELS = ("tsia-4-phases", "ftworks-5-levels")


def read(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def answers_of(ratings: dict[str, int | str]) -> dict[str, AnswerValue]:
    return {
        cid: AnswerValue(None, not_applicable=True) if value == "na" else AnswerValue(int(value))
        for cid, value in ratings.items()
    }


@pytest.mark.parametrize("model_id", MODELS)
def test_each_model_has_at_least_eight_profiles(model_id):
    assert len(list((CALIBRATION / model_id).glob("*.toml"))) >= 8


REQUIRED_KINDS = (
    "born-on-subscriptions",  # a company born on subscriptions, with no CS team
    "legacy-shift",  # a legacy vendor part-way through the shift
    "reactive-nps",  # reactive CSMs, measured by NPS
    "mature-budget-playbooks",  # mature: a standing budget and triggered playbooks
    "mature-not-monetized",  # mature, its customer success not monetized (N/A where due)
    "strong-later-missing-early",  # strong in later capabilities, missing an early one
)


@pytest.mark.parametrize("model_id", MODELS)
def test_the_profiles_a_client_will_recognise_are_there(model_id):
    kinds = [read(p)["kind"] for p in (CALIBRATION / model_id).glob("*.toml")]
    assert len(kinds) == len(set(kinds)), "one profile of each kind"
    assert set(REQUIRED_KINDS) <= set(kinds)


@pytest.mark.parametrize("model_id", MODELS)
def test_the_not_monetized_profile_uses_not_applicable(model_id):
    (path,) = [
        p
        for p in (CALIBRATION / model_id).glob("*.toml")
        if read(p)["kind"] == "mature-not-monetized"
    ]
    profile = read(path)
    assert "na" in profile["ratings"].values()
    if model_id == "tsia-4-phases":
        assert profile["ratings"]["P06"] == "na"  # monetization: deliberately not done


@pytest.mark.parametrize("model_id", MODELS)
def test_the_mature_profiles_place_at_the_top(model_id, builtin_catalog: ModelCatalog):
    top = builtin_catalog.get(model_id).stages[-1].level
    for path in (CALIBRATION / model_id).glob("*.toml"):
        profile = read(path)
        if profile["kind"] in ("mature-budget-playbooks", "mature-not-monetized"):
            assert profile["expected_level"] == top, path.name


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_profile_places_where_its_narrative_says(path, builtin_catalog: ModelCatalog):
    profile = read(path)
    model = builtin_catalog.get(profile["model"], profile["version"])
    assert profile["narrative"].strip() and profile["title"].strip()
    rated = set(profile["ratings"])
    expected_ids = {c.id for c in model.criteria}
    assert rated == expected_ids, "a profile rates every criterion, and only those"
    assert all(v == "na" or v in (0, 1, 2, 3) for v in profile["ratings"].values())
    result = score_assessment(model, answers_of(profile["ratings"]))
    assert result.placed_level == profile["expected_level"], (
        f"{profile['title']}: placed {result.placed_label} (index {result.maturity_index:.2f}); "
        f"the narrative argues for level {profile['expected_level']}"
    )


def rating_sets(model: MaturityModel) -> st.SearchStrategy[dict[str, AnswerValue]]:
    value = st.one_of(st.none(), st.just("na"), st.integers(min_value=0, max_value=model.max_score))
    return st.fixed_dictionaries({c.id: value for c in model.criteria}).map(
        lambda ratings: {
            cid: AnswerValue(None, True) if v == "na" else AnswerValue(v)
            for cid, v in ratings.items()
            if v is not None
        }
    )


@pytest.mark.parametrize("model_id", MODELS)
@pytest.mark.parametrize("version", ["1.0.0", "2.0.0"])
def test_raising_one_rating_never_lowers_placement_or_index(
    model_id, version, builtin_catalog: ModelCatalog
):
    model = builtin_catalog.get(model_id, version)

    @settings(max_examples=150, deadline=None)
    @given(answers=rating_sets(model), data=st.data())
    def check(answers: dict[str, AnswerValue], data: st.DataObject) -> None:
        raisable = [
            c.id
            for c in model.criteria
            if not answers.get(c.id, AnswerValue()).not_applicable
            and (answers.get(c.id, AnswerValue()).score or 0) < model.max_score
        ]
        if not raisable:
            return
        cid = data.draw(st.sampled_from(raisable))
        before = score_assessment(model, answers)
        old = answers.get(cid, AnswerValue()).score or 0
        new = data.draw(st.integers(min_value=old + 1, max_value=model.max_score))
        after = score_assessment(model, {**answers, cid: AnswerValue(new)})
        assert after.placed_level >= before.placed_level
        assert after.maturity_index >= before.maturity_index - 1e-12

    check()
