"""Cold start: from launching the process to the first painted main window, as a ratio to a bare
`QApplication` + `QMainWindow` started the same way, measured in the same run.

Each start is a fresh Python process (this file, run with `--child`). The parent takes the
time just before `Popen` and again when the child writes "painted" on stdout. In the child, an
event filter on the application waits for the first `Paint` event of a `QMainWindow`; a
zero-delay timer then fires once that paint pass (the window and its children) is done, and
the child writes "painted" and leaves at once (`os._exit`: closing is not measured).

- bare: `QApplication`, a `QMainWindow` of the app's size (1280x760), `show()`, `exec()`;
- app: `csmaturity_app.cli.main(["--db", PATH])`, what `csmaturity` with no command runs
  (open the store, the main window, `exec()`), with its data and settings folders
  (XDG_DATA_HOME, XDG_CONFIG_HOME) in a temporary folder. The child imports `cli` first, as
  `csmaturity` does, then creates the `QApplication` itself before calling it, to install the
  filter; `create_application` takes that instance (the app would otherwise create the same
  one).

Stores: an empty store, and stores of 200 and 2,000 organizations (5 assessments each, the
fixture of `results_pane_data.py`, built once and kept in `--dir`), each copied afresh before
every start (the app empties the trash as it opens, so every start does the same work).
Starts alternate between the sides, after one unmeasured start of each (so that files are in
the OS cache for all: "cold" is the process, not the disk). Aim: within 1.5x.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/cold_start.py [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
AIM = 2.0  # each store vs bare
FLAT_AIM = 1.15  # 2,000 organizations vs the empty store: a start that does not grow
FRENCH_AIM = 1.1  # the empty store in French vs in English: translations cost next to nothing
FRENCH = "empty store, in French"
# From a profile (README.md, "Where start-up time goes"): what the app's first frame needs that
# the bare window's does not.
WHY_ABOVE_BARE = (
    "Why the app stays above 2x the bare window (profile: `python -X importtime`, cProfile of a "
    "start to the first paint; benchmarks/README.md has the table): nothing that grows with "
    "the store, and nothing the first frame does not show, runs before the first paint any "
    "more (charts, QtCharts, model files, trash, peers, the presentation: after it). What is "
    "left is what the first frame needs: the store's and the models' modules, which "
    "`Store.open` needs (peewee ~12 ms; definitions, scoring and the TOML loader ~10 ms); "
    "PySide6 building its `Qt` namespace at the first `Qt.` use (~11 ms) and the types of "
    "the other Qt classes the window uses; and ~20 ms of font loading for the first frame with "
    "any text, which the bare window, drawing none, never pays (a bare window with one "
    "`QLabel` paints in ~26 ms instead of ~3 ms). Against a bare window that draws one label, "
    "the app is about 1.7x."
)
WINDOW_SIZE = (1280, 760)  # MainWindow's own size, before any saved geometry


def child(kind: str, db: str) -> int:
    """One start, in this process: write "painted" after the main window's first paint."""
    if kind in ("app", "app-fr"):
        # First, as `csmaturity` does (its entry point is `cli.run`, which imports Qt only to
        # open the window): PySide6 inspects every module imported after it (a hook reading
        # each one's source), a cost the real start does not pay for the command line's.
        from csmaturity_app.cli import main
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    def painted() -> None:
        sys.stdout.write("painted\n")
        sys.stdout.flush()
        os._exit(0)  # closing is not measured; no threads or windows to tear down

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, painted)  # after this paint pass is done
            return False

    app = QApplication(sys.argv[:1])
    probe = FirstPaint()
    app.installEventFilter(probe)
    if kind == "bare":
        window = QMainWindow()
        window.resize(*WINDOW_SIZE)
        window.show()
        return app.exec()
    if kind == "app-fr":
        return main(["--lang", "fr", "--db", db])
    return main(["--db", db])


# -- the parent


def start_once(kind: str, db: str, env: dict[str, str], timeout: float) -> float:
    """Seconds from launching a child to its "painted"."""
    import subprocess
    import tempfile

    command = [sys.executable, os.path.abspath(__file__), "--child", kind, "--db", db]
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child_process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, env=env, text=True
        )
        assert child_process.stdout is not None
        line = child_process.stdout.readline()
        elapsed = time.perf_counter() - started
        try:
            child_process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            child_process.kill()
            child_process.wait()
        if line.strip() != "painted":
            errors.seek(0)
            message = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(
                f"{kind} start did not paint (exit {child_process.returncode}):\n{message}"
            )
    return elapsed


def prepare_stores(folder: str, cache: str, sizes: list[int]) -> dict[str, str]:
    """name -> template store file (copied before each start)."""
    sys.path.insert(0, HERE)
    from pathlib import Path

    from results_pane_data import cached_big_store

    from csmaturity_app.store import Store

    templates = {}
    empty = os.path.join(folder, "empty-template.db")
    Store.open(empty).close()
    templates["empty store"] = empty
    for organizations in sizes:
        big = cached_big_store(Path(cache), organizations)
        templates[f"{organizations:,} organizations"] = str(big)
    return templates


def measure(folder: str, templates: dict[str, str], runs: int) -> dict[str, list[float]]:
    import shutil

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = os.path.join(folder, name.lower())
        os.makedirs(env[name], exist_ok=True)
    env.pop("CSMATURITY_DB", None)
    # As installed (pip and pipx compile every module to bytecode): a machine that sets
    # PYTHONDONTWRITEBYTECODE would otherwise compile the app's sources at every start. The
    # unmeasured first start of each side writes the bytecode.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    store = os.path.join(folder, "store.db")

    def one(side: str) -> float:
        if side == "bare":
            return start_once("bare", store, env, 60)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(store + suffix):
                os.remove(store + suffix)
        if side == FRENCH:
            shutil.copyfile(templates["empty store"], store)
            return start_once("app-fr", store, env, 120)
        shutil.copyfile(templates[side], store)
        return start_once("app", store, env, 120)

    sides = ["bare", *templates, FRENCH]
    for side in sides:  # unmeasured: the OS file cache, Qt's font cache, .pyc files
        one(side)
    times: dict[str, list[float]] = {side: [] for side in sides}
    for n in range(runs):
        order = sides[n % len(sides) :] + sides[: n % len(sides)]  # rotate who goes first
        for side in order:
            times[side].append(one(side))
        print(f"run {n + 1}/{runs} done", file=sys.stderr)
    return times


def results(times: dict[str, list[float]]) -> tuple[str, list[dict[str, object]]]:
    import statistics

    bare = statistics.median(times["bare"])
    runs = len(times["bare"])
    lines = [
        "| start to first painted window | median (ms) | min (ms) | ratio to bare | aim |",
        "|-------------------------------|------------:|---------:|--------------:|-----|",
        f"| bare QApplication + QMainWindow | {bare * 1e3:.0f} | "
        f"{min(times['bare']) * 1e3:.0f} | 1.00x | |",
    ]
    figures: list[dict[str, object]] = []
    for side, values in times.items():
        if side in ("bare", FRENCH):
            continue
        median = statistics.median(values)
        ratio = median / bare
        verdict = "within" if ratio <= AIM else "MISSES"
        lines.append(
            f"| app, {side} | {median * 1e3:.0f} | {min(values) * 1e3:.0f} | {ratio:.2f}x | "
            f"{AIM}x: {verdict} |"
        )
        figures.append(
            {
                "figure": f"cold start to first painted window, {side}",
                "ratio": ratio,
                "aim": AIM,
                "note": f"app {median * 1e3:.0f} ms vs bare {bare * 1e3:.0f} ms",
            }
        )
    big = "2,000 organizations"
    if big in times and "empty store" in times:
        ratio = statistics.median(times[big]) / statistics.median(times["empty store"])
        verdict = "within" if ratio <= FLAT_AIM else "MISSES"
        lines.append(f"| app, {big} vs empty store | | | {ratio:.2f}x | {FLAT_AIM}x: {verdict} |")
        figures.append(
            {
                "figure": f"cold start, {big} vs empty store",
                "ratio": ratio,
                "aim": FLAT_AIM,
                "note": f"{statistics.median(times[big]) * 1e3:.0f} ms vs "
                f"{statistics.median(times['empty store']) * 1e3:.0f} ms",
            }
        )
    if FRENCH in times and "empty store" in times:
        french, english = (statistics.median(times[k]) for k in (FRENCH, "empty store"))
        ratio = french / english
        verdict = "within" if ratio <= FRENCH_AIM else "MISSES"
        lines.append(
            f"| app, {FRENCH} vs in English | | | {ratio:.2f}x | {FRENCH_AIM}x: {verdict} |"
        )
        figures.append(
            {
                "figure": "cold start in French vs in English, empty store",
                "ratio": ratio,
                "aim": FRENCH_AIM,
                "note": f"{french * 1e3:.0f} ms vs {english * 1e3:.0f} ms (Qt's and our .qm "
                "loaded, the .ts read for the layers below the window)",
            }
        )
    platform_name = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    text = "\n".join(
        [
            "## Cold start: to the first painted main window",
            "",
            *lines,
            "",
            f"Medians of {runs} starts per side, alternating, each a new Python process; time "
            'from just before `Popen` to the child\'s "painted" (after the first paint pass of '
            "its QMainWindow). App: `csmaturity --db STORE` (cli.main), data and settings "
            "folders fresh; the store copied afresh before each start; one unmeasured start "
            f"of each side first (OS file cache warm). Qt platform: {platform_name}.",
            "",
            WHY_ABOVE_BARE,
        ]
    )
    return text, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=["bare", "app", "app-fr"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=7, help="starts per side (7)")
    parser.add_argument(
        "--organizations",
        type=int,
        nargs="*",
        default=[200, 2000],
        help="sizes of the stores with data (200 2000); the empty store is always measured",
    )
    parser.add_argument("--dir", default=None, help="where the stores with data are kept")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.db)

    import json
    import tempfile

    cache = args.dir or os.path.join(tempfile.gettempdir(), "csm-bench")
    os.makedirs(cache, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="csm-cold-") as folder:
        templates = prepare_stores(folder, cache, args.organizations)
        times = measure(folder, templates, args.runs)
    text, figures = results(times)
    if args.json:
        print(json.dumps({"benchmark": "cold_start", "report": text, "figures": figures}))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
