"""Format 2 model files: what a consultant needs in front of a client, required and checked."""

from fractions import Fraction

import pytest

from csmaturity_app.maturity import ModelFileError, load_model_file, score_assessment
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR
from csmaturity_app.maturity.scoring import AnswerValue

CRITERION = """
[[criteria]]
id = "{id}"
stage = "{stage}"
dimension = "people"
statement = "Statement {id}."
source = "{source}"
anchors = ["none", "some", "most", "all"]
why = "Why {id}."
action = "Act on {id}."
not_applicable_when = "Never: everyone can."
"""

VALID = (
    """\
format = 2
id = "tiny"
version = "2.0.0"
title = "Tiny model"
stage_word = "Step"

[attribution]
author = "A. Author"
organisation = "Org"
article = "An article"
url = "https://example.org/article"
published = "Org blog, 2020"

[scale]
not_applicable_label = "N/A"
points = [
  { score = 0, label = "Not in place" },
  { score = 1, label = "Partly" },
  { score = 2, label = "Largely" },
  { score = 3, label = "Fully" },
]

[scoring]
threshold = "2/3"

[[stages]]
id = "first"
level = 1
name = "First"
description = "The first stage."
typical_profile = "Small team."
next_stage_unlocks = "Second things."

[[stages]]
id = "second"
level = 2
name = "Second"
description = "The second stage."
typical_profile = "Bigger team."

[[dimensions]]
id = "people"
name = "People"

[[glossary]]
term = "CSM"
meaning = "Customer success manager."

[[carry_forward]]
from_version = "1.0.0"
[carry_forward.criteria]
OLD1 = ["C1"]
OLD2 = ["C2", "C3"]
OLD3 = []
"""
    + CRITERION.format(id="C1", stage="first", source="article")
    + CRITERION.format(id="C2", stage="second", source="addition")
    + CRITERION.format(id="C3", stage="second", source="article")
)


def write(tmp_path, text):
    path = tmp_path / "model.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path, text):
    with pytest.raises(ModelFileError) as caught:
        load_model_file(write(tmp_path, text))
    return caught.value.problems


def test_format_2_file_loads_with_everything(tmp_path):
    model = load_model_file(write(tmp_path, VALID))
    c1, c2, _ = model.criteria
    assert (c1.source, c1.is_addition, c2.is_addition) == ("article", False, True)
    assert c1.anchors == ("none", "some", "most", "all")
    assert (c1.why, c1.action, c1.not_applicable_when) == (
        "Why C1.",
        "Act on C1.",
        "Never: everyone can.",
    )
    assert model.stages[0].typical_profile == "Small team."
    assert model.stages[0].next_stage_unlocks == "Second things."
    assert model.stages[1].next_stage_unlocks == ""
    assert [(g.term, g.meaning) for g in model.glossary] == [("CSM", "Customer success manager.")]
    assert model.attribution.url == "https://example.org/article"
    assert "Org blog, 2020" in model.attribution.credit()
    mapping = model.carry_forward_from("1.0.0")
    assert mapping is not None
    assert mapping.targets("OLD2") == ("C2", "C3")
    assert mapping.targets("OLD3") == ()
    assert model.carry_forward_from("0.9") is None


def test_two_thirds_is_exact(tmp_path):
    """Every criterion of a stage "largely in place" reaches it: 6/9 is exactly 2/3."""
    model = load_model_file(write(tmp_path, VALID))
    assert model.exact_threshold == Fraction(2, 3)
    assert model.to_dict()["scoring"]["threshold"] == "2/3"  # written back as the file wrote it
    largely = {c.id: AnswerValue(2) for c in model.criteria}
    result = score_assessment(model, largely)
    assert [s.achieved for s in result.stages] == [True, True]
    one_short = {**largely, "C3": AnswerValue(1)}
    assert [s.achieved for s in score_assessment(model, one_short).stages] == [True, False]


def test_json_form_carries_every_new_key_under_its_name(tmp_path):
    data = load_model_file(write(tmp_path, VALID)).to_dict()
    assert data["format"] == 2
    assert data["scoring"]["threshold"] == "2/3"
    assert data["attribution"]["url"] == "https://example.org/article"
    assert data["glossary"] == [{"term": "CSM", "meaning": "Customer success manager."}]
    assert set(data["criteria"][0]) >= {
        "source",
        "anchors",
        "why",
        "action",
        "not_applicable_when",
    }
    assert set(data["stages"][1]) >= {"typical_profile", "next_stage_unlocks"}
    assert data["carry_forward"] == [
        {"from_version": "1.0.0", "criteria": {"OLD1": ["C1"], "OLD2": ["C2", "C3"], "OLD3": []}}
    ]


def test_format_2_round_trips_through_its_json_form(tmp_path):
    from csmaturity_app.maturity import parse_model

    model = load_model_file(write(tmp_path, VALID))
    assert parse_model(model.to_dict()) == model


@pytest.mark.parametrize("key", ["source", "anchors", "why", "action", "not_applicable_when"])
def test_format_2_requires_each_criterion_field(tmp_path, key):
    lines = [line for line in VALID.splitlines() if not line.startswith(f"{key} =")]
    found = problems(tmp_path, "\n".join(lines))
    assert f"criteria[0].{key}: is missing" in found


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ('typical_profile = "Small team."', "stages[0].typical_profile: is missing"),
        ('next_stage_unlocks = "Second things."', "stages[0].next_stage_unlocks: is missing"),
        ('url = "https://example.org/article"', "attribution.url: is missing"),
    ],
)
def test_format_2_requires_stage_and_attribution_fields(tmp_path, key, expected):
    assert expected in problems(tmp_path, VALID.replace(key, ""))


def test_format_2_requires_a_glossary(tmp_path):
    text = VALID.replace('[[glossary]]\nterm = "CSM"\nmeaning = "Customer success manager."', "")
    assert "glossary: is missing" in problems(tmp_path, text)


def test_source_must_be_article_or_addition(tmp_path):
    text = VALID.replace('source = "article"', 'source = "folklore"', 1)
    (problem,) = problems(tmp_path, text)
    assert problem.startswith("criteria[0] (C1).source: 'folklore' must be \"article\"")


def test_anchors_need_one_text_per_score(tmp_path):
    text = VALID.replace('["none", "some", "most", "all"]', '["none", "all"]', 1)
    (problem,) = problems(tmp_path, text)
    assert problem == (
        "criteria[0] (C1).anchors: has 2 text(s); it needs one per score of the scale (4: 0 to 3)"
    )


def test_empty_anchor_is_named(tmp_path):
    text = VALID.replace('["none", "some", "most", "all"]', '["none", " ", "most", "all"]', 1)
    assert problems(tmp_path, text) == ["criteria[0] (C1).anchors[1]: must not be empty"]


def test_anchors_must_be_texts(tmp_path):
    text = VALID.replace('["none", "some", "most", "all"]', "[0, 1, 2, 3]", 1)
    (problem,) = problems(tmp_path, text)
    assert problem.startswith("criteria[0] (C1).anchors: must be a list of texts")


def test_duplicate_glossary_term(tmp_path):
    text = VALID.replace(
        "[[carry_forward]]",
        '[[glossary]]\nterm = "csm"\nmeaning = "Again."\n\n[[carry_forward]]',
    )
    assert problems(tmp_path, text) == ["glossary[1].term: 'csm' is defined by an earlier entry"]


def test_carry_forward_to_an_unknown_criterion(tmp_path):
    text = VALID.replace('OLD1 = ["C1"]', 'OLD1 = ["C9"]')
    assert problems(tmp_path, text) == [
        "carry_forward[0].criteria.OLD1: 'C9' is not a criterion of this model"
    ]


def test_carry_forward_from_its_own_version(tmp_path):
    text = VALID.replace('from_version = "1.0.0"', 'from_version = "2.0.0"')
    assert problems(tmp_path, text) == [
        "carry_forward[0].from_version: must be an earlier version than this one"
    ]


def test_carry_forward_target_must_be_a_list(tmp_path):
    text = VALID.replace('OLD1 = ["C1"]', 'OLD1 = "C1"')
    (problem,) = problems(tmp_path, text)
    assert problem.startswith("carry_forward[0].criteria.OLD1: must be a list of criterion ids")


@pytest.mark.parametrize("value", ['"3/2"', '"0/3"', '"2/0"', '"two thirds"', "0", "1.5"])
def test_bad_threshold(tmp_path, value):
    (problem,) = problems(tmp_path, VALID.replace('threshold = "2/3"', f"threshold = {value}"))
    assert problem.startswith("scoring.threshold: must be a number, or a fraction")


def test_format_3_is_from_a_newer_release(tmp_path):
    found = problems(tmp_path, VALID.replace("format = 2", "format = 3"))
    assert (
        found[0]
        == "format: is 3; this version reads formats 1 to 2 (written for a newer CS Maturity)"
    )


def test_format_1_files_need_none_of_the_new_keys(tmp_path):
    """A consultant's own format-1 model keeps loading as it did."""
    model = load_model_file(BUILTIN_MODELS_DIR / "tsia-4-phases-1.0.0.toml")
    assert model.format == 1
    assert model.criteria[0].anchors == ()
    assert model.exact_threshold == Fraction(3, 4)
    assert "glossary" not in model.to_dict()


def test_a_copy_with_another_threshold_does_not_keep_the_old_fraction(tmp_path):
    import dataclasses

    model = load_model_file(write(tmp_path, VALID))
    copy = dataclasses.replace(model, threshold=0.9)
    assert copy.exact_threshold == Fraction(9, 10)
    assert copy.to_dict()["scoring"]["threshold"] == 0.9
