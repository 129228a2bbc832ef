"""The integrity check split in three: cheap checks up front, the full check up front after an
unclean shutdown, else the full check in the background, whose failure stops every write.

Damage here is one overwritten page near the end of the file: the cheap checks read only the
first pages of each table, so only the full check (`PRAGMA quick_check`) can find it.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import CorruptStoreError, Store, StoreGoneError
from csmaturity_app.store.integrity import unclean_shutdown

WAIT_S = 60  # a ceiling for the background check of a small file, never expected


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_last_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = len(data) - page_size
    data[start:] = bytes((i * 37 + 11) % 251 for i in range(page_size))
    path.write_bytes(bytes(data))


def crash_copy(path: Path, folder: Path) -> Path:
    """A copy of `path` as a session that was killed after a commit leaves it: the commit's
    pages only in the -wal file beside it (no checkpoint ran)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE organization SET name = name || ' (renamed)' WHERE name = 'Client 0'")
        folder.mkdir()
        copy = folder / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    finally:
        conn.close()
    return copy


def test_a_clean_store_passes_the_background_check(filled_store: Path):
    with Store.open(filled_store) as store:
        assert store.integrity.done.wait(WAIT_S)
        assert store.integrity.failure is None
        store.create_organization("Still writable")
        assert "Still writable" in [o.name for o in store.organizations()]


def test_damage_found_in_the_background_stops_every_write(filled_store: Path, tsia: MaturityModel):
    damage_last_page(filled_store)
    with Store.open(filled_store) as store:  # the cheap checks pass: it opens
        told: list[str] = []
        store.integrity.on_failure(lambda exc: told.append(str(exc)))
        assert store.integrity.done.wait(WAIT_S)
        assert told and told == [str(store.integrity.failure)]
        assert "damaged" in told[0] and str(filled_store) in told[0]
        assessment = store.assessments()[0]
        before = fingerprint(filled_store)
        for write in (
            lambda: store.create_organization("New client"),
            lambda: store.record_answer(assessment.id, tsia.criteria[0].id, 1),
            lambda: store.set_status(assessment.id, "complete"),
        ):
            with pytest.raises(CorruptStoreError) as info:
                write()
            assert str(info.value) == told[0]  # the same message, every time
        assert fingerprint(filled_store) == before
        # Told once, however many writes fail; a listener that comes later is told at once.
        assert len(told) == 1
        store.integrity.on_failure(lambda exc: told.append(str(exc)))
        assert told == [told[0], told[0]]


def test_after_an_unclean_shutdown_the_whole_store_is_checked_before_opening(
    filled_store: Path, tmp_path: Path
):
    damage_last_page(filled_store)
    crashed = crash_copy(filled_store, tmp_path / "crashed")
    assert unclean_shutdown(crashed)
    before = fingerprint(crashed)
    with pytest.raises(CorruptStoreError, match="damaged"):
        Store.open(crashed)
    assert fingerprint(crashed) == before
    assert Path(f"{crashed}-wal").stat().st_size > 32  # the crash's pages are still there


def test_a_sound_store_opens_after_an_unclean_shutdown(filled_store: Path, tmp_path: Path):
    crashed = crash_copy(filled_store, tmp_path / "crashed")
    with Store.open(crashed) as store:
        assert store.integrity.done.is_set()  # checked up front: nothing left to do
        assert "Client 0 (renamed)" in [o.name for o in store.organizations()]
    assert not unclean_shutdown(crashed)  # closed cleanly: the -wal is gone


def test_unclean_shutdown_is_a_wal_or_journal_with_content(tmp_path: Path):
    path = tmp_path / "store.db"
    path.write_bytes(b"")
    assert not unclean_shutdown(path)
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"\0" * 32)  # a header only: every frame was checkpointed
    assert not unclean_shutdown(path)
    wal.write_bytes(b"\0" * 4096)
    assert unclean_shutdown(path)
    wal.unlink()
    Path(f"{path}-journal").write_bytes(b"\0" * 512)
    assert unclean_shutdown(path)


def test_two_connections_to_one_file_share_the_check_and_its_verdict(filled_store: Path):
    damage_last_page(filled_store)
    with Store.open(filled_store) as first, Store.open(filled_store) as second:
        assert second.integrity is first.integrity
        assert first.integrity.done.wait(WAIT_S)
        for store in (first, second):
            with pytest.raises(CorruptStoreError, match="damaged"):
                store.create_organization("New client")
    assert not Path(f"{filled_store}-wal").exists()  # the check's connection closed first


def test_a_second_connection_of_this_process_shares_the_check(
    filled_store: Path, monkeypatch: pytest.MonkeyPatch
):
    """The window's own -wal frames are not an unclean shutdown: an import's connection beside
    it joins the check already running instead of reading the whole file first."""
    from csmaturity_app.store import integrity, opening

    full = []
    monkeypatch.setattr(opening, "full_check", lambda conn, path: full.append(path))
    with Store.open(filled_store) as window:
        window.create_organization("Written by the window")  # frames in its -wal file
        assert unclean_shutdown(filled_store)
        with Store.open(filled_store) as worker:
            assert worker.integrity is window.integrity
        assert full == []
        assert integrity.open_here(filled_store)


def test_a_store_closed_twice_releases_its_check_once(filled_store: Path):
    """A closed store used again says it is closed (peewee would connect anew, to a file that
    may be replaced by then), and closing it a second time does not stop the check another
    open connection still shares."""
    from csmaturity_app.store import integrity

    with Store.open(filled_store) as kept:
        other = Store.open(filled_store)
        other.close()
        with pytest.raises(StoreGoneError, match="is closed"):
            other.organizations()
        other.close()
        assert integrity.open_here(filled_store)
        assert kept.integrity.done.wait(WAIT_S) and kept.integrity.failure is None
