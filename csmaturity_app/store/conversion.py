"""Encrypting a store, changing its passphrase, and decrypting it: each a whole new file.

The conversion writes the store anew beside the original (SQLCipher's `sqlcipher_export`,
which copies the schema and every row into a file with another key, or none), checks the
new file, and only then puts it in the original's place with one rename. A cut at any
moment leaves one readable store under the original name: the old one, or the new one.

While it runs, the original is held with an exclusive lock, so that nothing is written to
it that the new file would miss; a store open elsewhere (the window, another command) is
refused rather than waited for. Within one process, file locks do not keep two SQLite
libraries (Python's and SQLCipher's) apart: the caller closes every connection of its own to
the store first, and a store this process still has open is refused.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from csmaturity_app.store.cipher import (
    SQLITE_MAGIC,
    Passphrase,
    StoreKey,
    connect,
    driver_errors,
    key_of,
    new_key,
    sqlcipher,
)
from csmaturity_app.store.errors import LockedStoreError, StoreError
from csmaturity_app.store.integrity import open_here
from csmaturity_app.store.opening import open_database, translate_errors

PARTIAL_SUFFIX = ".converting"


def encrypt_store(path: Path, new_passphrase: Passphrase) -> None:
    """Encrypt the plain store at `path` with `new_passphrase`."""
    path = _existing(path)
    if not _is_plain(path):
        raise StoreError(f"{path} is encrypted already: change its passphrase instead")
    _convert(path, None, None, new_passphrase)


def rekey_store(path: Path, passphrase: Passphrase, new_passphrase: Passphrase) -> None:
    """Give the encrypted store at `path` a new passphrase (and a new key and salt)."""
    path = _existing(path)
    if _is_plain(path):
        raise StoreError(f"{path} is not encrypted: encrypt it instead")
    _convert(path, passphrase, passphrase, new_passphrase)


def decrypt_store(path: Path, passphrase: Passphrase) -> None:
    """Write the encrypted store at `path` back as a plain one."""
    path = _existing(path)
    if _is_plain(path):
        raise StoreError(f"{path} is not encrypted")
    _convert(path, passphrase, passphrase, None)


def _existing(path: Path) -> Path:
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise StoreError(f"no store at {path}")
    return path


def _is_plain(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def _convert(
    path: Path,
    open_with: Passphrase | None,
    old_passphrase: Passphrase | None,
    new_passphrase: Passphrase | None,
) -> None:
    if open_here(path):
        raise LockedStoreError(f"{path} is open in this program: close it first")
    # Opened the usual way first: the passphrase is checked, the file inspected, and an older
    # store upgraded (with its backup) before it is copied.
    open_database(path, passphrase=open_with).close()
    old = key_of(path, old_passphrase) if old_passphrase is not None else None
    new = new_key(new_passphrase) if new_passphrase is not None else None
    partial = path.with_name(path.name + PARTIAL_SUFFIX)
    try:
        with translate_errors(path):
            _write_converted(path, old, new, partial)
    finally:
        partial.unlink(missing_ok=True)
        for key in (old, new):
            if key is not None:
                key.wipe()


def _write_converted(path: Path, old: StoreKey | None, new: StoreKey | None, partial: Path) -> None:
    errors = driver_errors()
    conn = sqlcipher().connect(str(path), isolation_level=None, timeout=0)
    try:
        if old is not None:
            conn.execute(old.pragma())
        try:
            # Out of WAL mode, all of the store is in its main file; SQLite refuses the change
            # while another connection has the store open.
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except errors as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                mode = "wal"
            else:
                raise
        if mode != "delete":
            raise LockedStoreError(
                f"{path} is open in CS Maturity or another command: close it there first"
            )
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")  # the lock stays until the connection closes
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        partial.unlink(missing_ok=True)
        blob = new.blob() if new is not None else "''"
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {blob}", (str(partial),))
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute(f"PRAGMA converted.application_id = {int(app_id)}")
        counts = _row_counts(conn, "main")
        conn.execute("DETACH DATABASE converted")
        _sync(partial)
        _check(partial, new, counts, version, app_id)
        os.replace(partial, path)
        _sync(path.parent)
    finally:
        conn.close()


def _row_counts(conn: object, schema: str) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(  # type: ignore[attr-defined]
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
        )
    ]
    return {
        t: conn.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0]  # type: ignore[attr-defined]
        for t in tables
    }


def _check(
    partial: Path, key: StoreKey | None, counts: dict[str, int], version: int, app_id: int
) -> None:
    """The new file opens with its key, is sound, and holds what the original held."""
    uri = f"file:{quote(str(partial))}?mode=ro"
    conn = connect(uri, key, uri=True) if key is not None else sqlcipher().connect(uri, uri=True)
    try:
        sound = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        same = (
            conn.execute("PRAGMA user_version").fetchone()[0] == version
            and conn.execute("PRAGMA application_id").fetchone()[0] == app_id
            and _row_counts(conn, "main") == counts
        )
    finally:
        conn.close()
    if not (sound and same):
        raise StoreError(f"the converted copy of {partial.name} did not check out: nothing changed")


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
