"""A snapshot brings the same rows into a store whatever the language in effect: an import
in French stores a model version as the model names itself, and a roadmap built in French is
the very roadmap built in English, so their merge changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from csmaturity_app import i18n
from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store

STAMP = "2026-11-30T09:00:00.000000+00:00"  # as the store's clock writes it


def titles(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [title for (title,) in db.execute("SELECT title FROM model_version")]
    finally:
        db.close()


def test_a_snapshot_imported_in_french_stores_the_models_own_title(
    store: Store, tsia: MaturityModel, builtin_catalog: ModelCatalog, tmp_path: Path
):
    org = store.create_organization("Acme")
    store.create_assessment(org.id, tsia, "Ann", date(2026, 3, 1))
    export_snapshot(store, tmp_path / "en.csv")
    with i18n.using("fr"), Store.open(tmp_path / "other.db") as other:
        outcome = import_snapshot(other, tmp_path / "en.csv", builtin_catalog)
        assert outcome.assessments.new == 1
    assert titles(tmp_path / "other.db") == [tsia.title]


def test_a_roadmap_built_in_french_merges_into_the_one_built_in_english_unchanged(
    tmp_path: Path,
    tsia: MaturityModel,
    builtin_catalog: ModelCatalog,
    monkeypatch: pytest.MonkeyPatch,
):
    english, french = tmp_path / "en.db", tmp_path / "fr.db"
    with Store.open(english) as store:
        org = store.create_organization("Acme")
        assessment = store.create_assessment(org.id, tsia, "Ann", date(2026, 3, 1))
        for criterion in tsia.criteria_of_stage("forming")[:3]:
            store.record_answer(assessment.id, criterion.id, 3)
        store.set_status(assessment.id, "complete")
        store.set_target(org.id, tsia, 2, "2027-06-30")
    shutil.copy(english, french)
    # The same moment on both laptops: the rows can differ only by their words.
    monkeypatch.setattr("csmaturity_app.store.plan.utc_now", lambda: STAMP)
    with Store.open(english) as store:
        store.build_roadmap(org.id, tsia.id)
    with i18n.using("fr"), Store.open(french) as store:
        built = store.build_roadmap(org.id, tsia.id)
        assert len(built) > 10
        export_snapshot(store, tmp_path / "fr.csv")
    with Store.open(english) as store:
        before = [(a.id, a.title) for a in store.actions(org.id)]
        outcome = import_snapshot(store, tmp_path / "fr.csv", builtin_catalog)
        assert (outcome.actions.new, outcome.actions.updated) == (0, 0)
        assert [(a.id, a.title) for a in store.actions(org.id)] == before
