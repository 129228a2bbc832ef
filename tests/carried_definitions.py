"""Shared by the tests of crafted model definitions: snapshots that carry one (with a correct
digest, as an attacker would compute it), and stores that already hold one."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from csmaturity_app.exchange import export_snapshot
from csmaturity_app.exchange.csv_format import neutralise
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.digest import definition_digest
from csmaturity_app.store import Store


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write_rows(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


def frozen(data: Any) -> tuple[str, str]:
    """The definition as a snapshot carries it, and its digest: what the app would compute."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text, definition_digest(text)


def base_row(folder: Path, model: MaturityModel) -> tuple[list[str], list[str]]:
    """The header and first row (answered, carrying the definition) of a real snapshot."""
    with Store.open(folder / "source.db") as store:
        org = store.create_organization("Source org")
        assessment = store.create_assessment(org.id, model, "Ann", date(2025, 1, 2))
        store.record_answer(assessment.id, model.criteria[0].id, 1)
        export_snapshot(store, folder / "source.csv")
    header, rows = read_rows(folder / "source.csv")
    return header, rows[0]


def crafted_file(
    path: Path, header: list[str], row: list[str], data: Any, definition: str | None = None
) -> Path:
    """A one-row snapshot carrying `data` (or the raw `definition` text) with its digest; the
    row names the model and criterion the data names, so that only the definition is judged."""
    text, digest = (
        frozen(data) if definition is None else (definition, definition_digest(definition))
    )
    row = list(row)

    def cell(name: str, value: str) -> None:
        row[header.index(name)] = neutralise(value)

    cell("model_definition", text)
    cell("model_digest", digest)
    if isinstance(data, dict):
        for key, column in (("id", "model_id"), ("version", "model_version")):
            if isinstance(data.get(key), str):
                cell(column, data[key])
        criteria = data.get("criteria")
        first = criteria[0] if isinstance(criteria, list) and criteria else None
        if isinstance(first, dict) and isinstance(first.get("id"), str):
            cell("criterion_id", first["id"])
    write_rows(path, header, [row])
    return path


def store_holding(path: Path, model: MaturityModel, data: dict[str, Any]) -> dict[str, str]:
    """A store as an older version could leave it: "Good Co" with a readable assessment,
    "Bad Co" with an older readable one and its latest taken with the definition `data`,
    written straight into the file. Assessment ids by name: good, bad_older, bad."""
    ids = {}
    with Store.open(path) as store:
        for org_name, names in (("Good Co", ["good"]), ("Bad Co", ["bad_older", "bad"])):
            org = store.create_organization(org_name)
            for n, name in enumerate(names):
                record = store.create_assessment(org.id, model, "Ann", date(2025, 1 + n, 2))
                for criterion in model.criteria[:6]:
                    store.record_answer(record.id, criterion.id, 3)
                store.set_status(record.id, "complete")
                ids[name] = record.id
        store.organization_summaries()  # results kept: an older version would have them
    text, digest = frozen(data)
    db = sqlite3.connect(path)
    try:
        with db:
            db.execute(
                "INSERT INTO model_version (id, model_id, version, title, definition, created_at)"
                " SELECT ?, ?, ?, ?, ?, created_at FROM model_version LIMIT 1",
                (digest, str(data.get("id")), str(data.get("version")), "Crafted", text),
            )
            db.execute(
                "UPDATE assessment SET model_version_id = ? WHERE id = ?", (digest, ids["bad"])
            )
    finally:
        db.close()
    return ids


def huge_levels(data: dict[str, Any]) -> dict[str, Any]:
    """A definition (as `MaturityModel.to_dict` gives it) whose stage levels overflow a float:
    what once made a store unusable."""
    data = dict(data, id="crafted")
    data["stages"] = [dict(stage, level=10**400 + k) for k, stage in enumerate(data["stages"])]
    return data
