"""How the PDF report's time grows with the model and with a long note.

The report of an assessment under a model of many stages is timed against the report under a
model of few stages, per stage: a ratio near 1 means the report grows linearly with the
stages (it used to grow with their square: 100 stages 1.5 s, 400 stages 25.6 s). And the
report with one long unbroken note (as long as a note may be) against the same report without
it. The models are made from the installed TSIA model's texts, at the sizes a model may have
(at most 50 stages and 1,000 criteria); every criterion is answered. Both sides of a ratio
run in the same process, alternately, after one unmeasured report (fonts, Qt's caches).

    .venv/bin/python benchmarks/report_pdf.py [--stages 10 50] [--criteria 20] [--repeat 3]
    .venv/bin/python benchmarks/report_pdf.py --profile   # where the big report's time goes
    .venv/bin/python benchmarks/report_pdf.py --json      # one JSON object (benchmarks/run)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from csmaturity_app.maturity import MaturityModel, parse_model
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.report import export_report_pdf

NOTE_CHARS = 20_000  # the longest note a store takes


def big_model(stages: int, per_stage: int) -> MaturityModel:
    """`stages` stages of `per_stage` criteria each, with the TSIA model's texts."""
    data: dict[str, Any] = ModelCatalog.load([BUILTIN_MODELS_DIR]).get("tsia-4-phases").to_dict()
    stage, criterion = data["stages"][0], data["criteria"][0]
    dimensions = [d["id"] for d in data["dimensions"]]
    data |= {"id": f"bench-{stages}x{per_stage}", "version": "1.0.0"}
    data["stages"] = [
        {**stage, "id": f"s{i}", "level": i, "name": f"Stage {i}"} for i in range(1, stages + 1)
    ]
    data["criteria"] = [
        {
            **criterion,
            "id": f"C{i}-{j}",
            "stage": f"s{i}",
            "dimension": dimensions[(i + j) % len(dimensions)],
        }
        for i in range(1, stages + 1)
        for j in range(per_stage)
    ]
    data.pop("carry_forward", None)
    return parse_model(data, f"benchmark model of {stages} stages")


def new_assessment(store: Store, model: MaturityModel, note: int) -> str:
    """Every criterion answered (scores round the scale); one note of `note` characters."""
    org = store.create_organization(f"Benchmark {model.id} {note}")
    record = store.create_assessment(org.id, model, "Bench", date(2025, 3, 14))
    for n, criterion in enumerate(model.criteria):
        store.record_answer(record.id, criterion.id, n % (model.max_score + 1))
    if note:
        store.record_notes(record.id, model.criteria[0].id, "x" * note)  # no break anywhere
    return record.id


def timed_report(store: Store, assessment_id: str, folder: Path) -> float:
    started = time.perf_counter()
    export_report_pdf(store, assessment_id, folder / "report.pdf")
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--stages", type=int, nargs=2, default=[10, 50], help="few, many")
    parser.add_argument("--criteria", type=int, default=20, help="criteria per stage (20)")
    parser.add_argument("--note", type=int, default=NOTE_CHARS, help="the long note's length")
    parser.add_argument("--repeat", type=int, default=3, help="reports of each side (3)")
    parser.add_argument("--profile", action="store_true", help="cProfile the big report")
    parser.add_argument("--dir", type=Path, default=None, help="where the temp files go")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
    few, many = args.stages

    with tempfile.TemporaryDirectory(prefix="csm-bench-report-", dir=args.dir) as name:
        folder = Path(name)
        with Store.open(folder / "store.db") as store:
            small = new_assessment(store, big_model(few, args.criteria), 0)
            big_model_ = big_model(many, args.criteria)
            big = new_assessment(store, big_model_, 0)
            noted = new_assessment(store, big_model_, args.note)
            timed_report(store, small, folder)  # unmeasured: fonts, Qt's caches
            if args.profile:
                profiler = cProfile.Profile()
                profiler.enable()
                timed_report(store, noted, folder)
                profiler.disable()
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(
                    "cumulative"
                ).print_stats(30)
                print(out.getvalue())
                return 0
            times: dict[str, list[float]] = {"small": [], "big": [], "noted": []}
            sides = [("small", small), ("big", big), ("noted", noted)]
            for rep in range(args.repeat):
                for side, assessment_id in sides if rep % 2 == 0 else sides[::-1]:
                    times[side].append(timed_report(store, assessment_id, folder))
                print(f"repetition {rep + 1}/{args.repeat} done", file=sys.stderr)

    small_s, big_s, noted_s = (statistics.median(times[k]) for k in ("small", "big", "noted"))
    per_stage = (big_s / many) / (small_s / few)
    with_note = noted_s / big_s
    table = "\n".join(
        [
            "| report | median |",
            "|--------|-------:|",
            f"| {few} stages x {args.criteria} criteria | {small_s:.2f} s |",
            f"| {many} stages x {args.criteria} criteria | {big_s:.2f} s |",
            f"| {many} stages, one unbroken note of {args.note:,} characters | {noted_s:.2f} s |",
            "",
            f"Per stage, {many} stages vs {few}: {per_stage:.2f}x (1x is linear). "
            f"The long note adds {with_note - 1:.0%}. {args.repeat} reports of each, medians.",
        ]
    )
    if args.json:
        figures = [
            {
                "figure": f"PDF report per stage, {many} stages vs {few}",
                "ratio": per_stage,
                "aim": 1.5,
                "note": f"{big_s:.2f} s vs {small_s:.2f} s",
            },
            {
                "figure": f"PDF report with a {args.note:,}-character note vs without",
                "ratio": with_note,
                "aim": 1.5,
                "note": f"{noted_s:.2f} s vs {big_s:.2f} s ({many} stages)",
            },
        ]
        report = f"## The PDF report: stages and a long note\n\n{table}"
        print(json.dumps({"benchmark": "report_pdf", "report": report, "figures": figures}))
        return 0
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
