"""Every store a release wrote (schema 1 to 6) opens, upgrades after a backup, shows the same
results, and then takes respondents: adding them changes no result, their ratings make the
consensus their median (rounded down), the facilitator's rating stays, and handing it back
gives the median again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from release_stores import backups, expected, opened_copy, user_version

from csmaturity_app.maturity import AnswerValue
from csmaturity_app.maturity.consensus import median_consensus
from csmaturity_app.store import Store, opening

RELEASES = (1, 2, 3, 4, 5, 6)


@pytest.fixture(params=RELEASES, ids=[f"schema{n}" for n in RELEASES])
def release(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[int, Store]]:
    with opened_copy(request.param, tmp_path) as store:
        yield request.param, store


def results(store: Store) -> dict[str, tuple[object, ...]]:
    out = {}
    for a in store.assessments():
        r = store.result(a.id)
        out[a.id] = (r.placed_level, r.placed_label, round(r.maturity_index, 12), r.answered)
    return out


def test_each_release_store_upgrades_after_a_backup_and_shows_the_same_results(
    release: tuple[int, Store], tmp_path: Path
):
    schema, store = release
    assert store.file_schema_version() == opening.newest_schema_version()
    (backup,) = backups(tmp_path, schema)
    assert user_version(backup) == schema
    if schema == 1:
        assert results(store)  # release 0.1 kept no record of what it showed
        return
    shown = expected(schema)
    shown = shown.get("assessments", shown)  # release 0.2 kept the assessments alone
    assert results(store) == {
        i: (s["placed_level"], s["placed_label"], round(s["maturity_index"], 12), s["answered"])
        for i, s in shown.items()
    }


def test_each_release_store_then_takes_respondents(release: tuple[int, Store]):
    _, store = release
    before = results(store)
    assessment = next(a for a in store.assessments())
    if assessment.status == "complete":
        store.set_status(assessment.id, "draft")  # reopened to rate again
    scored = store.scored(assessment.id)
    model, answers = scored.model, scored.answers
    assessor = store.respondents(assessment.id)
    assert [r.implicit for r in assessor] == [True]

    pat = store.add_respondent(assessment.id, "Pat Lee", "VP Customer Success")
    sam = store.add_respondent(assessment.id, "Sam Roe", "CSM")
    assert results(store)[assessment.id] == before[assessment.id]  # nothing changed by adding
    names = [r.name for r in store.respondents(assessment.id)]
    assert names == [assessor[0].name, "Pat Lee", "Sam Roe"]

    first, second = model.criteria[0].id, model.criteria[1].id
    store.record_respondent_answer(pat.id, first, 0, notes="not yet")
    store.record_respondent_answer(sam.id, first, model.max_score)
    ratings = [AnswerValue(0, False), AnswerValue(model.max_score, False)]
    theirs = answers.get(first)
    if theirs is not None and (theirs.score is not None or theirs.not_applicable):
        ratings.append(AnswerValue(theirs.score, theirs.not_applicable))
    median = median_consensus(ratings)
    assert median is not None
    consensus = store.answers(assessment.id)[first]
    assert (consensus.score, consensus.not_applicable) == (median.score, median.not_applicable)

    store.record_answer(assessment.id, second, 1, notes="set in the workshop")
    store.record_respondent_answer(pat.id, second, 3)
    assert store.answers(assessment.id)[second].score == 1  # the facilitator's stays
    handed_back = store.use_median(assessment.id, second)
    view = store.respondents_view(assessment.id)
    assert second in view.from_respondents
    ratings = [AnswerValue(3, False)]
    theirs = answers.get(second)  # the assessor's, written down as their rating
    if theirs is not None and (theirs.score is not None or theirs.not_applicable):
        ratings.append(AnswerValue(theirs.score, theirs.not_applicable))
    median = median_consensus(ratings)
    assert median is not None and handed_back is not None
    assert (handed_back.score, handed_back.not_applicable) == (
        median.score,
        median.not_applicable,
    )
    assert view.ratings[pat.id][first].notes == "not yet"
    for other, result in before.items():
        if other != assessment.id:
            assert results(store)[other] == result
