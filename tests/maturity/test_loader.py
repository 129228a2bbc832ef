"""Reading and validating model files: every problem names the file and the key."""

import json
import tomllib

import pytest

from csmaturity_app.errors import UserFacingError
from csmaturity_app.maturity import ModelFileError, load_model_file, parse_model
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR

VALID = """\
format = 1
id = "tiny"
version = "1.0"
title = "Tiny model"
stage_word = "Step"

[attribution]
author = "A. Author"
organisation = "Org"
article = "An article"
year = 2020

[scale]
not_applicable_label = "N/A"
points = [
  { score = 0, label = "No" },
  { score = 1, label = "Partly" },
  { score = 2, label = "Yes" },
]

[scoring]
threshold = 0.75

[[stages]]
id = "first"
level = 1
name = "First"
description = "The first stage."

[[stages]]
id = "second"
level = 2
name = "Second"
description = "The second stage."

[[dimensions]]
id = "people"
name = "People"

[[criteria]]
id = "C1"
stage = "first"
dimension = "people"
statement = "Someone is in charge."

[[criteria]]
id = "C2"
stage = "second"
dimension = "people"
statement = "A team exists."
"""


def edited(*replacements):
    """VALID with each (old, new) replaced; each old text must occur exactly once."""
    text = VALID
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def write(tmp_path, text, name="model.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path, *replacements):
    """Load VALID with the replacements; return the ModelFileError raised."""
    path = write(tmp_path, edited(*replacements))
    with pytest.raises(ModelFileError) as caught:
        load_model_file(path)
    assert caught.value.source == str(path)
    assert str(caught.value).startswith(f"{path}: ")
    return caught.value


# -- the valid file


def test_valid_file_loads(tmp_path):
    model = load_model_file(write(tmp_path, VALID))
    assert model.id == "tiny"
    assert model.key == "tiny@1.0"
    assert [s.id for s in model.stages] == ["first", "second"]
    assert [c.id for c in model.criteria] == ["C1", "C2"]
    assert model.max_score == 2
    assert model.threshold == 0.75
    assert model.attribution.year == 2020
    assert model.source == str(tmp_path / "model.toml")
    assert model.stage_label(model.stages[1]) == "Step 2 Second"


def test_valid_model_round_trips_through_to_dict(tmp_path):
    model = load_model_file(write(tmp_path, VALID))
    assert parse_model(model.to_dict()) == model


@pytest.mark.parametrize(
    "name",
    [
        "tsia-4-phases-1.0.0.toml",
        "ftworks-5-levels-1.0.0.toml",
        "tsia-4-phases-2.0.0.toml",
        "ftworks-5-levels-2.0.0.toml",
    ],
)
def test_shipped_models_round_trip_through_json(name):
    model = load_model_file(BUILTIN_MODELS_DIR / name)
    frozen = json.loads(json.dumps(model.to_dict()))
    assert parse_model(frozen) == model


def test_threshold_of_one_is_allowed(tmp_path):
    model = load_model_file(write(tmp_path, edited(("threshold = 0.75", "threshold = 1"))))
    assert model.threshold == 1.0


def test_model_file_error_is_user_facing():
    assert issubclass(ModelFileError, UserFacingError)


# -- files that cannot be read


def test_missing_file(tmp_path):
    path = tmp_path / "absent.toml"
    with pytest.raises(ModelFileError) as caught:
        load_model_file(path)
    assert str(caught.value) == f"{path}: no such file"


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(ModelFileError) as caught:
        load_model_file(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not a model file"


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(edited(('title = "Tiny model"', 'title = "Tiny modèle"')).encode("latin-1"))
    with pytest.raises(ModelFileError) as caught:
        load_model_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: is not UTF-8 text (byte ")
    assert caught.value.problems == [f"is not UTF-8 text (byte {VALID.index('Tiny model') + 8})"]


def test_invalid_toml_names_the_line(tmp_path):
    error = problems_of(tmp_path, ('title = "Tiny model"', 'title = "Tiny model'))
    assert len(error.problems) == 1
    assert error.problems[0].startswith("is not valid TOML: ")
    assert "line 4" in error.problems[0]


def test_top_level_not_a_table():
    with pytest.raises(ModelFileError) as caught:
        parse_model(["not", "a", "table"], "frozen")
    assert caught.value.problems == ["(top level): must be a table, not a list"]


# -- keys


def test_missing_required_key(tmp_path):
    error = problems_of(tmp_path, ('title = "Tiny model"\n', ""))
    assert error.problems == ["title: is missing"]
    assert str(error) == f"{tmp_path / 'model.toml'}: title: is missing"


def test_missing_key_inside_a_stage(tmp_path):
    error = problems_of(tmp_path, ('description = "The second stage."\n', ""))
    assert error.problems == ["stages[1].description: is missing"]


def test_unknown_key_is_reported_as_a_typo(tmp_path):
    error = problems_of(tmp_path, ("stage_word =", "stage_wrod ="))
    assert error.problems == [
        "stage_word: is missing",
        "stage_wrod: is not a known key (a typo?)",
    ]
    assert "(and 1 more problem)" in str(error)


def test_unknown_key_inside_a_table(tmp_path):
    error = problems_of(tmp_path, ("year = 2020", "yaer = 2020"))
    assert error.problems == ["attribution.yaer: is not a known key (a typo?)"]


def test_empty_required_text(tmp_path):
    error = problems_of(tmp_path, ('statement = "A team exists."', 'statement = "  "'))
    assert error.problems == ["criteria[1] (C2).statement: must not be empty"]


# -- ids and references


def test_duplicate_criterion_id(tmp_path):
    error = problems_of(tmp_path, ('id = "C2"', 'id = "C1"'))
    assert error.problems == ["criteria[1] (C1).id: 'C1' is used by an earlier criterion"]


def test_duplicate_stage_id(tmp_path):
    error = problems_of(tmp_path, ('id = "second"', 'id = "first"'))
    assert "stages[1].id: 'first' is used by an earlier stage" in error.problems


def test_duplicate_dimension_id(tmp_path):
    extra = '[[dimensions]]\nid = "people"\nname = "People again"\n\n[[criteria]]'
    error = problems_of(tmp_path, ('[[criteria]]\nid = "C1"', extra + '\nid = "C1"'))
    assert error.problems == ["dimensions[1].id: 'people' is used by an earlier dimension"]


def test_missing_ids_are_not_also_reported_as_duplicates(tmp_path):
    error = problems_of(tmp_path, ('id = "first"\n', ""), ('id = "second"\n', ""))
    assert error.problems == [
        "stages[0].id: is missing",
        "stages[1].id: is missing",
    ]


def test_id_with_bad_characters(tmp_path):
    error = problems_of(tmp_path, ('id = "tiny"', 'id = "Tiny Model"'))
    assert len(error.problems) == 1
    assert error.problems[0].startswith("id: 'Tiny Model' must use only letters")
    assert "in lower case" in error.problems[0]


def test_criterion_pointing_at_unknown_stage(tmp_path):
    error = problems_of(tmp_path, ('stage = "second"', 'stage = "third"'))
    assert error.problems == [
        "criteria[1] (C2).stage: 'third' is not a stage of this model (stages: first, second)"
    ]


def test_criterion_pointing_at_unknown_dimension(tmp_path):
    error = problems_of(
        tmp_path,
        ('dimension = "people"\nstatement = "A team', 'dimension = "process"\nstatement = "A team'),
    )
    assert error.problems == [
        "criteria[1] (C2).dimension: 'process' is not a dimension of this model "
        "(dimensions: people)"
    ]


# -- scale


def test_scale_scores_out_of_order(tmp_path):
    error = problems_of(
        tmp_path,
        ('{ score = 1, label = "Partly" }', '{ score = 2, label = "Partly" }'),
        ('{ score = 2, label = "Yes" }', '{ score = 1, label = "Yes" }'),
    )
    assert error.problems == [
        "scale.points[1].score: is 2; scores must run 0, 1, 2, ... in order",
        "scale.points[2].score: is 1; scores must run 0, 1, 2, ... in order",
    ]


def test_scale_not_starting_at_zero(tmp_path):
    error = problems_of(
        tmp_path,
        ('  { score = 0, label = "No" },\n', ""),
    )
    assert error.problems[0] == "scale.points[0].score: is 1; scores must run 0, 1, 2, ... in order"


def test_scale_with_only_one_point(tmp_path):
    error = problems_of(
        tmp_path,
        ('  { score = 1, label = "Partly" },\n', ""),
        ('  { score = 2, label = "Yes" },\n', ""),
    )
    assert error.problems == ["scale.points: needs at least two points (0 and a top score)"]


def test_scale_with_no_points(tmp_path):
    start = VALID.index("points = [")
    end = VALID.index("]\n", start) + 2
    error = problems_of(tmp_path, (VALID[start:end], "points = []\n"))
    assert error.problems == ["scale.points: must not be empty"]


def test_scale_points_not_a_list_of_tables(tmp_path):
    start = VALID.index("points = [")
    end = VALID.index("]\n", start) + 2
    error = problems_of(tmp_path, (VALID[start:end], "points = [0, 1, 2]\n"))
    assert len(error.problems) == 1
    assert error.problems[0].startswith("scale.points: must be a list of tables")


def test_scale_with_duplicate_labels(tmp_path):
    error = problems_of(tmp_path, ('label = "Partly"', 'label = "No"'))
    assert error.problems == ["scale.points: labels must all differ"]


# -- scoring threshold


@pytest.mark.parametrize(
    ("value", "shown"),
    [("0", "0"), ("0.0", "0.0"), ("1.5", "1.5"), ('"high"', "'high'"), ("true", "True")],
)
def test_threshold_out_of_range_or_not_a_number(tmp_path, value, shown):
    error = problems_of(tmp_path, ("threshold = 0.75", f"threshold = {value}"))
    assert error.problems == [
        'scoring.threshold: must be a number, or a fraction such as "2/3", above 0 and at most 1, '
        f"not {shown}"
    ]


def test_threshold_missing(tmp_path):
    error = problems_of(tmp_path, ("threshold = 0.75\n", ""))
    assert error.problems == ["scoring.threshold: is missing"]


# -- stages


def test_levels_must_rise_by_one(tmp_path):
    error = problems_of(tmp_path, ("level = 2", "level = 3"))
    assert error.problems == [
        "stages[1].level: is 3; stages must be listed in order with levels rising by one "
        "(the stage before is level 1)"
    ]


def test_levels_in_reverse_order(tmp_path):
    error = problems_of(
        tmp_path,
        ('level = 1\nname = "First"', 'level = 2\nname = "First"'),
        ('level = 2\nname = "Second"', 'level = 1\nname = "Second"'),
    )
    assert len(error.problems) == 1
    assert error.problems[0].startswith("stages[1].level: is 1;")


def test_level_as_text(tmp_path):
    error = problems_of(tmp_path, ("level = 2", 'level = "two"'))
    assert error.problems == ["stages[1].level: must be a whole number, not text"]


def test_level_as_fraction(tmp_path):
    error = problems_of(tmp_path, ("level = 2", "level = 2.0"))
    assert error.problems == ["stages[1].level: must be a whole number, not a number"]


def test_stages_as_plain_table(tmp_path):
    text = VALID.replace("[[stages]]", "[stages.x]", 1).replace(
        '[[stages]]\nid = "second"', '[stages.y]\nid = "second"'
    )
    path = write(tmp_path, text)
    with pytest.raises(ModelFileError) as caught:
        load_model_file(path)
    assert caught.value.problems == ["stages: must be a list of tables ([[stages]]), not a table"]


# -- other types and the file format


def test_title_as_number(tmp_path):
    error = problems_of(tmp_path, ('title = "Tiny model"', "title = 7"))
    assert error.problems == ["title: must be text, not a number"]


def test_attribution_as_text(tmp_path):
    start = VALID.index("[attribution]")
    end = VALID.index("[scale]")
    error = problems_of(
        tmp_path,
        (VALID[start:end], ""),
        ('stage_word = "Step"\n', 'stage_word = "Step"\nattribution = "me"\n'),
    )
    assert error.problems[0] == "attribution: must be a table ([attribution]), not text"


def test_implausible_year(tmp_path):
    error = problems_of(tmp_path, ("year = 2020", "year = 20"))
    assert error.problems == ["attribution.year: 20 is not a plausible year"]


def test_newer_format(tmp_path):
    error = problems_of(tmp_path, ("format = 1", "format = 3"))
    assert error.problems == [
        "format: is 3; this version reads formats 1 to 2 (written for a newer CS Maturity)"
    ]


def test_format_as_text(tmp_path):
    error = problems_of(tmp_path, ("format = 1", 'format = "1"'))
    assert error.problems == ["format: must be a whole number, not text"]


def test_format_as_a_boolean(tmp_path):
    error = problems_of(tmp_path, ("format = 1", "format = true"))
    assert error.problems == ["format: must be a whole number, not true/false"]


def test_several_problems_are_all_reported(tmp_path):
    error = problems_of(
        tmp_path,
        ('title = "Tiny model"\n', ""),
        ("threshold = 0.75", "threshold = 0"),
        ("level = 2", 'level = "two"'),
        ('id = "C2"', 'id = "C1"'),
        ('dimension = "people"\nstatement = "A team', 'dimension = "nobody"\nstatement = "A team'),
    )
    assert error.problems == [
        "title: is missing",
        'scoring.threshold: must be a number, or a fraction such as "2/3", above 0 and at most 1, '
        "not 0",
        "stages[1].level: must be a whole number, not text",
        "criteria[1] (C1).id: 'C1' is used by an earlier criterion",
        "criteria[1] (C1).dimension: 'nobody' is not a dimension of this model "
        "(dimensions: people)",
    ]
    assert str(error) == f"{tmp_path / 'model.toml'}: title: is missing (and 4 more problems)"


def test_parse_model_names_its_source():
    data = tomllib.loads(edited(("format = 1", "format = 3")))
    with pytest.raises(ModelFileError) as caught:
        parse_model(data, "assessment 12")
    assert str(caught.value).startswith("assessment 12: format: is 3;")


def test_parse_model_default_source():
    data = tomllib.loads(edited(("format = 1", "format = 3")))
    with pytest.raises(ModelFileError) as caught:
        parse_model(data)
    assert caught.value.source == "<definition>"


def test_missing_or_mistyped_table_is_one_problem_not_one_per_field(tsia):
    data = tsia.to_dict()
    data["attribution"] = "me"
    del data["scale"]
    with pytest.raises(ModelFileError) as info:
        parse_model(data, "own.toml")
    assert sorted(info.value.problems) == [
        "attribution: must be a table ([attribution]), not text",
        "scale: is missing",
    ]
