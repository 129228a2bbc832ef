"""A stored summary of results is read in the language in effect: lists kept by a French session
read in English in an English one, and the other way round (the placement is said again from
its level, never taken from the stored words)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from csmaturity_app import i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def stored_labels(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [label for (label,) in conn.execute("SELECT placed_label FROM assessment_result")]
    finally:
        conn.close()


def test_a_summary_kept_in_french_reads_in_english_and_back(store_path: Path, tsia: MaturityModel):
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        nothing = store.create_assessment(org.id, tsia, "Ann", date(2026, 4, 1))
        with i18n.using("fr"):
            (listed,) = store.organization_summaries()
            by_id = store.result_summaries([nothing.id])
        not_yet_fr = "pas encore Phase 1 Forming"
        assert listed.latest_placed_label == not_yet_fr
        assert by_id[nothing.id].placed_label == not_yet_fr
        assert stored_labels(store_path) == [not_yet_fr]  # kept as scored: a cache

        (listed,) = store.organization_summaries()  # from the row kept, in English
        assert listed.latest_placed_label == "not yet Phase 1 Forming"
        assert store.result_summaries([nothing.id])[nothing.id].placed_label == (
            "not yet Phase 1 Forming"
        )

        for criterion in tsia.criteria_of_stage("forming"):
            store.record_answer(nothing.id, criterion.id, 3)
        (listed,) = store.organization_summaries()
        assert listed.latest_placed_label == "Phase 1 Forming"
        with i18n.using("fr"):
            (listed,) = store.organization_summaries()
        assert listed.latest_placed_label == "Phase 1 Forming"  # a proper name, kept
