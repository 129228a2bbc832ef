"""Stores that must be refused: one clear message, and the file's bytes unchanged.

Each case is a real file on disk, checked both through `Store.open` and through
the command line (one line on stderr, exit status 1).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from csmaturity_app import cli
from csmaturity_app.store import (
    CorruptStoreError,
    DiskFullError,
    LockedStoreError,
    NewerStoreError,
    NotAStoreError,
    ReadOnlyStoreError,
    Store,
    StoreError,
)
from csmaturity_app.store.integrity import GuardedDatabase
from csmaturity_app.store.opening import disk_full, newest_schema_version, translate_errors


def fingerprint(path: Path) -> str:
    """The file's bytes, hashed: equal before and after means nothing was written."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused(path: Path, error: type[StoreError], message: str, capsys, **open_kwargs):
    """Refused by the store and by the CLI, with the message, and not one byte changed."""
    before = fingerprint(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error, match=message) as info:
        Store.open(path, **open_kwargs)
    assert str(path) in str(info.value)
    assert fingerprint(path) == before
    status = cli.main(["--db", str(path), "orgs"])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("csmaturity: error: ")
    assert "Traceback" not in err
    assert fingerprint(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings  # no -wal, -shm or backup


def test_text_file_is_not_a_store(tmp_path, capsys):
    path = tmp_path / "notes.db"
    path.write_text("Quarterly review notes\n" * 200)
    assert_refused(path, NotAStoreError, "not an SQLite database", capsys)


def test_binary_garbage_is_not_a_store(tmp_path, capsys):
    # Bytes with a pattern (another program's binary format); bytes with none are what an
    # encrypted store looks like (tests/store/test_encrypted_store.py), and only its passphrase
    # tells them apart.
    path = tmp_path / "binary.db"
    path.write_bytes(bytes(range(0, 256, 3)) * 100)
    assert_refused(path, NotAStoreError, "not an SQLite database", capsys)


def test_random_bytes_not_whole_pages_are_a_cut_encrypted_store(tmp_path, capsys):
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(8000))
    assert_refused(path, CorruptStoreError, "damaged.*cut short", capsys)


def test_another_programs_database_is_not_a_store(tmp_path, capsys):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()
    assert_refused(path, NotAStoreError, "another program", capsys)


def test_truncated_store_is_damaged(filled_store, capsys):
    data = filled_store.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    filled_store.write_bytes(data[: len(data) // page_size // 2 * page_size])
    assert_refused(filled_store, CorruptStoreError, "damaged.*cut short", capsys)


def test_store_cut_mid_page_is_damaged(filled_store, capsys):
    data = filled_store.read_bytes()
    filled_store.write_bytes(data[: len(data) - 1000])
    assert_refused(filled_store, CorruptStoreError, "damaged", capsys)


def test_store_cut_inside_header_is_damaged(filled_store, capsys):
    filled_store.write_bytes(filled_store.read_bytes()[:60])
    assert_refused(filled_store, CorruptStoreError, "damaged", capsys)


def test_overwritten_pages_are_damaged(filled_store, capsys):
    data = bytearray(filled_store.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Pages 2 onwards hold the schema's tables and indexes: scribble over several of them.
    for page in range(1, 6):
        start = page * page_size
        data[start : start + page_size] = bytes((i * 37 + page) % 251 for i in range(page_size))
    filled_store.write_bytes(bytes(data))
    assert_refused(filled_store, CorruptStoreError, "damaged", capsys)


def test_store_from_a_newer_version_is_refused(filled_store, capsys):
    conn = sqlite3.connect(filled_store)
    conn.execute(f"PRAGMA user_version = {newest_schema_version() + 1}")
    conn.commit()
    conn.close()
    assert_refused(filled_store, NewerStoreError, "newer version of CS Maturity", capsys)


def test_read_only_file_is_refused(filled_store, capsys):
    filled_store.chmod(0o444)
    try:
        assert_refused(filled_store, ReadOnlyStoreError, "read-only", capsys)
    finally:
        filled_store.chmod(0o644)


def test_store_in_read_only_folder_is_refused(filled_store, capsys):
    folder = filled_store.parent
    folder.chmod(0o555)
    try:
        assert_refused(filled_store, ReadOnlyStoreError, "read-only", capsys)
    finally:
        folder.chmod(0o755)


def test_new_store_in_read_only_folder_is_refused(tmp_path, capsys):
    folder = tmp_path / "locked-down"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ReadOnlyStoreError, match="read-only"):
            Store.open(folder / "new.db")
        assert cli.main(["--db", str(folder / "new.db"), "orgs"]) == 1
        assert capsys.readouterr().err.startswith("csmaturity: error: ")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "no" / "such" / "store.db")
    assert not (tmp_path / "no").exists()


def test_folder_instead_of_file_is_refused(tmp_path):
    with pytest.raises(NotAStoreError, match="is a folder"):
        Store.open(tmp_path)


LOCKER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("SELECT count(*) FROM organization").fetchone()
    print("locked", flush=True)
    sys.stdin.read()  # held until the test kills it (or closes its input)
    """
)


def test_store_locked_by_another_process_is_refused(filled_store, capsys):
    with subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(filled_store)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as locker:
        try:
            assert locker.stdout is not None
            assert locker.stdout.readline().strip() == "locked"
            before = fingerprint(filled_store)
            with pytest.raises(LockedStoreError, match="in use by another program"):
                Store.open(filled_store, busy_timeout_ms=200)
            assert fingerprint(filled_store) == before
            status = cli.main(["--db", str(filled_store), "orgs"])
            assert status == 1 and "in use by another program" in capsys.readouterr().err
        finally:
            locker.kill()
    # Once the other program has gone, the same store opens and its data is all there.
    with Store.open(filled_store) as store:
        assert len(store.organizations()) == 8


def test_write_blocked_by_another_writer_is_a_clear_error(filled_store):
    """A write that waits longer than the busy timeout fails with a message, and changes nothing."""
    with Store.open(filled_store, busy_timeout_ms=100) as store:
        other = sqlite3.connect(filled_store, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(LockedStoreError, match="in use by another program"):
                store.create_organization("Blocked Co")
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert "Blocked Co" not in [o.name for o in store.organizations()]


def test_a_read_only_refusal_is_a_full_disk_only_on_a_connection_read_only_for_space(
    store_path: Path,
):
    with Store.open(store_path) as store:
        store.create_organization("Acme")
    conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly") as caught:
            conn.execute("DELETE FROM organization")
    finally:
        conn.close()
    refused = caught.value  # what SQLite says to a write on a file it could only read
    # A path on a file system with no space left for anyone: the drive is "nearly full".
    nearly_full = Path("/proc/self/store.db")
    assert disk_full(nearly_full)
    with pytest.raises(ReadOnlyStoreError, match="read-only"), translate_errors(nearly_full):
        raise refused  # read-only by its permissions: not a full disk, however full
    for_space = GuardedDatabase(str(nearly_full))
    for_space.read_only_for_space = True  # as `open_for_reading` opens it on a full disk
    with (
        pytest.raises(DiskFullError, match="the disk is full"),
        translate_errors(nearly_full, for_space),
    ):
        raise refused
