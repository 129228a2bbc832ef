"""Carrying an assessment forward to a newer version of its maturity model."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from carry_models import NEW, NEXT_VERSION, NOT_MAPPED, catalog_with_next, tsia_1, tsia_next

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import NotFoundError, Store, StoreError
from csmaturity_app.store.carrying import carry_forward_target


@pytest.fixture
def old_model(builtin_catalog: ModelCatalog) -> MaturityModel:
    return tsia_1(builtin_catalog)


@pytest.fixture
def new_model(old_model: MaturityModel) -> MaturityModel:
    return tsia_next(old_model)


def old_assessment(store: Store, model: MaturityModel, ratings: dict) -> str:
    """A completed assessment of last year: criterion -> score, "na", or (rating, notes)."""
    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, model, "Ann", date(2025, 5, 6))
    for criterion_id, given in ratings.items():
        rating, notes = given if isinstance(given, tuple) else (given, None)
        if rating == "na":
            store.record_answer(assessment.id, criterion_id, None, True, notes)
        elif rating is None:
            store.record_notes(assessment.id, criterion_id, notes)
        else:
            store.record_answer(assessment.id, criterion_id, rating, notes=notes)
    store.set_status(assessment.id, "complete")
    return assessment.id


def snapshot(path: Path) -> dict[str, list[tuple]]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = ("organization", "model_version", "assessment", "answer")
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
    finally:
        db.close()


def test_a_draft_under_the_new_version_with_answers_marked_for_review(
    store: Store, old_model: MaturityModel, new_model: MaturityModel
):
    old_id = old_assessment(
        store,
        old_model,
        {
            "F01": (2, "QBRs with two clients"),
            "F07": ("na", "born on subscriptions"),
            "F08": (None, "notes, no rating yet"),
            "S01": 3,
        },
    )
    before = store.answers(old_id)
    new = store.carry_forward(old_id, new_model)

    assert new.id != old_id
    assert new.carried_from == old_id
    assert (new.model_id, new.model_version) == (old_model.id, NEXT_VERSION)
    assert (new.organization_id, new.assessor) == (store.assessment(old_id).organization_id, "Ann")
    assert (new.status, new.assessed_on) == ("draft", date.today())
    answers = store.answers(new.id)
    assert set(answers) == {"F01", "F07", "F08", "S01"}
    assert all(a.needs_review for a in answers.values())
    assert (answers["F01"].score, answers["F01"].notes) == (2, "QBRs with two clients")
    assert answers["F07"].not_applicable and answers["F07"].score is None
    assert answers["F07"].notes == "born on subscriptions"
    assert (answers["F08"].score, answers["F08"].notes) == (None, "notes, no rating yet")
    assert answers["S01"].score == 3
    # The old assessment keeps everything: its version, status, answers, no review marks.
    assert store.answers(old_id) == before
    old = store.assessment(old_id)
    assert (old.model_version, old.status, old.carried_from) == ("1.0.0", "complete", None)
    frozen = store.model_of(new.id)
    assert (frozen.key, frozen.criteria) == (new_model.key, new_model.criteria)
    assert store.result(new.id).answered == 3  # F08 has notes only


def test_a_split_criterion_gives_its_answer_to_each_part(
    store: Store, old_model: MaturityModel, new_model: MaturityModel
):
    old_id = old_assessment(store, old_model, {"F02": (1, "one pilot")})
    answers = store.answers(store.carry_forward(old_id, new_model).id)
    assert set(answers) == {"F02a", "F02b"}
    for part in ("F02a", "F02b"):
        assert (answers[part].score, answers[part].notes) == (1, "one pilot")
        assert answers[part].needs_review


def test_merged_criteria_keep_the_lowest_rating_and_every_note(
    store: Store, old_model: MaturityModel, new_model: MaturityModel
):
    old_id = old_assessment(store, old_model, {"F03": (3, "charter signed"), "F04": (1, "")})
    merged = store.answers(store.carry_forward(old_id, new_model).id)["F34"]
    assert merged.score == 1 and not merged.not_applicable and merged.needs_review
    first, *rest = merged.notes.splitlines()
    assert "lowest rating" in first and "F03 3 " in first and "F04 1 " in first
    assert rest == ["F03: charter signed"]


@pytest.mark.parametrize(
    ("f03", "f04", "expected"),
    [
        ("na", 2, (2, False)),  # not applicable is no rating: the one rating counts
        ("na", "na", (None, True)),
        (0, 3, (0, False)),
        ((None, "only notes"), 2, (2, False)),
    ],
)
def test_merging_with_not_applicable_and_unrated(
    store: Store, old_model: MaturityModel, new_model: MaturityModel, f03, f04, expected
):
    old_id = old_assessment(store, old_model, {"F03": f03, "F04": f04})
    merged = store.answers(store.carry_forward(old_id, new_model).id)["F34"]
    assert (merged.score, merged.not_applicable) == expected
    assert "Merged from 2 criteria of version 1.0.0" in merged.notes


def test_a_merge_with_one_part_never_rated_says_so(
    store: Store, old_model: MaturityModel, new_model: MaturityModel
):
    """F04 unanswered counted as 0 in the old assessment: the carried 3 must not pass
    silently as the whole of F34."""
    old_id = old_assessment(store, old_model, {"F03": 3})
    merged = store.answers(store.carry_forward(old_id, new_model).id)["F34"]
    assert merged.score == 3 and merged.needs_review
    assert "Merged from 2 criteria of version 1.0.0" in merged.notes
    assert "Not rated then: F04." in merged.notes.splitlines()


def test_dropped_unmapped_and_new_criteria_stay_unanswered(
    store: Store, old_model: MaturityModel, new_model: MaturityModel
):
    old_id = old_assessment(
        store, old_model, {c.id: 3 for c in old_model.criteria if c.stage == "forming"}
    )
    answers = store.answers(store.carry_forward(old_id, new_model).id)
    assert set(answers) == {"F01", "F02a", "F02b", "F34", "F07", "F08"}
    assert NOT_MAPPED not in answers and NEW not in answers  # F06 is not in the mapping


def test_rating_again_clears_the_review_mark_notes_alone_do_not(
    store: Store, old_model: MaturityModel, new_model: MaturityModel
):
    old_id = old_assessment(store, old_model, {"F01": (2, "kept"), "F07": 1, "F08": 0, "S01": 2})
    new_id = store.carry_forward(old_id, new_model).id

    noted = store.record_notes(new_id, "F01", "checked the notes only")
    assert noted.needs_review and noted.score == 2
    assert store.answers(new_id)["F01"].needs_review

    same = store.record_answer(new_id, "F07", 1)  # the same rating, confirmed
    assert not same.needs_review
    not_applicable = store.record_answer(new_id, "F08", None, not_applicable=True)
    assert not not_applicable.needs_review
    with_notes = store.record_answer(new_id, "S01", 3, notes="better now")
    assert not with_notes.needs_review
    answers = store.answers(new_id)
    assert [c for c, a in answers.items() if a.needs_review] == ["F01"]
    assert answers["F01"].notes == "checked the notes only"
    # A criterion answered for the first time in the draft was never carried.
    assert not store.record_answer(new_id, NEW, 2).needs_review


def test_refusals_say_why_and_change_nothing(
    store: Store, old_model: MaturityModel, new_model: MaturityModel, ftworks: MaturityModel
):
    old_id = old_assessment(store, old_model, {"F01": 2})
    carried = store.carry_forward(old_id, new_model)
    before = snapshot(store.path)

    cases = [
        (old_id, old_model, r"already under .* version 1\.0\.0, the newest installed"),
        (carried.id, new_model, rf"already under .* version {NEXT_VERSION}"),
        (old_id, tsia_next(old_model, mapping=False), r"does not say how answers given under "),
        (old_id, ftworks, r"is a TSIA .* assessment; it cannot be carried forward to another"),
    ]
    for assessment_id, model, message in cases:
        with pytest.raises(StoreError, match=message) as raised:
            store.carry_forward(assessment_id, model)
        assert "\n" not in str(raised.value)
    with pytest.raises(NotFoundError, match="no assessment with id 'nope'"):
        store.carry_forward("nope", new_model)
    assert snapshot(store.path) == before


def test_an_assessment_can_be_carried_forward_twice(
    store: Store, old_model: MaturityModel, new_model: MaturityModel
):
    """Each time a new draft: carrying forward never touches a draft made before."""
    old_id = old_assessment(store, old_model, {"F01": 2})
    first = store.carry_forward(old_id, new_model)
    store.record_answer(first.id, "F01", 3)
    second = store.carry_forward(old_id, new_model)
    assert first.id != second.id
    assert store.answers(first.id)["F01"].score == 3
    assert store.answers(second.id)["F01"].score == 2
    assert len(store.model_versions()) == 2  # the new version is stored once


def test_which_version_an_assessment_can_be_carried_forward_to(builtin_catalog: ModelCatalog):
    catalog = catalog_with_next(builtin_catalog)
    target = carry_forward_target(catalog, "tsia-4-phases", "1.0.0")
    assert target is not None and target.version == NEXT_VERSION
    assert carry_forward_target(catalog, "tsia-4-phases", NEXT_VERSION) is None  # the newest
    assert carry_forward_target(catalog, "tsia-4-phases", "0.9.0") is None  # no mapping from it
    assert carry_forward_target(catalog, "ftworks-5-levels", "1.0.0") is None  # no newer one
    assert carry_forward_target(catalog, "someone-elses-model", "1.0.0") is None
    unmapped = catalog_with_next(builtin_catalog, mapping=False)
    assert carry_forward_target(unmapped, "tsia-4-phases", "1.0.0") is None
