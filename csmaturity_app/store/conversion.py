"""Encrypting a store, changing its passphrase, and decrypting it: each a whole new file.

The conversion writes the store anew beside the original (SQLCipher's `sqlcipher_export`,
which copies the schema and every row into a file with another key, or none), checks the
new file, and only then puts it in the original's place with one rename. A cut at any
moment leaves one readable store under the original name: the old one, or the new one.

The migration backups beside the store (`NAME.schemaN-*.bak`) hold the same clients' data,
so they are converted too. Every new copy (the store's and each backup's) is written and
checked first; then the store is put in place, then the backups. A cut before the store's
rename leaves everything under the old passphrase (the half copies go at the next opening);
a cut after it leaves the store converted and some backups still under the old one, never
the other way round: a user told that the conversion failed still opens every file with the
passphrase they had. A backup is given the store's new key and salt, so the store's
passphrase opens it. A damaged backup is left as it is and named (`skipped`): it does not
stop the store's conversion.

While it runs, the original is held with an exclusive lock, so that nothing is written to
it that the new file would miss; a store open elsewhere (the window, another command) is
refused rather than waited for. Within one process, file locks do not keep two SQLite
libraries (Python's and SQLCipher's) apart: the caller closes every connection of its own to
the store first, and a store this process still has open is refused.
"""

from __future__ import annotations

import contextlib
import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from csmaturity_app.i18n import translate
from csmaturity_app.store.cipher import (
    MIN_NEW_PASSPHRASE,
    SQLITE_MAGIC,
    Passphrase,
    StoreKey,
    connect,
    driver_errors,
    looks_encrypted,
    new_key,
    short_new_passphrase,
    sqlcipher,
)
from csmaturity_app.store.errors import LockedStoreError, NotAStoreError, StoreError
from csmaturity_app.store.integrity import held_here, open_here, store_head
from csmaturity_app.store.leftovers import partial_of, remove_leftovers
from csmaturity_app.store.opening import open_database, translate_errors


@dataclass(frozen=True)
class ConversionResult:
    """What a conversion did besides the store itself: `backups`, the number of migration
    backups beside it converted as well; `skipped`, backups left as they were because they
    could not be read (damaged, or under a passphrase that is not the store's); `left`,
    backups whose converted copy could not be put in place after the store's was (they keep
    the old passphrase, or stay plain)."""

    backups: int = 0
    skipped: tuple[Path, ...] = ()
    left: tuple[Path, ...] = ()


def encrypt_store(path: Path, new_passphrase: Passphrase) -> ConversionResult:
    """Encrypt the plain store at `path` (and its backups) with `new_passphrase`. Returns once
    the new file is on disk under the store's name and the folder synced."""
    path = _existing(path)
    if not _is_plain(path):
        with path.open("rb") as f:
            header = f.read(1024)
        if not looks_encrypted(header):
            raise NotAStoreError(
                translate(
                    "store", "{path} is not a CS Maturity store (it is not an SQLite database)"
                ).format(path=path)
            )
        raise StoreError(
            translate("store", "{path} is encrypted already: change its passphrase instead").format(
                path=path
            )
        )
    return _convert(path, None, new_passphrase)


def rekey_store(path: Path, passphrase: Passphrase, new_passphrase: Passphrase) -> ConversionResult:
    """Give the encrypted store at `path` (and its backups) a new passphrase, key and salt."""
    path = _existing(path)
    if _is_plain(path):
        raise StoreError(
            translate("store", "{path} is not encrypted: encrypt it instead").format(path=path)
        )
    return _convert(path, passphrase, new_passphrase)


def decrypt_store(path: Path, passphrase: Passphrase) -> ConversionResult:
    """Write the encrypted store at `path` (and its backups) back as plain ones."""
    path = _existing(path)
    if _is_plain(path):
        raise StoreError(translate("store", "{path} is not encrypted").format(path=path))
    return _convert(path, passphrase, None)


def _existing(path: Path) -> Path:
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise StoreError(translate("store", "no store at {path}").format(path=path))
    if open_here(path) or held_here(path):
        # Refused before its header is read: reading it here would drop this process's locks.
        raise LockedStoreError(
            translate("store", "{path} is open in this program: close it first").format(path=path)
        )
    return path


def _is_plain(path: Path) -> bool:
    return store_head(path) == SQLITE_MAGIC


def _convert(
    path: Path, passphrase: Passphrase | None, new_passphrase: Passphrase | None
) -> ConversionResult:
    if new_passphrase is not None and short_new_passphrase(new_passphrase):
        raise StoreError(
            translate(
                "store",
                "the new passphrase is too short: use at least {min_new_passphrase} "
                "characters (a few words are easy to remember); nothing was changed",
            ).format(min_new_passphrase=MIN_NEW_PASSPHRASE)
        )
    # Opened the usual way first: the passphrase is checked, the file inspected, and an older
    # store upgraded (with its backup) before it is copied. Its key is kept (a copy) rather
    # than derived again: the derivation is the slow part of opening.
    db = open_database(path, passphrase=passphrase)
    old = db.cipher.copy() if db.cipher is not None else None
    db.close()
    new: StoreKey | None = None
    try:
        new = new_key(new_passphrase) if new_passphrase is not None else None
        with translate_errors(path):
            return _write_converted(path, old, new)
    finally:
        for key in (old, new):
            if key is not None:
                key.wipe()


def _write_converted(path: Path, old: StoreKey | None, new: StoreKey | None) -> ConversionResult:
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
                translate(
                    "store",
                    "{path} is open in CS Maturity or another command: close it there first",
                ).format(path=path)
            )
        try:
            return _convert_locked(conn, path, old, new)
        except BaseException:
            # The original stays as it was, in WAL mode too (best effort: on a full disk even
            # that small change may not fit, and the next opening makes it).
            with contextlib.suppress(*errors):
                conn.execute("PRAGMA journal_mode = WAL")
            raise
    finally:
        conn.close()


def _convert_locked(
    conn: Any, path: Path, old: StoreKey | None, new: StoreKey | None
) -> ConversionResult:
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("COMMIT")  # the lock stays until the connection closes
    # Only now, with the store locked, is no other conversion of it under way: what a cut
    # one left behind can go (a half copy, or a backup's half copy in the clear).
    remove_leftovers(path, None if old is None else old.salt)
    partial = partial_of(path)
    written: list[Path] = []
    skipped: list[Path] = []
    try:
        for backup in _backups(path):
            outcome = _write_backup(backup, old, new)
            if outcome is _SKIPPED:
                skipped.append(backup)
            elif outcome is _CONVERTED:
                written.append(backup)
        _export(conn, "main", partial, new)
        os.replace(partial, path)
    except BaseException:
        for backup in written:
            partial_of(backup).unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
        raise
    _sync(path.parent)
    # The store is converted: from here on, a backup that cannot follow is named, not undone.
    left: list[Path] = []
    for backup in written:
        try:
            os.replace(partial_of(backup), backup)
        except OSError:
            with contextlib.suppress(OSError):
                partial_of(backup).unlink(missing_ok=True)
            left.append(backup)
    if written:
        _sync(path.parent)
    return ConversionResult(
        backups=len(written) - len(left), skipped=tuple(skipped), left=tuple(left)
    )


def _backups(path: Path) -> list[Path]:
    """The copies a migration made of this store before upgrading it (see `backup_copy`)."""
    name = glob.escape(path.name)
    return sorted(p for p in path.parent.glob(f"{name}.schema*.bak") if p.is_file())


_CONVERTED, _SKIPPED, _AS_IT_IS = "converted", "skipped", "as it is"


def _write_backup(backup: Path, old: StoreKey | None, new: StoreKey | None) -> str:
    """Write and check the converted copy of one backup (`partial_of(backup)`), as the store is
    converted: `_CONVERTED`. A plain backup is encrypted whenever the store is to be (also by a
    change of passphrase: a plain copy beside an encrypted store is a leak to mend); an
    encrypted one is converted when the store's old key opens it. A backup with nothing to do
    is `_AS_IT_IS`; one that cannot be read or copied (damaged, or another key's) is
    `_SKIPPED`. A full disk still stops the whole conversion."""
    try:
        with backup.open("rb") as f:
            plain = f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return _SKIPPED
    if plain and new is None:
        return _AS_IT_IS
    key = None if plain else old
    if not plain and key is None:
        return _AS_IT_IS  # encrypted beside a plain store: its passphrase is not known here
    partial = partial_of(backup)
    failures: tuple[type[BaseException], ...] = (*driver_errors(), StoreError)
    try:
        # Read as immutable: a backup is never written, and this makes no -wal / -shm beside it.
        uri = f"file:{quote(str(backup))}?mode=ro&immutable=1"
        conn = sqlcipher().connect(uri, uri=True, isolation_level=None)
        try:
            if key is not None:
                conn.execute(key.pragma())
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _export(conn, "main", partial, new)
        finally:
            conn.close()
    except failures as exc:
        partial.unlink(missing_ok=True)
        text = str(exc).lower()
        if "full" in text or "i/o" in text:
            raise  # not the backup's fault: the conversion cannot go on
        return _SKIPPED
    return _CONVERTED


def _export(conn: Any, schema: str, partial: Path, new: StoreKey | None) -> None:
    """Write what `conn` reads of `schema` to `partial` with the key `new` (None: plain),
    fsynced, and check it against the original."""
    version = conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0]
    app_id = conn.execute(f"PRAGMA {schema}.application_id").fetchone()[0]
    partial.unlink(missing_ok=True)
    blob = new.blob() if new is not None else "''"
    conn.execute(f"ATTACH DATABASE ? AS converted KEY {blob}", (str(partial),))
    try:
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute(f"PRAGMA converted.application_id = {int(app_id)}")
        counts = _row_counts(conn, schema)
    finally:
        conn.execute("DETACH DATABASE converted")
    _sync(partial)
    _check(partial, new, counts, version, app_id)


def _row_counts(conn: Any, schema: str) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")
    ]
    return {t: conn.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0] for t in tables}


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
        raise StoreError(
            translate(
                "store", "the converted copy of {name} did not check out: nothing changed"
            ).format(name=partial.name)
        )


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
