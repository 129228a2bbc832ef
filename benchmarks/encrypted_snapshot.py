"""Encrypted snapshots: exporting N rows to an age file, as ratios to a plain snapshot of the
same store, in the same run.

Both sides are `export_snapshot` of the same store to the same disk; the encrypted side
gathers the CSV in memory and writes its age file (to an X25519 recipient, or with a
passphrase: scrypt at age's work factor, a fixed second or so whatever the size). Reported
too, without an aim: importing the recipient's file against importing the plain one.
Aim: export within 1.3x.

    .venv/bin/python benchmarks/encrypted_snapshot.py              # 200,000 rows
    .venv/bin/python benchmarks/encrypted_snapshot.py --rows 500 --repeat 1 --json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pyrage
from pyrage import x25519
from snapshot import build_store, catalog

from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.exchange.age_files import Decryption, Encryption
from csmaturity_app.store import Store

EXPORT_AIM = 1.3
PASSPHRASE = b"a benchmark's passphrase"
SIDES = ("plain export", "recipient export", "passphrase export", "plain import", "age import")


def export(store_path: Path, out: Path, encryption: Encryption | None) -> None:
    with Store.open(store_path) as store:
        export_snapshot(store, out, encryption=encryption)


def import_into(file: Path, target: Path, decryption: Decryption | None) -> None:
    target.unlink(missing_ok=True)
    with Store.open(target) as store:
        import_snapshot(store, file, catalog(), decryption=decryption)
    for side in ("", "-wal", "-shm"):
        Path(f"{target}{side}").unlink(missing_ok=True)


def timed(work: Callable[[], None]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def measure(folder: Path, rows: int, repeat: int) -> dict[str, float]:
    source = folder / f"source-{rows}.db"
    if not source.exists():
        build_store(source, rows)
    identity = x25519.Identity.generate()
    key = folder / "bench-key.txt"
    key.write_text(f"{identity}\n", encoding="utf-8")
    to_key = Encryption(recipients=(str(identity.to_public()),))
    with_passphrase = Encryption(passphrase=PASSPHRASE)
    plain, sealed = folder / "plain-out.csv", folder / "sealed-out.csv.age"
    export(source, plain, None)
    export(source, sealed, to_key)
    assert pyrage.decrypt(sealed.read_bytes(), [identity]) == plain.read_bytes()
    target = folder / "encrypted-target.db"
    times: dict[str, list[float]] = {side: [] for side in SIDES}
    for n in range(repeat):
        pairs = [
            ("plain export", partial(export, source, folder / "a.csv", None)),
            ("recipient export", partial(export, source, folder / "b.csv.age", to_key)),
            ("passphrase export", partial(export, source, folder / "c.csv.age", with_passphrase)),
            ("plain import", partial(import_into, plain, target, None)),
            ("age import", partial(import_into, sealed, target, Decryption(identities=(key,)))),
        ]
        if n % 2:
            pairs.reverse()  # neither side always runs on a warmer cache
        for name, work in pairs:
            times[name].append(timed(work))
    for leftover in ("a.csv", "b.csv.age", "c.csv.age"):
        (folder / leftover).unlink(missing_ok=True)
    return {name: statistics.median(values) for name, values in times.items()}


def figures(results: dict[int, dict[str, float]]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for rows, t in results.items():
        for side in ("recipient", "passphrase"):
            app = t[f"{side} export"]
            out.append(
                {
                    "figure": f"age export ({side}) vs plain, {rows:,} rows",
                    "ratio": app / t["plain export"],
                    "aim": EXPORT_AIM,
                    "note": f"{app:.2f} s vs {t['plain export']:.2f} s",
                }
            )
        out.append(
            {
                "figure": f"age import (recipient) vs plain, {rows:,} rows",
                "ratio": t["age import"] / t["plain import"],
                "aim": None,
                "note": f"{t['age import']:.2f} s vs {t['plain import']:.2f} s",
            }
        )
    return out


def report(results: dict[int, dict[str, float]]) -> str:
    lines = [
        "| rows | plain export (s) | to a key (s) | ratio | with a passphrase (s) | ratio "
        "| plain import (s) | age import (s) | ratio |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for rows, t in results.items():
        base, base_in = t["plain export"], t["plain import"]
        lines.append(
            f"| {rows:,} | {base:.2f} | {t['recipient export']:.2f} | "
            f"{t['recipient export'] / base:.2f}x | {t['passphrase export']:.2f} | "
            f"{t['passphrase export'] / base:.2f}x | {base_in:.2f} | {t['age import']:.2f} | "
            f"{t['age import'] / base_in:.2f}x |"
        )
    verdicts = []
    for rows, t in results.items():
        for side in ("recipient", "passphrase"):
            ratio = t[f"{side} export"] / t["plain export"]
            verdicts.append(
                f"{rows:,} rows, {side}: export {ratio:.2f}x "
                f"({'within' if ratio <= EXPORT_AIM else 'MISSES'} the {EXPORT_AIM}x aim)"
            )
    return "\n".join(lines) + "\n\n" + "; ".join(verdicts) + "."


NOTE = (
    "both sides `export_snapshot` of the same store; encrypted: the CSV gathered in memory, "
    "then its age file (X25519 recipient, or scrypt passphrase) written through the same "
    "atomic replace. Imports: `import_snapshot` of the plain file and of the recipient's "
    "age file (decrypted in memory) into an empty store."
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[200_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "csm-bench")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    results = {rows: measure(args.dir, rows, args.repeat) for rows in args.rows}
    text = report(results)
    if args.json:
        print(
            json.dumps(
                {
                    "benchmark": "encrypted_snapshot",
                    "report": "## Encrypted snapshots (age): export and import\n\n"
                    f"{text}\n\nMedians of {args.repeat} runs per side; {NOTE}",
                    "figures": figures(results),
                }
            )
        )
        return 0
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
