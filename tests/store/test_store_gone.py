"""A store file (or its -wal) deleted or replaced while open: nothing more is written to a
file nobody can find, the next write says so, and what was open can be put back."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store, StoreError, StoreGoneError


def names(path: Path) -> list[str]:
    with Store.open(path) as store:
        return [o.name for o in store.organizations()]


def test_a_write_after_the_file_was_deleted_is_refused(store_path: Path, tsia: MaturityModel):
    store = Store.open(store_path)
    org = store.create_organization("Before")
    assessment = store.create_assessment(org.id, tsia, "Ann")
    store_path.unlink()
    with pytest.raises(StoreGoneError, match="deleted or replaced while open"):
        store.create_organization("After")
    with pytest.raises(StoreGoneError, match=re.escape(str(store_path))):
        store.record_answer(assessment.id, tsia.criteria[0].id, 2)
    assert store.integrity.failure is not None  # the window hears of it once, from here
    store.close()
    assert not store_path.exists()  # and nothing makes an empty store in its place


def test_a_write_after_the_file_was_replaced_leaves_the_other_file_alone(
    store_path: Path, tmp_path: Path
):
    other = tmp_path / "other.db"
    with Store.open(other) as elsewhere:
        elsewhere.create_organization("Elsewhere")
    store = Store.open(store_path)
    store.create_organization("Before")
    os.replace(other, store_path)
    before = store_path.read_bytes()
    with pytest.raises(StoreGoneError, match="replaced"):
        store.create_organization("After")
    with pytest.raises(StoreError, match="another file now"):
        store.put_back()
    store.close()
    assert store_path.read_bytes() == before
    assert names(store_path) == ["Elsewhere"]


def test_a_deleted_wal_is_caught_and_closing_keeps_what_was_written(store_path: Path):
    store = Store.open(store_path)
    store.create_organization("Before")
    Path(f"{store_path}-wal").unlink()
    with pytest.raises(StoreGoneError, match=r"\(its -wal file\) was deleted"):
        store.create_organization("After")
    store.put_back()  # closing copies the deleted -wal's pages into the store file
    assert names(store_path) == ["Before"]


def test_what_was_open_is_put_back_where_the_deleted_file_was(store_path: Path):
    store = Store.open(store_path)
    store.create_organization("Before")
    store_path.unlink()
    with pytest.raises(StoreGoneError):
        store.create_organization("After")
    store.put_back()
    assert store.db.is_closed()
    assert names(store_path) == ["Before"]
    with Store.open(store_path) as again:  # a sound store that takes changes again
        again.create_organization("After")
    assert names(store_path) == ["After", "Before"]


def test_a_new_store_is_not_made_beside_the_wal_of_one_that_went(tmp_path: Path):
    crashed = tmp_path / "crashed.db"
    store = Store.open(crashed)
    store.create_organization("Before")  # in the -wal until the store closes
    kept = {side: Path(f"{crashed}{side}").read_bytes() for side in ("-wal", "-shm")}
    store.close()
    crashed.unlink()  # as if deleted while a session that crashed had it open
    for side, data in kept.items():
        Path(f"{crashed}{side}").write_bytes(data)
    with pytest.raises(StoreError, match=r"its -wal file .* is still there"):
        Store.open(crashed)
    assert not crashed.exists()


def test_another_connection_opens_only_the_very_file_open(store_path: Path, tmp_path: Path):
    store = Store.open(store_path)
    store.create_organization("Before")
    with store.reopen() as beside:  # what an import or export on its own thread reads
        assert [o.name for o in beside.organizations()] == ["Before"]
    store_path.unlink()  # nothing written since: its -wal is empty, and would make a new store
    with pytest.raises(StoreGoneError, match=re.escape(f"the store file {store_path} was")):
        store.reopen()
    assert not store_path.exists()
    store.put_back()
    assert names(store_path) == ["Before"]


def test_another_connection_refuses_a_file_put_in_the_place_of_the_open_one(
    store_path: Path, tmp_path: Path
):
    other = tmp_path / "other.db"
    with Store.open(other) as elsewhere:
        elsewhere.create_organization("Elsewhere")
    store = Store.open(store_path)
    os.replace(other, store_path)
    with pytest.raises(StoreGoneError, match="replaced"):
        store.reopen()
    store.close()
    assert names(store_path) == ["Elsewhere"]
