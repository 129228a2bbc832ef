"""A store that already holds a definition posing as a shipped model (imported before such
definitions were refused): it must not pass for the real model in results or peers."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from carried_definitions import store_holding

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store, UnreadableModelError


def impostor(tsia_v1: MaturityModel) -> dict[str, Any]:
    """TSIA 1.0.0 cut to five criteria with a threshold of 0.01: "Phase 4" for anyone."""
    data = tsia_v1.to_dict()
    data["criteria"] = data["criteria"][:5]
    data["scoring"]["threshold"] = 0.01
    return data


def keep_old_summary(path: Path, assessment_id: str) -> None:
    """The summary an older version kept for the impostor's assessment: "Phase 4", 4.00."""
    db = sqlite3.connect(path)
    try:
        with db:
            db.execute(
                "INSERT OR REPLACE INTO assessment_result (assessment_id, model_version_id,"
                " assessment_updated_at, scoring, placed_level, placed_label, maturity_index,"
                " answered, total) SELECT id, model_version_id, updated_at, 1, 4,"
                " 'Phase 4 Performing', 4.0, 5, 5 FROM assessment WHERE id = ?",
                (assessment_id,),
            )
    finally:
        db.close()


def test_a_stored_impostor_is_not_shown_or_counted_as_the_shipped_model(
    tmp_path: Path, tsia_v1: MaturityModel
) -> None:
    path = tmp_path / "holding.db"
    ids = store_holding(path, tsia_v1, impostor(tsia_v1))
    keep_old_summary(path, ids["bad"])
    with Store.open(path) as store:
        with pytest.raises(UnreadableModelError, match=r"claims to be tsia-4-phases 1\.0\.0"):
            store.model_of(ids["bad"])
        assert not store.result_summaries([ids["bad"]])[ids["bad"]].readable
        good_org = store.assessment(ids["good"]).organization_id
        assert store.peer_indices("tsia-4-phases", good_org) == []
        listed = {s.name: s for s in store.organization_summaries()}
        assert listed["Bad Co"].latest_maturity_index != 4.0
        assert store.result_summaries([ids["good"]])[ids["good"]].readable
