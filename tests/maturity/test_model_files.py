"""Content rules of the shipped model files, and the catalog of built-in and user models."""

import shutil
from collections import Counter
from fractions import Fraction

import pytest

from csmaturity_app.maturity import load_model_file
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog

SHIPPED = [
    "ftworks-5-levels-1.0.0.toml",
    "ftworks-5-levels-2.0.0.toml",
    "tsia-4-phases-1.0.0.toml",
    "tsia-4-phases-2.0.0.toml",
]
CURRENT = [name for name in SHIPPED if name.endswith("-2.0.0.toml")]


@pytest.fixture(scope="module", params=SHIPPED)
def shipped(request):
    return load_model_file(BUILTIN_MODELS_DIR / request.param)


@pytest.fixture(scope="module", params=CURRENT)
def current(request):
    return load_model_file(BUILTIN_MODELS_DIR / request.param)


def test_builtin_folder_holds_both_versions_of_the_two_models():
    assert sorted(p.name for p in BUILTIN_MODELS_DIR.glob("*.toml")) == SHIPPED


def test_ids(tsia, ftworks):
    assert tsia.id == "tsia-4-phases"
    assert ftworks.id == "ftworks-5-levels"


def test_the_current_version_is_2_0_0(tsia, ftworks, builtin_catalog):
    assert (tsia.version, ftworks.version) == ("2.0.0", "2.0.0")
    assert builtin_catalog.get("tsia-4-phases", "1.0.0").version == "1.0.0"


@pytest.mark.parametrize("version", ["1.0.0", "2.0.0"])
def test_tsia_phases(builtin_catalog, version):
    shipped = builtin_catalog.get("tsia-4-phases", version)
    assert [(s.level, s.name) for s in shipped.stages] == [
        (1, "Forming"),
        (2, "Storming"),
        (3, "Norming"),
        (4, "Performing"),
    ]
    assert shipped.stage_word == "Phase"


@pytest.mark.parametrize("version", ["1.0.0", "2.0.0"])
def test_ftworks_levels(builtin_catalog, version):
    shipped = builtin_catalog.get("ftworks-5-levels", version)
    assert [(s.level, s.name) for s in shipped.stages] == [
        (0, "Asleep"),
        (1, "Random"),
        (2, "Tactical"),
        (3, "Support-Centric"),
        (4, "Strategic"),
    ]
    assert shipped.stage_word == "Level"


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


def test_tsia_credit_names_the_real_article(tsia):
    credit = tsia.attribution
    assert credit.organisation == "TSIA"
    assert credit.article == "The Customer Success Maturity Model in 4 Phases"
    assert "updated June 13, 2017" in credit.published
    assert credit.url == "https://www.tsia.com/blog/4-phases-of-customer-success-maturity"
    assert "Tuckman" in credit.note and "1965" in credit.note


def test_ftworks_credit_names_the_real_article(ftworks):
    credit = ftworks.attribution
    assert credit.author == "Françoise Tourniaire"
    assert credit.organisation == "FT Works"
    assert credit.article == (
        "A Maturity Model for Customer Success: Go Beyond Making Customers Happy"
    )
    assert credit.url == (
        "https://www.tsia.com/blog/"
        "a-maturity-model-for-customer-success-go-beyond-making-customers-happy"
    )
    assert "members" in credit.published
    # The credit quotes the title, never a description of the article.
    assert f"\u201c{credit.article}\u201d" in credit.credit()


def test_every_criterion_has_guidance(shipped):
    assert [c.id for c in shipped.criteria if not c.guidance.strip()] == []


def test_every_stage_has_description_and_guidance(shipped):
    assert [s.id for s in shipped.stages if not (s.description and s.guidance)] == []


def test_scale_and_rule_follow_design(shipped):
    assert [p.score for p in shipped.scale] == [0, 1, 2, 3]
    assert "weakest first" in shipped.rule
    if shipped.version == "1.0.0":
        assert shipped.threshold == 0.75
        assert "0.75" in shipped.rule
    else:
        assert shipped.exact_threshold == Fraction(2, 3)
        assert "two thirds" in shipped.rule.lower()


def test_every_current_criterion_says_where_it_comes_from_and_how_to_rate_it(current):
    for c in current.criteria:
        assert c.source in ("article", "addition"), c.id
        assert len(c.anchors) == 4 and all(a.strip() for a in c.anchors), c.id
        assert c.why and c.action and c.not_applicable_when, c.id
    additions = [c for c in current.criteria if c.is_addition]
    assert 0 < len(additions) < len(current.criteria)


def test_anchors_differ_from_one_score_to_the_next(current):
    assert [c.id for c in current.criteria if len(set(c.anchors)) != 4] == []


def test_every_current_stage_has_a_profile_and_says_what_the_next_unlocks(current):
    *lower, top = current.stages
    assert all(s.typical_profile for s in current.stages)
    assert all(s.next_stage_unlocks for s in lower)
    assert top.next_stage_unlocks == ""


@pytest.mark.parametrize(
    "term", ["CES", "CSAT", "NPS", "CAC", "CEC", "CRC", "charter", "success path"]
)
def test_the_glossary_explains_the_terms_a_client_asks_about(current, term):
    terms = {g.term.split(" (")[0].casefold() for g in current.glossary}
    assert term.casefold() in terms or any(
        term.casefold() in g.term.casefold() for g in current.glossary
    )


def test_every_1_0_0_criterion_is_carried_or_dropped_on_purpose(builtin_catalog, current):
    old = builtin_catalog.get(current.id, "1.0.0")
    mapping = current.carry_forward_from("1.0.0")
    assert mapping is not None
    assert sorted(old_id for old_id, _ in mapping.criteria) == sorted(c.id for c in old.criteria)


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
    assert sorted(m.key for m in catalog) == [
        "ftworks-5-levels@1.0.0",
        "ftworks-5-levels@2.0.0",
        "tsia-4-phases@1.0.0",
        "tsia-4-phases@2.0.0",
    ]
    assert catalog.problems == []


def test_user_model_is_listed_beside_the_builtin_ones(tmp_path):
    (tmp_path / "mine.toml").write_text(EXTRA, encoding="utf-8")
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, tmp_path])
    assert sorted({m.id for m in catalog}) == ["ftworks-5-levels", "my-model", "tsia-4-phases"]
    assert catalog.problems == []
    assert catalog.get("my-model").source == str(tmp_path / "mine.toml")


def test_broken_user_model_is_a_problem_and_hides_nothing(tmp_path):
    (tmp_path / "a-broken.toml").write_text(
        EXTRA.replace("threshold = 0.5", "threshold = 5"), encoding="utf-8"
    )
    (tmp_path / "b-mine.toml").write_text(EXTRA, encoding="utf-8")
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, tmp_path])
    assert sorted({m.id for m in catalog}) == ["ftworks-5-levels", "my-model", "tsia-4-phases"]
    assert catalog.problems == [
        f"{tmp_path / 'a-broken.toml'}: scoring.threshold: "
        'must be a number, or a fraction such as "2/3", above 0 and at most 1, not 5'
    ]


def test_user_model_reusing_builtin_id_and_version_is_refused(tmp_path):
    copy = tmp_path / "tsia-copy.toml"
    shutil.copyfile(BUILTIN_MODELS_DIR / "tsia-4-phases-2.0.0.toml", copy)
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, tmp_path])
    assert len(catalog.models) == 4
    assert catalog.get("tsia-4-phases").source == str(
        BUILTIN_MODELS_DIR / "tsia-4-phases-2.0.0.toml"
    )
    assert len(catalog.problems) == 1
    assert catalog.problems[0].startswith(f"{copy}: id and version tsia-4-phases@2.0.0")
    assert "already used" in catalog.problems[0]


def test_user_model_with_builtin_id_and_new_version_is_accepted(tmp_path):
    text = (BUILTIN_MODELS_DIR / "tsia-4-phases-2.0.0.toml").read_text(encoding="utf-8")
    newer = text.replace('version = "2.0.0"', 'version = "2.10.0"', 1)
    (tmp_path / "tsia-newer.toml").write_text(newer, encoding="utf-8")
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, tmp_path])
    assert catalog.problems == []
    assert catalog.get("tsia-4-phases").version == "2.10.0"
    assert catalog.get("tsia-4-phases", "2.0.0").source.endswith("tsia-4-phases-2.0.0.toml")


def test_missing_user_folder_is_ignored(tmp_path):
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, tmp_path / "absent"])
    assert len(catalog.models) == 4
    assert catalog.problems == []
