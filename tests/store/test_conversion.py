"""Encrypting, re-keying and decrypting a store: nothing readable left on disk, backups
converted with it, old stores upgraded, and every refusal one line that changes nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from release_stores import backups, listed, opened_copy, release_store, shown

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import (
    ConversionResult,
    DiskFullError,
    LockedStoreError,
    NotAStoreError,
    ReadOnlyStoreError,
    Store,
    StoreError,
    WrongPassphraseError,
    decrypt_store,
    encrypt_store,
    newest_schema_version,
    rekey_store,
)
from csmaturity_app.store.cipher import sqlcipher

PASS = "first passphrase"
NEW = "second passphrase"

SECRET_NAME = "Zanzibar Orchid Holdings"
SECRET_NOTE = "the firewall audit was skipped twice"
SECRET_PRIVATE = "the CISO is leaving in March"
SECRET_ACTION = "Replace the Quetzalcoatl ticketing tool"


def secrets(model: MaturityModel) -> list[bytes]:
    criterion = model.criteria[0].statement[:40]
    texts = (SECRET_NAME, SECRET_NOTE, SECRET_PRIVATE, SECRET_ACTION, criterion)
    return [s.encode() for s in texts]


def fill(store: Store, model: MaturityModel) -> None:
    org = store.create_organization(SECRET_NAME)
    assessment = store.create_assessment(org.id, model, "Ann")
    criterion = model.criteria[0].id
    store.record_answer(assessment.id, criterion, 2, notes=SECRET_NOTE)
    store.record_private_notes(assessment.id, criterion, SECRET_PRIVATE)
    store.add_action(org.id, model.id, SECRET_ACTION)


def readable(folder: Path, model: MaturityModel) -> dict[str, list[bytes]]:
    """Which secrets appear in the raw bytes of which file of the folder."""
    found = {}
    for f in sorted(folder.iterdir()):
        if f.is_file():
            data = f.read_bytes()
            hits = [s for s in secrets(model) if s in data]
            if hits:
                found[f.name] = hits
    return found


def plain_store(path: Path, model: MaturityModel) -> None:
    with Store.open(path) as store:
        fill(store, model)


def opens_in_sqlcipher(path: Path, passphrase: str) -> list[str]:
    conn = sqlcipher().connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        conn.execute(f"PRAGMA key = '{passphrase}'")
        return [r[0] for r in conn.execute("SELECT name FROM organization ORDER BY name")]
    finally:
        conn.close()


def plain_readable(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def test_after_encrypting_no_secret_is_readable(tmp_path: Path, tsia: MaturityModel) -> None:
    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    assert readable(tmp_path, tsia)  # the test would see them
    assert encrypt_store(path, PASS) == ConversionResult(backups=0)
    assert readable(tmp_path, tsia) == {}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme.db"]
    assert opens_in_sqlcipher(path, PASS) == [SECRET_NAME]


def test_an_open_encrypted_store_writes_nothing_readable(
    tmp_path: Path, tsia: MaturityModel
) -> None:
    path = tmp_path / "acme.db"
    with Store.open(path, passphrase=PASS) as store:
        store.create_organization("Warm up")  # the -wal exists before the secrets go in
        fill(store, tsia)
        assert Path(f"{path}-wal").stat().st_size > 32  # the secrets are in the -wal
        assert Path(f"{path}-shm").exists()
        assert readable(tmp_path, tsia) == {}
    assert readable(tmp_path, tsia) == {}


def test_plain_migration_backups_are_encrypted_with_the_store(
    tmp_path: Path, tsia: MaturityModel
) -> None:
    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    # Two plaintext backups beside it, as upgrades made before it was encrypted leave them.
    for n, stamp in ((3, "20240101T000000Z"), (5, "20250101T000000Z")):
        shutil.copyfile(path, tmp_path / f"acme.db.schema{n}-{stamp}.bak")
    (tmp_path / "acme.db.converting").write_bytes(b"a cut conversion's half copy")
    (tmp_path / "acme.db.schema5-20250101T000000Z.bak.partial").write_bytes(b"half a backup")
    other = tmp_path / "other.db.schema3-20240101T000000Z.bak"
    shutil.copyfile(path, other)  # another store's backup: not this one's to convert

    assert encrypt_store(path, PASS) == ConversionResult(backups=2)
    assert set(readable(tmp_path, tsia)) == {other.name}
    baks = sorted(tmp_path.glob("acme.db.schema*.bak"))
    assert len(baks) == 2
    assert not list(tmp_path.glob("*.converting")) and not list(tmp_path.glob("*.partial"))
    for bak in baks:
        assert not plain_readable(bak)
        assert opens_in_sqlcipher(bak, PASS) == [SECRET_NAME]

    assert rekey_store(path, PASS, NEW) == ConversionResult(backups=2)
    for bak in (*baks, path):
        assert opens_in_sqlcipher(bak, NEW) == [SECRET_NAME]
        with pytest.raises(Exception, match="not a database"):
            opens_in_sqlcipher(bak, PASS)

    assert decrypt_store(path, NEW) == ConversionResult(backups=2)
    for bak in (*baks, path):
        assert plain_readable(bak)
    with Store.open(path) as store:
        assert not store.encrypted
        assert [o.name for o in store.organizations()] == [SECRET_NAME]


def test_a_plain_backup_beside_an_encrypted_store_is_mended_by_a_rekey(
    tmp_path: Path, tsia: MaturityModel
) -> None:
    """A conversion cut after the store but before a backup (or a plain copy put there by
    hand) leaves a plain backup; changing the passphrase encrypts it."""
    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    plain_copy = tmp_path / "keep.db"
    shutil.copyfile(path, plain_copy)
    encrypt_store(path, PASS)
    bak = tmp_path / "acme.db.schema5-20250101T000000Z.bak"
    plain_copy.rename(bak)
    assert rekey_store(path, PASS, NEW).backups == 1
    assert readable(tmp_path, tsia) == {}
    assert opens_in_sqlcipher(bak, NEW) == [SECRET_NAME]


@pytest.mark.parametrize("schema", [1, 2, 3, 4, 5, 6])
def test_a_release_store_is_upgraded_then_encrypted_with_its_backup(
    tmp_path: Path, schema: int
) -> None:
    plain_folder = tmp_path / "plain"
    plain_folder.mkdir()
    with opened_copy(schema, plain_folder) as store:
        want = shown(store), listed(store)
    folder = tmp_path / "encrypted"
    folder.mkdir()
    path = folder / "old.db"
    shutil.copyfile(release_store(schema), path)
    names = org_names(path)
    assert encrypt_store(path, PASS) == ConversionResult(backups=1)
    (backup,) = backups(folder, schema)
    assert not plain_readable(backup) and not plain_readable(path)
    assert opens_in_sqlcipher(backup, PASS) == names
    with Store.open(path, passphrase=PASS) as store:
        assert store.encrypted
        assert store.file_schema_version() == newest_schema_version()
        assert (shown(store), listed(store)) == want
    assert all(name.encode() not in f.read_bytes() for f in folder.iterdir() for name in names)


def org_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM organization ORDER BY name")]
    finally:
        conn.close()


def encrypted_as_it_is(source: Path, target: Path, passphrase: str) -> None:
    """An encrypted copy of `source` at its own schema, not upgraded: what an older release
    with encryption would have left (made with SQLCipher's own export)."""
    conn = sqlcipher().connect(str(source))
    try:
        conn.execute(f"ATTACH DATABASE '{target}' AS enc KEY '{passphrase}'")
        conn.execute("SELECT sqlcipher_export('enc')")
        for pragma in ("user_version", "application_id"):
            value = conn.execute(f"PRAGMA main.{pragma}").fetchone()[0]
            conn.execute(f"PRAGMA enc.{pragma} = {value}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()


@pytest.mark.parametrize("schema", [2, 4, 6])
def test_an_encrypted_store_at_an_older_schema_upgrades_with_an_encrypted_backup(
    tmp_path: Path, schema: int
) -> None:
    plain_folder = tmp_path / "plain"
    plain_folder.mkdir()
    with opened_copy(schema, plain_folder) as store:
        want = shown(store), listed(store)
    folder = tmp_path / "encrypted"
    folder.mkdir()
    path = folder / "old.db"
    encrypted_as_it_is(release_store(schema), path, PASS)
    names = org_names(release_store(schema))
    with pytest.raises(WrongPassphraseError):
        Store.open(path, passphrase=NEW)
    assert not backups(folder, schema)  # refused before any upgrade
    with Store.open(path, passphrase=PASS) as store:
        assert store.file_schema_version() == newest_schema_version()
        assert (shown(store), listed(store)) == want
    (backup,) = backups(folder, schema)
    assert not plain_readable(backup)
    assert opens_in_sqlcipher(backup, PASS) == names
    conn = sqlcipher().connect(f"file:{backup}?mode=ro&immutable=1", uri=True)
    try:
        conn.execute(f"PRAGMA key = '{PASS}'")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema
    finally:
        conn.close()
    assert all(name.encode() not in f.read_bytes() for f in folder.iterdir() for name in names)


HOLD_OPEN = textwrap.dedent(
    """
    import sys
    from csmaturity_app.store import Store
    passphrase = sys.argv[2] or None
    store = Store.open(sys.argv[1], passphrase=passphrase)
    store.organizations()
    if sys.argv[3] == "reopened":
        # What the window does for every import, export or sync, and what a script may do:
        # none of it may read the held file itself (closing that read drops SQLite's locks).
        store.reopen().close()
        Store.is_encrypted(sys.argv[1])
        Store.open(sys.argv[1], passphrase=passphrase).close()
        Store.open_for_reading(sys.argv[1], passphrase=passphrase).close()
    print("open", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


@pytest.mark.parametrize("how", ["open", "reopened"])
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_store_open_in_another_process_is_refused(
    tmp_path: Path, tsia: MaturityModel, encrypted: bool, how: str
) -> None:
    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    if encrypted:
        encrypt_store(path, PASS)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(path), PASS if encrypted else "", how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = [Path(f"{path}{side}").read_bytes() for side in ("", "-wal")]
        with pytest.raises(LockedStoreError) as caught:
            if encrypted:
                rekey_store(path, PASS, NEW)
            else:
                encrypt_store(path, PASS)
        assert "\n" not in str(caught.value)
        assert not list(tmp_path.glob("*.converting"))
        assert [Path(f"{path}{side}").read_bytes() for side in ("", "-wal")] == before
        assert holder.stdin is not None
        holder.stdin.write("done\n")
        holder.stdin.close()
        assert holder.wait(timeout=60) == 0
    with Store.open(path, passphrase=PASS) as store:
        assert store.encrypted == encrypted
        assert [o.name for o in store.organizations()] == [SECRET_NAME]


def test_a_store_open_in_this_process_is_refused(tmp_path: Path, tsia: MaturityModel) -> None:
    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    encrypt_store(path, PASS)
    before = path.read_bytes()
    # A store whose full check ran up front (after an unclean shutdown) has no background
    # check, and is still open here.
    with Store.open(path, passphrase=PASS) as store:
        store.integrity.done.wait(30)
        for convert in (lambda: rekey_store(path, PASS, NEW), lambda: decrypt_store(path, PASS)):
            with pytest.raises(LockedStoreError):
                convert()
        store.create_organization("Still writable")
    plain = tmp_path / "plain.db"
    # A new store: checked up front, no background check.
    with Store.open(plain), pytest.raises(LockedStoreError):
        encrypt_store(plain, PASS)
    assert encrypt_store(plain, PASS).backups == 0
    assert path.read_bytes() != before  # the write above, after the refusals
    with Store.open(path, passphrase=PASS) as store:
        assert len(store.organizations()) == 2


def test_refusals_are_one_line_and_change_nothing(tmp_path: Path, tsia: MaturityModel) -> None:
    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    plain = path.read_bytes()
    for convert in (lambda: decrypt_store(path, PASS), lambda: rekey_store(path, PASS, NEW)):
        with pytest.raises(StoreError) as caught:
            convert()
        assert "not encrypted" in str(caught.value) and "\n" not in str(caught.value)
    assert path.read_bytes() == plain
    encrypt_store(path, PASS)
    encrypted = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        encrypt_store(path, NEW)
    assert "encrypted already" in str(caught.value)
    with pytest.raises(WrongPassphraseError):
        rekey_store(path, NEW, PASS)
    with pytest.raises(WrongPassphraseError):
        decrypt_store(path, NEW)
    with pytest.raises(StoreError, match="no store"):
        encrypt_store(tmp_path / "missing.db", PASS)
    assert path.read_bytes() == encrypted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme.db"]


@pytest.mark.skipif(os.name != "posix", reason="folder permissions")
def test_a_read_only_folder_is_refused_in_one_line(tmp_path: Path, tsia: MaturityModel) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "acme.db"
    plain_store(path, tsia)
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        with pytest.raises(ReadOnlyStoreError) as caught:
            encrypt_store(path, PASS)
        assert "\n" not in str(caught.value)
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["acme.db"]


@pytest.mark.parametrize("direction", ["encrypt", "rekey", "decrypt"])
def test_a_full_disk_leaves_the_original_and_no_half_copy(
    tmp_path: Path, tsia: MaturityModel, direction: str
) -> None:
    from test_faults import small_volume

    with small_volume(tmp_path / "vol", 4096) as mounted:
        if not mounted:
            pytest.skip("needs a small real volume (root on Linux)")
        folder = tmp_path / "vol"
        path = folder / "acme.db"
        with Store.open(path) as store:
            fill(store, tsia)
            org = store.create_organization("Bulk")
            assessment = store.create_assessment(org.id, tsia)
            for n, criterion in enumerate(tsia.criteria):
                store.record_answer(assessment.id, criterion.id, n % 4, notes="x" * 20_000)
        if direction != "encrypt":
            encrypt_store(path, PASS)
        size = path.stat().st_size
        # Room for the -wal and -shm of opening it, not for a second copy of the store.
        stats = os.statvfs(folder)
        ballast = folder / "ballast"
        ballast.write_bytes(b"\0" * (stats.f_bavail * stats.f_frsize - size // 2))
        before = path.read_bytes()
        with pytest.raises(DiskFullError) as caught:
            if direction == "encrypt":
                encrypt_store(path, PASS)
            elif direction == "rekey":
                rekey_store(path, PASS, NEW)
            else:
                decrypt_store(path, PASS)
        assert "\n" not in str(caught.value)
        # Every page as it was; the first one only says the journal mode was switched and
        # back (and is encrypted anew in an encrypted store).
        assert path.read_bytes()[4096:] == before[4096:]
        assert not list(folder.glob("*.converting"))
        ballast.unlink()
        with Store.open(path, passphrase=PASS) as store:
            assert store.encrypted == (direction != "encrypt")
            assert SECRET_NAME in [o.name for o in store.organizations()]


def test_each_conversion_derives_each_key_once(
    tmp_path: Path, tsia: MaturityModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_encrypted_store import count_derivations

    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    shutil.copyfile(path, tmp_path / "acme.db.schema5-20250101T000000Z.bak")
    derived = count_derivations(monkeypatch)
    encrypt_store(path, PASS)
    assert len(derived) == 1  # the new key; the backup shares it
    rekey_store(path, PASS, NEW)
    assert len(derived) == 3  # the old key once (opening), the new one once
    decrypt_store(path, NEW)
    assert len(derived) == 4


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names fds through /proc")
def test_the_new_file_is_on_disk_before_it_takes_the_name(
    tmp_path: Path, tsia: MaturityModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fsync of the new file, then the rename, then fsync of the folder: once `encrypt_store`
    returns, a power cut leaves the encrypted store, whole."""
    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(f"fsync {Path(os.readlink(f'/proc/self/fd/{fd}')).name}")
        real_fsync(fd)

    def replace(src: Path, dst: Path) -> None:
        events.append(f"replace {Path(src).name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    encrypt_store(path, PASS)
    converted = [e for e in events if "converting" in e or e == f"fsync {tmp_path.name}"]
    assert converted[-3:] == [
        "fsync acme.db.converting",
        "replace acme.db.converting",
        f"fsync {tmp_path.name}",
    ]


def opens_with(path: Path, passphrase: str | None) -> bool:
    """Whether the file reads plainly (None) or with the passphrase, through SQLCipher."""
    conn = sqlcipher().connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        if passphrase is not None:
            conn.execute(f"PRAGMA key = '{passphrase}'")
        conn.execute("SELECT count(*) FROM organization").fetchone()
        return True
    except Exception as exc:  # sqlcipher3's DatabaseError is its own class
        if "not a database" not in str(exc):
            raise
        return False
    finally:
        conn.close()


BAK = "acme.db.schema5-20250101T000000Z.bak"


def encrypted_with_backup(folder: Path, model: MaturityModel) -> Path:
    """An encrypted store (PASS) with an encrypted backup of it beside."""
    path = folder / "acme.db"
    plain_store(path, model)
    encrypt_store(path, PASS)
    shutil.copyfile(path, folder / BAK)
    return path


@pytest.mark.parametrize("direction", ["encrypt", "rekey", "decrypt"])
def test_when_the_stores_copy_fails_the_backups_keep_the_old_passphrase(
    tmp_path: Path, tsia: MaturityModel, monkeypatch: pytest.MonkeyPatch, direction: str
) -> None:
    from csmaturity_app.store import conversion

    path = tmp_path / "acme.db"
    if direction == "encrypt":
        plain_store(path, tsia)
        shutil.copyfile(path, tmp_path / BAK)
    else:
        encrypted_with_backup(tmp_path, tsia)
    before = None if direction == "encrypt" else PASS
    real = conversion._export

    def store_copy_fails(conn: object, schema: str, partial: Path, new: object) -> None:
        if partial.name == "acme.db.converting":  # the backups' copies are written first
            raise sqlcipher().OperationalError("database or disk is full")
        real(conn, schema, partial, new)

    monkeypatch.setattr(conversion, "_export", store_copy_fails)
    with pytest.raises(DiskFullError):
        if direction == "encrypt":
            encrypt_store(path, NEW)
        elif direction == "rekey":
            rekey_store(path, PASS, NEW)
        else:
            decrypt_store(path, PASS)
    for f in (path, tmp_path / BAK):
        assert opens_with(f, before), f
        assert not opens_with(f, NEW) if direction != "decrypt" else not plain_readable(f)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme.db", BAK]


def test_a_backup_that_cannot_be_put_in_place_is_named_and_the_store_stays_converted(
    tmp_path: Path, tsia: MaturityModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    from csmaturity_app.store import conversion

    path = encrypted_with_backup(tmp_path, tsia)
    real = os.replace

    def backup_rename_fails(src: Path, dst: Path) -> None:
        if Path(dst).name == BAK:
            raise PermissionError(13, "Permission denied")
        real(src, dst)

    monkeypatch.setattr(conversion.os, "replace", backup_rename_fails)
    result = rekey_store(path, PASS, NEW)
    assert result == ConversionResult(backups=0, left=(tmp_path / BAK,))
    assert opens_with(path, NEW) and not opens_with(path, PASS)
    assert opens_with(tmp_path / BAK, PASS)  # still under the old one, as the result says
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme.db", BAK]


def test_a_damaged_backup_is_skipped_and_named_and_the_store_converted(
    tmp_path: Path, tsia: MaturityModel
) -> None:
    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    cut = tmp_path / "acme.db.schema1-20200101T000000Z.bak"
    cut.write_bytes(b"SQLite format 3\x00garbage")
    noise = tmp_path / "acme.db.schema2-20200101T000000Z.bak"
    noise.write_bytes(os.urandom(3000))
    good = tmp_path / "acme.db.schema3-20200101T000000Z.bak"
    shutil.copyfile(path, good)
    damaged = {f: f.read_bytes() for f in (cut, noise)}

    assert encrypt_store(path, PASS) == ConversionResult(backups=1, skipped=(cut,))
    assert opens_with(path, PASS) and opens_with(good, PASS)
    # Random bytes beside a plain store: encrypted with a passphrase not known here, left be.
    result = rekey_store(path, PASS, NEW)
    assert result == ConversionResult(backups=1, skipped=(cut, noise))
    assert opens_with(path, NEW) and opens_with(good, NEW)
    assert {f: f.read_bytes() for f in damaged} == damaged
    assert not list(tmp_path.glob("*.converting"))


def test_encrypting_a_text_file_says_it_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Meeting notes\n" * 200, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(NotAStoreError, match="not a CS Maturity store") as caught:
        encrypt_store(path, PASS)
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


@pytest.mark.parametrize("direction", ["encrypt", "decrypt"])
def test_a_store_replaced_while_opening_says_so(
    tmp_path: Path, tsia: MaturityModel, monkeypatch: pytest.MonkeyPatch, direction: str
) -> None:
    """Another process converts the store after this opening inspected it and before it
    connected (it waited for the conversion's lock)."""
    from csmaturity_app.store import opening

    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    if direction == "decrypt":
        encrypt_store(path, PASS)
    converted = tmp_path / "converted.db"
    shutil.copyfile(path, converted)
    if direction == "encrypt":
        encrypt_store(converted, PASS)
    else:
        decrypt_store(converted, PASS)
    real = opening.inspect_file

    def then_converted(*args: object, **kwargs: object) -> object:
        inspected = real(*args, **kwargs)  # type: ignore[arg-type]
        os.replace(converted, path)  # what the other process's conversion ends with
        return inspected

    monkeypatch.setattr(opening, "inspect_file", then_converted)
    with pytest.raises(StoreError) as caught:
        Store.open(path, passphrase=PASS if direction == "decrypt" else None)
    message = str(caught.value)
    assert message == (
        f"{path} was replaced while opening (it was just encrypted, re-keyed or decrypted?): "
        "open it again"
    )
    monkeypatch.undo()
    with Store.open(path, passphrase=PASS) as store:  # opened again, it is the new one
        assert store.encrypted == (direction == "encrypt")
        assert [o.name for o in store.organizations()] == [SECRET_NAME]


def test_opening_removes_what_a_cut_conversion_left(tmp_path: Path, tsia: MaturityModel) -> None:
    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    encrypt_store(path, PASS)
    left = [
        "acme.db.converting",
        "acme.db.converting-journal",
        "acme.db.converting-wal",
        "acme.db.schema5-20250101T000000Z.bak.converting",
        "acme.db.schema5-20250101T000000Z.bak.partial",
    ]
    others = ["other.db.converting", "other.db.schema5-20250101T000000Z.bak.partial"]
    for name in (*left, *others):
        (tmp_path / name).write_bytes(SECRET_NOTE.encode())
    with Store.open(path, passphrase=PASS) as store:
        assert [o.name for o in store.organizations()] == [SECRET_NAME]
        assert sorted(p.name for p in tmp_path.glob("*.converting*")) == ["other.db.converting"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme.db", *others]


@pytest.mark.parametrize("convert", ["encrypt", "rekey"])
def test_a_new_passphrase_shorter_than_the_minimum_is_refused_by_the_store_itself(
    tmp_path: Path, tsia: MaturityModel, convert: str
) -> None:
    # The window and the command line refuse one too; a script calling the store must not
    # get round them.
    path = tmp_path / "acme.db"
    plain_store(path, tsia)
    if convert == "rekey":
        encrypt_store(path, PASS)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="too short: use at least 8 characters"):
        if convert == "rekey":
            rekey_store(path, PASS, "short")
        else:
            encrypt_store(path, "short")
    assert path.read_bytes() == before
