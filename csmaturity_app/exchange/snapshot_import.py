"""Reading snapshots back: every row checked before anything is written, then merged."""

from __future__ import annotations

from pathlib import Path

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange.progress import Progress, no_progress
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.store.merge import MergePlan


class SnapshotError(UserFacingError):
    """A file that cannot be imported; names the row (1 = the header) and column."""

    def __init__(self, message: str, row: int | None = None, column: str | None = None) -> None:
        where = ""
        if row is not None:
            where = f"row {row}" + (f", column {column}" if column else "") + ": "
        super().__init__(where + message)
        self.row = row
        self.column = column


def import_snapshot(
    store: Store,
    path: Path,
    catalog: ModelCatalog,
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
) -> MergePlan:
    """Merge the snapshot at `path` into the store, all or nothing; `dry_run` only plans."""
    raise NotImplementedError
