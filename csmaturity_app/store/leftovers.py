"""Half-written files that a cut conversion or backup leaves beside a store.

A conversion writes its new copies as `NAME.converting` (and `NAME.schemaN-*.bak.converting`),
a migration its backup as `....bak.partial`; a crash or a kill -9 leaves them. After a
decrypt they hold the clients' data in the clear, beside a store that is still encrypted, so
they go as soon as it is safe: when a conversion starts (it holds the store's exclusive lock),
and whenever the store is opened (a connection of ours keeps any conversion from starting,
and one under way holds a lock the opening waited for).
"""

from __future__ import annotations

import contextlib
import glob
from pathlib import Path

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


def remove_leftovers(path: Path) -> None:
    """Delete what `leftovers` finds; call it only while no conversion of the store can run."""
    for stale in leftovers(path):
        # A folder by that name, or no right to delete it: not ours to force.
        with contextlib.suppress(OSError):
            stale.unlink(missing_ok=True)
