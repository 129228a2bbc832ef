"""Checking a store's integrity without making every start wait for a read of the whole file.

`PRAGMA quick_check` reads every page: about 0.4 s for a 200 MB store, which every open would
pay if it ran up front each time. It is split in three, so that opening costs the same whatever
the store's size, and a damaged store is still refused before anything is written to it:

- up front, cheap checks that read a few pages (`check_structure`): the expected tables are
  there, the root page of every table and index is a b-tree page, and each table's first page
  reads. They catch the usual damage (a file cut short, overwritten pages, another file);
- up front, the full check, when the file may be inconsistent (`needs_full_check`): the last
  session did not end cleanly, or the store is about to be migrated (rewritten);
- otherwise the full check in the background (`BackgroundCheck`), on a thread and read-only
  connection of its own, while the user works. If it finds damage, every later write
  transaction raises the same `CorruptStoreError` (`GuardedDatabase`), and whoever listens
  (the window) is told once.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from peewee import SqliteDatabase

from csmaturity_app.i18n import translate
from csmaturity_app.store.cipher import SQLITE_MAGIC, StoreKey, connect, driver_errors
from csmaturity_app.store.errors import CorruptStoreError, StoreError, StoreGoneError

# The tables of every schema version (0001_initial onwards): a store without one is damaged.
EXPECTED_TABLES = ("organization", "model_version", "assessment", "answer")
# The page types SQLite gives b-tree pages (interior/leaf, index/table).
BTREE_PAGE_TYPES = frozenset({2, 5, 10, 13})
WAL_HEADER_BYTES = 32


def damaged(path: Path, detail: str) -> str:
    """The one message for a damaged store, up front or found in the background."""
    return translate(
        "store",
        "{path} is damaged ({detail}): nothing was changed; open a backup copy "
        "(*.bak beside it) or another store",
    ).format(path=path, detail=detail)


def unclean_shutdown(path: Path) -> bool:
    """Whether the last session with the store may not have ended cleanly.

    The store runs in WAL mode, and the last connection to close checkpoints the -wal file into
    the store and deletes it. So a -wal file with frames in it (more than its 32-byte header)
    means a session that crashed or was killed, or one still running (another CS Maturity, or
    the command line, on the same file): in both cases the pages in the main file alone are not
    the whole store, and only a full check says whether the two together are sound. A
    non-empty rollback journal (-journal, from a tool that opened the store in another mode)
    is the same signal. A false alarm costs a slower open; a missed crash would cost trust.
    """
    for suffix, empty_size in (("-wal", WAL_HEADER_BYTES), ("-journal", 0)):
        side = Path(f"{path}{suffix}")
        try:
            if side.stat().st_size > empty_size:
                return True
        except FileNotFoundError:
            continue
    return False


def check_structure(conn: Any, path: Path, header: bytes | None) -> None:
    """The cheap checks: a few pages read, whatever the store's size. Raise `CorruptStoreError`.

    Only meaningful when the main file is the whole store (no -wal frames): the root pages are
    read from the file itself, where a page still in the -wal would look stale. An encrypted
    store (`header` None) has no page to read in the clear: SQLCipher checks each page it
    decrypts, and the tables' first leaves are read below.
    """
    rows = conn.execute("SELECT type, name, tbl_name, rootpage FROM sqlite_master").fetchall()
    tables = {name for kind, name, _, _ in rows if kind == "table"}
    missing = [t for t in EXPECTED_TABLES if t not in tables]
    if missing:
        raise CorruptStoreError(
            damaged(
                path,
                translate("store", "the table {missing} is missing").format(missing=missing[0]),
            )
        )
    roots = [] if header is None else _roots(rows)
    page_size = 0 if header is None else int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if not roots:
        # Nothing to read in the clear (an encrypted store, or a store held open here): the
        # file is not opened, as closing it would drop this process's locks on it.
        return _first_leaves(conn)
    with path.open("rb") as f:
        for root in roots:
            f.seek((root - 1) * page_size + (100 if root == 1 else 0))
            kind = f.read(1)
            if not kind or kind[0] not in BTREE_PAGE_TYPES:
                raise CorruptStoreError(
                    damaged(path, translate("store", "the database structure is broken"))
                )
    _first_leaves(conn)


def _first_leaves(conn: Any) -> None:
    for table in EXPECTED_TABLES:  # down to the first leaf of each: a handful of pages
        conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchall()


def _roots(rows: list[Any]) -> list[int]:
    return sorted({root for kind, _, _, root in rows if kind in ("table", "index") and root})


def full_check(conn: Any, path: Path) -> None:
    """`PRAGMA quick_check(1)`: every page read. Raise `CorruptStoreError` if not "ok". An
    encrypted store's pages are also checked against their HMACs (`cipher_integrity_check`),
    which finds a page changed by someone without the key."""
    check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    if check != "ok":
        raise CorruptStoreError(damaged(path, _first_finding(check)))
    if type(conn).__module__.startswith("sqlcipher3"):
        found = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if found:
            raise CorruptStoreError(damaged(path, _first_finding(str(found[0][0]))))


def _first_finding(report: str) -> str:
    """SQLite's report without its "*** in database main ***" banner, on one line: it is shown
    in a message box and a status line."""
    lines = [line.strip() for line in report.splitlines()]
    found = [line for line in lines if line and not line.startswith("***")]
    return "; ".join(found) or translate("store", "the integrity check failed")


class BackgroundCheck:
    """The full check of a store file, on a plain thread with its own read-only connection.

    `failure` is None until it finds damage, then the `CorruptStoreError` to raise; `done` is set
    when it has finished (passed, failed, or stopped). `on_failure` callbacks run on the check's
    thread (or at once, if it has failed already): a window hands the message to its own thread.
    A file found deleted or replaced while open (`GuardedDatabase`) fails the check the same
    way, with a `StoreGoneError`: no more writes, and the window is told once.
    """

    def __init__(self, path: Path, cipher: StoreKey | None = None) -> None:
        self.path = path
        self.cipher = cipher
        self.failure: StoreError | None = None
        self.done = threading.Event()
        self._lock = threading.Lock()
        self._stopped = False
        self._conn: Any = None
        self._callbacks: list[Callable[[StoreError], None]] = []
        self._key = os.path.realpath(path)
        self._users = 1
        self._thread = threading.Thread(
            target=self._run, name=f"integrity check of {path.name}", daemon=True
        )

    @classmethod
    def passed(cls, path: Path) -> BackgroundCheck:
        """A check with nothing left to do (the full check ran up front, or a new store)."""
        check = cls(path)
        check.done.set()
        return check

    def start(self) -> BackgroundCheck:
        self._thread.start()
        return self

    def on_failure(self, callback: Callable[[StoreError], None]) -> None:
        with self._lock:
            failure = self.failure
            if failure is None:
                self._callbacks.append(callback)
        if failure is not None:
            callback(failure)

    def raise_if_failed(self) -> None:
        if self.failure is not None:
            raise self.failure

    def release(self) -> None:
        """One connection that shared this check is closed: the last one stops it."""
        with _SHARED_LOCK:
            self._users -= 1
            if self._users > 0:
                return
            if _SHARED.get(self._key) is self:
                del _SHARED[self._key]
        self.stop()

    def stop(self) -> None:
        """Interrupt the check and wait for its connection to be closed: a store must not be
        let go (its -wal checkpointed and deleted) while another connection reads it."""
        with self._lock:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        _lower_priority()
        try:
            uri = f"file:{quote(str(self.path))}?mode=ro"
            conn = connect(uri, self.cipher, uri=True, check_same_thread=False)
        except driver_errors():
            self.done.set()  # the open store has a connection: it keeps its own guarantees
            return
        finally:
            if self.cipher is not None:
                self.cipher.wipe()  # its connection holds the key now; this copy is done
        try:
            with self._lock:
                if self._stopped:
                    return
                self._conn = conn
            try:
                full_check(conn, self.path)
            except CorruptStoreError as exc:
                self._fail(exc)
            except driver_errors() as exc:
                text = str(exc).lower()
                if "malformed" in text or "corrupt" in text or "not a database" in text:
                    self._fail(
                        CorruptStoreError(
                            damaged(self.path, translate("store", "the database is malformed"))
                        )
                    )
                # else: interrupted, or locked for longer than we wait: no verdict
        finally:
            with self._lock:
                self._conn = None
            conn.close()
            self.done.set()

    def _fail(self, failure: StoreError) -> None:
        with self._lock:
            if self._stopped or self.failure is not None:
                return
            self.failure = failure
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback(failure)


def _lower_priority() -> None:
    """Let the check yield the processor to the rest of the application: it reads the whole
    file while the window starts and the user works. On Linux a thread is a task with its own
    nice value; elsewhere `setpriority` on a thread id could reach another process, so not."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


# One check per file at a time in a process: a second connection to a file being checked (an
# import's or export's own, on its thread) shares the check, and its verdict, instead of reading
# the file again. Keyed by the file's real path, so that a link to it is the same file.
_SHARED: dict[str, BackgroundCheck] = {}
_SHARED_LOCK = threading.Lock()


def shared_check(path: Path, cipher: StoreKey | None = None) -> BackgroundCheck:
    """The background check of `path`: the one running (or finished) for another open
    connection to it, else a new one, started. `release` it when the connection closes."""
    key = os.path.realpath(path)
    with _SHARED_LOCK:
        check = _SHARED.get(key)
        # Not one that found its file gone: a file put back in its place (saved again, or a
        # copy) is a new file, and is checked as one.
        if check is not None and not isinstance(check.failure, StoreGoneError):
            check._users += 1
            return check
        check = _SHARED[key] = BackgroundCheck(path, cipher and cipher.copy())
    return check.start()


# How many connections this process has open to each store file (by real path), whatever
# their check: a conversion must not replace a file that a connection here still reads.
_HELD: dict[str, int] = {}
# The first bytes of each store file held here (SQLite's magic, or an encrypted store's salt),
# as they were when it was opened: what an opening of the same file reads instead of the file.
# On POSIX, closing any descriptor of a file drops every lock this process holds on it, so
# reading a held store's header with Python's open() would take SQLite's locks away, and
# another process could then convert or rewrite the store under the open connection.
_HELD_HEAD: dict[str, tuple[FileId | None, bytes]] = {}


def held_here(path: Path) -> bool:
    """Whether this process has a connection open to the store at `path` (see `GuardedDatabase`)."""
    with _SHARED_LOCK:
        return _HELD.get(os.path.realpath(path), 0) > 0


def held_head(path: Path) -> bytes | None:
    """The header remembered for a store held here (see `_HELD_HEAD`), else None."""
    with _SHARED_LOCK:
        held = _HELD_HEAD.get(os.path.realpath(path))
    # Only for the very file held: one put in its place since (converted by another process)
    # is another file, whose header is its own.
    if held is None or held[0] != file_id(path):
        return None
    return held[1]


def store_head(path: Path) -> bytes:
    """The first bytes of the store at `path` (SQLite's magic, or an encrypted store's salt;
    b"" for an empty file): remembered for a store held here, read from the file otherwise."""
    held = held_head(path)
    if held is not None:
        return held
    with path.open("rb") as f:
        return f.read(len(SQLITE_MAGIC))


def _hold(path: Path, change: int, head: bytes | None = None) -> None:
    key = os.path.realpath(path)
    with _SHARED_LOCK:
        count = _HELD.get(key, 0) + change
        if count > 0:
            _HELD[key] = count
            if head is not None:
                _HELD_HEAD.setdefault(key, (file_id(path), head))
        else:
            _HELD.pop(key, None)
            _HELD_HEAD.pop(key, None)


def open_here(path: Path) -> bool:
    """Whether this process has the store open already, with a check that has not failed: its
    -wal file then holds this process's own frames, not an unclean shutdown's, and a second
    connection shares that check instead of making the first wait for a full one."""
    with _SHARED_LOCK:
        check = _SHARED.get(os.path.realpath(path))
        return check is not None and check.failure is None


class GuardedDatabase(SqliteDatabase):
    """The store's connection: once its background check has found damage, every write
    transaction (peewee's `begin`, which `atomic()` calls with BEGIN IMMEDIATE) raises the
    check's `CorruptStoreError` before anything is written; closing stops the check first.

    It also remembers which file it opened, and its -wal (device and inode, `remember_files`),
    and looks again before each write transaction commits: a store deleted or replaced while
    open would take every later change to a file nobody can find (SQLite goes on writing to
    the open, unlinked file), and a deleted -wal leaves other connections reading a stale
    store. Two `os.stat` calls per write, a few microseconds; once, at commit, is enough, as a
    refused commit rolls back all the transaction wrote.
    """

    def __init__(
        self, *args: Any, file: Path | None = None, cipher: StoreKey | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        # The key of an encrypted store (None: a plain one), given to every connection made.
        self.cipher = cipher
        # The file's first bytes, remembered while it is held here (see `held_head`).
        self.head = SQLITE_MAGIC if cipher is None else cipher.salt
        # Set by `Store.close`: used again, it raises rather than connect anew (peewee would),
        # as a refresh left running after the store closed would hold a file being replaced.
        self.finished = False
        # `file`: the store file, when the database is named by a URI (`uri=True`).
        self.path = file or Path(str(self.database))
        self.integrity = BackgroundCheck.passed(self.path)
        # Read-only because its disk was full (`opening.open_for_reading`): its refused writes
        # mean a full disk, where another read-only refusal means the file's permissions.
        self.read_only_for_space = False
        self._released = False
        self._files: tuple[FileId | None, FileId | None] | None = None

    def remember_files(self) -> None:
        """Note the store file and its -wal as they are now: those are the files written."""
        self._files = (file_id(self.path), file_id(Path(f"{self.path}-wal")))

    @property
    def opened_file(self) -> FileId | None:
        """(device, inode) of the store file as opened (None: not remembered)."""
        return None if self._files is None else self._files[0]

    def check_files(self) -> None:
        """Raise `StoreGoneError` (and fail the check, so that the window is told once) when the
        store file or its -wal is no longer the one opened."""
        if self._files is None:
            return
        main, wal = self._files
        name = str(self.path)  # str, not Path: this runs for every answer recorded
        if file_id(name) != main:
            what = translate("store", "the store file {path}").format(path=self.path)
        elif wal is not None and file_id(name + "-wal") != wal:
            what = translate("store", "the journal of the store {path} (its -wal file)").format(
                path=self.path
            )
        else:
            return
        gone = StoreGoneError(
            translate(
                "store",
                "{what} was deleted or replaced while open; nothing more was written "
                "to it, and the last change was not saved",
            ).format(what=what)
        )
        self.integrity._fail(gone)
        raise self.integrity.failure or gone

    def _connect(self) -> Any:
        conn = self._open_connection()
        _hold(self.path, +1, self.head)
        return conn

    def _close(self, conn: Any) -> None:
        try:
            super()._close(conn)  # type: ignore[misc]
        finally:
            _hold(self.path, -1)

    def _open_connection(self) -> Any:
        if self.finished:
            raise StoreGoneError(
                translate("store", "the store {path} is closed").format(path=self.path)
            )
        if self.cipher is None:
            return super()._connect()  # type: ignore[misc]
        if self.cipher.wiped:
            # Closed, and its key wiped: peewee reconnects a closed database when it is used
            # again, and a zero key would make the store look like no database at all.
            raise StoreGoneError(
                translate("store", "the store {path} is closed").format(path=self.path)
            )
        conn = connect(
            self.database,
            self.cipher,
            timeout=self._timeout,  # type: ignore[attr-defined]
            isolation_level=None,
            **self.connect_params,
        )
        try:
            self._add_conn_hooks(conn)  # type: ignore[attr-defined]
        except Exception:
            conn.close()
            raise
        return conn

    def begin(self, lock_type: str | None = None) -> None:
        self.integrity.raise_if_failed()
        super().begin(lock_type)

    def commit(self) -> None:
        # Raising here makes peewee's `atomic()` roll the transaction back.
        self.check_files()
        super().commit()

    def close(self) -> bool:
        # Once only: peewee reconnects a closed database when it is used again, and a second
        # release would stop a check that another connection still shares.
        if not self.is_closed() and not self._released:
            self._released = True
            self.integrity.release()
        stale = self._stale_journal()
        self._files = None  # a later reconnection opens the files anew (the -wal is new)
        closed = bool(super().close())
        for side in stale:
            side.unlink(missing_ok=True)
        if self.cipher is not None:
            # The key is not kept longer than the connection needs it; a store opened again
            # is given its key anew (`Store.reopen` hands over a copy).
            self.cipher.wipe()
        return closed

    def _stale_journal(self) -> list[Path]:
        """The -wal and -shm of a store file deleted or replaced while open: SQLite leaves them
        (it does not checkpoint into a file that has moved), and the next open of the path
        would read this file's pages into whatever file is there then."""
        if self._files is None or file_id(self.path) == self._files[0]:
            return []
        wal = Path(f"{self.path}-wal")
        if self._files[1] is None or file_id(wal) != self._files[1]:
            return []
        return [wal, Path(f"{self.path}-shm")]


FileId = tuple[int, int]


def file_id(path: Path | str) -> FileId | None:
    """(device, inode) of a file, or None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def integrity_of(db: SqliteDatabase) -> BackgroundCheck:
    """The background check of a store's connection (one with nothing to do if unguarded)."""
    if isinstance(db, GuardedDatabase):
        return db.integrity
    return BackgroundCheck.passed(Path(str(db.database)))
