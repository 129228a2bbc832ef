"""Opening a store of 1,000,000 answers and listing its organizations, as ratios to raw sqlite3
doing the least a listing needs, measured in the same run.

App side, each time with a new `Store` (a new connection, nothing cached):
- first page, as the main window: `Store.open`, then what `OrganizationTableModel.reload`
  does: `count_organizations()` + `organization_summaries("", 0, 200)` (each organization
  with its latest assessment's results, read from the stored summary: the first run of the
  app side scores those missing and writes them back, as the first start after the upgrade
  that brought the summary does; the medians are of the starts after it);
- all, as `csmaturity orgs`: `Store.open`, `organization_summaries(limit=count_organizations())`.

Baseline: `sqlite3.connect` and a plain `SELECT id, name FROM organization WHERE deleted_at IS
NULL ORDER BY lower(name), id` (with `LIMIT 200` and a `count(*)` for the first page): the
same organizations, in the same order, without the latest assessment of each.
A third figure compares the app's first page on the big store with the same on a store of one
organization (how it grows with the store).

The big store is the fixture of `results_pane_data.py` (5 assessments per organization, an
answer to every criterion; 2% of the organizations in the trash), with enough organizations
for `--answers` answers, built once and kept in `--dir`. Runs alternate between the sides;
medians. The OS file cache is warm (each side reads the same file right before): "cold" is
the connection.
Aims: the first page on the big store within 3x of the same on a one-organization store (a
start that hardly grows with the store); all, as `csmaturity orgs`, within 20x of the raw
listing of names.

    .venv/bin/python benchmarks/open_store.py [--answers 1000000] [--repeat 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from results_pane_data import build_one, cached_big_store, organizations_for

from csmaturity_app.store import Store

AIMS = {"app all": 20.0, "app first page, one": 3.0}  # keyed by the row's app side / baseline
PAGE = 200  # csmaturity_app.ui.item_models.OrganizationTableModel.PAGE (not imported: Qt)
ORDER = "ORDER BY lower(name), id"
ALL_SQL = f"SELECT id, name FROM organization WHERE deleted_at IS NULL {ORDER}"
COUNT_SQL = "SELECT count(*) FROM organization WHERE deleted_at IS NULL"


def app_first_page(path: Path, parts: dict[str, list[float]]) -> int:
    t0 = time.perf_counter()
    store = Store.open(path)
    t1 = time.perf_counter()
    try:
        store.count_organizations()
        listed = store.organization_summaries("", 0, PAGE)
    finally:
        store.close()
    t2 = time.perf_counter()
    parts["open"].append(t1 - t0)
    parts["list"].append(t2 - t1)
    return len(listed)


def app_all(path: Path, parts: dict[str, list[float]]) -> int:
    t0 = time.perf_counter()
    store = Store.open(path)
    t1 = time.perf_counter()
    try:
        listed = store.organization_summaries(limit=store.count_organizations())
    finally:
        store.close()
    t2 = time.perf_counter()
    parts["open"].append(t1 - t0)
    parts["list"].append(t2 - t1)
    return len(listed)


def raw_first_page(path: Path, parts: dict[str, list[float]]) -> int:
    t0 = time.perf_counter()
    conn = sqlite3.connect(path)
    t1 = time.perf_counter()
    try:
        conn.execute(COUNT_SQL).fetchone()
        listed = conn.execute(f"{ALL_SQL} LIMIT {PAGE}").fetchall()
    finally:
        conn.close()
    t2 = time.perf_counter()
    parts["open"].append(t1 - t0)
    parts["list"].append(t2 - t1)
    return len(listed)


def raw_all(path: Path, parts: dict[str, list[float]]) -> int:
    t0 = time.perf_counter()
    conn = sqlite3.connect(path)
    t1 = time.perf_counter()
    try:
        listed = conn.execute(ALL_SQL).fetchall()
    finally:
        conn.close()
    t2 = time.perf_counter()
    parts["open"].append(t1 - t0)
    parts["list"].append(t2 - t1)
    return len(listed)


Work = Callable[[Path, dict[str, list[float]]], int]


def measure(big: Path, one: Path, repeat: int, budget: float) -> dict[str, dict[str, list[float]]]:
    """Runs in turn, rotating who goes first; a task stops being run once its runs took
    `budget` seconds in all (at least one run each)."""
    tasks: dict[str, tuple[Work, Path]] = {
        "app first page": (app_first_page, big),
        "raw first page": (raw_first_page, big),
        "app all": (app_all, big),
        "raw all": (raw_all, big),
        "app first page, one": (app_first_page, one),
    }
    for path in (big, one):  # the OS file cache, for every side alike
        with path.open("rb") as f:
            while f.read(1 << 24):
                pass
    times: dict[str, dict[str, list[float]]] = {
        name: {"open": [], "list": [], "total": []} for name in tasks
    }
    counts: dict[str, int] = {}
    names = list(tasks)
    for n in range(repeat):
        for name in names[n % len(names) :] + names[: n % len(names)]:
            parts = times[name]
            if parts["total"] and sum(parts["total"]) >= budget:
                continue
            work, path = tasks[name]
            counts[name] = work(path, parts)
            parts["total"].append(parts["open"][-1] + parts["list"][-1])
        print(f"run {n + 1}/{repeat} done", file=sys.stderr)
    assert counts["app first page"] == counts["raw first page"], counts
    assert counts["app all"] == counts["raw all"], counts
    return times


def store_facts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        facts = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("organization", "assessment", "answer")
        }
        facts["listed"] = conn.execute(COUNT_SQL).fetchone()[0]
    finally:
        conn.close()
    facts["bytes"] = path.stat().st_size
    return facts


def results(
    times: dict[str, dict[str, list[float]]], facts: dict[str, int], repeat: int, budget: float
) -> tuple[str, list[dict[str, object]]]:
    def ms(name: str, part: str = "total") -> float:
        return statistics.median(times[name][part]) * 1e3

    rows = [
        ("first page (200), as the main window", "app first page", "raw first page"),
        ("all, as `csmaturity orgs`", "app all", "raw all"),
        ("first page: big store vs one organization", "app first page", "app first page, one"),
    ]
    lines = [
        "| open + list (ms, medians) | app | of which open | baseline | of which open | ratio "
        "| runs |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    figures: list[dict[str, object]] = []
    for label, app, base in rows:
        ratio = ms(app) / ms(base)
        aim = AIMS.get(base if base in AIMS else app)
        lines.append(
            f"| {label} | {ms(app):.1f} | {ms(app, 'open'):.1f} | {ms(base):.1f} | "
            f"{ms(base, 'open'):.1f} | {ratio:.2f}x | "
            f"{len(times[app]['total'])} / {len(times[base]['total'])} |"
        )
        baseline = "the app on a one-organization store" if "one" in base else "raw sqlite3"
        figures.append(
            {
                "figure": f"open {facts['answer']:,}-answer store + list {label}",
                "ratio": ratio,
                "aim": aim,
                "note": f"app {ms(app):.1f} ms vs {baseline} {ms(base):.1f} ms"
                + ("" if aim else "; no aim set"),
            }
        )
    text = "\n".join(
        [
            f"## Opening a store of {facts['answer']:,} answers and listing organizations",
            "",
            *lines,
            "",
            f"Store: {facts['organization']:,} organizations ({facts['listed']:,} listed, the "
            f"rest in the trash), {facts['assessment']:,} assessments, {facts['answer']:,} "
            f"answers, {facts['bytes'] / 2**20:.0f} MB. Medians of up to {repeat} runs per "
            f"side (fewer where the runs of a side took over {budget:g} s in all), alternating, "
            "each with a new connection (app: a new `Store`), OS file cache "
            "warm. App: `Store.open` (inspects the file read-only: header, schema and a few "
            "pages, the full `quick_check` running in the background; then opens it "
            "read-write) + `count_organizations` + "
            "`organization_summaries`; baseline: `sqlite3.connect` + `SELECT id, name FROM "
            "organization WHERE deleted_at IS NULL ORDER BY lower(name), id` (+ `count(*)` and "
            "`LIMIT 200` for the first page). Aims: first page big vs one organization 3x; all vs "
            "raw 20x.",
        ]
    )
    return text, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=1_000_000, help="at least (1000000)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per side (7)")
    parser.add_argument(
        "--budget", type=float, default=60, help="seconds of runs per side, at most (60)"
    )
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "csm-bench")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    organizations = organizations_for(args.answers)
    big = cached_big_store(args.dir, organizations)
    facts = store_facts(big)
    with tempfile.TemporaryDirectory(prefix="csm-bench-") as folder:
        one = Path(folder) / "one.db"
        build_one(one)
        times = measure(big, one, args.repeat, args.budget)
    text, figures = results(times, facts, args.repeat, args.budget)
    if args.json:
        print(json.dumps({"benchmark": "open_store", "report": text, "figures": figures}))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
