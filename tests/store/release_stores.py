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

import pytest

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


def shown(store: Store) -> dict[str, dict[str, object]]:
    """What the window and `csmaturity show` give for each assessment."""
    out = {}
    for a in store.assessments():
        result = store.result(a.id)
        out[a.id] = {
            "organization_id": a.organization_id,
            "model": f"{result.model.id}@{result.model.version}",
            "status": a.status,
            "carried_from": a.carried_from,
            "position": a.position,
            "placed_level": result.placed_level,
            "placed_label": result.placed_label,
            "maturity_index": pytest.approx(result.maturity_index, abs=1e-12),
            "answered": result.answered,
            "needs_review": sum(x.needs_review for x in store.answers(a.id).values()),
        }
    return out


def listed(store: Store) -> list[dict[str, object]]:
    """The window's organizations list."""
    return [
        {
            "id": s.id,
            "name": s.name,
            "assessments": s.assessments,
            "latest_status": s.latest_status,
            "latest_placed_label": s.latest_placed_label,
            "latest_maturity_index": pytest.approx(s.latest_maturity_index, abs=1e-12)
            if s.latest_maturity_index is not None
            else None,
        }
        for s in store.organization_summaries()
    ]
