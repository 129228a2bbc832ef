"""An encrypted store (SQLCipher) opened, refused, checked and closed, on real files."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import (
    CorruptStoreError,
    DiskFullError,
    EncryptedStoreError,
    NotAStoreError,
    Store,
    StoreGoneError,
    WrongPassphraseError,
)
from csmaturity_app.store import cipher as cipher_module
from csmaturity_app.store.cipher import KDF_ITERATIONS, StoreKey, sqlcipher
from csmaturity_app.store.integrity import GuardedDatabase

PASS = "correct horse battery staple"
WRONG = "incorrect horse"


def make_store(path: Path, model: MaturityModel, passphrase: str | None = PASS) -> str:
    """A closed store with one client and a few answers; the client's name."""
    with Store.open(path, passphrase=passphrase) as store:
        org = store.create_organization("Zanzibar Orchid Holdings")
        assessment = store.create_assessment(org.id, model, "Ann")
        for n, criterion in enumerate(model.criteria[:20]):
            store.record_answer(assessment.id, criterion.id, n % 4, notes=f"evidence {n}")
    return org.name


def names(store: Store) -> list[str]:
    return [o.name for o in store.organizations()]


def test_made_with_a_passphrase_it_is_encrypted_and_opens_again(
    tmp_path: Path, tsia: MaturityModel
) -> None:
    path = tmp_path / "secret.db"
    name = make_store(path, tsia)
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert Store.is_encrypted(path)
    with Store.open(path, passphrase=PASS.encode()) as store:
        assert store.encrypted
        assert names(store) == [name]
        assert len(store.answers(store.assessments()[0].id)) == 20
    with Store.open(path, passphrase=bytearray(PASS.encode())) as store:
        assert names(store) == [name]


def test_a_wrong_passphrase_changes_nothing_however_often(
    tmp_path: Path, tsia: MaturityModel
) -> None:
    path = tmp_path / "secret.db"
    make_store(path, tsia)
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    side = sorted(p.name for p in tmp_path.iterdir())
    for _ in range(5):
        with pytest.raises(WrongPassphraseError) as caught:
            Store.open(path, passphrase=WRONG)
        assert "\n" not in str(caught.value)
        assert WRONG not in str(caught.value)
        assert path.read_bytes() == before
        assert path.stat().st_mtime_ns == mtime
        assert sorted(p.name for p in tmp_path.iterdir()) == side  # no -wal, -shm, backup
    with Store.open(path, passphrase=PASS) as store:
        assert names(store) == ["Zanzibar Orchid Holdings"]


def test_without_a_passphrase_it_says_encrypted(tmp_path: Path, tsia: MaturityModel) -> None:
    path = tmp_path / "secret.db"
    make_store(path, tsia)
    with pytest.raises(EncryptedStoreError) as caught:
        Store.open(path)
    assert not isinstance(caught.value, WrongPassphraseError)
    assert "encrypted" in str(caught.value)
    with pytest.raises(EncryptedStoreError):
        Store.open_for_reading(path)


def test_a_plain_store_opened_with_a_passphrase_stays_plain(
    tmp_path: Path, tsia: MaturityModel
) -> None:
    path = tmp_path / "plain.db"
    make_store(path, tsia, passphrase=None)
    with Store.open(path, passphrase=PASS) as store:
        assert not store.encrypted
        store.create_organization("Second")
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert not Store.is_encrypted(path)


def test_random_bytes_are_called_encrypted_and_text_is_not_a_store(tmp_path: Path) -> None:
    noise = tmp_path / "noise.db"
    noise.write_bytes(os.urandom(8 * 1024))
    text = tmp_path / "notes.db"
    text.write_text("Meeting notes: Zanzibar Orchid Holdings\n" * 300, encoding="utf-8")
    assert Store.is_encrypted(noise)
    assert not Store.is_encrypted(text)
    with pytest.raises(EncryptedStoreError):
        Store.open(noise)
    with pytest.raises(WrongPassphraseError):
        Store.open(noise, passphrase=PASS)  # only the right key tells noise from a store
    with pytest.raises(NotAStoreError):
        Store.open(text)
    with pytest.raises(NotAStoreError):
        Store.open(text, passphrase=PASS)
    odd = tmp_path / "odd.db"
    odd.write_bytes(os.urandom(8 * 1024 + 7))  # not whole KiB: an encrypted file cut short
    assert Store.is_encrypted(odd)
    with pytest.raises(CorruptStoreError, match="cut short"):
        Store.open(odd, passphrase=PASS)


@pytest.mark.parametrize("passphrase", [PASS, None], ids=["with", "without"])
def test_an_encrypted_store_cut_short_is_called_damaged(
    tmp_path: Path, tsia: MaturityModel, passphrase: str | None
) -> None:
    path = tmp_path / "secret.db"
    make_store(path, tsia)
    cut = tmp_path / "cut.db"
    cut.write_bytes(path.read_bytes()[:-1000])  # a copy that stopped part-way
    before = cut.read_bytes()
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(cut, passphrase=passphrase)
    assert "damaged (the file is cut short)" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert cut.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.db", "secret.db"]


def test_a_closed_encrypted_store_says_it_is_closed(tmp_path: Path, tsia: MaturityModel) -> None:
    path = tmp_path / "secret.db"
    make_store(path, tsia)
    store = Store.open(path, passphrase=PASS)
    store.close()
    with pytest.raises(StoreGoneError, match=f"the store {path} is closed"):
        store.organizations()
    with Store.open(path, passphrase=PASS) as again:  # the file itself is fine
        assert names(again) == ["Zanzibar Orchid Holdings"]


def test_the_sqlcipher_library_opens_our_store_with_the_passphrase(
    tmp_path: Path, tsia: MaturityModel
) -> None:
    path = tmp_path / "secret.db"
    name = make_store(path, tsia)
    conn = sqlcipher().connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{PASS}'")
        assert conn.execute("SELECT name FROM organization").fetchall() == [(name,)]
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        conn.close()


def test_a_store_encrypted_by_the_sqlcipher_library_opens_here(
    tmp_path: Path, tsia: MaturityModel
) -> None:
    plain = tmp_path / "plain.db"
    name = make_store(plain, tsia, passphrase=None)
    there = tmp_path / "there.db"
    conn = sqlcipher().connect(str(plain))
    try:
        conn.execute(f"ATTACH DATABASE '{there}' AS there KEY '{PASS}'")
        conn.execute("SELECT sqlcipher_export('there')")
        for pragma in ("user_version", "application_id"):
            value = conn.execute(f"PRAGMA main.{pragma}").fetchone()[0]
            conn.execute(f"PRAGMA there.{pragma} = {value}")
        conn.execute("DETACH DATABASE there")
    finally:
        conn.close()
    with Store.open(there, passphrase=PASS) as store:
        assert store.encrypted
        assert names(store) == [name]
        assert len(store.answers(store.assessments()[0].id)) == 20


def test_reopen_gives_another_connection_without_deriving_the_key(
    tmp_path: Path, tsia: MaturityModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.db"
    make_store(path, tsia)
    derived = count_derivations(monkeypatch)
    with Store.open(path, passphrase=PASS) as store:
        assert len(derived) == 1  # once per opening: the inspection's key is the store's
        store.integrity.done.wait(30)
        assert store.integrity.failure is None
        with store.reopen() as other:
            assert other.encrypted
            org = other.create_organization("Made on the other connection")
        assert org.id in {o.id for o in store.organizations()}
        assert store.db.cipher is not None and any(store.db.cipher._key)
    assert len(derived) == 1  # reopen and the background check derive nothing


def count_derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = hashlib.pbkdf2_hmac

    def counting(name: str, password: bytes, salt: bytes, iterations: int, *a: object) -> bytes:
        if iterations == KDF_ITERATIONS:
            calls.append(iterations)
        return real(name, password, salt, iterations, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(cipher_module.hashlib, "pbkdf2_hmac", counting)
    return calls


def test_the_background_check_finds_a_changed_page(tmp_path: Path, tsia: MaturityModel) -> None:
    path = tmp_path / "secret.db"
    with Store.open(path, passphrase=PASS) as store:
        for n in range(6):
            org = store.create_organization(f"Client {n}")
            assessment = store.create_assessment(org.id, tsia)
            for criterion in tsia.criteria:
                store.record_answer(assessment.id, criterion.id, n % 4, notes="evidence " * 20)
    pages = path.stat().st_size // 4096
    assert pages > 10
    data = bytearray(path.read_bytes())
    data[(pages - 2) * 4096 + 2000] ^= 0x01  # one bit, in a page far from the ones opened
    path.write_bytes(bytes(data))
    with Store.open(path, passphrase=PASS) as store:
        assert store.integrity.done.wait(30)
        assert isinstance(store.integrity.failure, CorruptStoreError)
        assert "damaged" in str(store.integrity.failure)
        with pytest.raises(CorruptStoreError):
            store.create_organization("Not written on a damaged store")


def test_a_wrong_passphrase_is_not_called_damage(tmp_path: Path, tsia: MaturityModel) -> None:
    path = tmp_path / "secret.db"
    make_store(path, tsia)
    with pytest.raises(WrongPassphraseError) as caught:
        Store.open(path, passphrase=WRONG)
    assert not isinstance(caught.value, CorruptStoreError)
    with Store.open(path, passphrase=PASS) as store:
        assert store.integrity.done.wait(30)
        assert store.integrity.failure is None


def test_closing_wipes_the_key_and_nothing_shows_it(tmp_path: Path, tsia: MaturityModel) -> None:
    path = tmp_path / "secret.db"
    make_store(path, tsia)
    store = Store.open(path, passphrase=PASS)
    db = store.db
    assert isinstance(db, GuardedDatabase) and db.cipher is not None
    key = db.cipher
    hexed = bytes(key._key).hex()
    check_key = store.integrity.cipher
    assert check_key is not None and check_key is not key
    for shown in (repr(key), str(key), repr(store), repr(db), repr(store.integrity)):
        assert hexed not in shown and PASS not in shown
    assert "hidden" in repr(key)
    other = store.reopen()
    other_key = other.db.cipher
    store.integrity.done.wait(30)
    store.close()
    assert not any(key._key)
    assert not any(check_key._key)  # the background check's copy, once it has connected
    assert other_key is not None and any(other_key._key)  # its own copy: still open
    other.close()
    assert not any(other_key._key)


def test_a_failed_opening_keeps_no_key(
    tmp_path: Path, tsia: MaturityModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.db"
    make_store(path, tsia)
    made: list[StoreKey] = []
    real = cipher_module.derive_key

    def keeping(passphrase: str, salt: bytes) -> StoreKey:
        key = real(passphrase, salt)
        made.append(key)
        return key

    monkeypatch.setattr("csmaturity_app.store.opening.derive_key", keeping)
    with pytest.raises(WrongPassphraseError):
        Store.open(path, passphrase=WRONG)
    assert len(made) == 1 and not any(made[0]._key)


def test_a_copy_of_the_file_opens_on_another_laptop(tmp_path: Path, tsia: MaturityModel) -> None:
    """Moving an encrypted store: the file alone and its passphrase are all it takes."""
    path = tmp_path / "secret.db"
    name = make_store(path, tsia)
    moved = tmp_path / "elsewhere" / "acme.db"
    moved.parent.mkdir()
    shutil.copyfile(path, moved)
    with Store.open_for_reading(moved, passphrase=PASS) as store:
        assert names(store) == [name]


def test_a_plain_sqlite_reader_sees_no_database(tmp_path: Path, tsia: MaturityModel) -> None:
    path = tmp_path / "secret.db"
    make_store(path, tsia)
    conn = sqlite3.connect(str(path))
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT name FROM organization").fetchall()
    finally:
        conn.close()


def test_on_a_full_disk_it_is_still_read(tmp_path: Path, tsia: MaturityModel) -> None:
    from test_faults import fill_volume, small_volume

    with small_volume(tmp_path / "vol", 2048) as mounted:
        if not mounted:
            pytest.skip("needs a small real volume (root on Linux)")
        path = tmp_path / "vol" / "secret.db"
        name = make_store(path, tsia)
        fill_volume(tmp_path / "vol" / "ballast")
        with Store.open_for_reading(path, passphrase=PASS) as store:
            assert store.encrypted
            assert names(store) == [name]
            with pytest.raises(DiskFullError):
                store.create_organization("No room")
        with pytest.raises(WrongPassphraseError):
            Store.open_for_reading(path, passphrase=WRONG)
