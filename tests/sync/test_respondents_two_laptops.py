"""Two laptops working on one assessment's respondents at once, with the real team server and
by snapshot: the assessor written down on both is one person, writing them down beats no real
edit made elsewhere, and undoing the first respondent added loses no rating."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from team_server import TeamDatabase

from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.session import sync

ROLES = {"a": "alice", "b": "bob"}


def synced(store: Store, team: TeamDatabase) -> None:
    sync(store, ServerAddress.parse(team.url(ROLES[store.path.stem])))


def two_laptops(tmp_path: Path, tsia: MaturityModel, team: TeamDatabase):  # type: ignore[no-untyped-def]
    a, b = Store.open(tmp_path / "a.db"), Store.open(tmp_path / "b.db")
    org = a.create_organization("Acme")
    assessment = a.create_assessment(org.id, tsia, "Ann").id
    a.record_answer(assessment, tsia.criteria[0].id, 0)
    a.record_answer(assessment, tsia.criteria[1].id, 1)
    synced(a, team)
    synced(b, team)
    return a, b, assessment


def test_each_laptop_adding_a_first_respondent_gives_one_assessor(
    tmp_path: Path, tsia: MaturityModel, team: TeamDatabase
):
    a, b, assessment = two_laptops(tmp_path, tsia, team)
    c1 = tsia.criteria[0].id
    pat = a.add_respondent(assessment, "Pat", "CSM")
    sam = b.add_respondent(assessment, "Sam", "CSM")
    a.record_respondent_answer(pat.id, c1, 3)
    b.record_respondent_answer(sam.id, c1, 3)
    for s in (a, b, a):
        synced(s, team)
    for s in (a, b):
        assert sorted(r.name for r in s.respondents(assessment)) == ["Ann", "Pat", "Sam"]
        assert s.answers(assessment)[c1].score == 3  # the median of 0, 3, 3: Ann counted once
    a.close()
    b.close()


def test_writing_the_assessor_down_does_not_beat_an_edit_made_elsewhere_before(
    tmp_path: Path, tsia: MaturityModel, team: TeamDatabase
):
    a, b, assessment = two_laptops(tmp_path, tsia, team)
    c2 = tsia.criteria[1].id
    b.record_answer(assessment, c2, 3, notes="the workshop said 3")  # first
    a.add_respondent(assessment, "Pat", "CSM")  # a moment later, offline
    for s in (b, a, b):
        synced(s, team)
    for s in (a, b):
        answer = s.answers(assessment)[c2]
        assert (answer.score, answer.notes) == (3, "the workshop said 3")
    a.close()
    b.close()


def test_a_snapshot_without_its_respondents_rows_keeps_the_consensus(
    tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
):
    c1, c2 = (c.id for c in tsia.criteria[:2])
    with Store.open(tmp_path / "a.db") as a:
        org = a.create_organization("Acme")
        assessment = a.create_assessment(org.id, tsia, "Ann").id
        pat = a.add_respondent(assessment, "Pat")
        a.record_respondent_answer(pat.id, c1, 3)
        a.record_respondent_answer(pat.id, c2, 2)
        export_snapshot(a, tmp_path / "full.csv")
    with open(tmp_path / "full.csv", newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    who = rows[0].index("respondent_id")
    with open(tmp_path / "cut.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([rows[0], *(r for r in rows[1:] if not r[who])])
    with Store.open(tmp_path / "b.db") as b:
        import_snapshot(b, tmp_path / "cut.csv", builtin_catalog)
        answers = b.answers(assessment)
        assert (answers[c1].score, answers[c2].score) == (3, 2)
        assert b.respondents(assessment)[0].implicit  # one voice, its answers kept


def test_an_older_files_newer_rating_is_set_not_put_back_to_the_median(
    tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
):
    c1 = tsia.criteria[0].id
    with Store.open(tmp_path / "a.db") as a:
        org = a.create_organization("Acme")
        assessment = a.create_assessment(org.id, tsia, "Ann").id
        pat = a.add_respondent(assessment, "Pat")
        a.record_respondent_answer(pat.id, c1, 3)
        export_snapshot(a, tmp_path / "full.csv")
        with open(tmp_path / "full.csv", newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        cut, who = header.index("from_respondents"), header.index("respondent_id")
        body = [r[:cut] for r in rows[1:] if not r[who]]  # as a version before respondents
        for r in body:
            if r[header.index("criterion_id")] == c1:
                r[header.index("score")] = "0"
                r[header.index("score_label")] = ""
                r[header.index("updated_at")] = datetime.now(UTC).isoformat(timespec="microseconds")
        with open(tmp_path / "old.csv", "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([header[:cut], *body])
        import_snapshot(a, tmp_path / "old.csv", builtin_catalog)
        assert a.answers(assessment)[c1].score == 0  # what the newer file says
        assert c1 not in a.respondents_view(assessment).from_respondents


def test_undoing_the_first_add_in_a_syncing_store_keeps_the_assessor_everyone_shares(
    tmp_path: Path, tsia: MaturityModel, team: TeamDatabase
):
    """Once a store syncs, the written-down assessor may be built on elsewhere: the undo of
    the first add takes the added person away, and leaves the assessor (no result moves)."""
    a, b, assessment = two_laptops(tmp_path, tsia, team)
    c1, c2 = (c.id for c in tsia.criteria[:2])
    pat = a.add_respondent(assessment, "Pat", "CSM")
    a.remove_respondent(pat.id)
    assert not a.fold_back_assessor(assessment)
    synced(a, team)
    sam = b.add_respondent(assessment, "Sam", "CSM")  # offline: writes the same assessor down
    b.record_respondent_answer(sam.id, c1, 3)
    for s in (b, a):
        synced(s, team)
    for s in (a, b):
        assert [r.name for r in s.respondents(assessment)] == ["Ann", "Sam"]
        assert s.answers(assessment)[c2].score == 1  # Ann's, the median of one
    a.close()
    b.close()
