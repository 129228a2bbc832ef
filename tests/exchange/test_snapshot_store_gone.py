"""An import whose store file is deleted while it runs fails as it commits, instead of
reporting a success that no later start can find."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_helpers import populate

from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store, StoreGoneError


def test_an_import_whose_store_is_deleted_midway_fails(
    tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
):
    snapshot = tmp_path / "snapshot.csv"
    with Store.open(tmp_path / "source.db") as source:
        populate(source, [tsia], organizations=70)  # 2,450 rows: progress is told midway
        export_snapshot(source, snapshot)
    target = tmp_path / "target.db"
    told: list[int] = []

    def delete_the_store(done: int, _total: int) -> None:
        if not told:
            target.unlink()
        told.append(done)

    with Store.open(target) as store:
        store.create_organization("Here before")
        with pytest.raises(StoreGoneError, match="deleted or replaced while open"):
            import_snapshot(store, snapshot, builtin_catalog, progress=delete_the_store)
    assert told  # the file went while the import read the snapshot
    assert not target.exists() and not Path(f"{target}-wal").exists()
