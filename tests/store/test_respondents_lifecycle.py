"""Respondents go with what they hang on: emptying the trash of an organization removes its
assessments' respondents and their ratings; deleting an assessment and its undo keep them. In
a store that syncs, their changes are recorded to send, and what a deletion removes is sent as
that one deletion."""

from __future__ import annotations

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

SERVER_ID = "6f1d2c3a-0000-4000-8000-000000000001"


def rated(store: Store, tsia: MaturityModel, name: str) -> tuple[str, str]:
    """An organization whose assessment two respondents rated; (organization, assessment)."""
    org = store.create_organization(name)
    a = store.create_assessment(org.id, tsia, "Ann")
    for person, score in (("Pat", 1), ("Sam", 3)):
        who = store.add_respondent(a.id, person, "CSM")
        store.record_respondent_answer(who.id, tsia.criteria[0].id, score, notes=person)
    return org.id, a.id


def count(store: Store, table: str) -> int:
    return int(store.db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0])


def record_a_sync(store: Store) -> None:
    with store.sync_transaction() as local:
        sent = local.rows_to_push(everything=True).count
        local.finish(SERVER_ID, "postgresql://alice@team.example/csm", 1, sent, 0, [])


@pytest.mark.parametrize("syncing", [False, True])
def test_emptying_the_trash_removes_the_respondents_and_their_ratings(
    store: Store, tsia: MaturityModel, syncing: bool
):
    kept_org, kept = rated(store, tsia, "Kept")
    gone_org, _ = rated(store, tsia, "Gone")
    if syncing:
        record_a_sync(store)
    store.delete_organization(gone_org)
    assert count(store, "respondent") == 6  # in the trash: restorable, all kept
    store.empty_trash()
    assert [r.name for r in store.respondents(kept)] == ["Ann", "Pat", "Sam"]
    assert count(store, "respondent") == 3 and count(store, "respondent_answer") == 2
    assert {a for (a,) in store.db.execute_sql("SELECT assessment_id FROM respondent")} == {kept}
    if syncing:  # one deletion to send; nothing of what went with it
        assert store.db.execute_sql("SELECT tbl, key1, key2 FROM sync_pending").fetchall() == [
            ("tombstone", "organization", gone_org)
        ]
    assert store.organizations()[0].id == kept_org


def test_deleting_an_assessment_and_its_undo_keep_its_respondents_while_syncing(
    store: Store, tsia: MaturityModel
):
    _, a = rated(store, tsia, "Acme")
    record_a_sync(store)
    before = store.respondents_view(a)
    deleted = store.delete_assessment(a)
    assert count(store, "respondent") == count(store, "respondent_answer") == 0
    store.restore_assessment(deleted)
    after = store.respondents_view(a)
    assert (after.respondents, after.ratings, after.consensus) == (
        before.respondents,
        before.ratings,
        before.consensus,
    )
    pending = {t for (t,) in store.db.execute_sql("SELECT tbl FROM sync_pending")}
    assert {"assessment", "answer", "respondent", "respondent_answer"} <= pending
    assert count(store, "tombstone") == 0  # the undo took the deletion back


def test_removing_a_respondent_while_syncing_records_one_deletion_to_send(
    store: Store, tsia: MaturityModel
):
    _, a = rated(store, tsia, "Acme")
    record_a_sync(store)
    pat = store.find_respondent(a, "Pat")
    store.remove_respondent(pat.id)
    pending = store.db.execute_sql("SELECT tbl, key1, key2 FROM sync_pending").fetchall()
    assert ("tombstone", "respondent", pat.id) in pending
    assert not [p for p in pending if p[0].startswith("respondent") and p[1] == pat.id]
    assert store.db.execute_sql("SELECT kind, id FROM tombstone").fetchall() == [
        ("respondent", pat.id)
    ]
