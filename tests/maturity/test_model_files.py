"""Content rules of the shipped model files, and the catalog of built-in and user models."""

import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from csmaturity_app.maturity import load_model_file
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog

SEEDS_DIR = Path(__file__).resolve().parents[3] / "shared" / "seeds"
WORD = re.compile(r"[a-z0-9']+")
RUN = 8


@pytest.fixture(scope="module", params=["tsia-4-phases.toml", "ftworks-5-levels.toml"])
def shipped(request):
    return load_model_file(BUILTIN_MODELS_DIR / request.param)


def test_builtin_folder_holds_exactly_the_two_models():
    assert sorted(p.name for p in BUILTIN_MODELS_DIR.glob("*.toml")) == [
        "ftworks-5-levels.toml",
        "tsia-4-phases.toml",
    ]


def test_ids(tsia, ftworks):
    assert tsia.id == "tsia-4-phases"
    assert ftworks.id == "ftworks-5-levels"


def test_tsia_phases(tsia):
    assert [(s.level, s.name) for s in tsia.stages] == [
        (1, "Forming"),
        (2, "Storming"),
        (3, "Norming"),
        (4, "Performing"),
    ]
    assert tsia.stage_word == "Phase"


def test_ftworks_levels(ftworks):
    assert [(s.level, s.name) for s in ftworks.stages] == [
        (0, "Asleep"),
        (1, "Random"),
        (2, "Tactical"),
        (3, "Support-Centric"),
        (4, "Strategic"),
    ]
    assert ftworks.stage_word == "Level"


def test_five_to_eight_dimensions_each_used_by_three_criteria(shipped):
    assert 5 <= len(shipped.dimensions) <= 8
    uses = Counter(c.dimension for c in shipped.criteria)
    assert {d.id: uses[d.id] for d in shipped.dimensions if uses[d.id] < 3} == {}


def test_every_stage_has_at_least_six_criteria_except_ftworks_level_0(shipped):
    for stage in shipped.stages:
        count = len(shipped.criteria_of_stage(stage.id))
        if shipped.id == "ftworks-5-levels" and stage.level == 0:
            assert count == 0, "Level 0 Asleep is achieved by definition and has no criteria"
        else:
            assert count >= 6, f"{shipped.stage_label(stage)} has only {count} criteria"


def test_attribution_present(shipped):
    credit = shipped.attribution
    assert credit.author.strip()
    assert credit.organisation.strip()
    assert credit.article.strip()


def test_tsia_attribution(tsia):
    assert tsia.attribution.organisation == "TSIA"
    assert tsia.attribution.year == 2017


def test_ftworks_attribution(ftworks):
    assert ftworks.attribution.author == "Françoise Tourniaire"
    assert ftworks.attribution.organisation == "FT Works"


def test_every_criterion_has_guidance(shipped):
    assert [c.id for c in shipped.criteria if not c.guidance.strip()] == []


def test_every_stage_has_description_and_guidance(shipped):
    assert [s.id for s in shipped.stages if not (s.description and s.guidance)] == []


def test_scale_and_rule_follow_design(shipped):
    assert [p.score for p in shipped.scale] == [0, 1, 2, 3]
    assert shipped.threshold == 0.75
    assert "0.75" in shipped.rule
    assert "weakest first" in shipped.rule


def word_runs(text):
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def test_no_sentences_copied_from_the_source_articles():
    if not SEEDS_DIR.is_dir():
        pytest.fail(f"source articles not found: {SEEDS_DIR} is missing; cannot check for copying")
    articles = sorted(SEEDS_DIR.glob("*.txt"))
    if not articles:
        pytest.fail(f"no source articles (*.txt) in {SEEDS_DIR}; cannot check for copying")
    source_runs = set().union(*(word_runs(p.read_text(encoding="utf-8")) for p in articles))
    copied = {}
    for path in sorted(BUILTIN_MODELS_DIR.iterdir()):
        if path.is_file():
            found = word_runs(path.read_text(encoding="utf-8")) & source_runs
            if found:
                copied[path.name] = sorted(found)
    assert copied == {}, f"runs of {RUN} words copied from the articles"


def test_copy_check_fails_rather_than_skips_without_the_articles(monkeypatch, tmp_path):
    monkeypatch.setattr(sys.modules[__name__], "SEEDS_DIR", tmp_path / "absent")
    with pytest.raises(pytest.fail.Exception, match="source articles not found"):
        test_no_sentences_copied_from_the_source_articles()


def test_copy_check_would_catch_a_copied_run():
    assert word_runs("One two three four five six seven eight.") == {
        "one two three four five six seven eight"
    }
    assert word_runs("one two three four five six seven") == set()


# -- the catalog: built-in models plus the user's folder

EXTRA = """\
format = 1
id = "my-model"
version = "1"
title = "My model"
stage_word = "Step"

[attribution]
author = "Me"
organisation = "My firm"
article = "My notes"

[scale]
not_applicable_label = "N/A"
points = [{ score = 0, label = "No" }, { score = 1, label = "Yes" }]

[scoring]
threshold = 0.5

[[stages]]
id = "start"
level = 1
name = "Start"
description = "Getting going."

[[dimensions]]
id = "all"
name = "Everything"

[[criteria]]
id = "X1"
stage = "start"
dimension = "all"
statement = "Something is done."
"""


def test_catalog_of_builtin_models():
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR])
    assert sorted(m.id for m in catalog) == ["ftworks-5-levels", "tsia-4-phases"]
    assert catalog.problems == []


def test_user_model_is_listed_beside_the_builtin_ones(tmp_path):
    (tmp_path / "mine.toml").write_text(EXTRA, encoding="utf-8")
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, tmp_path])
    assert sorted(m.id for m in catalog) == ["ftworks-5-levels", "my-model", "tsia-4-phases"]
    assert catalog.problems == []
    assert catalog.get("my-model").source == str(tmp_path / "mine.toml")


def test_broken_user_model_is_a_problem_and_hides_nothing(tmp_path):
    (tmp_path / "a-broken.toml").write_text(
        EXTRA.replace("threshold = 0.5", "threshold = 5"), encoding="utf-8"
    )
    (tmp_path / "b-mine.toml").write_text(EXTRA, encoding="utf-8")
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, tmp_path])
    assert sorted(m.id for m in catalog) == ["ftworks-5-levels", "my-model", "tsia-4-phases"]
    assert catalog.problems == [
        f"{tmp_path / 'a-broken.toml'}: scoring.threshold: "
        "must be a number above 0 and at most 1, not 5"
    ]


def test_user_model_reusing_builtin_id_and_version_is_refused(tmp_path):
    copy = tmp_path / "tsia-copy.toml"
    shutil.copyfile(BUILTIN_MODELS_DIR / "tsia-4-phases.toml", copy)
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, tmp_path])
    assert sorted(m.id for m in catalog) == ["ftworks-5-levels", "tsia-4-phases"]
    assert catalog.get("tsia-4-phases").source == str(BUILTIN_MODELS_DIR / "tsia-4-phases.toml")
    assert len(catalog.problems) == 1
    assert catalog.problems[0].startswith(f"{copy}: id and version tsia-4-phases@1.0.0")
    assert "already used" in catalog.problems[0]


def test_user_model_with_builtin_id_and_new_version_is_accepted(tmp_path):
    text = (BUILTIN_MODELS_DIR / "tsia-4-phases.toml").read_text(encoding="utf-8")
    newer = text.replace('version = "1.0.0"', 'version = "1.10.0"', 1)
    (tmp_path / "tsia-newer.toml").write_text(newer, encoding="utf-8")
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, tmp_path])
    assert catalog.problems == []
    assert catalog.get("tsia-4-phases").version == "1.10.0"
    assert catalog.get("tsia-4-phases", "1.0.0").source.endswith("tsia-4-phases.toml")


def test_missing_user_folder_is_ignored(tmp_path):
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, tmp_path / "absent"])
    assert len(catalog.models) == 2
    assert catalog.problems == []
