"""All the benchmarks in one command, each figure a ratio to a baseline measured in
the same run; a summary table, and with `--write` a new `benchmarks/results.md`.

Each benchmark runs as its own process with `--json` (and QT_QPA_PLATFORM=offscreen) and
prints one object: {"benchmark", "report" (its markdown section), "figures": [{"figure",
"ratio", "aim" (or null), "note"}]}.

    benchmarks/run                 # full sizes (several minutes; big stores kept in --dir)
    benchmarks/run --write         # ... and rewrite benchmarks/results.md
    benchmarks/run --quick         # tiny sizes: a smoke test, not figures to keep
    benchmarks/run --only cold_start open_store
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.md"

# name -> (script, arguments at full sizes, arguments with --quick)
BENCHMARKS: dict[str, tuple[str, list[str], list[str]]] = {
    "record_answer": ("record_answer.py", [], ["--answers", "50", "--repeat", "1"]),
    "cold_start": ("cold_start.py", [], ["--runs", "1", "--organizations", "20"]),
    "open_store": ("open_store.py", [], ["--answers", "2000", "--repeat", "1"]),
    "results_pane": ("results_pane.py", [], ["--organizations", "20", "--repeat", "2"]),
    "report_pdf": (
        "report_pdf.py",
        [],
        ["--stages", "2", "4", "--criteria", "3", "--note", "2000", "--repeat", "1"],
    ),
    "snapshot": (
        "snapshot.py",
        ["--rows", "200000", "1000000", "--memory"],
        ["--rows", "500", "1000", "--repeat", "1", "--memory"],
    ),
    "encrypted_snapshot": (
        "encrypted_snapshot.py",
        ["--rows", "200000"],
        ["--rows", "500", "--repeat", "1"],
    ),
    "sync": ("sync.py", [], ["--big", "3000", "--small", "1000", "--repeat", "1"]),
    "collect": ("collect.py", [], ["--files", "3", "--repeat", "1"]),
    "plan": ("plan.py", [], ["--actions", "20", "60", "--repeat", "1"]),
    "encrypted_store": (
        "encrypted_store.py",
        [],
        ["--answers", "2000", "--record", "20", "--repeat", "1"],
    ),
}


def run_one(name: str, quick: bool, folder: Path) -> dict[str, object]:
    script, full, small = BENCHMARKS[name]
    command = [sys.executable, str(HERE / script), *(small if quick else full)]
    command += ["--dir", str(folder), "--json"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(
            f"{name} failed (exit {done.returncode}):\n{done.stderr[-3000:]}{done.stdout[-1000:]}"
        )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["seconds"] = elapsed
    return result


def verdict(ratio: float, aim: float | None) -> str:
    if aim is None:
        return "no aim"
    return "yes" if ratio <= aim else "**MISSES**"


def summary(results: list[dict[str, object]]) -> str:
    lines = [
        "| benchmark | figure | ratio | aim | met? |",
        "|-----------|--------|------:|----:|------|",
    ]
    for result in results:
        for figure in result["figures"]:  # type: ignore[attr-defined]
            aim = figure["aim"]
            lines.append(
                f"| {result['benchmark']} | {figure['figure']} | {figure['ratio']:.2f}x | "
                f"{'' if aim is None else f'{aim:g}x'} | {verdict(figure['ratio'], aim)} |"
            )
    return "\n".join(lines)


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def git_commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
        ).stdout.strip()

    try:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--", "csmaturity_app", "resources")
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return head + (" + uncommitted changes to csmaturity_app/resources" if dirty else "")


def machine() -> list[str]:
    return [
        f"- Machine: {platform.platform()}; CPU: {cpu_model()} ({os.cpu_count()} logical)",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"PySide6 {package_version('PySide6')}, peewee {package_version('peewee')}",
        f"- Code: commit {git_commit()}",
    ]


def document(results: list[dict[str, object]], quick: bool, folder: Path, seconds: float) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = [
        "# Benchmark results",
        "",
        "Written by `benchmarks/run --write` (see README.md); every figure is a ratio to a "
        "baseline measured in the same run, on the same machine.",
        "",
        f"- Date: {stamp}" + (" (--quick: tiny sizes, not figures to keep)" if quick else ""),
        *machine(),
        f"- Files in {folder}; Qt platform offscreen; the whole run took {seconds / 60:.1f} min",
        "",
        "## Summary",
        "",
        summary(results),
    ]
    sections = [str(result["report"]) for result in results]
    return "\n".join(head) + "\n\n" + "\n\n".join(sections) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    parser.add_argument("--write", action="store_true", help=f"rewrite {RESULTS.name}")
    parser.add_argument(
        "--dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "csm-bench",
        help="where the big stores and files are built and kept (default: %(default)s)",
    )
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), help="these only")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    results, failed = [], []
    for name in args.only or BENCHMARKS:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            result = run_one(name, args.quick, args.dir)
        except (RuntimeError, ValueError) as exc:  # ValueError: output not JSON
            print(f"{name}: {exc}", file=sys.stderr)
            failed.append(name)
            continue
        print(f"  {name} took {result['seconds']:.0f} s", file=sys.stderr, flush=True)
        results.append(result)
    seconds = time.perf_counter() - started

    print(summary(results))
    if failed:
        print(f"\nFAILED: {', '.join(failed)}")
    if args.write:
        if failed:
            print(f"{RESULTS} not written: a benchmark failed", file=sys.stderr)
        else:
            RESULTS.write_text(document(results, args.quick, args.dir, seconds), encoding="utf-8")
            print(f"\nwrote {RESULTS}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
