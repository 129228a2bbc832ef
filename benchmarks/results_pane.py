"""How long selecting an assessment and drawing the results pane takes on a big store, as a
ratio to the same pane on a store with one assessment, measured in the same run.

"Select and draw" is what the main window does when the user selects an assessment:

    pane.show_assessments([id]); pane.refresh_now(); pane.grab()

(`refresh_now` reads the store and updates every chart's series; `grab` paints the pane, as
the screen would), timed from nothing selected (selecting again what is shown does nothing).
The stores are those of `results_pane_data.py`: big = 2,000 organizations,
10,000 assessments (built once and kept in `--dir`); one = one organization with one complete
assessment. Each selection on the big store is an assessment of another organization, in turn;
"compare" selects that organization's two latest completed assessments (before, after).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/results_pane.py [--repeat 30] [--json]

"first pane, nothing stored" is the first selection after opening a store whose stored summary
of results is empty (as after the upgrade that brought it): the peers are scored then, once,
and written back; "first pane, results stored" is the first selection after opening it again,
as every later start of the window is; the medians are over `--repeat` selections after those,
alternating between the two stores.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from results_pane_data import (  # the big store's builder, shared with the data benchmark
    ORGANIZATIONS,
    PER_ORGANIZATION,
    Selection,
    build_one,
    cached_big_store,
    chosen_in,
)

from csmaturity_app.store import Store
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results import ResultsPane

SIZE = (900, 560)
RUNS = ("first", "first-stored", "select", "compare", "live")
PARTS = ("load", "paint", "total")
AIM = 3.0
FIGURES = (  # label, run, part; the rows of the table
    ("select and draw one assessment", "select", "total"),
    ("  of which load (refresh_now)", "select", "load"),
    ("  of which paint (grab)", "select", "paint"),
    ("select and draw two (compare)", "compare", "total"),
    ("refresh after an answer (live)", "live", "total"),
    ("first pane, nothing stored", "first", "total"),
    ("first pane, results stored", "first-stored", "total"),
)


def select_and_draw(pane: ResultsPane, ids: list[str], times: dict[str, list[float]]) -> None:
    pane.show_assessments([])  # from nothing selected: the one-assessment store redraws too
    t0 = time.perf_counter()
    pane.show_assessments(ids)
    pane.refresh_now()
    t1 = time.perf_counter()
    pixmap = pane.grab()
    t2 = time.perf_counter()
    assert not pixmap.isNull()
    assert pane.stack.currentWidget() is pane.content, pane.empty.text()
    times["load"].append(t1 - t0)
    times["paint"].append(t2 - t1)
    times["total"].append(t2 - t0)


def refresh_after_answer(pane: ResultsPane, times: dict[str, list[float]]) -> None:
    """The live path: an answer of the shown assessment was recorded (announced by
    `Operations.answerChanged`; nothing is written here); the pane reads the assessment again,
    keeps the progression and peers it has, and redraws."""
    (assessment_id,) = pane.ids
    t0 = time.perf_counter()
    pane.operations.answerChanged.emit(assessment_id, "F01")
    pane.refresh_now()
    t1 = time.perf_counter()
    pane.grab()
    t2 = time.perf_counter()
    times["load"].append(t1 - t0)
    times["paint"].append(t2 - t1)
    times["total"].append(t2 - t0)


def measure(paths: dict[str, Path], repeat: int) -> dict[str, dict[str, dict[str, list[float]]]]:
    chosen: dict[str, list[Selection]] = {name: chosen_in(path, 20) for name, path in paths.items()}
    times = {name: {run: {p: [] for p in PARTS} for run in RUNS} for name in paths}
    # The first pane of a session: with nothing stored (it scores the peers and writes them
    # back), then in a new session of the same store.
    for name, path in paths.items():
        with sqlite3.connect(path) as conn:
            conn.execute("DELETE FROM assessment_result")
        conn.close()
        for run in ("first", "first-stored"):
            with Store.open(path) as store:
                pane = ResultsPane(Operations(store))
                pane.resize(*SIZE)
                pane.show()
                QApplication.processEvents()
                select_and_draw(pane, [chosen[name][0][3]], times[name][run])
                pane.close()
                pane.deleteLater()
                QApplication.processEvents()
    stores = {name: Store.open(path) for name, path in paths.items()}
    panes = {}
    try:
        for name, store in stores.items():
            pane = ResultsPane(Operations(store))
            pane.resize(*SIZE)
            pane.show()
            QApplication.processEvents()
            panes[name] = pane
        for i in range(1, repeat + 1):
            for name, pane in panes.items():
                _org, _model, _previous, this = chosen[name][i % len(chosen[name])]
                select_and_draw(pane, [this], times[name]["select"])
                refresh_after_answer(pane, times[name]["live"])
                QApplication.processEvents()
        for i in range(1, repeat + 1):
            for name, pane in panes.items():
                _org, _model, previous, this = chosen[name][i % len(chosen[name])]
                select_and_draw(pane, [previous, this], times[name]["compare"])
                QApplication.processEvents()
    finally:
        for pane in panes.values():
            pane.close()
            pane.deleteLater()
        QApplication.processEvents()
        for store in stores.values():
            store.close()
    return times


def report(times: dict[str, dict[str, dict[str, list[float]]]], repeat: int) -> str:
    def ms(name: str, run: str, part: str) -> float:
        return statistics.median(times[name][run][part]) * 1e3

    lines = [
        "| median per selection (ms)          |  big store | one assessment |    ratio |",
        "|------------------------------------|-----------:|---------------:|---------:|",
    ]
    for label, run, part in FIGURES:
        big, one = ms("big", run, part), ms("one", run, part)
        lines.append(f"| {label:<34} | {big:10.2f} | {one:14.2f} | {big / one:7.2f}x |")
    ratio = ms("big", "select", "total") / ms("one", "select", "total")
    verdict = "within" if ratio <= AIM else "MISSES"
    lines += [
        "",
        f"Select and draw: ratio {ratio:.2f}x ({verdict} the 3x aim); medians of {repeat} "
        f"selections per store, alternating; pane {SIZE[0]}x{SIZE[1]}, "
        f"{QApplication.platformName()} platform. Live: the shown assessment read again and "
        "redrawn, as after each answer given in the wizard. First pane: the first selection "
        "after opening the store (single run), with its stored summary of results empty (the "
        "peers are scored and written back), then in a new session (read from the summary). "
        "A store's summary is empty once: the first time it is opened after the upgrade that "
        "adds it (schema 4); assessments that change are scored again one by one as they are "
        'listed. So every session but that one is the "results stored" figure, within the '
        "aim; the once-only scoring of 2,000 peers takes a quarter of a second.",
        f"{platform.platform()}, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}",
    ]
    return "\n".join(lines)


def as_json(
    times: dict[str, dict[str, dict[str, list[float]]]], repeat: int, organizations: int
) -> dict[str, object]:
    """The object `benchmarks/run` reads: this benchmark's section and its figures (the
    totals; each against the 3x aim: the pane must keep up with the wizard on a big store)."""
    figures = []
    for label, run, part in FIGURES:
        if part != "total":
            continue
        big = statistics.median(times["big"][run][part]) * 1e3
        one = statistics.median(times["one"][run][part]) * 1e3
        figures.append(
            {
                "figure": f"results pane: {label}",
                "ratio": big / one,
                "aim": AIM,
                "note": f"{organizations:,} organizations {big:.1f} ms vs one assessment "
                f"{one:.1f} ms" + (" (single run)" if run.startswith("first") else ""),
            }
        )
    title = (
        f"## Results pane: {organizations:,} organizations / "
        f"{organizations * PER_ORGANIZATION:,} assessments vs one assessment"
    )
    return {
        "benchmark": "results_pane",
        "report": f"{title}\n\n{report(times, repeat)}",
        "figures": figures,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "csm-bench")
    parser.add_argument("--organizations", type=int, default=ORGANIZATIONS)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    cached = cached_big_store(args.dir, args.organizations)
    with tempfile.TemporaryDirectory(prefix="csm-bench-", dir=args.dir) as folder:
        # A copy: the measures empty its stored results and record answers, and the cached
        # store is shared with the other benchmarks.
        big = Path(folder) / cached.name
        shutil.copyfile(cached, big)
        one = Path(folder) / "one.db"
        build_one(one)
        times = measure({"big": big, "one": one}, args.repeat)
    if args.json:
        print(json.dumps(as_json(times, args.repeat, args.organizations)))
    else:
        print(report(times, args.repeat))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
