"""Mutated snapshots: each is imported whole or refused with a message, never a traceback,
and a refused file leaves the store exactly as it was.

The default run tries a few hundred mutations; `CSMATURITY_FUZZ_CASES=20000` tries more (the
reliability harness does). A failure prints its seed, which reproduces it.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from snapshot_helpers import content, populate

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store

CASES = int(os.environ.get("CSMATURITY_FUZZ_CASES", "300"))
NASTY = [
    "",
    "'",
    "=1",
    "-1",
    "3.0",
    "TRUE",
    "null",
    "\u00e9",
    "\ufeff",
    "\x00",
    "x" * 70_000,
    '"',
    "2024-13-01",
    "00000000-0000-0000-0000-000000000000",
    "\r\n",
]


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def insert_bytes(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]


def lines_op(change: Callable[[list[bytes], random.Random], None]) -> Callable[..., bytes]:
    def mutate(data: bytes, rng: random.Random) -> bytes:
        lines = data.split(b"\r\n")
        change(lines, rng)
        return b"\r\n".join(lines)

    return mutate


def drop_line(lines: list[bytes], rng: random.Random) -> None:
    del lines[rng.randrange(len(lines))]


def duplicate_line(lines: list[bytes], rng: random.Random) -> None:
    lines.insert(rng.randrange(len(lines)), rng.choice(lines))


def shuffle_lines(lines: list[bytes], rng: random.Random) -> None:
    body = lines[1:]
    rng.shuffle(body)
    lines[1:] = body


def swap_cells(lines: list[bytes], rng: random.Random) -> None:
    i = rng.randrange(len(lines))
    cells = lines[i].split(b",")
    a, b = rng.randrange(len(cells)), rng.randrange(len(cells))
    cells[a], cells[b] = cells[b], cells[a]
    lines[i] = b",".join(cells)


def nasty_cell(lines: list[bytes], rng: random.Random) -> None:
    i = rng.randrange(len(lines))
    cells = lines[i].split(b",")
    cells[rng.randrange(len(cells))] = rng.choice(NASTY).encode()
    lines[i] = b",".join(cells)


def huge_field(lines: list[bytes], rng: random.Random) -> None:
    i = rng.randrange(len(lines))
    lines[i] = lines[i] + b"," + b"y" * rng.choice([1000, 200_000, 5_000_000])


MUTATIONS = [
    truncate,
    flip_bytes,
    insert_bytes,
    lines_op(drop_line),
    lines_op(duplicate_line),
    lines_op(shuffle_lines),
    lines_op(swap_cells),
    lines_op(nasty_cell),
    lines_op(huge_field),
]


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory, tsia: MaturityModel) -> bytes:
    folder = tmp_path_factory.mktemp("fuzz-source")
    with Store.open(folder / "source.db") as source:
        populate(source, [tsia], organizations=2)
        export_snapshot(source, folder / "snapshot.csv")
    return (folder / "snapshot.csv").read_bytes()


def test_mutated_snapshots_are_imported_whole_or_refused_cleanly(
    original: bytes,
    tmp_path: Path,
    ftworks: MaturityModel,
    builtin_catalog: ModelCatalog,
    record_property: Callable[[str, object], None],
) -> None:
    outcomes = {"imported": 0, "refused": 0}
    with Store.open(tmp_path / "target.db") as target:
        populate(target, [ftworks], organizations=1)
        for seed in range(CASES):
            rng = random.Random(seed)
            data = original
            for _ in range(rng.randint(1, 3)):
                if data:
                    data = rng.choice(MUTATIONS)(data, rng)
            mutated = tmp_path / "mutated.csv"
            mutated.write_bytes(data)
            before = content(target.path)
            try:
                plan = import_snapshot(target, mutated, builtin_catalog)
            except UserFacingError as exc:
                outcomes["refused"] += 1
                assert str(exc) and "\n" not in str(exc), f"seed {seed}: {exc!r}"
                assert content(target.path) == before, f"seed {seed}: refused, yet written"
                continue
            except Exception as exc:  # a traceback a user would see: the bug we look for
                pytest.fail(f"seed {seed}: {type(exc).__name__}: {exc}")
            outcomes["imported"] += 1
            assert plan.applied
            again = import_snapshot(target, mutated, builtin_catalog)
            assert not again.changes_anything, f"seed {seed}: a second import changed things"
        check = sqlite3.connect(target.path)
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("PRAGMA foreign_key_check").fetchall() == []
        check.close()
    record_property("case", "CSV fuzzing")
    record_property("tried", CASES)
    record_property("note", f"{outcomes['imported']} imported whole, {outcomes['refused']} refused")
    # Both outcomes happen: the mutations are neither all harmless nor all fatal.
    assert outcomes["imported"] and outcomes["refused"], outcomes
