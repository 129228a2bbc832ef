"""Schema migrations on real files: a backup copy first, numbered steps, all or nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from release_stores import backups, opened_copy

from csmaturity_app.store import Store, StoreError, opening

ADD_COLUMN = """
from peewee import TextField

def up(migrator, db):
    migrator.migrate(migrator.add_column("assessment", "test_column", TextField(default="")))
"""

BROKEN = """
def up(migrator, db):
    db.execute_sql("CREATE TABLE half_done (x)")
    raise RuntimeError("step 2 went wrong")
"""


@pytest.fixture
def migrations_dir(tmp_path, monkeypatch) -> Path:
    """A copy of today's migrations that a test can add a newer step to."""
    folder = tmp_path / "migrations"
    shutil.copytree(opening.MIGRATIONS_DIR, folder)
    monkeypatch.setattr(opening, "MIGRATIONS_DIR", folder)
    return folder


def next_step(folder: Path, name: str) -> Path:
    """The file of a migration one newer than today's schema."""
    return folder / f"{opening.newest_schema_version() + 1:04d}_{name}.py"


def make_v1_store(path: Path, tsia) -> tuple[str, str]:
    with Store.open(path) as store:
        org = store.create_organization("Acme")
        assessment = store.create_assessment(org.id, tsia, "Ann")
        store.record_answer(assessment.id, "F01", 2, notes="kept through upgrades")
    return org.id, assessment.id


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_newest_schema_version_is_the_newest_migration_number():
    assert opening.newest_schema_version() == 7


def test_upgrade_takes_a_backup_then_migrates(tmp_path, migrations_dir, tsia):
    path = tmp_path / "store.db"
    _, assessment_id = make_v1_store(path, tsia)
    old = opening.newest_schema_version()
    next_step(migrations_dir, "test_step").write_text(ADD_COLUMN)

    with Store.open(path) as store:
        assert store.file_schema_version() == old + 1
        assert store.answers(assessment_id)["F01"].notes == "kept through upgrades"
        columns = [r[1] for r in store.db.execute_sql("PRAGMA table_info(assessment)")]
        assert "test_column" in columns

    backups = list(tmp_path.glob(f"store.db.schema{old}-*.bak"))
    assert len(backups) == 1
    assert user_version(backups[0]) == old
    conn = sqlite3.connect(backups[0])
    try:
        notes = conn.execute("SELECT notes FROM answer").fetchall()
    finally:
        conn.close()
    assert notes == [("kept through upgrades",)]
    # Opening again: nothing left to migrate, no second backup.
    Store.open(path).close()
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_failed_migration_leaves_the_store_as_it_was(tmp_path, migrations_dir, tsia):
    path = tmp_path / "store.db"
    _, assessment_id = make_v1_store(path, tsia)
    old = opening.newest_schema_version()
    broken = next_step(migrations_dir, "broken")
    broken.write_text(BROKEN)

    with pytest.raises(StoreError, match=r"upgrading the store failed.*step 2 went wrong.*copy"):
        Store.open(path)
    assert user_version(path) == old
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        history = [r[0] for r in conn.execute("SELECT name FROM schema_migration")]
    finally:
        conn.close()
    assert "half_done" not in tables
    assert history == [
        "0001_initial",
        "0002_resume_and_trash",
        "0003_carry_forward",
        "0004_result_summary",
        "0005_sync",
        "0006_respondents",
        "0007_plan",
    ]

    # With the step fixed, the store upgrades and keeps its answers.
    broken.unlink()
    next_step(migrations_dir, "test_step").write_text(ADD_COLUMN)
    with Store.open(path) as store:
        assert store.answers(assessment_id)["F01"].score == 2


def test_new_store_needs_no_backup(tmp_path, migrations_dir):
    newer = opening.newest_schema_version() + 1
    next_step(migrations_dir, "test_step").write_text(ADD_COLUMN)
    with Store.open(tmp_path / "fresh.db") as store:
        assert store.file_schema_version() == newer
    assert list(tmp_path.glob("*.bak")) == []


def test_store_from_release_0_1_opens_with_all_its_data(tmp_path):
    """A real file written by release 0.1 (schema 1), upgraded by whatever migrations exist now."""
    with opened_copy(1, tmp_path) as store:
        assert store.file_schema_version() == opening.newest_schema_version()
        assert len(backups(tmp_path, 1)) == 1
        orgs = {o.name: o for o in store.organizations()}
        assert set(orgs) == {"Acme Analytics", "Nordlicht GmbH — Zürich"}
        acme = store.assessments(orgs["Acme Analytics"].id)
        assert [(a.assessed_on.isoformat(), a.status) for a in acme] == [
            ("2026-02-01", "draft"),
            ("2025-03-14", "complete"),
        ]
        latest = store.answers(acme[0].id)
        assert latest["F01"].notes == "=SUM(A1:A3) looks like a formula"
        assert latest["F02"].not_applicable
        first = store.answers(acme[1].id)
        assert len(first) == 36 and first["F02"].score == 3  # (1 * 7) % 4
        assert first["F02"].notes == 'evidence 1, "quoted"'
        nord = store.assessments(orgs["Nordlicht GmbH — Zürich"].id)[0]
        assert store.answers(nord.id)["R01"].notes == "Notizen: Größe, 顧客"
        assert store.model_of(nord.id).id == "ftworks-5-levels"
        # Columns added since release 0.1 start out empty.
        assert nord.position == ""
        assert nord.carried_from is None
        assert not any(a.needs_review for a in latest.values())
        assert store.organization_summaries()[0].latest_placed_label is not None
