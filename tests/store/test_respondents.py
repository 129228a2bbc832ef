"""Respondents in the store: their own ratings, and the consensus that follows the median until
the facilitator sets it."""

from __future__ import annotations

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import InvalidAnswerError, NotFoundError, Store, StoreError


@pytest.fixture
def assessment(store: Store, tsia: MaturityModel) -> str:
    org = store.create_organization("Acme")
    return store.create_assessment(org.id, tsia, assessor="Alex").id


def test_an_assessment_has_its_assessor_as_its_one_respondent(store: Store, assessment: str):
    (alex,) = store.respondents(assessment)
    assert (alex.name, alex.implicit, alex.id) == ("Alex", True, "")
    assert not store.respondents_view(assessment).several


def test_adding_a_respondent_writes_the_assessor_down_and_changes_no_result(
    store: Store, assessment: str, tsia: MaturityModel
):
    ids = [c.id for c in tsia.criteria[:3]]
    store.record_answer(assessment, ids[0], 3, notes="seen it")
    store.record_answer(assessment, ids[1], None, not_applicable=True)
    before = store.result(assessment)
    pat = store.add_respondent(assessment, "Pat Lee", "VP Customer Success")
    alex, pat2 = store.respondents(assessment)
    assert (alex.name, alex.implicit, alex.position) == ("Alex", False, 0)
    assert pat2 == pat and pat.position == 1 and pat.role == "VP Customer Success"
    view = store.respondents_view(assessment)
    assert view.several
    assert view.ratings[alex.id][ids[0]].score == 3
    assert view.ratings[alex.id][ids[0]].notes == "seen it"
    assert view.ratings[alex.id][ids[1]].not_applicable
    assert view.from_respondents == {ids[0], ids[1]}
    assert store.result(assessment) == before


def test_the_median_follows_the_respondents_until_the_facilitator_sets_it(
    store: Store, assessment: str, tsia: MaturityModel
):
    c = tsia.criteria[0].id
    pat = store.add_respondent(assessment, "Pat")
    sam = store.add_respondent(assessment, "Sam", "CSM")
    alex = store.find_respondent(assessment, "alex")
    assert store.answers(assessment) == {}
    rated = store.record_respondent_answer(pat.id, c, 3)
    assert rated.consensus is not None and rated.consensus.score == 3
    assert rated.consensus_from_respondents
    rated = store.record_respondent_answer(sam.id, c, 0)
    assert rated.consensus is not None and rated.consensus.score == 1  # 1.5 rounded down
    store.record_respondent_answer(alex.id, c, 2)
    assert store.answers(assessment)[c].score == 2
    # the facilitator sets it: the respondents no longer move it
    store.record_answer(assessment, c, 1, notes="agreed in the workshop")
    store.record_respondent_answer(sam.id, c, 3)
    assert store.answers(assessment)[c].score == 1
    assert c not in store.respondents_view(assessment).from_respondents
    # ... until it is handed back to the median, notes kept
    back = store.use_median(assessment, c)
    assert back is not None and back.score == 3 and back.notes == "agreed in the workshop"


def test_not_applicable_only_by_majority_and_a_cleared_rating_clears_the_median(
    store: Store, assessment: str, tsia: MaturityModel
):
    c = tsia.criteria[0].id
    pat = store.add_respondent(assessment, "Pat")
    sam = store.add_respondent(assessment, "Sam")
    store.record_respondent_answer(pat.id, c, None, not_applicable=True)
    assert store.answers(assessment)[c].not_applicable
    store.record_respondent_answer(sam.id, c, 2)
    answer = store.answers(assessment)[c]
    assert (answer.score, answer.not_applicable) == (2, False)
    store.record_respondent_answer(sam.id, c, None)
    store.record_respondent_answer(pat.id, c, None)
    answer = store.answers(assessment)[c]
    assert (answer.score, answer.not_applicable) == (None, False)


def test_removing_a_respondent_takes_their_ratings_and_the_median_follows(
    store: Store, assessment: str, tsia: MaturityModel
):
    c = tsia.criteria[0].id
    pat = store.add_respondent(assessment, "Pat")
    sam = store.add_respondent(assessment, "Sam")
    store.record_respondent_answer(pat.id, c, 0)
    store.record_respondent_answer(sam.id, c, 3)
    assert store.answers(assessment)[c].score == 1
    assert store.remove_respondent(pat.id) == 1
    assert store.answers(assessment)[c].score == 3
    assert [r.name for r in store.respondents(assessment)] == ["Alex", "Sam"]


def test_names_are_unique_within_an_assessment_and_checked(store: Store, assessment: str):
    store.add_respondent(assessment, "Pat Lee")
    with pytest.raises(StoreError, match="already has a respondent named"):
        store.add_respondent(assessment, "  pat   LEE ")
    with pytest.raises(StoreError, match="needs a name"):
        store.add_respondent(assessment, "   ")
    with pytest.raises(NotFoundError, match="Alex, Pat Lee"):
        store.find_respondent(assessment, "Nobody")


def test_naming_the_assessor_first_on_an_empty_assessment_writes_them_once(
    store: Store, assessment: str
):
    store.add_respondent(assessment, "alex", "Consultant")
    (alex,) = store.respondents(assessment)
    assert (alex.name, alex.role, alex.implicit) == ("alex", "Consultant", False)


def test_a_complete_assessment_takes_no_ratings(store: Store, assessment: str, tsia):
    pat = store.add_respondent(assessment, "Pat")
    store.set_status(assessment, "complete")
    with pytest.raises(InvalidAnswerError, match="complete"):
        store.record_respondent_answer(pat.id, tsia.criteria[0].id, 2)
    with pytest.raises(InvalidAnswerError, match="not a criterion"):
        store.set_status(assessment, "draft")
        store.record_respondent_answer(pat.id, "nope", 2)


def test_the_respondents_of_a_complete_assessment_are_read_only(
    store: Store, assessment: str, tsia: MaturityModel
):
    store.record_answer(assessment, tsia.criteria[0].id, 2)
    store.set_status(assessment, "complete")
    before = (store.respondents(assessment), store.answers(assessment))
    with pytest.raises(InvalidAnswerError, match="complete"):
        store.add_respondent(assessment, "Pat")
    with pytest.raises(InvalidAnswerError, match="complete"):
        store.written_respondents(assessment)  # the assessor is not written down
    assert (store.respondents(assessment), store.answers(assessment)) == before
    store.set_status(assessment, "draft")
    pat = store.add_respondent(assessment, "Pat")
    store.set_status(assessment, "complete")
    with pytest.raises(InvalidAnswerError, match="complete"):
        store.edit_respondent(pat.id, "Pat Lee", "CSM")
    assert store.respondent(pat.id) == pat
    assert [r.name for r in store.written_respondents(assessment)] == ["Alex", "Pat"]


def test_collecting_a_fill_replaces_the_older_and_the_same_fill_twice_changes_nothing(
    store: Store, assessment: str, tsia: MaturityModel
):
    a, b, c = (x.id for x in tsia.criteria[:3])
    pat = store.add_respondent(assessment, "Pat")
    first = store.collect_answers(
        pat.id, {a: (2, False, ""), b: (None, True, "n/a here")}, "2026-11-28T10:00:00+00:00"
    )
    assert (first.new, first.changed, first.replaces) == (2, 0, "")
    again = store.collect_answers(
        pat.id, {a: (2, False, ""), b: (None, True, "n/a here")}, "2026-11-29T10:00:00+00:00"
    )
    assert again.already
    newer = {a: (3, False, "better"), b: (None, False, ""), c: (1, False, "")}
    preview = store.collect_answers(pat.id, newer, "2026-11-30T10:00:00+00:00", dry_run=True)
    assert (preview.new, preview.changed, preview.cleared) == (1, 1, 1)
    assert preview.replaces == "2026-11-28T10:00:00.000000+00:00"
    assert store.respondents_view(assessment).ratings[pat.id][a].score == 2  # a dry run
    store.collect_answers(pat.id, newer, "2026-11-30T10:00:00+00:00")
    ratings = store.respondents_view(assessment).ratings[pat.id]
    assert (ratings[a].score, ratings[a].notes) == (3, "better")
    assert not ratings[b].answered
    older = store.collect_answers(pat.id, {a: (0, False, "")}, "2026-11-29T00:00:00+00:00")
    assert older.older
    assert store.respondents_view(assessment).ratings[pat.id][a].score == 3


def test_deleting_an_assessment_and_its_undo_keep_the_respondents(
    store: Store, assessment: str, tsia: MaturityModel
):
    c = tsia.criteria[0].id
    pat = store.add_respondent(assessment, "Pat")
    store.record_respondent_answer(pat.id, c, 3, notes="yes")
    before = store.respondents_view(assessment)
    deleted = store.delete_assessment(assessment)
    store.restore_assessment(deleted)
    after = store.respondents_view(assessment)
    assert after.respondents == before.respondents
    assert after.ratings == before.ratings
    assert after.from_respondents == before.from_respondents == {c}


def test_the_implicit_assessor_is_written_down_when_an_id_is_needed(
    store: Store, assessment: str, tsia: MaturityModel
):
    c = tsia.criteria[0].id
    store.record_answer(assessment, c, 2)
    (alex,) = store.written_respondents(assessment)
    assert not alex.implicit and alex.id
    assert store.written_respondents(assessment) == [alex]
    assert store.respondents_view(assessment).ratings[alex.id][c].score == 2


def test_a_removed_respondent_comes_back_with_their_ratings_and_the_median_follows(
    store: Store, assessment: str, tsia: MaturityModel
):
    a, b = (x.id for x in tsia.criteria[:2])
    pat = store.add_respondent(assessment, "Pat", "VP Customer Success")
    sam = store.add_respondent(assessment, "Sam", "CSM")
    store.record_respondent_answer(pat.id, a, 0, notes="not seen")
    store.record_respondent_answer(pat.id, b, None, not_applicable=True)
    store.record_respondent_answer(sam.id, a, 3)
    store.record_answer(assessment, b, 2)  # set by the facilitator: stays as set
    view = store.respondents_view(assessment)
    kept = list(view.ratings[pat.id].values())
    before = store.answers(assessment)
    assert before[a].score == 1
    assert store.remove_respondent(pat.id) == 2
    assert store.answers(assessment)[a].score == 3

    back = store.restore_respondent(pat, kept)
    assert (back.id, back.name, back.role, back.position) == (pat.id, "Pat", pat.role, 1)
    assert [r.name for r in store.respondents(assessment)] == ["Alex", "Pat", "Sam"]
    after = store.respondents_view(assessment)
    assert after.ratings[pat.id] == view.ratings[pat.id]
    assert after.ratings[pat.id][a].notes == "not seen"
    answers = store.answers(assessment)
    assert answers[a].score == 1 and answers[b].score == 2
    assert after.from_respondents == view.from_respondents
    with pytest.raises(StoreError, match="already"):
        store.restore_respondent(pat, kept)


def test_a_respondent_is_not_put_back_over_a_new_one_of_their_name_nor_when_complete(
    store: Store, assessment: str, tsia: MaturityModel
):
    pat = store.add_respondent(assessment, "Pat")
    store.record_respondent_answer(pat.id, tsia.criteria[0].id, 2)
    kept = list(store.respondents_view(assessment).ratings[pat.id].values())
    store.remove_respondent(pat.id)
    other = store.add_respondent(assessment, "pat")
    before = store.respondents_view(assessment)
    with pytest.raises(StoreError, match="already has a respondent named"):
        store.restore_respondent(pat, kept)
    store.remove_respondent(other.id)
    store.set_status(assessment, "complete")
    with pytest.raises(InvalidAnswerError, match="complete"):
        store.restore_respondent(pat, kept)
    assert [r.name for r in store.respondents(assessment)] == [before.respondents[0].name]


def test_the_facilitators_notes_on_an_unrated_criterion_leave_it_to_the_median(
    store: Store, assessment: str, tsia: MaturityModel
):
    c = tsia.criteria[0].id
    pat = store.add_respondent(assessment, "Pat")
    store.record_notes(assessment, c, "ask the CSMs")
    assert c in store.respondents_view(assessment).from_respondents
    store.record_respondent_answer(pat.id, c, 2)
    answer = store.answers(assessment)[c]
    assert (answer.score, answer.notes) == (2, "ask the CSMs")


def test_a_fill_saved_before_a_rating_given_here_does_not_undo_it(
    store: Store, assessment: str, tsia: MaturityModel
):
    """Monday's questionnaire collected after Tuesday's workshop: Tuesday's word stands."""
    a, b, c = (x.id for x in tsia.criteria[:3])
    pat = store.add_respondent(assessment, "Pat")
    store.record_respondent_answer(pat.id, a, 3)  # in the workshop, now
    store.record_respondent_answer(pat.id, b, 2)
    monday = "2020-01-06T09:00:00+00:00"
    fill = {a: (1, False, ""), b: (None, False, ""), c: (0, False, "")}
    preview = store.collect_answers(pat.id, fill, monday, dry_run=True)
    assert (preview.kept, preview.changed, preview.cleared, preview.new) == (2, 0, 0, 1)
    store.collect_answers(pat.id, fill, monday)
    ratings = store.respondents_view(assessment).ratings[pat.id]
    assert (ratings[a].score, ratings[b].score, ratings[c].score) == (3, 2, 0)
    # the rating taken from the file is stamped with the time its person gave it
    assert ratings[c].updated_at == "2020-01-06T09:00:00.000000+00:00"


def test_a_second_fill_saved_before_the_first_was_collected_still_replaces_it(
    store: Store, assessment: str, tsia: MaturityModel
):
    a = tsia.criteria[0].id
    pat = store.add_respondent(assessment, "Pat")
    store.collect_answers(pat.id, {a: (1, False, "")}, "2020-01-06T09:00:00+00:00")
    store.collect_answers(pat.id, {a: (3, False, "fixed")}, "2020-01-06T10:00:00+00:00")
    assert store.respondents_view(assessment).ratings[pat.id][a].score == 3


@pytest.mark.parametrize("filled_at", ["0001-01-01T00:00:00+05:00", "yesterday", ""])
def test_a_fill_time_that_is_no_time_is_refused_and_collects_nothing(
    store: Store, assessment: str, tsia: MaturityModel, filled_at: str
):
    pat = store.add_respondent(assessment, "Pat")
    with pytest.raises(StoreError, match="is not a date and time"):
        store.collect_answers(pat.id, {tsia.criteria[0].id: (1, False, "")}, filled_at)
    assert store.respondents_view(assessment).ratings.get(pat.id, {}) == {}


def test_a_fill_time_ahead_of_this_clock_is_taken_as_now(
    store: Store, assessment: str, tsia: MaturityModel
):
    a = tsia.criteria[0].id
    pat = store.add_respondent(assessment, "Pat")
    store.collect_answers(pat.id, {a: (1, False, "")}, "2999-01-01T00:00:00+00:00")
    store.record_respondent_answer(pat.id, a, 2)  # later, here: it must win
    assert store.respondents_view(assessment).ratings[pat.id][a].score == 2
    assert store.respondent(pat.id).collected_at < "2100"


def test_folding_the_assessor_back_gives_one_voice_exactly_as_before(
    store: Store, assessment: str, tsia: MaturityModel
):
    a, b = (x.id for x in tsia.criteria[:2])
    store.record_answer(assessment, a, 3, notes="seen")
    store.record_answer(assessment, b, None, not_applicable=True)
    before = store.answers(assessment)
    pat = store.add_respondent(assessment, "Pat")
    assert not store.fold_back_assessor(assessment)  # Pat is there: not one voice
    store.remove_respondent(pat.id)
    assert store.fold_back_assessor(assessment)
    (alex,) = store.respondents(assessment)
    assert alex.implicit
    after = store.answers(assessment)
    assert {c: (x.score, x.not_applicable, x.notes) for c, x in after.items()} == {
        c: (x.score, x.not_applicable, x.notes) for c, x in before.items()
    }
    assert store.respondents_view(assessment).from_respondents == frozenset()
    store.record_answer(assessment, a, 1)  # and the answers are the assessor's, as before
    assert store.answers(assessment)[a].score == 1


def test_the_assessor_is_not_folded_back_when_their_ratings_are_not_the_answers(
    store: Store, assessment: str, tsia: MaturityModel
):
    a = tsia.criteria[0].id
    store.record_answer(assessment, a, 3)
    pat = store.add_respondent(assessment, "Pat")
    store.remove_respondent(pat.id)
    store.record_answer(assessment, a, 1)  # the facilitator set the consensus apart
    assert not store.fold_back_assessor(assessment)
    (alex,) = store.respondents(assessment)
    assert not alex.implicit
    assert store.respondents_view(assessment).ratings[alex.id][a].score == 3
