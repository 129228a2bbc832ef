"""The stores kept from each release (`data/schema<N>.db`, one per release): opened from a
copy, since opening upgrades them and the committed file must stay as it is, with what that
release showed kept beside them (`data/schema<N>.expected.json`)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from csmaturity_app.store import Store

DATA = Path(__file__).with_name("data")


def release_store(schema: int) -> Path:
    """The committed store of the release that wrote schema `schema`."""
    return DATA / f"schema{schema}.db"


def expected(schema: int) -> Any:
    """What that release showed of its store."""
    return json.loads((DATA / f"schema{schema}.expected.json").read_text(encoding="utf-8"))


@contextmanager
def opened_copy(schema: int, folder: Path) -> Iterator[Store]:
    """The release's store, copied to `folder/old.db` and opened (so upgraded)."""
    path = folder / "old.db"
    shutil.copyfile(release_store(schema), path)
    with Store.open(path) as store:
        yield store


def user_version(path: Path) -> int:
    """The schema version a store file says it has, read without changing it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def backups(folder: Path, schema: int) -> list[Path]:
    """The copies taken of `folder/old.db` before upgrading it from `schema`."""
    return list(folder.glob(f"old.db.schema{schema}-*.bak"))
