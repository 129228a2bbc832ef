"""Collecting questionnaires: 50 filled files of 40 criteria, as a ratio to reading the same
files with openpyxl alone.

The baseline does the least any reader of those files must do: `openpyxl.load_workbook`
(read-only, as the app opens them) and every row of the `Questionnaire` sheet as values. The
app side is `collect_questionnaires` into a fresh copy of the store: each file checked before
openpyxl (size, zip, what it inflates to), read, its binding and every rating checked, matched
to its respondent, and collected (one transaction per file, the consensus brought along).
Aim: within 2x.

The files are written by the app (one assessment under a 40-criterion model: TSIA's 35 and 5
more, 50 respondents) and filled with openpyxl: random ratings, a note on about a third.

    .venv/bin/python benchmarks/collect.py                       # 50 files
    .venv/bin/python benchmarks/collect.py --profile             # cProfile of the app side
    .venv/bin/python benchmarks/collect.py --files 5 --repeat 1 --json   # benchmarks/run
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import openpyxl

from csmaturity_app.exchange.questionnaire_collect import collect_questionnaires
from csmaturity_app.exchange.questionnaire_layout import QUESTIONNAIRE_SHEET, rating_choices
from csmaturity_app.exchange.questionnaire_write import write_questionnaires
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import Store

CRITERIA = 40
AIM = 2.0
NOTES = [
    "Seen in the QBR deck; owner is the VP of CS.",
    "Partly: only for enterprise accounts, not SMB.",
    "=not a formula, but it looks like one",
    "Health score exists, weights unclear \u2013 to revisit",
]


def model_of_40() -> MaturityModel:
    """TSIA's model with criteria added up to 40 (copies of its last ones, new ids)."""
    tsia = ModelCatalog.load([BUILTIN_MODELS_DIR]).get("tsia-4-phases")
    extra = [
        dataclasses.replace(c, id=f"X{n:02d}", anchors=c.anchors)
        for n, c in enumerate(tsia.criteria[-(CRITERIA - len(tsia.criteria)) :], 1)
    ]
    return dataclasses.replace(tsia, id="bench-40", criteria=(*tsia.criteria, *extra))


def build(folder: Path, files: int) -> tuple[Path, list[Path]]:
    """A store with one assessment of `files` respondents, and their filled questionnaires."""
    store_path = folder / f"collect-{files}.db"
    for old in folder.glob(f"collect-{files}.db*"):
        old.unlink()
    out = folder / f"questionnaires-{files}"
    shutil.rmtree(out, ignore_errors=True)
    model = model_of_40()
    rng = random.Random(7)
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        assessment = store.create_assessment(org.id, model, assessor="Respondent 00").id
        for n in range(1, files):
            store.add_respondent(assessment, f"Respondent {n:02d}", "CSM")
        paths = write_questionnaires(store, assessment, out)
    choices = rating_choices(model)
    for path in paths:
        workbook = openpyxl.load_workbook(path)
        sheet = workbook[QUESTIONNAIRE_SHEET]
        for row in range(2, len(model.criteria) + 2):
            sheet.cell(row, 6).value = rng.choice([*choices, 2, "n/a", None])
            if rng.random() < 0.33:
                sheet.cell(row, 7).value = rng.choice(NOTES)
        workbook.save(path)
    return store_path, paths


def baseline(paths: list[Path]) -> None:
    for path in paths:
        workbook = openpyxl.load_workbook(path, read_only=True)
        for _row in workbook[QUESTIONNAIRE_SHEET].iter_rows(values_only=True):
            pass
        workbook.close()


def app(store_path: Path, paths: list[Path], target: Path) -> None:
    shutil.copy(store_path, target)
    with Store.open(target) as store:
        results = collect_questionnaires(store, paths)
    assert all(not r.error for r in results), [r.error for r in results if r.error]


def timed(work: Callable[[], None]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def measure(folder: Path, files: int, repeat: int) -> dict[str, float]:
    store_path, paths = build(folder, files)
    times: dict[str, list[float]] = {"app": [], "openpyxl": []}
    baseline(paths)  # both sides then start with the files in the OS cache
    for n in range(repeat):
        target = folder / f"collect-target-{n}.db"
        # The app's side copies the store first (a millisecond for this small store), so
        # that each run collects into a store that has not seen the files.
        pairs = [
            ("app", partial(app, store_path, paths, target)),
            ("openpyxl", partial(baseline, paths)),
        ]
        if n % 2:
            pairs.reverse()  # neither side always runs on a warmer cache
        for name, work in pairs:
            times[name].append(timed(work))
        for leftover in folder.glob(f"collect-target-{n}.db*"):
            leftover.unlink()
    return {name: statistics.median(values) for name, values in times.items()}


def report(files: int, t: dict[str, float]) -> str:
    ratio = t["app"] / t["openpyxl"]
    verdict = "within" if ratio <= AIM else "MISSES"
    return (
        "| files | criteria | collect (s) | openpyxl alone (s) | ratio |\n"
        "|---:|---:|---:|---:|---:|\n"
        f"| {files} | {CRITERIA} | {t['app']:.2f} | {t['openpyxl']:.2f} | {ratio:.2f}x |\n\n"
        f"{ratio:.2f}x ({verdict} the {AIM:g}x aim)."
    )


def profile(folder: Path, files: int) -> str:
    store_path, paths = build(folder, files)
    profiler = cProfile.Profile()
    profiler.enable()
    app(store_path, paths, folder / "profiled.db")
    profiler.disable()
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(25)
    return stream.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "csm-bench")
    parser.add_argument("--profile", action="store_true", help="a cProfile of the app side")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    if args.profile:
        print(profile(args.dir, args.files))
        return 0
    t = measure(args.dir, args.files, args.repeat)
    text = report(args.files, t)
    if args.json:
        print(
            json.dumps(
                {
                    "benchmark": "collect",
                    "report": "## Collecting questionnaires\n\n"
                    f"{text}\n\nMedians of {args.repeat} runs per side; app: "
                    "`collect_questionnaires` into a fresh copy of the store; baseline: "
                    "`openpyxl.load_workbook(read_only=True)` and every row's values.",
                    "figures": [
                        {
                            "figure": f"collect {args.files} questionnaires of {CRITERIA} criteria",
                            "ratio": t["app"] / t["openpyxl"],
                            "aim": AIM,
                            "note": f"app {t['app']:.2f} s vs openpyxl alone {t['openpyxl']:.2f} s",
                        }
                    ],
                    "times": t,
                }
            )
        )
        return 0
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
