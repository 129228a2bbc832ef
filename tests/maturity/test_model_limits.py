"""The bounds on a model definition: what a crafted file cannot make the app hold.

Each mutation starts from the shipped TSIA 2.0.0 model, so the refusal is about the one key
changed, and the message names that key.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable
from typing import Any

import pytest

from csmaturity_app.maturity import ModelFileError, limits, load_model_file, parse_model
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR
from csmaturity_app.maturity.loader import parse_model_json

SHIPPED = BUILTIN_MODELS_DIR / "tsia-4-phases-2.0.0.toml"


def shipped() -> dict[str, Any]:
    return load_model_file(SHIPPED).to_dict()


def refused(edit: Callable[[dict[str, Any]], object]) -> list[str]:
    """The problems of the shipped definition after `edit`, read back from its frozen JSON."""
    data = shipped()
    edit(data)
    with pytest.raises(ModelFileError) as caught:
        parse_model_json(json.dumps(data), "row 2, model_definition")
    assert str(caught.value).startswith("row 2, model_definition: ")
    return caught.value.problems


def set_level(value: object) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        data["stages"][0]["level"] = value

    return edit


@pytest.mark.parametrize("value", [10**400, 101, -1])
def test_a_stage_level_out_of_range_is_refused_naming_the_key(value):
    problems = refused(set_level(value))
    assert problems[0].startswith("stages[0].level: ")
    assert "from 0 to 100" in problems[0]


def test_a_huge_level_is_refused_without_printing_it():
    # Python will not even turn this number into text; a parsed TOML file can hold one.
    data = shipped()
    set_level(10**5000)(data)
    with pytest.raises(ModelFileError) as caught:
        parse_model(data)
    assert caught.value.problems[0] == (
        "stages[0].level: is a number far too large; it must be from 0 to 100"
    )


@pytest.mark.parametrize("value", [True, 1.0, "1"])
def test_a_level_that_is_not_a_whole_number_is_refused(value):
    assert refused(set_level(value))[0].startswith("stages[0].level: must be a whole number")


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), 10**400, True, "10000000000/10000000001"]
)
def test_a_threshold_that_is_not_a_finite_fraction_is_refused(value):
    def edit(data: dict[str, Any]) -> None:
        data["scoring"]["threshold"] = value

    (problem,) = refused(edit)
    assert problem.startswith("scoring.threshold: must be a number")


def test_too_many_stages_are_refused():
    def edit(data: dict[str, Any]) -> None:
        template = data["stages"][-1]
        data["stages"] = [dict(template, id=f"s{i}", level=i) for i in range(limits.MAX_STAGES + 1)]

    assert "stages: has 51 entries; at most 50 are allowed" in refused(edit)


def test_too_many_criteria_are_refused():
    def edit(data: dict[str, Any]) -> None:
        template = data["criteria"][0]
        data["criteria"] = [dict(template, id=f"X{i}") for i in range(limits.MAX_CRITERIA + 1)]

    assert "criteria: has 1,001 entries; at most 1,000 are allowed" in refused(edit)


def test_a_scale_beyond_three_is_refused():
    def edit(data: dict[str, Any]) -> None:
        data["scale"]["points"].append({"score": 4, "label": "Beyond"})

    assert "scale.points: has 5 entries; at most 4 are allowed" in refused(edit)


@pytest.mark.parametrize(
    ("path", "limit"),
    [
        (("title",), limits.MAX_NAME),
        (("id",), limits.MAX_ID),
        (("version",), limits.MAX_ID),
        (("stages", 0, "description"), limits.MAX_TEXT),
        (("criteria", 0, "statement"), limits.MAX_TEXT),
        (("dimensions", 0, "name"), limits.MAX_NAME),
        (("glossary", 0, "meaning"), limits.MAX_TEXT),
    ],
)
def test_texts_longer_than_their_bound_are_refused(path, limit):
    def edit(data: dict[str, Any]) -> None:
        *parents, name = path
        table = data
        for part in parents:
            table = table[part]
        table[name] = "a" * (limit + 1)

    problems = refused(edit)
    assert any(f"at most {limit:,} are allowed" in p for p in problems), problems


def test_a_long_anchor_is_refused():
    def edit(data: dict[str, Any]) -> None:
        data["criteria"][0]["anchors"][1] = "x" * (limits.MAX_TEXT + 1)

    assert any(".anchors[1]: has 5,001 characters" in p for p in refused(edit))


def test_too_many_glossary_entries_are_refused():
    def edit(data: dict[str, Any]) -> None:
        data["glossary"] = [
            {"term": f"t{i}", "meaning": "m"} for i in range(limits.MAX_GLOSSARY + 1)
        ]

    assert "glossary: has 501 entries; at most 500 are allowed" in refused(edit)


def test_a_carry_forward_to_too_many_criteria_is_refused():
    def edit(data: dict[str, Any]) -> None:
        ids = [c["id"] for c in data["criteria"]]
        data["carry_forward"][0]["criteria"]["OLD"] = (ids * 2)[: limits.MAX_CARRIED_TO + 1]

    assert any("maps to 51 criteria" in p for p in refused(edit))


def test_the_shipped_models_fit_well_inside_the_bounds():
    for path in sorted(BUILTIN_MODELS_DIR.glob("*.toml")):
        model = load_model_file(path)
        assert len(model.stages) * 5 <= limits.MAX_STAGES
        assert len(model.criteria) * 10 <= limits.MAX_CRITERIA
        texts = [c.statement for c in model.criteria] + [s.description for s in model.stages]
        assert max(map(len, texts)) * 5 <= limits.MAX_TEXT


# -- file-level problems: nesting, byte order mark


def test_a_deeply_nested_file_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "nested.toml"
    path.write_text("x = " + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")
    assert path.stat().st_size < 1300
    with pytest.raises(ModelFileError) as caught:
        load_model_file(path)
    assert str(caught.value) == f"{path}: is nested too deeply to be a maturity model"


def test_deeply_nested_json_is_refused():
    with pytest.raises(ModelFileError) as caught:
        parse_model_json("[" * 100_000 + "]" * 100_000, "row 2, model_definition")
    assert "nested too deeply" in str(caught.value)


def test_a_file_with_a_byte_order_mark_loads(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + SHIPPED.read_bytes())
    assert load_model_file(path).to_dict() == shipped()


def test_an_integer_of_thousands_of_digits_in_a_file_is_refused(tmp_path):
    path = tmp_path / "huge.toml"
    text = SHIPPED.read_text(encoding="utf-8").replace("level = 1", "level = 1" + "0" * 5000, 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ModelFileError) as caught:
        load_model_file(path)
    assert str(caught.value).startswith(f"{path}: is not valid TOML")


def test_parse_model_of_a_copy_is_unchanged():
    data = shipped()
    assert parse_model(copy.deepcopy(data)).to_dict() == data
    assert not math.isnan(parse_model(data).threshold)
