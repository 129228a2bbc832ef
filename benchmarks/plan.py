"""How an organization's plan grows with its roadmap, and what the deliverables cost.

- Reading the plan (`Store.plan`: the targets with their gap, every action with its
  criterion, what is achieved and what is overdue), which the Roadmap tab, `csmaturity plan`
  and every report do: per action, with as many actions as an organization may hold
  (`MAX_ACTIONS`) against a roadmap of a hundred. A ratio near 1 means it grows linearly.
- The XLSX action plan of that big roadmap against openpyxl writing the same cells plainly
  (no types, filters, validation or widths): what our workbook adds to the library's own cost.
- The DOCX report of an assessment with its roadmap against the PDF report of the same: the
  two deliverables side by side.

Both sides of a ratio run in the same process, alternately, after one unmeasured run.

    .venv/bin/python benchmarks/plan.py [--actions 100 10000] [--repeat 3]
    .venv/bin/python benchmarks/plan.py --json      # one JSON object (benchmarks/run)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from csmaturity_app.exchange.plan_xlsx import write_plan_xlsx
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.presentation.plan import PLAN_COLUMNS, plan_rows
from csmaturity_app.store import Store
from csmaturity_app.ui.report import export_report_docx, export_report_pdf

TODAY = date(2026, 11, 30)


def planned(store: Store, model: MaturityModel, actions: int) -> tuple[str, str]:
    """An organization with three complete assessments, a target and `actions` actions (the
    built roadmap, then actions of its own on criteria in turn); (its id, its last
    assessment's id)."""
    org = store.create_organization(f"Benchmark {actions}")
    last = ""
    for n, day in enumerate((date(2025, 3, 1), date(2025, 9, 1), date(2026, 3, 1))):
        a = store.create_assessment(org.id, model, "Bench", day)
        for i, criterion in enumerate(model.criteria):
            store.record_answer(a.id, criterion.id, min(model.max_score, (i + n) % 4))
        store.record_notes(a.id, model.criteria[0].id, "Seen in the quarterly review.")
        store.set_status(a.id, "complete")
        last = a.id
    store.set_target(org.id, model, max(s.level for s in model.stages), TODAY + timedelta(200))
    with store.writing():
        built = len(store.build_roadmap(org.id, model.id))
        for i in range(actions - built):
            criterion = model.criteria[i % len(model.criteria)]
            store.add_action(
                org.id,
                model.id,
                f"Follow up {criterion.statement[:60]} ({i})",
                criterion_id=criterion.id,
                owner=("Kim", "Pat", "Ann")[i % 3],
                due_on=TODAY + timedelta(days=(i % 90) - 30),
                status=("open", "in progress", "done", "dropped")[i % 4],
                notes="Agreed with the VP of Customer Success.",
                private_notes="Budget is not approved yet.",
            )
    return org.id, last


def plain_xlsx(rows: list[tuple[object, ...]], out: Path) -> None:
    """The same cells, written by openpyxl with nothing of ours (in the same mode as ours: a
    workbook held in memory, as filters and validations need): the baseline."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Action plan"
    sheet.append(PLAN_COLUMNS)
    for row in rows:
        sheet.append([v if isinstance(v, (int, str, date)) else str(v) for v in row])
    book.save(out)


def median_times(sides: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    for run in sides.values():
        run()  # unmeasured: caches, fonts, imports
    times: dict[str, list[float]] = {name: [] for name in sides}
    order = list(sides.items())
    for rep in range(repeat):
        for name, run in order if rep % 2 == 0 else order[::-1]:
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
        print(f"repetition {rep + 1}/{repeat} done", file=sys.stderr)
    return {name: statistics.median(t) for name, t in times.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--actions", type=int, nargs=2, default=[100, 10_000], help="few, many")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side (3)")
    parser.add_argument("--dir", type=Path, default=None, help="where the temp files go")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
    few, many = args.actions
    model = ModelCatalog.load([BUILTIN_MODELS_DIR]).get("tsia-4-phases")

    with tempfile.TemporaryDirectory(prefix="csm-bench-plan-", dir=args.dir) as name:
        folder = Path(name)
        with Store.open(folder / "store.db") as store:
            small_org, small_last = planned(store, model, few)
            big_org, _ = planned(store, model, many)
            view = store.plan(big_org, TODAY)
            rows = [r.values() for r in plan_rows(view)]
            reading = median_times(
                {
                    "few": lambda: store.plan(small_org, TODAY),
                    "many": lambda: store.plan(big_org, TODAY),
                },
                args.repeat,
            )
            writing = median_times(
                {
                    "ours": lambda: write_plan_xlsx(view, folder / "plan.xlsx", store.path, False),
                    "plain": lambda: plain_xlsx(rows, folder / "plain.xlsx"),
                },
                args.repeat,
            )
            reports = median_times(
                {
                    "docx": lambda: export_report_docx(store, small_last, folder / "r.docx"),
                    "pdf": lambda: export_report_pdf(store, small_last, folder / "r.pdf"),
                },
                args.repeat,
            )

    per_action = (reading["many"] / many) / (reading["few"] / few)
    xlsx = writing["ours"] / writing["plain"]
    docx = reports["docx"] / reports["pdf"]
    table = "\n".join(
        [
            "| run | median |",
            "|-----|-------:|",
            f"| the plan of {few:,} actions | {reading['few'] * 1000:.1f} ms |",
            f"| the plan of {many:,} actions | {reading['many'] * 1000:.1f} ms |",
            f"| XLSX action plan of {many:,} actions | {writing['ours']:.2f} s |",
            f"| openpyxl writing the same cells plainly | {writing['plain']:.2f} s |",
            f"| DOCX report, TSIA, roadmap of {few} actions | {reports['docx']:.2f} s |",
            f"| PDF report of the same | {reports['pdf']:.2f} s |",
            "",
            f"Reading the plan, per action, {many:,} vs {few:,}: {per_action:.2f}x (1x is "
            f"linear). The XLSX costs {xlsx:.2f}x openpyxl's plain writing of its cells; the "
            f"DOCX report {docx:.2f}x the PDF. {args.repeat} runs of each, medians.",
        ]
    )
    if args.json:
        figures = [
            {
                "figure": f"Reading a plan, per action, {many:,} actions vs {few:,}",
                "ratio": per_action,
                "aim": 1.5,
                "note": f"{reading['many'] * 1000:.0f} ms vs {reading['few'] * 1000:.1f} ms",
            },
            {
                "figure": f"XLSX action plan of {many:,} actions vs openpyxl's plain cells",
                "ratio": xlsx,
                "aim": 3.0,
                "note": f"{writing['ours']:.2f} s vs {writing['plain']:.2f} s",
            },
            {
                "figure": "DOCX report vs PDF report of the same assessment",
                "ratio": docx,
                "aim": None,
                "note": f"{reports['docx']:.2f} s vs {reports['pdf']:.2f} s",
            },
        ]
        report = f"## Plans and deliverables\n\n{table}"
        print(json.dumps({"benchmark": "plan", "report": report, "figures": figures}))
        return 0
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
