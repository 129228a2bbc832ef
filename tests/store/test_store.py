"""The store facade on real SQLite files: organizations, assessments, answers."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import (
    InvalidAnswerError,
    InvalidStatusError,
    NotFoundError,
    Store,
    StoreError,
)
from csmaturity_app.store.opening import APPLICATION_ID, newest_schema_version


def test_new_store_is_created_with_schema_and_pragmas(store: Store, store_path):
    assert store_path.exists()
    conn = sqlite3.connect(store_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == newest_schema_version()
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert {"organization", "assessment", "answer", "model_version", "schema_migration"} <= tables


def test_connection_pragmas_are_safe_for_power_cuts(store: Store):
    pragma = lambda name: store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") > 0


def test_organizations_are_listed_by_name_and_found_by_name_or_id(store: Store):
    beta = store.create_organization("  Beta   Ltd ")
    alpha = store.create_organization("alpha inc")
    assert beta.name == "Beta Ltd"
    assert [o.name for o in store.organizations()] == ["alpha inc", "Beta Ltd"]
    assert store.find_organization("BETA LTD") == beta
    assert store.find_organization(alpha.id) == alpha
    with pytest.raises(NotFoundError, match="no organization"):
        store.find_organization("Gamma")


def test_ambiguous_organization_name_asks_for_an_id(store: Store):
    first = store.create_organization("Acme")
    second = store.create_organization("acme")
    with pytest.raises(NotFoundError, match="use an id") as info:
        store.find_organization("ACME")
    assert first.id in str(info.value) and second.id in str(info.value)


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_organization_name_must_be_sensible(store: Store, name):
    with pytest.raises(StoreError):
        store.create_organization(name)
    assert store.organizations() == []


def test_rename_and_delete_organization_cascades(store: Store, tsia: MaturityModel):
    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, tsia, "Ann", date(2026, 1, 5))
    store.record_answer(assessment.id, "F01", 2)
    renamed = store.rename_organization(org.id, "Acme Europe")
    assert renamed.name == "Acme Europe" and renamed.updated_at >= org.updated_at
    store.delete_organization(org.id)
    assert store.organizations() == []
    assert store.assessments() == []
    # In the trash: still on disk until the trash is emptied.
    assert store.db.execute_sql("SELECT count(*) FROM answer").fetchone()[0] == 1
    assert store.empty_trash() == 1
    assert store.db.execute_sql("SELECT count(*) FROM answer").fetchone()[0] == 0
    assert store.db.execute_sql("SELECT count(*) FROM assessment").fetchone()[0] == 0


def test_deleted_organization_can_be_restored_whole(store: Store, tsia):
    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, tsia)
    store.record_answer(assessment.id, "F01", 2, notes="keep me")
    store.delete_organization(org.id)
    with pytest.raises(NotFoundError):
        store.find_organization("Acme")
    with pytest.raises(NotFoundError):
        store.rename_organization(org.id, "Nope")
    assert store.restore_organization(org.id).name == "Acme"
    assert store.answers(assessment.id)["F01"].notes == "keep me"
    assert store.empty_trash() == 0
    assert [o.name for o in store.organizations()] == ["Acme"]


def test_wizard_position_is_remembered(store_path, tsia):
    with Store.open(store_path) as s:
        org = s.create_organization("Acme")
        a = s.create_assessment(org.id, tsia)
        assert a.position == ""
        s.set_position(a.id, "stage:norming")
    with Store.open(store_path) as s:
        assert s.assessment(a.id).position == "stage:norming"


def test_organization_summaries_page_through_with_latest_scored(store: Store, tsia, ftworks):
    for n in range(25):
        store.create_organization(f"Client {n:02d}")
    acme = store.create_organization("Acme")
    store.create_assessment(acme.id, ftworks, assessed_on=date(2025, 1, 1))
    latest = store.create_assessment(acme.id, tsia, assessed_on=date(2026, 1, 1))
    for criterion in tsia.criteria_of_stage("forming"):
        store.record_answer(latest.id, criterion.id, 3)
    gone = store.create_organization("Client gone")
    store.delete_organization(gone.id)

    assert store.count_organizations() == 26
    first = store.organization_summaries(limit=10)
    assert [s.name for s in first][:2] == ["Acme", "Client 00"]
    acme_row = first[0]
    assert acme_row.assessments == 2 and acme_row.latest_assessed_on == date(2026, 1, 1)
    assert acme_row.latest_placed_label == "Phase 1 Forming"
    assert acme_row.latest_maturity_index == 1.0 and acme_row.latest_model_id == "tsia-4-phases"
    assert first[1].assessments == 0 and first[1].latest_placed_label is None
    rest = store.organization_summaries(offset=10, limit=100)
    assert len(rest) == 16 and rest[-1].name == "Client 24"
    # Every word must appear, anywhere and in any case: Client 01, 10-19 and 21.
    assert store.count_organizations("1 client") == 12
    assert [s.name for s in store.organization_summaries("ACM")] == ["Acme"]


def test_assessment_freezes_its_model_definition(store: Store, tsia: MaturityModel):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, " Ann ", date(2026, 3, 1))
    assert (a.model_id, a.model_version, a.assessor, a.status) == (
        "tsia-4-phases",
        tsia.version,
        "Ann",
        "draft",
    )
    assert a.assessed_on == date(2026, 3, 1) and a.organization_name == "Acme"
    assert store.model_of(a.id) == tsia
    # A second assessment on the same definition shares one frozen copy.
    store.create_assessment(org.id, tsia)
    assert store.db.execute_sql("SELECT count(*) FROM model_version").fetchone()[0] == 1


def test_frozen_definition_survives_a_changed_model_file(store: Store, store_path, tsia):
    org = store.create_organization("Acme")
    old = store.create_assessment(org.id, tsia)
    store.record_answer(old.id, "F01", 3)
    before = store.result(old.id)
    edited = dataclasses.replace(tsia, threshold=0.5, criteria=tsia.criteria[1:])
    store.create_assessment(org.id, edited)
    store.close()
    with Store.open(store_path) as again:
        assert again.model_of(old.id) == tsia
        assert again.result(old.id) == before


def test_record_answer_upserts_and_keeps_notes(store: Store, tsia):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia)
    first = store.record_answer(a.id, "F01", 1, notes="roadmap deck seen")
    assert (first.score, first.not_applicable, first.notes) == (1, False, "roadmap deck seen")
    second = store.record_answer(a.id, "F01", 3)
    assert (second.score, second.notes) == (3, "roadmap deck seen")
    assert second.updated_at > first.updated_at
    store.record_notes(a.id, "F01", "board minutes, March")
    na = store.record_answer(a.id, "F02", None, not_applicable=True)
    answers = store.answers(a.id)
    assert answers["F01"].score == 3 and answers["F01"].notes == "board minutes, March"
    assert answers["F02"] == na and na.not_applicable and na.score is None
    assert store.assessment(a.id).updated_at >= na.updated_at


def test_notes_alone_leave_criterion_unanswered(store: Store, tsia):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia)
    store.record_notes(a.id, "S01", "ask the VP")
    answer = store.answers(a.id)["S01"]
    assert answer.score is None and not answer.not_applicable and answer.notes == "ask the VP"
    assert store.result(a.id).answered == 0


@pytest.mark.parametrize(
    ("criterion", "score", "na", "message"),
    [
        ("F01", 4, False, "from 0 to 3"),
        ("F01", -1, False, "from 0 to 3"),
        ("F01", True, False, "whole number"),
        ("F01", 2, True, "not both"),
        ("X99", 1, False, "not a criterion"),
    ],
)
def test_bad_answers_are_refused_and_nothing_changes(
    store: Store, tsia, criterion, score, na, message
):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia)
    store.record_answer(a.id, "F01", 2, notes="kept")
    with pytest.raises(InvalidAnswerError, match=message):
        store.record_answer(a.id, criterion, score, not_applicable=na)
    assert {k: (v.score, v.notes) for k, v in store.answers(a.id).items()} == {"F01": (2, "kept")}


def test_complete_assessment_refuses_changes_until_reopened(store: Store, tsia):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia)
    store.record_answer(a.id, "F01", 2)
    assert store.set_status(a.id, "complete").status == "complete"
    with pytest.raises(InvalidAnswerError, match="reopen"):
        store.record_answer(a.id, "F01", 3)
    store.set_status(a.id, "draft")
    assert store.record_answer(a.id, "F01", 3).score == 3
    with pytest.raises(InvalidStatusError, match="status must be one of draft, complete"):
        store.set_status(a.id, "finished")


def test_unknown_ids_are_clear_errors(store: Store, tsia):
    with pytest.raises(NotFoundError, match="no assessment"):
        store.record_answer("nope", "F01", 1)
    with pytest.raises(NotFoundError, match="no organization"):
        store.create_assessment("nope", tsia)
    with pytest.raises(NotFoundError):
        store.assessment("nope")


def test_answers_survive_reopening(store_path, tsia):
    with Store.open(store_path) as s:
        org = s.create_organization("Acme")
        a = s.create_assessment(org.id, tsia)
        for i, c in enumerate(tsia.criteria[:12]):
            s.record_answer(a.id, c.id, i % 4, notes=f"note {i}")
    with Store.open(store_path) as s:
        answers = s.answers(a.id)
    assert [(answers[c.id].score, answers[c.id].notes) for c in tsia.criteria[:12]] == [
        (i % 4, f"note {i}") for i in range(12)
    ]


def test_overview_gives_latest_assessment_per_organization(store: Store, tsia, ftworks):
    acme = store.create_organization("Acme")
    store.create_organization("Empty Co")
    store.create_assessment(acme.id, tsia, assessed_on=date(2025, 6, 1))
    newest = store.create_assessment(acme.id, ftworks, assessed_on=date(2026, 2, 1))
    store.create_assessment(acme.id, tsia, assessed_on=date(2025, 12, 1))
    rows = {o.name: o for o in store.organization_summaries()}
    assert rows["Acme"].assessments == 3
    assert rows["Acme"].latest_assessed_on == newest.assessed_on
    assert rows["Acme"].latest_model_id == "ftworks-5-levels"
    assert rows["Empty Co"].assessments == 0 and rows["Empty Co"].latest_assessed_on is None


def test_two_stores_open_at_once_stay_separate(tmp_path, tsia):
    with Store.open(tmp_path / "a.db") as a, Store.open(tmp_path / "b.db") as b:
        a.create_organization("Only in A")
        b.create_organization("Only in B")
        assert [o.name for o in a.organizations()] == ["Only in A"]
        assert [o.name for o in b.organizations()] == ["Only in B"]


def test_the_organizations_list_costs_the_same_few_queries_however_long(
    store: Store, tsia: MaturityModel
):
    """A page of the list is a fixed number of SQL statements, not one per organization or
    per answer (a lazy foreign key once made 200 organizations take seconds); the results
    scored on the way are written back by one statement (traced once per row)."""

    def statements_to_list() -> int:
        seen: list[str] = []
        store.db.connection().set_trace_callback(seen.append)
        try:
            summaries = store.organization_summaries()
        finally:
            store.db.connection().set_trace_callback(None)
        assert all(s.latest_placed_label for s in summaries)
        return len(
            [s for s in seen if not s.startswith("INSERT OR REPLACE INTO assessment_result")]
        )

    def add_organizations(count: int) -> None:
        for _ in range(count):
            org = store.create_organization(f"Org {store.count_organizations()}")
            record = store.create_assessment(org.id, tsia, "Ann", date(2025, 1, 1))
            for criterion in tsia.criteria[:10]:
                store.record_answer(record.id, criterion.id, 2)

    add_organizations(2)
    statements_to_list()  # the first list also reads the store's model versions, once
    add_organizations(2)
    few = statements_to_list()
    add_organizations(20)
    assert statements_to_list() == few
    assert statements_to_list() == 2  # all stored now: one query (and its data_version)


def test_scored_gives_the_record_its_model_answers_and_scoring(store: Store, tsia, ftworks):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", date(2025, 1, 1))
    b = store.create_assessment(org.id, ftworks, "Bea", date(2025, 2, 1))
    store.record_answer(a.id, "F01", 3, notes="seen")
    store.record_answer(b.id, ftworks.criteria[0].id, None, not_applicable=True)
    scored = store.scored(a.id)
    assert scored.record == store.assessment(a.id)
    assert scored.model == store.model_of(a.id) == tsia
    assert scored.answers == store.answers(a.id)
    assert scored.result == store.result(a.id)
    assert scored.result.answered == 1
    # Many at once: in the order asked, repeats and all, each with its own model.
    many = store.scored_many([b.id, a.id, b.id])
    assert [s.record.id for s in many] == [b.id, a.id, b.id]
    assert [s.model.id for s in many] == [ftworks.id, tsia.id, ftworks.id]
    assert many[1] == scored
    assert store.scored_many([]) == []
    with pytest.raises(NotFoundError, match="no assessment with id 'nope'"):
        store.scored_many([a.id, "nope"])


def test_scored_many_reads_hundreds_in_a_few_queries(store: Store, tsia):
    org = store.create_organization("Acme")
    ids = [store.create_assessment(org.id, tsia).id for _ in range(620)]  # two IN lists
    store.record_answer(ids[-1], "F01", 2)
    seen: list[str] = []
    store.db.connection().set_trace_callback(seen.append)
    try:
        scored = store.scored_many(ids)
    finally:
        store.db.connection().set_trace_callback(None)
    assert [s.record.id for s in scored] == ids
    assert scored[-1].answers["F01"].score == 2 and scored[0].answers == {}
    assert len(seen) <= 6  # assessments and answers, 500 ids per query
