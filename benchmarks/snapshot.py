"""CSV snapshots: export and import of N rows, as ratios to plain `csv` + `sqlite3`.

The baseline does the least any exporter/importer of the same rows must do, in the same run,
on the same disk:
- export: `SELECT` the same cells from a flat table and `csv.writer.writerows` them;
- import: `csv.reader` over the same file and `executemany` into a flat table, in one
  transaction, with the store's settings (WAL, synchronous=FULL).
The app side is `export_snapshot` from a real store (joins, one row per criterion, formula
neutralising) and `import_snapshot` into an empty store (every row checked, staged, merged).
Aims: import within 3x, export within 2x.

Peak memory (`--memory`) runs each import in a fresh process and reads its peak resident
size: streamed, it stays flat as the file grows.

    .venv/bin/python benchmarks/snapshot.py                      # 200,000 rows
    .venv/bin/python benchmarks/snapshot.py --rows 200000 1000000 --memory --write
    .venv/bin/python benchmarks/snapshot.py --profile import      # cProfile of the app side
    .venv/bin/python benchmarks/snapshot.py --rows 2000 4000 --memory --json  # benchmarks/run
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import json
import platform
import pstats
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.exchange.csv_format import SNAPSHOT_COLUMNS
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.store import Store

HERE = Path(__file__).resolve().parent
NOTES = [
    "",
    "",
    "",
    "Seen in the QBR deck; owner is the VP of CS.",
    "Partly: only for enterprise accounts, not SMB.",
    "=not a formula, but it looks like one",
    "Health score exists, weights unclear \u2013 to revisit",
]


def catalog() -> ModelCatalog:
    return ModelCatalog.load([BUILTIN_MODELS_DIR])


def build_store(path: Path, rows: int) -> None:
    """A store whose snapshot has `rows` rows: TSIA assessments, one row per criterion of the
    current model, 5 per organization, about 90% answered (bulk inserted: a fixture, not the
    app's write path)."""
    rng = random.Random(7)
    model = catalog().get("tsia-4-phases")
    definition = canonical_definition(model)
    digest = definition_digest(definition)
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    orgs, assessments, answers = [], [], []
    for n in range(-(-rows // len(model.criteria))):
        if n % 5 == 0:
            org_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            orgs.append((org_id, f"Client {n // 5:06d}", start.isoformat(), start.isoformat()))
        assessment_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        moment = start + timedelta(days=n % 700, seconds=n)
        stamp = moment.isoformat(timespec="microseconds")
        assessments.append(
            (
                assessment_id,
                org_id,
                digest,
                moment.date().isoformat(),
                "Ann",
                "complete",
                stamp,
                stamp,
                "",
            )
        )
        for criterion in model.criteria:
            if rng.random() < 0.9:
                answers.append(
                    (assessment_id, criterion.id, rng.randrange(4), 0, rng.choice(NOTES), stamp)
                )
    with Store.open(path) as store, store.writing():
        conn = store.db.connection()
        # Columns named: later versions of the schema add columns, with defaults.
        conn.execute(
            "INSERT INTO model_version (id, model_id, version, title, definition, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (digest, model.id, model.version, model.title, definition, start.isoformat()),
        )
        conn.executemany(
            "INSERT INTO organization (id, name, created_at, updated_at, deleted_at)"
            " VALUES (?, ?, ?, ?, NULL)",
            orgs,
        )
        conn.executemany(
            "INSERT INTO assessment (id, organization_id, model_version_id, assessed_on,"
            " assessor, status, created_at, updated_at, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            assessments,
        )
        conn.executemany(
            "INSERT INTO answer (assessment_id, criterion_id, score, not_applicable, notes,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            answers,
        )


def connect_like_the_store(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=wal")
    db.execute("PRAGMA synchronous=full")
    return db


def flat_table(db: sqlite3.Connection) -> None:
    columns = ", ".join(f'"{name}" TEXT' for name in SNAPSHOT_COLUMNS)
    db.execute(f"CREATE TABLE IF NOT EXISTS flat ({columns})")


def baseline_import(csv_path: Path, db_path: Path) -> None:
    db = connect_like_the_store(db_path)
    flat_table(db)
    marks = ", ".join("?" * len(SNAPSHOT_COLUMNS))
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        db.execute("BEGIN IMMEDIATE")
        db.executemany(f"INSERT INTO flat VALUES ({marks})", reader)
        db.execute("COMMIT")
    db.close()


def baseline_export(db_path: Path, csv_path: Path) -> None:
    db = connect_like_the_store(db_path)
    with csv_path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(SNAPSHOT_COLUMNS)
        writer.writerows(db.execute("SELECT * FROM flat"))
    db.close()


def app_export(store_path: Path, csv_path: Path) -> None:
    with Store.open(store_path) as store:
        export_snapshot(store, csv_path)


def app_import(csv_path: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        import_snapshot(store, csv_path, catalog())


def timed(work: Callable[[], None]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def measure(folder: Path, rows: int, repeat: int) -> dict[str, float]:
    source = folder / f"source-{rows}.db"
    if not source.exists():
        build_store(source, rows)
    snapshot = folder / f"snapshot-{rows}.csv"
    app_export(source, snapshot)  # the file both imports read
    flat = folder / f"flat-{rows}.db"
    flat.unlink(missing_ok=True)
    baseline_import(snapshot, flat)  # the table the baseline export reads

    times: dict[str, list[float]] = {
        k: [] for k in ("app export", "raw export", "app import", "raw import")
    }
    for n in range(repeat):
        out = folder / "out.csv"
        pairs = [
            ("app export", partial(app_export, source, out)),
            ("raw export", partial(baseline_export, flat, out)),
        ]
        target = folder / f"target-{n}.db"
        raw_target = folder / f"raw-target-{n}.db"
        pairs += [
            ("app import", partial(app_import, snapshot, target)),
            ("raw import", partial(baseline_import, snapshot, raw_target)),
        ]
        if n % 2:
            pairs.reverse()  # neither side always runs on a warmer cache
        for name, work in pairs:
            times[name].append(timed(work))
        for leftover in folder.glob("*target-*"):
            leftover.unlink()
    return {name: statistics.median(values) for name, values in times.items()}


def peak_memory_mb(folder: Path, rows: int) -> float:
    """Peak resident size of a fresh process importing the snapshot of `rows` rows."""
    snapshot = folder / f"snapshot-{rows}.csv"
    target = folder / f"memory-{rows}.db"
    target.unlink(missing_ok=True)
    code = (
        "import resource, sys; from pathlib import Path; sys.path.insert(0, sys.argv[3]);"
        "import snapshot as s; s.app_import(Path(sys.argv[1]), Path(sys.argv[2]));"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(snapshot), str(target), str(HERE)],
        capture_output=True,
        text=True,
        check=True,
    )
    target.unlink(missing_ok=True)
    return int(out.stdout.split()[-1]) / 1024  # Linux: kilobytes


def report(results: dict[int, dict[str, float]], memory: dict[int, float]) -> str:
    lines = [
        "| rows | export app (s) | export raw (s) | export ratio | import app (s) "
        "| import raw (s) | import ratio | import peak RSS (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for rows, t in results.items():
        export_ratio = t["app export"] / t["raw export"]
        import_ratio = t["app import"] / t["raw import"]
        lines.append(
            f"| {rows:,} | {t['app export']:.2f} | {t['raw export']:.2f} | "
            f"{export_ratio:.2f}x | {t['app import']:.2f} | {t['raw import']:.2f} | "
            f"{import_ratio:.2f}x | {memory.get(rows, float('nan')):.0f} |"
        )
    verdicts = []
    for rows, t in results.items():
        e, i = t["app export"] / t["raw export"], t["app import"] / t["raw import"]
        verdicts.append(
            f"{rows:,} rows: export {e:.2f}x ({'within' if e <= EXPORT_AIM else 'MISSES'} the 2x "
            f"aim), import {i:.2f}x ({'within' if i <= IMPORT_AIM else 'MISSES'} the 3x aim)"
        )
    return "\n".join(lines) + "\n\n" + "; ".join(verdicts) + "."


EXPORT_AIM, IMPORT_AIM = 2.0, 3.0
# An import streams its file, so its peak memory must not grow with the file: the ratio of the
# largest file's peak to the smallest's, with room for noise.
MEMORY_AIM = 1.25
NOTE = (
    "baseline export: `SELECT` from a flat table + `csv.writer.writerows`; baseline import: "
    "`csv.reader` + `executemany` into a flat table in one transaction (WAL, synchronous=FULL). "
    "App: `export_snapshot` from a real store, `import_snapshot` into an empty store. Peak RSS: "
    "each import in a fresh process."
)


def figures(results: dict[int, dict[str, float]], memory: dict[int, float]) -> list[dict]:  # type: ignore[type-arg]
    out: list[dict] = []  # type: ignore[type-arg]
    for rows, t in results.items():
        for side, aim in (("export", EXPORT_AIM), ("import", IMPORT_AIM)):
            app, raw = t[f"app {side}"], t[f"raw {side}"]
            out.append(
                {
                    "figure": f"CSV {side}, {rows:,} rows",
                    "ratio": app / raw,
                    "aim": aim,
                    "note": f"app {app:.2f} s vs csv + sqlite3 {raw:.2f} s",
                }
            )
    if len(memory) >= 2:
        small, large = min(memory), max(memory)
        out.append(
            {
                "figure": f"import peak RSS, {large:,} vs {small:,} rows",
                "ratio": memory[large] / memory[small],
                "aim": MEMORY_AIM,
                "note": f"{memory[large]:.0f} MB vs {memory[small]:.0f} MB; it must not "
                f"grow with the file ({MEMORY_AIM}x allows for noise)",
            }
        )
    return out


def profile(folder: Path, rows: int, side: str) -> str:
    source = folder / f"source-{rows}.db"
    if not source.exists():
        build_store(source, rows)
    snapshot = folder / f"snapshot-{rows}.csv"
    app_export(source, snapshot)
    target = folder / "profiled.db"
    target.unlink(missing_ok=True)
    profiler = cProfile.Profile()
    profiler.enable()
    if side == "import":
        app_import(snapshot, target)
    else:
        app_export(source, folder / "profiled.csv")
    profiler.disable()
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(25)
    return stream.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[200_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "csm-bench")
    parser.add_argument("--memory", action="store_true", help="also peak memory per size")
    parser.add_argument("--write", action="store_true", help="append to results.md")
    parser.add_argument("--profile", choices=["import", "export"])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    if args.profile:
        print(profile(args.dir, args.rows[0], args.profile))
        return 0
    results = {rows: measure(args.dir, rows, args.repeat) for rows in args.rows}
    memory = {rows: peak_memory_mb(args.dir, rows) for rows in args.rows} if args.memory else {}
    if args.json:
        # "times" and "peak_rss_mb" as before; the rest is what `benchmarks/run` reads.
        print(
            json.dumps(
                {
                    "benchmark": "snapshot",
                    "report": "## CSV snapshots: export and import\n\n"
                    f"{report(results, memory)}\n\nMedians of {args.repeat} runs per side; {NOTE}",
                    "figures": figures(results, memory),
                    "times": results,
                    "peak_rss_mb": memory,
                }
            )
        )
        return 0
    text = report(results, memory)
    print(text)
    if args.write:
        machine = (
            f"Machine: {platform.platform()}, {platform.machine()}, Python "
            f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}; files in {args.dir}; "
            f"medians of {args.repeat} runs"
        )
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        with (HERE / "results.md").open("a", encoding="utf-8") as f:
            f.write(f"\n# snapshot benchmark results\n\n## {stamp}\n\n{machine}\n\n{text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
