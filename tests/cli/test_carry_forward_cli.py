"""`csmaturity carry-forward`: a new draft under the current version, its id on stdout."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from carry_models import NEXT_VERSION, catalog_with_next

from csmaturity_app import cli
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def old_store(path: Path, catalog: ModelCatalog, model_id: str = "tsia-4-phases") -> str:
    """A store with one 1.0.0 assessment, answered in part; its id."""
    model = catalog.get(model_id, "1.0.0")
    with Store.open(path) as store:
        org = store.create_organization("Acme")
        a = store.create_assessment(org.id, model, "Ann", date(2025, 3, 1))
        for criterion in model.criteria[:5]:
            store.record_answer(a.id, criterion.id, 2, notes=f"seen {criterion.id}")
        store.set_status(a.id, "complete")
    return a.id


def dump(path: Path) -> list[tuple]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = ("organization", "model_version", "assessment", "answer")
        return [sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables]
    finally:
        db.close()


@pytest.fixture
def with_next_version(monkeypatch, builtin_catalog: ModelCatalog) -> ModelCatalog:
    """The command sees the made-up newer TSIA version as the current one."""
    catalog = catalog_with_next(builtin_catalog)
    monkeypatch.setattr(cli, "catalog", lambda: catalog)
    return catalog


def test_prints_the_new_assessments_id(capsys, tmp_path, with_next_version):
    db = tmp_path / "s.db"
    old_id = old_store(db, with_next_version)
    status, out, err = run_cli(capsys, "--db", str(db), "carry-forward", old_id)
    assert (status, err) == (0, "")
    new_id = out.strip()
    assert out == new_id + "\n"
    with Store.open(db) as store:
        new = store.assessment(new_id)
        assert (new.carried_from, new.model_version, new.status) == (old_id, NEXT_VERSION, "draft")
        answers = store.answers(new_id)
        assert answers and all(a.needs_review for a in answers.values())

    status, out, err = run_cli(capsys, "--db", str(db), "carry-forward", old_id, "--format", "json")
    assert (status, err) == (0, "")
    document = json.loads(out)
    assert list(document) == ["assessment_id"] and document["assessment_id"] != new_id
    with Store.open(db) as store:
        assert store.assessment(document["assessment_id"]).carried_from == old_id


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("unknown", "no assessment with id 'no-such-id'"),
        ("newest", f"is already under .* version {NEXT_VERSION}, the newest installed"),
        ("no mapping", "does not say how answers given under version 1.0.0 come across"),
        ("no newer version", "already under .* version 1.0.0, the newest installed"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(
    capsys, tmp_path, monkeypatch, builtin_catalog, case, message
):
    db = tmp_path / "s.db"
    catalog = catalog_with_next(builtin_catalog, mapping=case != "no mapping")
    monkeypatch.setattr(cli, "catalog", lambda: catalog)
    old_id = old_store(
        db, catalog, "ftworks-5-levels" if case == "no newer version" else "tsia-4-phases"
    )
    target = {"unknown": "no-such-id"}.get(case, old_id)
    if case == "newest":
        with Store.open(db) as store:
            target = store.carry_forward(old_id, catalog.get("tsia-4-phases")).id
    before = dump(db)
    status, out, err = run_cli(capsys, "--db", str(db), "carry-forward", target)
    assert (status, out) == (1, "")
    assert err.startswith("csmaturity: error: ") and err.count("\n") == 1
    assert re.search(message, err), err
    assert dump(db) == before


def test_from_a_real_process_with_the_installed_models(tmp_path, builtin_catalog):
    """A 1.0.0 assessment carried forward to the installed current version (2.0.0)."""
    db = tmp_path / "s.db"
    old_id = old_store(db, builtin_catalog)
    command = [sys.executable, "-m", "csmaturity_app", "--db", str(db), "carry-forward", old_id]
    result = subprocess.run(
        [*command, "--format", "json"], capture_output=True, text=True, timeout=60, env=os.environ
    )
    assert result.returncode == 0, result.stderr
    new_id = json.loads(result.stdout)["assessment_id"]
    with Store.open(db) as store:
        new = store.assessment(new_id)
    assert (new.carried_from, new.model_version) == (
        old_id,
        builtin_catalog.get(new.model_id).version,
    )
    assert new.model_version != "1.0.0"
