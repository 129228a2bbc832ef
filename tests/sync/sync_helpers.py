"""Shared by the sync tests: stores with work in them, what a store holds, its snapshot bytes,
and what the team server holds."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from csmaturity_app.exchange import export_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import SYNCED_TABLES, Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.outcome import SyncOutcome
from csmaturity_app.sync.session import sync


def populate(store: Store, model: MaturityModel, name: str, criteria: int = 10) -> str:
    """An organization with one draft assessment, `criteria` answers rated; its assessment id."""
    org = store.create_organization(name)
    assessment = store.create_assessment(org.id, model, "Assessor", date(2026, 3, 1))
    for i, criterion in enumerate(model.criteria[:criteria]):
        store.record_answer(assessment.id, criterion.id, i % 4, notes=f"{name} note {i}")
    return assessment.id


def sync_with(path: Path, url: str, **kwargs: object) -> SyncOutcome:
    with Store.open(path) as store:
        return sync(store, ServerAddress.parse(url), **kwargs)  # type: ignore[arg-type]


def snapshot_bytes(path: Path, folder: Path) -> bytes:
    """The store's whole snapshot, as `csmaturity export` writes it."""
    out = folder / f"{path.stem}-{len(list(folder.glob('*.csv')))}.csv"
    with Store.open_for_reading(path) as store:
        export_snapshot(store, out)
    return out.read_bytes()


def store_content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every synced row of a store (positions and trash included), read without writing."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        queries = {
            "organization": "SELECT id, name, created_at, updated_at, deleted_at FROM organization",
            "model_version": "SELECT id, model_id, version, title, definition FROM model_version",
            "assessment": "SELECT id, organization_id, model_version_id, assessed_on, assessor, "
            "status, created_at, updated_at, position, carried_from FROM assessment",
            "answer": "SELECT assessment_id, criterion_id, score, not_applicable, notes, "
            "updated_at, needs_review, private_notes FROM answer",
            "target": "SELECT * FROM target",
            "action": "SELECT * FROM action",
        }
        return {name: sorted(db.execute(sql).fetchall()) for name, sql in queries.items()}
    finally:
        db.close()


def synced_rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every synced column of every row of an open store, tombstones included, sorted: what
    two converged stores hold alike."""
    out = {}
    for table in SYNCED_TABLES:
        columns = ", ".join(table.columns)
        out[table.name] = sorted(
            store.db.execute_sql(f"SELECT {columns} FROM {table.name}").fetchall(), key=repr
        )
    return out
