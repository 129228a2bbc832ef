"""Shared by the snapshot tests: stores with data in them, and what a store holds (and the
CSV rows of a file, from `carried_definitions`, which tests outside this folder share)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from carried_definitions import read_rows, write_rows

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

__all__ = ["AWKWARD", "content", "populate", "read_rows", "write_rows"]

# Text a spreadsheet or a CSV reader could get wrong.
AWKWARD = [
    "plain",
    "comma, inside",
    'a "quoted" word',
    "two\nlines",
    "carriage\r\nreturn",
    "=1+1",
    "+33 1 23",
    "-minus",
    "@sum(A1)",
    "\tleading tab",
    "'=already quoted",
    "''",
    "Zo\u00eb \u2013 \u00dcn\u00efc\u00f8d\u00e9 \u2713 \u65e5\u672c",
    "",
]


def populate(store: Store, models: list[MaturityModel], organizations: int = 3) -> list[str]:
    """Organizations with an assessment per model, answered with awkward notes; their ids."""
    ids = []
    for n in range(organizations):
        org = store.create_organization(f"{AWKWARD[n % len(AWKWARD)] or 'blank'} org {n}")
        ids.append(org.id)
        for m, model in enumerate(models):
            assessment = store.create_assessment(
                org.id,
                model,
                assessor=AWKWARD[(n + m + 5) % len(AWKWARD)],
                assessed_on=date(2025, 1 + n % 12, 1 + m),
            )
            for i, criterion in enumerate(model.criteria[: 12 + n]):
                store.record_answer(
                    assessment.id,
                    criterion.id,
                    None if i % 7 == 6 else i % 4,
                    not_applicable=i % 7 == 6,
                    notes=AWKWARD[(i + n) % len(AWKWARD)],
                )
            if n % 2:
                store.set_status(assessment.id, "complete")
    return ids


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the data a user would miss), read without writing."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {
            "organization": "SELECT id, name, created_at, updated_at, deleted_at FROM organization",
            "model_version": "SELECT id, model_id, version, title, definition FROM model_version",
            "assessment": "SELECT id, organization_id, model_version_id, assessed_on, assessor, "
            "status, created_at, updated_at, carried_from FROM assessment",
            "answer": "SELECT * FROM answer",
            "respondent": "SELECT * FROM respondent",
            "respondent_answer": "SELECT * FROM respondent_answer",
            "target": "SELECT * FROM target",
            "action": "SELECT * FROM action",
        }
        return {name: sorted(db.execute(sql).fetchall()) for name, sql in tables.items()}
    finally:
        db.close()
