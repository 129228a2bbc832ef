"""Putting a store back on disk after its file, or its -wal, was deleted while it was open.

SQLite goes on reading (and would go on writing) the files it has open even once their names
are gone, so what the user saw is still there, in the open connection, until it closes:
- the store file deleted: its content is copied from the open connection (SQLite's backup
  API) to the original path. The -wal and -shm left beside that path belong to the deleted
  file and would be read as the new one's, so they go before the copy takes its name;
- the -wal deleted, the store file still there: closing the connection copies the -wal's
  pages into the store file (its checkpoint), and the next open starts a new -wal;
- another file in its place: nothing is written over it.
"""

from __future__ import annotations

import os
from pathlib import Path

from peewee import SqliteDatabase

from csmaturity_app.i18n import translate
from csmaturity_app.store.cipher import driver_errors
from csmaturity_app.store.errors import StoreError
from csmaturity_app.store.integrity import GuardedDatabase, file_id
from csmaturity_app.store.opening import write_copy


def put_back(db: SqliteDatabase, path: Path) -> None:
    """Put the store open on `db` back at `path` (see the module), and close `db`: the caller
    opens `path` again. `StoreError` when there is another file at `path` now, or the copy
    fails (the connection then stays open, for another try)."""
    opened = db.opened_file if isinstance(db, GuardedDatabase) else None
    now = file_id(path)
    if now is not None:
        if now != opened:
            raise StoreError(
                translate(
                    "store",
                    "{path} is another file now: nothing was written over it. Move that "
                    "file away, then try again",
                ).format(path=path)
            )
        db.close()  # the -wal was deleted: closing copies its pages into the store file
        return
    recovered = path.with_name(f"{path.name}.recovered")
    failures: tuple[type[BaseException], ...] = (OSError, *driver_errors())
    try:
        write_copy(db, recovered)
        db.close()
        for side in ("-wal", "-shm"):
            Path(f"{path}{side}").unlink(missing_ok=True)
        os.replace(recovered, path)
    except failures as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise StoreError(
            translate("store", "cannot write the store back to {path} ({reason})").format(
                path=path, reason=reason
            )
        ) from exc
