"""An encrypted store against the same store unencrypted, measured in the same run.

- Recording one answer: `Store.record_answer`, the workload of `record_answer.py`, each side
  on its own new store (one made with a passphrase), in rounds that alternate the sides.
- Opening the store and drawing the first page of organizations, as the main window does
  (`Store.open`, `count_organizations`, `organization_summaries("", 0, 200)`): the big store
  of `open_store.py` (`--answers`), and a copy of it encrypted by `encrypt_store`, each open
  with a new `Store`; runs alternate, medians. The encrypted store is opened two ways in the
  same loop: with its passphrase, which pays the key derivation (PBKDF2-HMAC-SHA512, 256,000
  iterations, as SQLCipher 4 derives) once per opening, on purpose: it is what makes a
  guessed passphrase slow to try; and with the key derived once beforehand (as
  `Store.reopen` does), which measures what encryption itself costs the opening. The
  derivation alone is measured too.

Aims: within 1.5x for recording an answer, and for opening + the first page (met with the key;
with the passphrase, the deliberate derivation is most of the time).

    .venv/bin/python benchmarks/encrypted_store.py [--answers 1000000] [--repeat 7] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from open_store import PAGE
from record_answer import WARMUP, workload
from results_pane_data import cached_big_store, organizations_for

from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import Store, encrypt_store

# Inside the store, on purpose: an opening with a key derived beforehand is not offered by the
# public face (only `Store.reopen` makes one), and it is the figure that isolates encryption.
from csmaturity_app.store.cipher import StoreKey, key_of
from csmaturity_app.store.opening import open_database

MODEL = "tsia-4-phases"
PASSPHRASE = "a benchmark's passphrase, long enough to be a real one"
AIMS = {"record": 1.5, "open": 1.5}


def new_store(path: Path, passphrase: str | None) -> str:
    """A store with one organization and one draft assessment; its id."""
    model = ModelCatalog.load([BUILTIN_MODELS_DIR]).get(MODEL)
    with Store.open(path, passphrase=passphrase) as store:
        org = store.create_organization("Benchmark")
        return store.create_assessment(org.id, model, "Bench").id


def record_answers(folder: Path, count: int, rounds: int) -> dict[str, list[float]]:
    """Seconds per answer, one figure per round and side."""
    model = ModelCatalog.load([BUILTIN_MODELS_DIR]).get(MODEL)
    answers = workload([c.id for c in model.criteria], model.max_score, count)
    sides = {"plain": None, "encrypted": PASSPHRASE}
    stores: dict[str, tuple[Store, str]] = {}
    for side, passphrase in sides.items():
        path = folder / f"{side}.db"
        assessment_id = new_store(path, passphrase)
        stores[side] = (Store.open(path, passphrase=passphrase), assessment_id)
    times: dict[str, list[float]] = {side: [] for side in sides}
    try:
        for store, assessment_id in stores.values():
            for criterion_id, score, na, notes in answers[:WARMUP]:
                store.record_answer(assessment_id, criterion_id, score, na, notes)
        for n in range(rounds):
            order = list(stores) if n % 2 == 0 else list(reversed(stores))
            for side in order:
                store, assessment_id = stores[side]
                started = time.perf_counter()
                for criterion_id, score, na, notes in answers:
                    store.record_answer(assessment_id, criterion_id, score, na, notes)
                times[side].append((time.perf_counter() - started) / len(answers))
    finally:
        for store, _ in stores.values():
            store.close()
    return times


def first_page(path: Path, passphrase: str | None, key: StoreKey | None) -> tuple[float, int]:
    started = time.perf_counter()
    if key is not None:
        store = Store(path, open_database(path, key=key.copy()))  # the copy is wiped at close
    else:
        store = Store.open(path, passphrase=passphrase)
    try:
        store.count_organizations()
        listed = store.organization_summaries("", 0, PAGE)
    finally:
        store.close()
    return time.perf_counter() - started, len(listed)


def open_first_page(plain: Path, encrypted: Path, repeat: int) -> dict[str, list[float]]:
    for path in (plain, encrypted):  # the OS file cache, for both sides alike
        with path.open("rb") as f:
            while f.read(1 << 24):
                pass
    key = key_of(encrypted, PASSPHRASE)
    sides: dict[str, tuple[Path, str | None, StoreKey | None]] = {
        "plain": (plain, None, None),
        "passphrase": (encrypted, PASSPHRASE, None),
        "key": (encrypted, None, key),
    }
    times: dict[str, list[float]] = {side: [] for side in sides}
    counts: dict[str, int] = {}
    for side in sides:  # the first start scores and stores summaries: not measured
        first_page(*sides[side])
    for n in range(repeat):
        for side in list(sides) if n % 2 == 0 else list(reversed(sides)):
            seconds, counts[side] = first_page(*sides[side])
            times[side].append(seconds)
    key.wipe()
    assert len(set(counts.values())) == 1, counts
    return times


def key_derivation(repeat: int) -> list[float]:
    """SQLCipher 4's derivation of the page key from a passphrase, as the store makes it once
    per opening (PBKDF2-HMAC-SHA512, 256,000 iterations over the file's 16-byte salt)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), b"0123456789abcdef", 256_000, 32)
        times.append(time.perf_counter() - started)
    return times


def results(
    record: dict[str, list[float]],
    opening: dict[str, list[float]],
    kdf: list[float],
    answers: int,
    count: int,
) -> tuple[str, list[dict[str, object]]]:
    def median(values: list[float]) -> float:
        return statistics.median(values) * 1e3

    rec_plain, rec_enc = median(record["plain"]) * 1e3, median(record["encrypted"]) * 1e3
    open_plain = median(opening["plain"])
    open_pass, open_key = median(opening["passphrase"]), median(opening["key"])
    derive = median(kdf)
    figures: list[dict[str, object]] = [
        {
            "figure": "record one answer, encrypted vs plain store",
            "ratio": rec_enc / rec_plain,
            "aim": AIMS["record"],
            "note": f"encrypted {rec_enc:.0f} µs vs plain {rec_plain:.0f} µs",
        },
        {
            "figure": f"open {answers:,}-answer store + first page, with the passphrase vs plain",
            "ratio": open_pass / open_plain,
            "aim": AIMS["open"],
            "note": f"{open_pass:.1f} ms (the key derivation alone: {derive:.1f} ms, paid once "
            f"per opening on purpose) vs plain {open_plain:.1f} ms",
        },
        {
            "figure": "the same, with the key derived beforehand vs plain",
            "ratio": open_key / open_plain,
            "aim": AIMS["open"],
            "note": f"{open_key:.1f} ms vs plain {open_plain:.1f} ms",
        },
    ]
    lines = [
        "| figure (medians) | encrypted | plain | ratio | aim |",
        "|---|---:|---:|---:|---:|",
        f"| record one answer (µs) | {rec_enc:.0f} | {rec_plain:.0f} | "
        f"{rec_enc / rec_plain:.2f}x | {AIMS['record']:g}x |",
        f"| open + first page of {PAGE} organizations, with the passphrase (ms) | "
        f"{open_pass:.1f} | {open_plain:.1f} | {open_pass / open_plain:.2f}x | "
        f"{AIMS['open']:g}x |",
        f"| ... with the key derived beforehand (ms) | {open_key:.1f} | {open_plain:.1f} | "
        f"{open_key / open_plain:.2f}x | {AIMS['open']:g}x |",
        f"| key derivation alone, once per opening (ms) | {derive:.1f} | | | |",
    ]
    text = "\n".join(
        [
            "## An encrypted store against the same store unencrypted",
            "",
            *lines,
            "",
            f"Recording: {count} answers per round on each side (the workload of "
            "`record_answer.py`), rounds alternating the sides. Opening: the "
            f"{answers:,}-answer store of `open_store.py` and a copy encrypted by "
            "`encrypt_store`, each opened with a new `Store` (runs alternating, OS file cache "
            "warm): the encrypted one with its passphrase and, in the same loop, with its key "
            "derived beforehand. The key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations, "
            "SQLCipher 4's own) is paid once per opening on purpose.",
        ]
    )
    return text, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=1_000_000, help="big store (1000000)")
    parser.add_argument("--record", type=int, default=500, help="answers per round (500)")
    parser.add_argument("--repeat", type=int, default=7, help="rounds / openings per side (7)")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "csm-bench")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    big = cached_big_store(args.dir, organizations_for(args.answers))
    with tempfile.TemporaryDirectory(prefix="csm-bench-", dir=args.dir) as folder:
        work = Path(folder)
        print("recording answers", file=sys.stderr)
        record = record_answers(work, args.record, args.repeat)
        plain = work / "big-plain.db"
        encrypted = work / "big-encrypted.db"
        shutil.copyfile(big, plain)
        shutil.copyfile(big, encrypted)
        print("encrypting a copy of the big store", file=sys.stderr)
        encrypt_store(encrypted, PASSPHRASE)
        print("opening", file=sys.stderr)
        opening = open_first_page(plain, encrypted, args.repeat)
        kdf = key_derivation(args.repeat)
    text, figures = results(record, opening, kdf, args.answers, args.record)
    if args.json:
        print(json.dumps({"benchmark": "encrypted_store", "report": text, "figures": figures}))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
