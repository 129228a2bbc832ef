"""Opening a store file safely: inspect first, refuse clearly, migrate after a backup.

Before anything can write to a file, it is inspected through a read-only
connection: not an SQLite file, damaged, from a newer CS Maturity, read-only or
locked each stop here with one message, and the file's bytes are untouched.
Only then is the read-write connection opened with the pragmas DESIGN.md asks
for (WAL, synchronous=FULL, foreign keys, a busy timeout, BEGIN IMMEDIATE).
Inspecting reads a few pages, not the whole file; `integrity` says when the full
check runs up front and when in the background.
"""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Literal
from urllib.parse import quote

from peewee import SqliteDatabase

from csmaturity_app.i18n import translate
from csmaturity_app.store.cipher import (
    SALT_BYTES,
    SQLITE_MAGIC,
    Passphrase,
    StoreKey,
    connect,
    derive_key,
    driver_errors,
    looks_encrypted,
    new_key,
)
from csmaturity_app.store.errors import (
    CorruptStoreError,
    DiskFullError,
    EncryptedStoreError,
    LockedStoreError,
    MissingStoreError,
    NewerStoreError,
    NotAStoreError,
    ReadOnlyStoreError,
    StoreError,
    StoreGoneError,
    WrongPassphraseError,
)
from csmaturity_app.store.integrity import (
    FileId,
    GuardedDatabase,
    check_structure,
    damaged,
    file_id,
    full_check,
    held_head,
    open_here,
    shared_check,
    store_head,
    unclean_shutdown,
)
from csmaturity_app.store.leftovers import remove_leftovers

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# "CSM1": marks a file as a CS Maturity store, so another program's database is refused.
APPLICATION_ID = 0x43534D31
DEFAULT_BUSY_TIMEOUT_MS = 5000


def newest_schema_version() -> int:
    """The schema this code writes: the number of the newest migration file."""
    return max(int(p.name[:4]) for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py"))


def open_database(
    path: Path,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    same_as: FileId | None = None,
    passphrase: Passphrase | None = None,
    key: StoreKey | None = None,
) -> GuardedDatabase:
    """Check the file, then open it read-write at the current schema, migrating if needed.

    Unless the full integrity check ran as the file was inspected, it starts in the background
    once the store is open (`db.integrity`). With `same_as` (device, inode), only that very
    file is opened, and never created: `StoreGoneError` otherwise (see `Store.reopen`).

    An encrypted store needs its `passphrase` (or the `key` of a connection already open to
    it): `EncryptedStoreError` without one, `WrongPassphraseError` for a wrong one. A new store
    made with a passphrase is encrypted; a plain store opens as one whatever is given.
    """
    path = Path(path).expanduser().absolute()
    gone = StoreGoneError(
        translate("store", "the store file {path} was deleted or replaced while open").format(
            path=path
        )
    )
    if same_as is not None and file_id(path) != same_as:
        raise gone
    # Another process may encrypt, re-key or decrypt the store while this opening waits for
    # its lock: the file inspected is then not the one connected to, and SQLite's complaint
    # about the mix ("read-only", "not a database") would send the user the wrong way.
    inspected = file_id(path)
    replaced = StoreError(
        translate(
            "store",
            "{path} was replaced while opening (it was just encrypted, re-keyed or "
            "decrypted?): open it again",
        ).format(path=path)
    )
    try:
        existing_version, checked, cipher = inspect_file(path, busy_timeout_ms, passphrase, key)
    except BaseException:
        if key is not None:
            key.wipe()  # handed over to this opening: nobody else wipes it
        raise
    db = GuardedDatabase(
        # mode=rw: a file that went between the look above and this open is not made anew.
        f"file:{quote(str(path))}?mode=rw" if same_as is not None else str(path),
        uri=same_as is not None,
        file=path,
        pragmas={
            "journal_mode": "wal",
            "synchronous": "full",
            "foreign_keys": 1,
            "busy_timeout": busy_timeout_ms,
        },
        lock_type="IMMEDIATE",
        # The store is used from the thread that opened it; off-thread work opens its own.
        check_same_thread=False,
        cipher=cipher,
    )
    try:
        with translate_errors(path):
            db.connect()
            if inspected is not None and file_id(path) != inspected:
                raise replaced
            if existing_version < newest_schema_version():
                migrate(db, path, existing_version)
            db.remember_files()
            if same_as is not None and db.opened_file != same_as:
                raise gone
    except StoreError as exc:
        db.close()
        if inspected is not None and file_id(path) != inspected and exc is not gone:
            raise replaced from None
        raise
    except BaseException:
        db.close()
        raise
    # Our connection keeps any conversion from starting, and one that ran has finished: what
    # a cut one left beside the store (a half copy, perhaps in the clear) can go.
    remove_leftovers(path, None if cipher is None else cipher.salt)
    if not checked:
        db.integrity = shared_check(path, cipher)
    return db


def discard_new(path: Path) -> None:
    """Remove a store file made moments ago, with its -wal and -shm: a command that created
    the store and then failed (a refused import) must leave nothing behind."""
    path = Path(path).expanduser().absolute()
    for suffix in ("-wal", "-shm", "-journal", ""):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def open_for_reading(
    path: Path,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    passphrase: Passphrase | None = None,
) -> GuardedDatabase:
    """Open a store for a command that only reads (list, show, export, report).

    A missing file is not created (`MissingStoreError`): a mistyped --db must not answer with
    an empty store. Opened as usual (`open_database`) when it can be; when that fails because
    the disk is full (opening writes: the -wal and -shm files, a migration and its backup),
    it is read through a read-only connection that writes nothing, so that a consultant on a
    full disk can still take an export. Its writes then fail, and say the disk is full.
    """
    path = Path(path).expanduser().absolute()
    if not path.exists():  # a folder exists: `inspect_file` says to name a file in it
        raise MissingStoreError(translate("store", "no store at {path}").format(path=path))
    try:
        return open_database(path, busy_timeout_ms, passphrase=passphrase)
    except DiskFullError:
        pass
    full = DiskFullError(
        translate(
            "store",
            "{path}: the disk is full, and this store cannot be read without "
            "writing to it (it must be upgraded, or another session left changes "
            "in its -wal file); free some space on it and try again",
        ).format(path=path)
    )
    head = store_head(path)
    cipher = None
    if passphrase is not None and head and head != SQLITE_MAGIC:
        cipher = derive_key(passphrase, head[:SALT_BYTES])
    return _read_only_database(path, busy_timeout_ms, full, cipher)


def _read_only_database(
    path: Path, busy_timeout_ms: int, full: DiskFullError, cipher: StoreKey | None = None
) -> GuardedDatabase:
    """A read-only connection to a store at the current schema; `full` is raised otherwise.

    Without -wal frames the main file is the whole store, read as immutable: no -shm to make
    (it needs space). With frames (a session still open, or one that crashed) the usual
    read-only connection reads them, if the -shm that needs is there already."""
    immutable = "" if unclean_shutdown(path) else "&immutable=1"
    db = GuardedDatabase(
        f"file:{quote(str(path))}?mode=ro{immutable}",
        uri=True,
        file=path,
        pragmas={"foreign_keys": 1, "busy_timeout": busy_timeout_ms},
        check_same_thread=False,
        cipher=cipher,
    )
    db.read_only_for_space = True
    try:
        with translate_errors(path, db):
            db.connect()
            version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    except StoreError:
        db.close()
        raise full from None
    if version != newest_schema_version():  # an upgrade is due, and it needs space
        db.close()
        raise full
    return db


def inspect_file(
    path: Path,
    busy_timeout_ms: int,
    passphrase: Passphrase | None = None,
    key: StoreKey | None = None,
) -> tuple[int, bool, StoreKey | None]:
    """Raise a `StoreError` for any file we must not write; return its schema version (0: new),
    whether the full integrity check was made (else it is due in the background), and the key
    to open it with (None: a plain store)."""
    if path.is_dir():
        raise NotAStoreError(
            translate(
                "store", "{path} is a folder; name a store file in it (for example {example})"
            ).format(path=path, example=path / "csmaturity.db")
        )
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(
            translate("store", "cannot create {path}: the folder {folder} does not exist").format(
                path=path, folder=folder
            )
        )
    if not path.exists():
        # A -wal with pages but no store file: the store went (deleted, moved, on a drive not
        # connected) while a session had it open. SQLite would read those pages into the new,
        # empty file: half a store, not a new one.
        if unclean_shutdown(path):
            raise StoreError(
                translate(
                    "store",
                    "{path} is missing, but its -wal file (changes of a session that had "
                    "it open) is still there: put the store file back, or move {name}-wal "
                    "away to start a new store there",
                ).format(path=path, name=path.name)
            )
        _require_writable(folder, path, translate("store", "its folder"))
        return 0, True, _key_for_new(passphrase, key)
    held = held_head(path)
    if held is not None:
        return _inspect_held(path, busy_timeout_ms, held, passphrase, key)
    try:
        with path.open("rb") as f:
            header = f.read(1024)
    except OSError as exc:
        raise StoreError(
            translate("store", "cannot read {path} ({strerror})").format(
                path=path, strerror=exc.strerror
            )
        ) from None
    _require_writable(path, path, translate("store", "the file"))
    _require_writable(folder, path, translate("store", "its folder"))
    if not header:
        # an empty file is an empty SQLite database: safe to set up
        return 0, True, _key_for_new(passphrase, key)
    size = path.stat().st_size
    if not header.startswith(SQLITE_MAGIC):
        if not looks_encrypted(header):
            raise NotAStoreError(
                translate(
                    "store", "{path} is not a CS Maturity store (it is not an SQLite database)"
                ).format(path=path)
            )
        if size % 1024:  # SQLCipher writes whole pages: a copy that stopped part-way
            raise CorruptStoreError(damaged(path, translate("store", "the file is cut short")))
        if key is None:
            if passphrase is None:
                raise EncryptedStoreError(
                    translate(
                        "store", "{path} is an encrypted store: its passphrase is needed to open it"
                    ).format(path=path)
                )
            derived = derive_key(passphrase, header[:SALT_BYTES])
            try:
                return _inspect_connection(path, busy_timeout_ms, header, derived)
            except BaseException:
                derived.wipe()  # a wrong passphrase's key, or a store refused: not kept
                raise
        return _inspect_connection(path, busy_timeout_ms, header, key)
    if len(header) < 100:
        raise CorruptStoreError(damaged(path, translate("store", "the file is cut short")))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96]
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        raise CorruptStoreError(
            damaged(path, translate("store", "its size does not match its page size"))
        )
    # A -wal file with frames in it may hold the pages a checkpoint could not copy (a disk that
    # filled up): SQLite completes the file from it, so only a store without one is cut short.
    wal = Path(f"{path}-wal")
    wal_has_frames = wal.exists() and wal.stat().st_size > 32
    if header_valid and pages and size < pages * page_size and not wal_has_frames:
        raise CorruptStoreError(damaged(path, translate("store", "the file is cut short")))

    return _inspect_connection(path, busy_timeout_ms, header, None)


def _inspect_held(
    path: Path,
    busy_timeout_ms: int,
    held: bytes,
    passphrase: Passphrase | None,
    key: StoreKey | None,
) -> tuple[int, bool, StoreKey | None]:
    """`inspect_file` for a store this process holds open already (another thread's own
    connection, say): its first bytes are known from when it was opened, and its file is not
    read here, as closing a descriptor of it would drop the locks that keep other processes
    from converting or rewriting it under the open connection (see `integrity.held_head`)."""
    _require_writable(path, path, translate("store", "the file"))
    _require_writable(path.parent, path, translate("store", "its folder"))
    if held.startswith(SQLITE_MAGIC):
        return _inspect_connection(path, busy_timeout_ms, None, None)
    if key is None:
        if passphrase is None:
            raise EncryptedStoreError(
                translate(
                    "store", "{path} is an encrypted store: its passphrase is needed to open it"
                ).format(path=path)
            )
        key = derive_key(passphrase, held[:SALT_BYTES])
    return _inspect_connection(path, busy_timeout_ms, None, key)


def _key_for_new(passphrase: Passphrase | None, key: StoreKey | None) -> StoreKey | None:
    if key is not None:
        return key
    return None if passphrase is None else new_key(passphrase)


def _inspect_connection(
    path: Path, busy_timeout_ms: int, header: bytes | None, key: StoreKey | None
) -> tuple[int, bool, StoreKey | None]:
    """The checks made through a read-only connection (see `inspect_file`)."""
    # With no -wal file beside it, the main file is the whole store and nobody has it open in
    # WAL mode: read it as immutable, so that inspecting creates no -wal / -shm files. Otherwise
    # those files exist already, and a plain read-only connection takes the usual locks.
    wal_exists = Path(f"{path}-wal").exists()
    uri = f"file:{quote(str(path))}?mode=ro" + ("" if wal_exists else "&immutable=1")
    errors = driver_errors()
    try:
        conn = connect(uri, key, uri=True, timeout=busy_timeout_ms / 1000)
    except errors as exc:
        raise _classify(path, exc) from None
    errors = driver_errors()  # SQLCipher's too, once loaded
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except errors as exc:
            if key is not None and "not a database" in str(exc):
                raise WrongPassphraseError(
                    translate(
                        "store",
                        "the passphrase does not open {path} (a wrong passphrase, or a damaged "
                        "file): nothing was changed",
                    ).format(path=path)
                ) from None
            raise
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        if app_id != APPLICATION_ID:
            if tables or version:
                raise NotAStoreError(
                    translate(
                        "store",
                        "{path} is an SQLite database of another program, not a CS Maturity store",
                    ).format(path=path)
                )
            return 0, True, key
        if version > newest_schema_version():
            raise NewerStoreError(
                translate(
                    "store",
                    "{path} was written by a newer version of CS Maturity (schema "
                    "{version}; this version knows up to {newest_schema_version}): update "
                    "CS Maturity to open it",
                ).format(path=path, version=version, newest_schema_version=newest_schema_version())
            )
        # Before a migration rewrites the store, or when the last session ended abruptly, the
        # whole file is checked now; otherwise a few pages now and the rest in the background.
        # A store this process has open already (an import's own connection beside the
        # window's) shares the check running for it.
        if open_here(path) and version == newest_schema_version():
            return version, False, key
        if version < newest_schema_version() or unclean_shutdown(path):
            full_check(conn, path)
            return version, True, key
        check_structure(conn, path, None if key else header)
        return version, False, key
    except errors as exc:
        raise _classify(path, exc) from None
    finally:
        conn.close()


def migrate(db: SqliteDatabase, path: Path, from_version: int) -> None:
    """Bring the schema up to date; an existing store is first copied with SQLite's backup API."""
    from playhouse.migrations import Runner  # only here: a few ms of every start otherwise

    backup = backup_copy(db, path, from_version) if from_version > 0 else None
    try:
        # Each migration runs in its own transaction: one that fails leaves the store as the
        # previous migration left it, and the backup copy holds the store as it was before.
        Runner(db, str(MIGRATIONS_DIR), table_name="schema_migration").up()
    except Exception as exc:
        kept = (
            translate("store", "; a copy from before the upgrade is at {backup}").format(
                backup=backup
            )
            if backup
            else ""
        )
        raise StoreError(
            translate("store", "{path}: upgrading the store failed ({exc}){kept}").format(
                path=path, exc=exc, kept=kept
            )
        ) from exc
    with db.atomic():
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute_sql(f"PRAGMA user_version = {newest_schema_version()}")


def backup_copy(db: SqliteDatabase, path: Path, version: int) -> Path:
    """A consistent copy beside the store, named after its schema version and the time."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.schema{version}-{stamp}.bak")
    write_copy(db, target)
    return target


def write_copy(db: SqliteDatabase, target: Path) -> None:
    """Copy what the connection reads to `target` with SQLite's backup API.

    Written under another name and renamed once complete: a crash during the copy must not
    leave a half file that looks like a good store.
    """
    partial = target.with_name(target.name + ".partial")
    cipher = db.cipher if isinstance(db, GuardedDatabase) else None
    if cipher is not None:
        # An encrypted store's copy is encrypted with the same key and salt (its passphrase
        # opens it), written by SQLCipher's export: the backup API does not re-key pages.
        partial.unlink(missing_ok=True)
        conn = db.connection()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS copy KEY {cipher.blob()}", (str(partial),))
        try:
            conn.execute("SELECT sqlcipher_export('copy')")
            conn.execute(f"PRAGMA copy.user_version = {int(version)}")
            conn.execute(f"PRAGMA copy.application_id = {int(app_id)}")
        finally:
            conn.execute("DETACH DATABASE copy")
    else:
        dest = connect(str(partial), None)
        try:
            db.connection().backup(dest)
        finally:
            dest.close()
    os.replace(partial, target)


def _require_writable(target: Path, path: Path, what: str) -> None:
    # Mode bits count as well as access(): running as root, access() says yes to a file its
    # owner marked read-only, and we should respect that mark rather than write anyway.
    mode = target.stat().st_mode
    if not os.access(target, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise ReadOnlyStoreError(
            translate(
                "store",
                "{path} cannot be written ({what} is read-only): make it writable, or "
                "copy the store to a folder you can write to",
            ).format(path=path, what=what)
        )


def _classify(path: Path, exc: BaseException, read_only_for_space: bool = False) -> StoreError:
    """Turn an SQLite error into the store error a user can act on; `read_only_for_space`: the
    connection is read-only because the disk was full (see `GuardedDatabase`)."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LockedStoreError(
            translate(
                "store",
                "{path} is in use by another program (it is locked): close that "
                "program, or wait and try again",
            ).format(path=path)
        )
    # A -shm or -wal that could not grow is an I/O error, and a store read read-only because
    # its disk is full (`open_for_reading`) refuses writes as read-only: both are a full disk.
    # Any other read-only refusal is the file's own, however little space is left.
    if (
        "disk is full" in text
        or ("disk i/o error" in text and disk_full(path))
        or ("readonly" in text and read_only_for_space)
    ):
        return DiskFullError(
            translate(
                "store",
                "{path}: the disk is full, so the last change was not saved; free some "
                "space on it and try again",
            ).format(path=path)
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyStoreError(
            translate("store", "{path} cannot be written (read-only)").format(path=path)
        )
    if "not a database" in text:
        return NotAStoreError(
            translate("store", "{path} is not a CS Maturity store (not an SQLite database)").format(
                path=path
            )
        )
    if "malformed" in text or "corrupt" in text:
        return CorruptStoreError(damaged(path, "the database structure is broken"))
    if "unable to open" in text:
        return StoreError(
            translate("store", "cannot open {path} ({exc})").format(path=path, exc=exc)
        )
    return StoreError(f"{path}: {exc}")


# Below this much free space, a "disk I/O error" is the disk being full: SQLite reports a -shm
# or -wal it could not grow as an I/O error, not as SQLITE_FULL.
NEARLY_FULL_BYTES = 1 << 20


def disk_full(path: Path) -> bool:
    """Whether the drive of `path` has (almost) no space left for its user."""
    try:
        stats = os.statvfs(path.parent)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES


class translate_errors:
    """Re-raise SQLite / peewee errors inside the block as `StoreError`s naming the file (and
    the connection `db` they came from, when it says more: see `_classify`)."""

    def __init__(self, path: Path, db: SqliteDatabase | None = None) -> None:
        self.path = path
        self.read_only_for_space = isinstance(db, GuardedDatabase) and db.read_only_for_space

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        if exc is None or isinstance(exc, StoreError):
            return False
        if isinstance(exc, driver_errors()) or type(exc).__module__ == "peewee":
            cause = _first_failure(exc)
            raise _classify(self.path, cause, self.read_only_for_space) from cause
        return False


def _first_failure(exc: BaseException) -> BaseException:
    """The error that started it: when a write fails for lack of space (or I/O), SQLite has
    already rolled the transaction back, so the rollback peewee then tries fails too, and that
    second error ("no transaction is active") would hide the one the user must hear about."""
    while "no transaction is active" in str(exc) and exc.__context__ is not None:
        exc = exc.__context__
    return exc
