"""The crosswalk between the TSIA phases and the FT Works levels: the shipped file, its strict
validation, and the readings an assessment gets."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from csmaturity_app.maturity import AnswerValue, MaturityModel, score_assessment
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.crosswalk import (
    BUILTIN_CROSSWALKS_DIR,
    Crosswalk,
    CrosswalkFileError,
    builtin_crosswalks,
    check_against_catalog,
    crosswalk_readings,
    load_crosswalk_file,
    parse_crosswalk,
    placed_levels,
)

FILE = BUILTIN_CROSSWALKS_DIR / "tsia-4-phases--ftworks-5-levels.toml"
TSIA, FTWORKS = "tsia-4-phases", "ftworks-5-levels"


@pytest.fixture(scope="module")
def crosswalk() -> Crosswalk:
    return load_crosswalk_file(FILE)


@pytest.fixture
def data() -> dict[str, Any]:
    """The shipped file as dicts, for tests that break one key of it."""
    return tomllib.loads(FILE.read_text(encoding="utf-8"))


def placed_at(model: MaturityModel, level: int) -> dict[str, AnswerValue]:
    """Answers that place an assessment exactly at `level`: every criterion up to it in
    place, none above."""
    return {
        c.id: AnswerValue(model.max_score if model.stages_by_id[c.stage].level <= level else 0)
        for c in model.criteria
    }


def test_the_shipped_file_loads_and_is_the_builtin_one(crosswalk: Crosswalk) -> None:
    assert crosswalk.id == "tsia-4-phases--ftworks-5-levels"
    assert {m.id for m in crosswalk.models} == {TSIA, FTWORKS}
    assert {m.name for m in crosswalk.models} == {"TSIA", "FT Works"}
    assert [c.id for c in builtin_crosswalks()] == [crosswalk.id]
    assert builtin_crosswalks() is builtin_crosswalks()  # read once


def test_every_placed_level_of_both_models_has_one_correspondence(
    crosswalk: Crosswalk, builtin_catalog: ModelCatalog
) -> None:
    for model in builtin_catalog:  # every version: a crosswalk matches by id alone
        side = crosswalk.model(model.id)
        assert side is not None
        assert side.levels == placed_levels(model)
        other = crosswalk.other(model.id)
        assert other is not None
        for level in side.levels:
            entry = crosswalk.lookup(model.id, level)
            assert entry is not None, (model.key, level)
            assert entry.to_level in other.levels
            assert entry.note
    assert len(crosswalk.correspondences) == 5 + 5  # TSIA 0 (not yet Phase 1) to 4; FT 0 to 4
    assert check_against_catalog(crosswalk, builtin_catalog) == []


def test_norming_and_tactical_correspond_both_ways(crosswalk: Crosswalk) -> None:
    norming = crosswalk.lookup(TSIA, 3)
    tactical = crosswalk.lookup(FTWORKS, 2)
    assert norming is not None and norming.to_level == 2
    assert tactical is not None and tactical.to_level == 3


def test_the_caveats_say_the_models_place_reactive_csms_differently(
    crosswalk: Crosswalk,
) -> None:
    caveats = {c.id: c.text for c in crosswalk.caveats}
    reactive = caveats["reactive-csms"]
    assert "Norming" in reactive and "Random" in reactive and "escalation" in reactive
    assert "different-subjects" in caveats
    assert "approximate" in crosswalk.caveat.lower()


def test_the_file_is_in_our_own_words() -> None:
    from tests.own_words import article_runs, shared_runs

    assert shared_runs(FILE.read_text(encoding="utf-8"), article_runs()) == set()


@pytest.mark.parametrize(
    ("break_it", "key"),
    [
        (lambda d: d.pop("caveat"), "caveat: is missing"),
        (lambda d: d.update(colour="red"), "colour: is not a known key"),
        (lambda d: d.update(format=2), "format: is 2"),
        (lambda d: d["models"].pop(), "models: must name exactly two models"),
        (lambda d: d["models"][1].update(levels=[0, 1, 3]), "models[1].levels"),
        (lambda d: d["correspondences"][3].update(to_level=9), "correspondences[3].to_level"),
        (lambda d: d["correspondences"][2].update(level=7), "correspondences[2].level"),
        (lambda d: d["correspondences"][4].update(note=" "), "correspondences[4].note"),
        (lambda d: d["correspondences"][0].update(**{"from": "x"}), "correspondences[0].from"),
        (lambda d: d["correspondences"].pop(8), "no entry from ftworks-5-levels level 3"),
        (lambda d: d["caveats"][1].update(id="reactive-csms"), "caveats[1].id"),
    ],
)
def test_a_bad_file_names_its_key(
    data: dict[str, Any], tmp_path: Path, break_it: Any, key: str
) -> None:
    break_it(data)
    with pytest.raises(CrosswalkFileError) as caught:
        parse_crosswalk(data, "bad.toml")
    assert any(key in problem for problem in caught.value.problems), caught.value.problems
    assert str(caught.value).startswith("bad.toml: ")


def test_a_file_that_is_not_toml_says_so(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("format = \n", encoding="utf-8")
    with pytest.raises(CrosswalkFileError, match=r"broken\.toml: is not valid TOML"):
        load_crosswalk_file(path)


def test_a_model_missing_from_the_catalog_is_named(
    crosswalk: Crosswalk, builtin_catalog: ModelCatalog
) -> None:
    only_tsia = ModelCatalog([m for m in builtin_catalog if m.id == TSIA])
    assert check_against_catalog(crosswalk, only_tsia) == [
        "models[1].id: no maturity model 'ftworks-5-levels' in the catalog"
    ]


def test_a_tsia_assessment_at_norming_reads_as_ftworks_tactical(
    tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    result = score_assessment(tsia, placed_at(tsia, 3))
    assert result.placed_label == "Phase 3 Norming"
    (reading,) = crosswalk_readings(result, builtin_catalog)
    assert (reading.model_id, reading.model_name, reading.level) == (FTWORKS, "FT Works", 2)
    assert reading.stage_label == builtin_catalog.get(FTWORKS).stage_label(
        builtin_catalog.get(FTWORKS).stages[2]
    )
    assert reading.text == "roughly FT Works Level 2 Tactical"
    assert reading.line == "Crosswalk: roughly FT Works Level 2 Tactical (approximate)"
    assert reading.approximate is True
    assert reading.note and reading.caveat
    assert any("escalation" in c for c in reading.caveats)


def test_every_placement_of_either_model_gets_one_reading(
    builtin_catalog: ModelCatalog,
) -> None:
    for model in builtin_catalog:
        for level in placed_levels(model):
            result = score_assessment(model, placed_at(model, level))
            assert result.placed_level == level
            (reading,) = crosswalk_readings(result, builtin_catalog)
            assert reading.model_id != model.id
            assert reading.text.startswith(f"roughly {reading.model_name} ")


def test_an_ftworks_assessment_reads_in_tsia_phases(
    ftworks: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    (asleep,) = crosswalk_readings(score_assessment(ftworks, {}), builtin_catalog)
    assert asleep.text == "roughly TSIA Phase 1 Forming"
    (strategic,) = crosswalk_readings(
        score_assessment(ftworks, placed_at(ftworks, 4)), builtin_catalog
    )
    assert strategic.text == "roughly TSIA Phase 4 Performing"


def test_no_reading_without_the_other_model_or_a_crosswalk(
    tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    result = score_assessment(tsia, {})
    only_tsia = ModelCatalog([m for m in builtin_catalog if m.id == TSIA])
    assert crosswalk_readings(result, only_tsia) == ()
    assert crosswalk_readings(result, builtin_catalog, crosswalks=[]) == ()
