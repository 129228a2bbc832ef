"""Kill a conversion (encrypt, change of passphrase, decrypt) with SIGKILL at every step and
at random moments: one readable store is always left under the store's name, holding every
organization and answer, and the conversion then runs again to the end.

The conversion runs in a child process. To stop it at a given step, the child script (and
only it: the product has no test hooks) wraps the conversion's steps (`_export`, `_check`,
`os.replace`) so that the chosen call announces itself and waits to be killed. At a random
moment, it is killed a random delay after it starts converting. A plain migration backup
sits beside the store, so that the backups' conversion is cut as well.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import (
    EncryptedStoreError,
    Store,
    decrypt_store,
    encrypt_store,
    rekey_store,
)
from csmaturity_app.store.cipher import sqlcipher

OLD = "old passphrase"
NEW = "new passphrase"
SEED = int(os.environ.get("CSMATURITY_KILL_SEED", "20240611"))
RANDOM_KILLS = int(os.environ.get("CSMATURITY_CONVERSION_KILLS", "1"))
KILLED = -signal.SIGKILL
BACKUP = "store.db.schema5-20250101T000000Z.bak"

# (step, which call of it, before or after it): the backup's export comes first (call 1), then
# the store's (call 2); then the store's rename (call 1), then the backup's (call 2): "replace:1
# after" and "replace:2 before" are the kill between the renames. `_check` runs in `_export`.
PAUSES = [
    (step, call, when)
    for step in ("_export", "replace")
    for call in (1, 2)
    for when in ("before", "after")
] + [("_check", 2, "before")]

CHILD = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from csmaturity_app.store import conversion

    direction, path, old, new = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    pause = os.environ.get("CONVERSION_KILL_PAUSE")  # read by this script only
    calls = {}

    def paused(name, real):
        def wrapper(*args, **kwargs):
            calls[name] = calls.get(name, 0) + 1
            here = f"{name}:{calls[name]}"
            if pause == f"{here}:before":
                print("paused", flush=True)
                sys.stdin.readline()
            result = real(*args, **kwargs)
            if pause == f"{here}:after":
                print("paused", flush=True)
                sys.stdin.readline()
            return result
        return wrapper

    conversion._export = paused("_export", conversion._export)
    conversion._check = paused("_check", conversion._check)
    conversion.os.replace = paused("replace", os.replace)
    print("converting", flush=True)
    if direction == "encrypt":
        conversion.encrypt_store(path, new)
    elif direction == "rekey":
        conversion.rekey_store(path, old, new)
    else:
        conversion.decrypt_store(path, old)
    print("done", flush=True)
    """
)

Passphrases = tuple[str | None, str | None]  # before and after the conversion
DIRECTIONS: dict[str, Passphrases] = {
    "encrypt": (None, NEW),
    "rekey": (OLD, NEW),
    "decrypt": (OLD, None),
}


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory, tsia: MaturityModel) -> dict[str, Path]:
    """A plain and an encrypted store with a few thousand answers, and a plain backup."""
    folder = tmp_path_factory.mktemp("templates")
    plain = folder / "plain.db"
    with Store.open(plain) as store, store.db.atomic():
        for n in range(60):
            org = store.create_organization(f"Client {n}")
            assessment = store.create_assessment(org.id, tsia)
            for criterion in tsia.criteria:
                store.record_answer(assessment.id, criterion.id, n % 4, notes=f"note {n}")
    encrypted = folder / "encrypted.db"
    shutil.copyfile(plain, encrypted)
    encrypt_store(encrypted, OLD)
    backup = folder / "backup.bak"
    shutil.copyfile(plain, backup)
    encrypted_backup = folder / "encrypted-backup.bak"
    shutil.copyfile(encrypted, encrypted_backup)  # what a migration of it would have made
    return {
        "plain": plain,
        "encrypted": encrypted,
        "backup": backup,
        "encrypted backup": encrypted_backup,
    }


def contents(store: Store) -> tuple[int, list[tuple[object, ...]]]:
    """The organizations and answers of a store, after SQLite's own integrity check."""
    check = store.db.execute_sql("PRAGMA integrity_check").fetchall()
    assert check == [("ok",)]
    answers = store.db.execute_sql(
        "SELECT assessment_id, criterion_id, score, notes FROM answer ORDER BY 1, 2"
    ).fetchall()
    return len(store.organizations()), answers


def opened(path: Path, candidates: Passphrases) -> tuple[str | None, object]:
    """Which one of `candidates` opens the store (None: it is plain), and what it holds.
    Both are tried: exactly one must open it."""
    if not Store.is_encrypted(path):
        assert path.read_bytes().startswith(b"SQLite format 3\x00")
        assert None in candidates, f"{path} is plain"
        with Store.open(path) as store:
            return None, contents(store)
    found = []
    for passphrase in candidates:
        if passphrase is None:
            continue
        try:
            with Store.open(path, passphrase=passphrase) as store:
                found.append((passphrase, contents(store)))
        except EncryptedStoreError:
            continue
    assert len(found) == 1, f"{path} opens with {[p for p, _ in found]}"
    return found[0]


def backup_opens(path: Path, candidates: Passphrases) -> bool:
    """Whether the backup reads plainly or with one of the candidates (with SQLCipher)."""
    for passphrase in candidates:
        conn = sqlcipher().connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            if passphrase is not None:
                conn.execute(f"PRAGMA key = '{passphrase}'")
            conn.execute("SELECT count(*) FROM answer").fetchone()
            return True
        except sqlite3.DatabaseError:
            pass
        except Exception as exc:  # sqlcipher3's DatabaseError is its own class
            if "not a database" not in str(exc):
                raise
        finally:
            conn.close()
    return False


def run_child(
    direction: str, path: Path, pause: str | None, delay: float | None, log: Path
) -> tuple[str, int]:
    """Start the conversion; kill it at the pause or after the delay. Its last line, and rc."""
    env = dict(os.environ)
    env.pop("CONVERSION_KILL_PAUSE", None)
    if pause is not None:
        env["CONVERSION_KILL_PAUSE"] = pause
    command = [sys.executable, "-c", CHILD, direction, str(path), OLD, NEW]
    with (
        log.open("wb") as stderr,
        subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=env,
        ) as proc,
    ):
        assert proc.stdout is not None
        last = proc.stdout.readline().strip()
        assert last == "converting", log.read_text()
        if pause is not None:
            last = proc.stdout.readline().strip()  # "paused", or "done" if never reached
        elif delay is not None:
            time.sleep(delay)  # a random moment of the conversion
        proc.kill()
        proc.wait()
    return last, proc.returncode


def convert(direction: str, path: Path) -> None:
    if direction == "encrypt":
        encrypt_store(path, NEW)
    elif direction == "rekey":
        rekey_store(path, OLD, NEW)
    else:
        decrypt_store(path, OLD)


@pytest.mark.parametrize("direction", sorted(DIRECTIONS))
def test_a_killed_conversion_leaves_one_whole_store(
    tmp_path: Path, templates: dict[str, Path], direction: str, record_property
) -> None:
    before, after = DIRECTIONS[direction]
    template = templates["plain" if before is None else "encrypted"]
    with Store.open(template, passphrase=before) as store:
        want = contents(store)
    rng = random.Random(f"{SEED}-{direction}")
    moments: list[tuple[str | None, float | None]] = [
        (f"{step}:{call}:{when}", None) for step, call, when in PAUSES
    ] + [(None, rng.uniform(0, 0.6)) for _ in range(RANDOM_KILLS)]
    outcomes = {"old": 0, "new": 0, "paused": 0}
    for n, (pause, delay) in enumerate(moments):
        folder = tmp_path / f"trial-{n}"
        folder.mkdir()
        path = folder / "store.db"
        shutil.copyfile(template, path)
        backup = templates["backup" if before is None else "encrypted backup"]
        shutil.copyfile(backup, folder / BACKUP)
        where = f"{direction}, killed at {pause or f'{delay:.3f} s'}"
        last, rc = run_child(direction, path, pause, delay, folder / "child.log")
        assert rc in (KILLED, 0), f"{where}: {(folder / 'child.log').read_text()}"
        outcomes["paused"] += last == "paused"

        now, held = opened(path, (before, after))
        outcomes["old" if now == before else "new"] += 1
        assert held == want, where
        assert backup_opens(folder / BACKUP, (before, after)), where
        # The backup follows the store: never converted while the store is not, and put in
        # place by the opening when the cut came between the store's rename and its own.
        assert backup_opens(folder / BACKUP, (now,)), where
        # Opening the store removed the half copies the cut left (plaintext, after a decrypt).
        assert not list(folder.glob("*.converting*")), where
        if now == before:  # the conversion runs again from where it was cut, to the end
            convert(direction, path)
            assert opened(path, (before, after)) == (after, want), where
    record_property("case", f"SIGKILL during {direction}")
    record_property("tried", len(moments))
    assert outcomes["paused"] >= len(PAUSES) - 1  # the steps were reached, not skipped
    assert outcomes["old"] and outcomes["new"]


def test_a_decrypt_killed_at_its_export_leaves_no_plaintext_once_opened(
    tmp_path: Path, templates: dict[str, Path]
) -> None:
    path = tmp_path / "store.db"
    shutil.copyfile(templates["encrypted"], path)
    shutil.copyfile(templates["encrypted backup"], tmp_path / BACKUP)
    # Killed once the store's plain copy is written: beside it, the clients' notes in the clear.
    last, rc = run_child("decrypt", path, "_export:2:after", None, tmp_path / "child.log")
    assert (last, rc) == ("paused", KILLED)
    leftover = tmp_path / "store.db.converting"
    assert leftover.read_bytes().startswith(b"SQLite format 3\x00")
    assert b"note 7" in leftover.read_bytes()
    assert Store.is_encrypted(path)
    with Store.open(path, passphrase=OLD) as store:  # what `csmaturity ... orgs` does
        assert len(store.organizations()) == 60
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(["store.db", BACKUP, "child.log"])
    for f in tmp_path.iterdir():
        assert b"note 7" not in f.read_bytes(), f.name
