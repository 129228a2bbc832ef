"""Faults a laptop meets: a full disk, a store locked by another program, a crash during an
upgrade. Each ends with one clear message and no confirmed data lost.

Each test records what it tried (`record_property`): the reliability harness
(`tools/reliability`) adds these up into its table. `CSMATURITY_FAULT_TRIALS` sets how many
crashes the migration test tries.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import LockedStoreError, Store, StoreError, opening

TRIALS = int(os.environ.get("CSMATURITY_FAULT_TRIALS", "6"))
RELEASE_0_1_STORE = Path(__file__).with_name("data") / "schema1.db"
Record = Callable[[str, object], None]


def data_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """What a user would miss: organizations, assessments and answers, read without writing."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            "organization": sorted(db.execute("SELECT id, name FROM organization")),
            "assessment": sorted(
                db.execute("SELECT id, organization_id, assessed_on, status FROM assessment")
            ),
            "answer": sorted(
                db.execute(
                    "SELECT assessment_id, criterion_id, score, not_applicable, notes FROM answer"
                )
            ),
        }
    finally:
        db.close()


# -- a full disk


@contextmanager
def small_volume(folder: Path, size_kb: int) -> Iterator[bool]:
    """A real tmpfs of `size_kb` mounted on `folder` where the platform allows it (root on
    Linux); else nothing is mounted and the caller simulates a full disk. Yields whether the
    volume is real."""
    folder.mkdir()
    mounted = False
    if sys.platform.startswith("linux") and os.geteuid() == 0:
        mounted = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
                capture_output=True,
                check=False,
            ).returncode
            == 0
        )
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_volume(ballast: Path) -> None:
    """Write to the volume until it has no space left (it may have none already)."""
    try:
        with ballast.open("wb") as f:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
    except OSError:
        pass


def fill_until_full(store: Store, model: MaturityModel) -> tuple[dict[str, str], str]:
    """Record answers with long notes until the store refuses; what was confirmed, and the
    message the user got."""
    org = store.create_organization("Fills the disk")
    assessment = store.create_assessment(org.id, model)
    confirmed: dict[str, str] = {}
    for n in range(100_000):
        criterion = model.criteria[n % len(model.criteria)].id
        notes = f"note {n} " + "evidence " * 400
        try:
            store.record_answer(assessment.id, criterion, n % 4, notes=notes)
        except StoreError as exc:
            return {f"{assessment.id}/{k}": v for k, v in confirmed.items()}, str(exc)
        confirmed[criterion] = notes
    raise AssertionError("the disk never filled up")


def confirmed_present(path: Path, confirmed: dict[str, str]) -> int:
    """How many confirmed answers are missing or changed."""
    stored = {f"{a}/{c}": notes for a, c, _, _, notes in data_of(path)["answer"]}
    return sum(1 for key, notes in confirmed.items() if stored.get(key) != notes)


def test_a_full_disk_loses_no_confirmed_answer(
    tmp_path: Path, tsia: MaturityModel, record_property: Record
) -> None:
    """On a real small volume where possible (else SQLite's max_page_count): the answer that
    does not fit gets one message; every earlier one is kept; freeing space, work goes on."""
    volume = tmp_path / "volume"
    with small_volume(volume, 768) as real:
        filler = volume / "filler.bin"
        if real:
            filler.write_bytes(b"\0" * 128 * 1024)  # room to free once the disk is full
        path = volume / "store.db"
        with Store.open(path) as store:
            if not real:
                (pages,) = store.db.execute_sql("PRAGMA page_count").fetchone()
                store.db.execute_sql(f"PRAGMA max_page_count = {pages + 60}")
            confirmed, message = fill_until_full(store, tsia)
        assert "disk is full" in message and "\n" not in message
        assert len(confirmed) > 3
        filler.unlink(missing_ok=True)
        lost = confirmed_present(path, confirmed)
        with Store.open(path) as store:  # space freed: the store opens and takes answers
            assert store.db.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
            assessment = store.assessments()[0]
            store.record_answer(assessment.id, tsia.criteria[0].id, 1, notes="after")
    record_property("case", "full disk" + (" (tmpfs)" if real else " (max_page_count)"))
    record_property("tried", 1)
    record_property("lost", lost)
    assert lost == 0


def test_an_import_or_export_on_a_full_disk_changes_nothing(
    tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog, record_property: Record
) -> None:
    source = tmp_path / "source.db"
    with Store.open(source) as store:
        for n in range(30):
            org = store.create_organization(f"Client {n}")
            assessment = store.create_assessment(org.id, tsia)
            for criterion in tsia.criteria:
                store.record_answer(assessment.id, criterion.id, 2, notes="x" * 300)
        export_snapshot(store, tmp_path / "big.csv")
    volume = tmp_path / "volume"
    with small_volume(volume, 512) as real:
        path = volume / "store.db"
        with Store.open(path) as store:
            org = store.create_organization("Already here")
            store.create_assessment(org.id, tsia)
            if not real:
                (pages,) = store.db.execute_sql("PRAGMA page_count").fetchone()
                store.db.execute_sql(f"PRAGMA max_page_count = {pages + 20}")
            before = data_of(path)
            with pytest.raises(UserFacingError, match="disk is full"):
                import_snapshot(store, tmp_path / "big.csv", builtin_catalog)
            lost = int(data_of(path) != before)
            if real:  # a snapshot that does not fit: a message and no half file
                fill_volume(volume / "ballast")
                with (
                    Store.open(source) as full_source,
                    pytest.raises(UserFacingError, match="cannot write"),
                ):
                    export_snapshot(full_source, volume / "out.csv")
                assert sorted(p.name for p in volume.iterdir() if p.suffix == ".csv") == []
    record_property("case", "full disk during import/export")
    record_property("tried", 1)
    record_property("lost", lost)
    assert lost == 0


# -- a store locked by another program

HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.readline()  # held until the test says "release"
    db.execute("ROLLBACK")
    """
)


def test_a_store_locked_by_another_process(
    tmp_path: Path, tsia: MaturityModel, record_property: Record
) -> None:
    """A write while another process holds the lock: a clear message once the busy timeout
    runs out, nothing half written, and the same write succeeds once the lock is gone."""
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        org = store.create_organization("Acme")
        assessment = store.create_assessment(org.id, tsia)
        store.record_answer(assessment.id, "F01", 1, notes="before the lock")
    before = data_of(path)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with Store.open(path, busy_timeout_ms=200) as store:
            with pytest.raises(LockedStoreError) as caught:
                store.record_answer(assessment.id, "F01", 3, notes="during the lock")
            assert "\n" not in str(caught.value)
            assert data_of(path) == before
            assert holder.stdin is not None
            holder.stdin.write("release\n")
            holder.stdin.close()
            holder.wait(timeout=30)
            saved = store.record_answer(assessment.id, "F01", 3, notes="after the lock")
            assert saved.notes == "after the lock"
    record_property("case", "store locked by another process")
    record_property("tried", 1)
    record_property("lost", 0 if data_of(path)["answer"][0][4] == "after the lock" else 1)


# -- a crash during an upgrade

SLOW_STEP = """
def up(migrator, db):
    # Rewrites every answer, then indexes them: long enough to be killed in the middle.
    for n in range(40):
        db.execute_sql("UPDATE answer SET notes = notes || '' WHERE 1")
    db.execute_sql("CREATE INDEX IF NOT EXISTS answer_notes ON answer (notes)")
"""

UPGRADE = """
import sys
from pathlib import Path
from csmaturity_app.store import Store, opening
opening.MIGRATIONS_DIR = Path(sys.argv[2])
print("upgrading", flush=True)
Store.open(sys.argv[1]).close()
print("done", flush=True)
"""


def old_store_with_data(path: Path) -> None:
    """The release 0.1 store, with enough answers that an upgrade takes a moment."""
    shutil.copyfile(RELEASE_0_1_STORE, path)
    db = sqlite3.connect(path)
    with db:
        (assessment,) = db.execute("SELECT id FROM assessment LIMIT 1").fetchone()
        rows = db.execute("SELECT * FROM answer WHERE assessment_id = ?", (assessment,)).fetchall()
        (columns,) = {len(r) for r in rows}
        cols = [r[1] for r in db.execute("PRAGMA table_info(assessment)")]
        template = db.execute("SELECT * FROM assessment WHERE id = ?", (assessment,)).fetchone()
        for n in range(600):
            new_id = f"00000000-0000-4000-8000-{n:012d}"
            values = [new_id if c == "id" else v for c, v in zip(cols, template, strict=True)]
            db.execute(f"INSERT INTO assessment VALUES ({', '.join('?' * len(cols))})", values)
            db.executemany(
                f"INSERT INTO answer VALUES ({', '.join('?' * columns)})",
                [(new_id, *r[1:]) for r in rows],
            )
    db.close()


def test_a_crash_during_an_upgrade_loses_nothing(tmp_path: Path, record_property: Record) -> None:
    """Kill the app at random moments while it upgrades an old store. Afterwards the store
    either opens (and finishes the upgrade) with all its data, and the backup taken before
    the upgrade holds that data too; restoring the backup gives it back as well."""
    migrations = tmp_path / "migrations"
    shutil.copytree(opening.MIGRATIONS_DIR, migrations)
    (migrations / f"{opening.newest_schema_version() + 1:04d}_slow_step.py").write_text(SLOW_STEP)
    original = tmp_path / "original.db"
    old_store_with_data(original)
    expected = data_of(original)
    rng = random.Random(4)
    shutil.copyfile(original, tmp_path / "timing.db")
    with subprocess.Popen(
        [sys.executable, "-c", UPGRADE, str(tmp_path / "timing.db"), str(migrations)],
        stdout=subprocess.PIPE,
        text=True,
    ) as timing:
        assert timing.stdout is not None and timing.stdout.readline().strip() == "upgrading"
        started = time.perf_counter()
        assert timing.stdout.readline().strip() == "done"
        upgrade_s = time.perf_counter() - started  # the kills land anywhere in this span
    lost = interrupted = 0
    for trial in range(TRIALS):
        folder = tmp_path / f"trial-{trial}"
        folder.mkdir()
        path = folder / "store.db"
        shutil.copyfile(original, path)
        with subprocess.Popen(
            [sys.executable, "-c", UPGRADE, str(path), str(migrations)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        ) as child:
            assert child.stdout is not None and child.stdout.readline().strip() == "upgrading"
            time.sleep(rng.uniform(0, upgrade_s))
            child.kill()
        backups = sorted(folder.glob("store.db.schema1-*.bak"))
        check = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        interrupted += check.execute("PRAGMA user_version").fetchone()[0] < 2
        check.close()
        for backup in backups:  # the copy is made before anything changes
            lost += data_of(backup) != expected
        restored = folder / "restored.db"
        if backups:
            shutil.copyfile(backups[0], restored)
        opening.MIGRATIONS_DIR, saved = migrations, opening.MIGRATIONS_DIR
        try:
            for candidate in [path, *([restored] if backups else [])]:
                Store.open(candidate).close()  # finishes the upgrade
                lost += data_of(candidate) != expected
        finally:
            opening.MIGRATIONS_DIR = saved
    record_property("case", "crash during an upgrade")
    record_property("tried", TRIALS)
    record_property("note", f"{interrupted} killed before the upgrade was done")
    print(f"\ncrash during an upgrade: {TRIALS} kills, {interrupted} mid-upgrade, {lost} lost")
    record_property("lost", lost)
    assert lost == 0
