"""Half-written files that a cut conversion or backup leaves beside a store.

A conversion writes its new copies as `NAME.converting` (and `NAME.schemaN-*.bak.converting`),
a migration its backup as `....bak.partial`; a crash or a kill -9 leaves them. After a
decrypt they hold the clients' data in the clear, beside a store that is still encrypted, so
they go as soon as it is safe: when a conversion starts (it holds the store's exclusive lock),
and whenever the store is opened (a connection of ours keeps any conversion from starting,
and one under way holds a lock the opening waited for).

One kind is finished rather than removed: a backup's converted copy when the store itself was
converted (the cut came between the renames). A conversion writes and checks every copy before
it renames any, so such a copy is whole; it is recognised by matching the store as it is now
(both plain, or both encrypted with the same salt: a conversion gives the backups the store's
new key and salt), and put in place so that the backups open with the store's passphrase.
"""

from __future__ import annotations

import contextlib
import glob
import os
from pathlib import Path

from csmaturity_app.store.cipher import SALT_BYTES, SQLITE_MAGIC

PARTIAL_SUFFIX = ".converting"


def partial_of(path: Path) -> Path:
    """Where a conversion writes the new copy of `path` before it replaces it."""
    return path.with_name(path.name + PARTIAL_SUFFIX)


def leftovers(path: Path) -> list[Path]:
    """The half-written copies of the store at `path`, and of its backups, that are there."""
    folder, name = path.parent, glob.escape(path.name)
    patterns = [
        f"{name}{PARTIAL_SUFFIX}",
        f"{name}{PARTIAL_SUFFIX}-journal",
        f"{name}{PARTIAL_SUFFIX}-wal",
        f"{name}.schema*.bak{PARTIAL_SUFFIX}",
        f"{name}.schema*.bak{PARTIAL_SUFFIX}-journal",
        f"{name}.schema*.bak.partial",
    ]
    return [p for pattern in patterns for p in folder.glob(pattern)]


def remove_leftovers(path: Path, salt: bytes | None) -> None:
    """Delete what `leftovers` finds, but finish the renames of backups' copies made by the
    conversion that wrote the store as it is now (`salt`: the store's, None when it is plain).
    Call it only while no conversion of the store can run.

    The store's salt is given, not read here: opening and closing a file that SQLite has open
    in this process would drop SQLite's locks on it (POSIX locks belong to the process)."""
    store_head = SQLITE_MAGIC if salt is None else salt
    for stale in leftovers(path):
        # A folder by that name, or no right to delete it: not ours to force.
        with contextlib.suppress(OSError):
            backup = stale.with_name(stale.name.removesuffix(PARTIAL_SUFFIX))
            if (
                stale.name.endswith(f".bak{PARTIAL_SUFFIX}")
                and backup.is_file()
                and _same_conversion(store_head, _head(stale))
            ):
                os.replace(stale, backup)
            else:
                stale.unlink(missing_ok=True)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(SALT_BYTES)
    except OSError:
        return b""


def _same_conversion(store: bytes, copy: bytes) -> bool:
    """Whether a backup's copy was written by the conversion that wrote the store: both plain,
    or both encrypted with the same salt (a plain file's first 16 bytes are SQLite's magic)."""
    return len(store) == SALT_BYTES and store == copy
