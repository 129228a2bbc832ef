"""Helpers for tests that damage or lock real store files."""

from __future__ import annotations

from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


@pytest.fixture
def filled_store(tmp_path: Path, tsia: MaturityModel) -> Path:
    """A closed store with a few hundred answers, so damage lands inside real data pages."""
    path = tmp_path / "filled.db"
    with Store.open(path) as store:
        for n in range(8):
            org = store.create_organization(f"Client {n}")
            assessment = store.create_assessment(org.id, tsia, "Ann")
            for criterion in tsia.criteria:
                store.record_answer(assessment.id, criterion.id, n % 4, notes="evidence " * 20)
    assert not Path(f"{path}-wal").exists()  # closed cleanly: everything is in the main file
    return path
