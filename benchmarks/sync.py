"""Team sync against a real PostgreSQL (started here, as the tests start theirs), each figure a
ratio to a baseline measured in the same run:

- the first push of a big store (1,000,000 answers) into an empty team store, against the
  least any client must do to put the same rows there: read them from the SQLite store and
  `COPY` them into the same tables with psycopg, in one transaction (aim: 3x);
- a sync with nothing to do, on the big store and on a small one (10,000 answers), against a
  bare round trip (connect, `SELECT 1`, close) (reported; aim: big vs small within 1.5x, a
  cost flat in the store's size);
- a sync of 100 changed answers, on the big store against the same on the small one (aim:
  1.5x).

    .venv/bin/python benchmarks/sync.py                 # 1,000,000 and 10,000 answers
    .venv/bin/python benchmarks/sync.py --big 20000 --small 2000 --repeat 1 --json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from results_pane_data import cached_big_store, organizations_for

from csmaturity_app.store import SYNCED_TABLES, Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.server_schema import init_server
from csmaturity_app.sync.session import sync

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from team_server import TeamDatabase, running_team_server  # noqa: E402

AIMS = {"push": 3.0, "noop big vs small": 1.5, "100 changes big vs small": 1.5}


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def fresh(server) -> TeamDatabase:  # type: ignore[no-untyped-def]
    team = TeamDatabase(server, server.new_database())
    init_server(ServerAddress.parse(team.url()))
    team.admin_sql("GRANT csmaturity_writer TO alice")
    return team


def copy_baseline(store_path: Path, team: TeamDatabase) -> None:
    """Read every synced row from the store and COPY it into the team store's tables."""
    local = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    with team.server.admin_connection(team.database) as conn, conn.transaction():
        for table in SYNCED_TABLES:
            if table.name == "tombstone":
                continue
            columns = ", ".join(table.columns)
            flags = [table.index(c) for c in table.flags]
            with conn.cursor().copy(f"COPY csmaturity.{table.name} ({columns}) FROM STDIN") as copy:
                for row in local.execute(f"SELECT {columns} FROM {table.name}"):
                    if flags:
                        row = list(row)
                        for i in flags:
                            row[i] = bool(row[i])
                    copy.write_row(row)
    local.close()


def sync_store(path: Path, url: str) -> None:
    with Store.open(path) as store:
        sync(store, ServerAddress.parse(url))


def round_trip(url: str) -> None:
    with psycopg.connect(url) as conn:
        conn.execute("SELECT 1").fetchone()


def change_answers(path: Path, count: int, round_: int) -> None:
    """Change `count` answers as a person would, through the store (so they are tracked)."""
    db = sqlite3.connect(path)
    rows = db.execute(
        "SELECT a.assessment_id, a.criterion_id FROM answer AS a "
        "JOIN assessment AS s ON s.id = a.assessment_id WHERE s.status = 'draft' "
        "ORDER BY a.assessment_id, a.criterion_id LIMIT ?",
        (count,),
    ).fetchall()
    db.close()
    with Store.open(path) as store:
        for assessment_id, criterion_id in rows:
            store.record_notes(assessment_id, criterion_id, f"changed, round {round_}")


def measure(folder: Path, big_answers: int, small_answers: int, repeat: int) -> dict:
    big_fixture = cached_big_store(folder, organizations_for(big_answers))
    small_fixture = cached_big_store(folder, organizations_for(small_answers))
    times: dict[str, list[float]] = {}
    facts: dict[str, int] = {}
    with running_team_server() as server, tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        pgpass = work / "pgpass"
        pgpass.write_text(server.pgpass_lines())
        pgpass.chmod(0o600)
        os.environ["PGPASSFILE"] = str(pgpass)
        os.environ.pop("PGPASSWORD", None)
        for path in (big_fixture, small_fixture):
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            facts[path.name] = db.execute("SELECT count(*) FROM answer").fetchone()[0]
            db.close()
        # The first push, alternating with the baseline, each into a new team store.
        team = None
        for _ in range(repeat):
            copy = work / "push.db"
            shutil.copyfile(big_fixture, copy)
            if team is not None:
                server.drop_database(team.database)
            team = fresh(server)
            times.setdefault("push", []).append(
                timed(lambda: sync_store(copy, team.url("alice")))  # noqa: B023
            )
            baseline_team = fresh(server)
            times.setdefault("copy", []).append(
                timed(lambda: copy_baseline(big_fixture, baseline_team))  # noqa: B023
            )
            server.drop_database(baseline_team.database)
        # Both stores synced once (kept from the last push for the big one).
        small = work / "small.db"
        shutil.copyfile(small_fixture, small)
        small_team = fresh(server)
        sync_store(small, small_team.url("alice"))
        big, big_team = work / "push.db", team
        assert big_team is not None
        for _ in range(repeat * 3):
            times.setdefault("noop big", []).append(
                timed(lambda: sync_store(big, big_team.url("alice")))
            )
            times.setdefault("noop small", []).append(
                timed(lambda: sync_store(small, small_team.url("alice")))
            )
            times.setdefault("round trip", []).append(
                timed(lambda: round_trip(big_team.url("alice")))
            )
        for n in range(repeat * 2):
            change_answers(big, 100, n)
            times.setdefault("100 big", []).append(
                timed(lambda: sync_store(big, big_team.url("alice")))
            )
            change_answers(small, 100, n)
            times.setdefault("100 small", []).append(
                timed(lambda: sync_store(small, small_team.url("alice")))
            )
    return {"times": times, "big": facts[big_fixture.name], "small": facts[small_fixture.name]}


def report(measured: dict, repeat: int) -> tuple[str, list[dict[str, object]]]:
    times = measured["times"]
    big, small = measured["big"], measured["small"]

    def ms(name: str) -> float:
        return statistics.median(times[name]) * 1e3

    rows = [
        ("push", f"first push of {big:,} answers vs COPY of the same rows", "push", "copy"),
        (
            "noop big",
            f"sync with nothing to do, {big:,} answers, vs a round trip",
            "noop big",
            "round trip",
        ),
        (
            "noop small",
            f"sync with nothing to do, {small:,} answers, vs a round trip",
            "noop small",
            "round trip",
        ),
        (
            "noop big vs small",
            f"sync with nothing to do: {big:,} vs {small:,} answers",
            "noop big",
            "noop small",
        ),
        (
            "100 changes big vs small",
            f"sync of 100 changed answers: {big:,} vs {small:,} answers",
            "100 big",
            "100 small",
        ),
    ]
    lines = ["| figure | app (ms) | baseline (ms) | ratio | aim |", "|---|---:|---:|---:|---:|"]
    figures: list[dict[str, object]] = []
    for key, label, app, base in rows:
        ratio = ms(app) / ms(base)
        aim = AIMS.get(key)
        lines.append(
            f"| {label} | {ms(app):.1f} | {ms(base):.1f} | {ratio:.2f}x | "
            f"{f'{aim:g}x' if aim else 'reported'} |"
        )
        figures.append(
            {
                "figure": label,
                "ratio": ratio,
                "aim": aim,
                "note": f"{ms(app):.1f} ms vs {ms(base):.1f} ms",
            }
        )
    text = "\n".join(
        [
            "## Team sync (PostgreSQL)",
            "",
            *lines,
            "",
            f"Medians: {repeat} first pushes (each into a new team store, alternating with the "
            f"baseline), {repeat * 3} syncs with nothing to do per store, {repeat * 2} syncs of "
            "100 changed answers per store. Every sync is `csmaturity sync` as the CLI runs it: "
            "`Store.open`, connect, check the server, pull, merge, push, commit both. The "
            "server is the tests' own (PostgreSQL from Debian, on 127.0.0.1, fsync off), "
            "so the figures weigh the client's work, not the disk's. Baselines: reading the "
            "rows from SQLite and `COPY` into the same tables (their keys, foreign keys and "
            "triggers included); a bare connect + `SELECT 1` + close; the same sync on the "
            f"small store. Measured {datetime.now(UTC):%Y-%m-%d}.",
        ]
    )
    return text, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=int, default=1_000_000, help="answers (1000000)")
    parser.add_argument("--small", type=int, default=10_000, help="answers (10000)")
    parser.add_argument("--repeat", type=int, default=3, help="first pushes per side (3)")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "csm-bench")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    text, figures = report(measure(args.dir, args.big, args.small, args.repeat), args.repeat)
    if args.json:
        print(json.dumps({"benchmark": "sync", "report": text, "figures": figures}))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
