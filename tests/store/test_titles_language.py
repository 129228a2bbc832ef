"""A model version's title is stored as the model file writes it, and read in the language in
effect: the same store lists its assessments under the French title in French, the English one
in English."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from csmaturity_app import i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.translation import localized
from csmaturity_app.store import Store


def test_titles_are_read_in_the_language_in_effect(store_path: Path, tsia: MaturityModel) -> None:
    french_title = localized(tsia, "fr").title
    assert french_title != tsia.title
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        first = store.create_assessment(org.id, tsia, "Ann", date(2026, 4, 1))
        store.set_status(first.id, "complete")
        assert store.assessment(first.id).model_title == tsia.title
        with i18n.using("fr"):
            assert store.assessment(first.id).model_title == french_title
            assert [a.model_title for a in store.assessments(org.id)] == [french_title]
            (series,) = store.progression(org.id)
            assert series.title == french_title
        assert [a.model_title for a in store.assessments(org.id)] == [tsia.title]
    conn = sqlite3.connect(store_path)
    try:
        assert [t for (t,) in conn.execute("SELECT title FROM model_version")] == [tsia.title]
    finally:
        conn.close()
