"""How long the data of the results pane takes on a big store, as a ratio to a one-assessment store.

"The data for the results pane of one assessment" is what the pane asks the store for when an
assessment is selected: `result(this)` + `progression(org)` + `peer_indices(model, org)` +
`compare_assessments(previous, this)` (+ the pure `peer_position`). It is timed on

- big: 2,000 organizations, 10,000 assessments (5 per organization; 70% of the organizations
  on TSIA, 20% on FT Works, 10% on both; about 85% complete; 2% of organizations in the
  trash; an answer to every criterion of the current model versions), and
- one: one organization with one complete assessment (compared with itself),

in the same run, each pane on an assessment of a different organization in turn (the big
store's are organizations with at least two completed TSIA assessments). The big store is
built once and kept in `--dir` (default: a folder in the system temp folder), bulk inserted in
one transaction: it is a fixture, not the app's write path.

    .venv/bin/python benchmarks/results_pane_data.py [--dir D] [--repeat 30] [--profile]

"first pane" is the first selection after opening the store (model definitions not parsed
yet); the medians are over `--repeat` selections after it.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import platform
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.maturity.digest import canonical_definition
from csmaturity_app.maturity.peers import peer_position
from csmaturity_app.store import Store

ORGANIZATIONS = 2000
PER_ORGANIZATION = 5
TSIA, FTWORKS = "tsia-4-phases", "ftworks-5-levels"
START = date(2023, 1, 9)
FIXTURE = 5  # bump when build_big or the models change: the cached big store is rebuilt
PARTS = ("result", "progression", "peer_indices", "compare", "peer_position")


class Measured(NamedTuple):
    times: dict[str, dict[str, list[float]]]  # run -> part -> seconds
    summary: str


def models() -> dict[str, MaturityModel]:
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR])
    return {TSIA: catalog.get(TSIA), FTWORKS: catalog.get(FTWORKS)}


def stamp(day: date, rng: random.Random) -> str:
    moment = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    return (moment + timedelta(seconds=rng.randrange(8 * 3600))).isoformat(timespec="microseconds")


def plan_of(organization: int) -> list[str]:
    """The models of an organization's assessments, in order: 70% TSIA, 20% FT Works, 10% both."""
    kind = organization % 10
    if kind < 7:
        return [TSIA] * PER_ORGANIZATION
    if kind < 9:
        return [FTWORKS] * PER_ORGANIZATION
    return [TSIA, FTWORKS] * (PER_ORGANIZATION // 2) + [TSIA] * (PER_ORGANIZATION % 2)


def organizations_for(answers: int) -> int:
    """How many organizations the big store needs to hold at least `answers` answers (one per
    criterion of each assessment; the models have different numbers of criteria)."""
    per_model = {model_id: len(model.criteria) for model_id, model in models().items()}
    organizations = total = 0
    while total < answers:
        total += sum(per_model[model_id] for model_id in plan_of(organizations))
        organizations += 1
    return organizations


def build_big(path: Path, organizations: int) -> None:
    """The big store: bulk inserts in one transaction (a fixture, not the app's write path)."""
    rng = random.Random(20240905)
    new_id = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # noqa: E731
    by_id = models()
    digests = {}
    versions = []
    for model in by_id.values():
        definition = canonical_definition(model)
        digest = hashlib.sha256(definition.encode("utf-8")).hexdigest()
        digests[model.id] = digest
        now = stamp(START, rng)
        versions.append((digest, model.id, model.version, model.title, definition, now))
    orgs, assessments, answers = [], [], []
    for n in range(organizations):
        org_id = new_id()
        created = START + timedelta(days=rng.randrange(60))
        deleted = stamp(created + timedelta(days=700), rng) if n % 50 == 49 else None
        orgs.append((org_id, f"Client {n:04d}", stamp(created, rng), stamp(created, rng), deleted))
        plan = plan_of(n)
        level = rng.uniform(0.1, 1.1)  # the organization's maturity, growing over time
        day = created
        for k, model_id in enumerate(plan):
            day += timedelta(days=rng.randrange(60, 150))
            draft = k == len(plan) - 1 and rng.random() < 0.75  # about 15% drafts in all
            assessment_id = new_id()
            created_at = stamp(day, rng)
            assessments.append(
                (
                    assessment_id,
                    org_id,
                    digests[model_id],
                    day.isoformat(),
                    "Assessor",
                    "draft" if draft else "complete",
                    created_at,
                    created_at,
                    "",
                )
            )
            model = by_id[model_id]
            for stage_no, stage in enumerate(model.stages):
                for criterion in model.criteria_of_stage(stage.id):
                    expected = 3 * level - stage_no * 0.9 + rng.gauss(0, 0.8)
                    na = rng.random() < 0.04
                    score = None if na else max(0, min(3, round(expected)))
                    answers.append((assessment_id, criterion.id, score, na, "", created_at))
            level += rng.uniform(0.0, 0.2)
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building")
    for leftover in building.parent.glob(building.name + "*"):
        leftover.unlink()
    with Store.open(building) as store:
        conn = store.db.connection()
        with store.db.atomic():
            conn.executemany(
                "INSERT INTO model_version (id, model_id, version, title, definition, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                versions,
            )
            conn.executemany(
                "INSERT INTO organization (id, name, created_at, updated_at, deleted_at)"
                " VALUES (?, ?, ?, ?, ?)",
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
    building.rename(path)


def build_one(path: Path) -> None:
    model = models()[TSIA]
    with Store.open(path) as store:
        org = store.create_organization("Only Client")
        assessment = store.create_assessment(org.id, model, "Assessor", date(2024, 3, 1))
        for i, criterion in enumerate(model.criteria):
            store.record_answer(assessment.id, criterion.id, (i * 7) % 4)
        store.set_status(assessment.id, "complete")


def selections(store: Store, wanted: int) -> list[Selection]:
    """(organization, model id, previous, this) for organizations with two completed TSIA
    assessments or more: this = the latest, previous = the one before."""
    rows = store.db.execute_sql(
        """
        SELECT a.organization_id, a.id FROM assessment AS a
        JOIN model_version AS mv ON mv.id = a.model_version_id
        JOIN organization AS o ON o.id = a.organization_id
        WHERE mv.model_id = ? AND a.status = 'complete' AND o.deleted_at IS NULL
        ORDER BY o.name, a.assessed_on, a.created_at
        """,
        (TSIA,),
    ).fetchall()
    by_org: dict[str, list[str]] = {}
    for org_id, assessment_id in rows:
        by_org.setdefault(org_id, []).append(assessment_id)
    chosen = [(o, TSIA, ids[-2], ids[-1]) for o, ids in by_org.items() if len(ids) >= 2]
    return chosen[:wanted]


Selection = tuple[str, str, str, str]  # organization, model id, previous assessment, this one


def pane(store: Store, chosen: list[Selection], i: int, times: dict[str, list[float]]):  # type: ignore[no-untyped-def]
    """The data of the pane for the i-th assessment chosen (in turn); each part timed."""
    org_id, model_id, previous, this = chosen[i % len(chosen)]
    t0 = time.perf_counter()
    result = store.result(this)
    t1 = time.perf_counter()
    series = store.progression(org_id)
    t2 = time.perf_counter()
    peers = store.peer_indices(model_id, org_id)
    t3 = time.perf_counter()
    comparison = store.compare_assessments(previous, this)
    t4 = time.perf_counter()
    position = peer_position(result.maturity_index, peers)
    t5 = time.perf_counter()
    marks = (t0, t1, t2, t3, t4, t5)
    for part, start, end in zip(PARTS, marks[:-1], marks[1:], strict=True):
        times[part].append(end - start)
    times["total"].append(t5 - t0)
    return result, series, peers, comparison, position


RUNS = ("first", "select", "written")


def summary(series, peers, comparison, position) -> str:  # type: ignore[no-untyped-def]
    points = f"{len(series)} series / {sum(len(s.points) for s in series)} points"
    changed = f"{len(comparison.changes)} changed criteria"
    if not peers:
        return f"{points}, no peers, {changed}"
    return (
        f"{points}, {len(peers)} peers (quartiles {position.lower_quartile:.2f} / "
        f"{position.median:.2f} / {position.upper_quartile:.2f}; rank {position.rank} of "
        f"{position.out_of}), {changed}"
    )


def measure(paths: dict[str, Path], repeat: int) -> dict[str, Measured]:
    """Both stores open side by side, panes taken in turn on each, so that both see the same
    machine: the first pane after opening; `repeat` selections (in turn on the assessments
    chosen); as many again, each right after a write to the store (the wizard remembering its
    page, `set_position`: any write makes the peers be queried again)."""
    chosen = {name: chosen_in(path, 20) for name, path in paths.items()}
    times = {name: {run: {p: [] for p in (*PARTS, "total")} for run in RUNS} for name in paths}
    notes = {}
    stores = {name: Store.open(path) for name, path in paths.items()}
    try:
        for name, store in stores.items():
            notes[name] = summary(*pane(store, chosen[name], 0, times[name]["first"])[1:])
        for i in range(1, repeat + 1):
            for name, store in stores.items():
                pane(store, chosen[name], i, times[name]["select"])
        for i in range(1, repeat + 1):
            for name, store in stores.items():
                store.set_position(chosen[name][i % len(chosen[name])][3], f"bench-{i}")
                pane(store, chosen[name], i, times[name]["written"])
        for name, store in stores.items():
            for selection in chosen[name]:
                store.set_position(selection[3], "")
    finally:
        for store in stores.values():
            store.close()
    return {name: Measured(times[name], notes[name]) for name in paths}


def chosen_in(path: Path, wanted: int) -> list[Selection]:
    with Store.open(path) as store:
        chosen = selections(store, wanted)
        if chosen:
            return chosen
        # the one-assessment store: its assessment, compared with itself
        (org,) = store.organizations()
        (assessment,) = store.assessments(org.id)
        return [(org.id, assessment.model_id, assessment.id, assessment.id)]


def report(big: Measured, one: Measured) -> str:
    def ms(m: Measured, run: str, part: str) -> float:
        return statistics.median(m.times[run][part]) * 1e3

    lines = [
        "| median per selection (ms)       |  big store | one assessment |    ratio |",
        "|---------------------------------|-----------:|---------------:|---------:|",
    ]

    def row(label: str, run: str, part: str) -> None:
        b, o = ms(big, run, part), ms(one, run, part)
        lines.append(f"| {label:<31} | {b:10.2f} | {o:14.2f} | {b / o:7.1f}x |")

    for part in PARTS:
        row(part, "select", part)
    row("total: the pane's data", "select", "total")
    row("total, after a write", "written", "total")
    row("  of which peer_indices", "written", "peer_indices")
    row("total, first pane after opening", "first", "total")
    row("  of which peer_indices", "first", "peer_indices")
    ratio = ms(big, "select", "total") / ms(one, "select", "total")
    verdict = "within" if ratio <= 3 else "MISSES"
    repeat = len(big.times["select"]["total"])
    lines += [
        "",
        f"Selecting an assessment: total ratio {ratio:.1f}x ({verdict} the 3x aim); medians of "
        f"{repeat} selections. After a write: each pane follows a write to the store "
        "(set_position, as the wizard does on changing page). First pane: one selection right "
        "after opening the store.",
        f"big: {big.summary}.",
        f"one: {one.summary}.",
        f"{platform.platform()}, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}",
    ]
    return "\n".join(lines)


def profile(path: Path, repeat: int) -> str:
    """cProfile of the big store's panes: selections, then selections after a write."""
    chosen = chosen_in(path, 20)
    times: dict[str, list[float]] = {p: [] for p in (*PARTS, "total")}
    out = io.StringIO()
    with Store.open(path) as store:
        pane(store, chosen, 0, times)
        for run in ("select", "written"):
            profiler = cProfile.Profile()
            for i in range(1, repeat + 1):
                if run == "written":
                    store.set_position(chosen[i % len(chosen)][3], f"bench-{i}")
                profiler.enable()
                pane(store, chosen, i, times)
                profiler.disable()
            print(f"== {run}: {repeat} panes", file=out)
            stats = pstats.Stats(profiler, stream=out).strip_dirs()
            stats.sort_stats("cumulative").print_stats(20)
        for selection in chosen:
            store.set_position(selection[3], "")
    return out.getvalue()


def cached_big_store(folder: Path, organizations: int) -> Path:
    """The big store, built once per fixture version and size, and kept in `folder`."""
    big = folder / f"results-pane-{FIXTURE}-{organizations}x{PER_ORGANIZATION}.db"
    if not big.exists():
        t0 = time.perf_counter()
        build_big(big, organizations)
        print(f"built {big} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    store_results(big)
    return big


def store_results(path: Path) -> None:
    """Bring the store to the state every store is in after its first use by this version: the
    summary of results stored (the first listing scores and writes it back, once). Without
    this, each start on a copy of the bulk-built fixture would score its first page again, a
    cost real use pays once. Cheap when already done."""
    from csmaturity_app.store import Store

    with Store.open(path) as store:
        store.organization_summaries(limit=1_000_000)
        for model_id in {m for m, _ in store.model_versions().values()}:
            store.peer_indices(model_id, "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "csm-bench")
    parser.add_argument("--organizations", type=int, default=ORGANIZATIONS)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--profile", action="store_true", help="cProfile the big store's panes")
    args = parser.parse_args(argv)

    big = cached_big_store(args.dir, args.organizations)
    with tempfile.TemporaryDirectory(prefix="csm-bench-") as folder:
        one = Path(folder) / "one.db"
        build_one(one)
        if args.profile:
            print(profile(big, args.repeat))
            return 0
        measured = measure({"big": big, "one": one}, args.repeat)
    print(report(measured["big"], measured["one"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
