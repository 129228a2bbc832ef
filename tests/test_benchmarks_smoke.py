"""The benchmarks still run: `benchmarks/run --quick` (tiny sizes, in a temporary folder) exits
0 and prints a figure for each benchmark. No timing is checked: the figures are ratios that
mean something only at full size (`benchmarks/run`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = (
    "record_answer",
    "cold_start",
    "open_store",
    "results_pane",
    "report_pdf",
    "snapshot",
    "encrypted_snapshot",
    "sync",
    "collect",
    "plan",
    "encrypted_store",
)
ROW = re.compile(r"^\| (\w+) \| (.+?) \| (\d+\.\d+)x \|", re.MULTILINE)


def test_every_benchmark_prints_its_figures(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHON=sys.executable)
    env.pop("CSMATURITY_DB", None)
    done = subprocess.run(
        [str(ROOT / "benchmarks" / "run"), "--quick", "--dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:] + done.stdout
    figures: dict[str, list[str]] = {}
    for benchmark, figure, _ratio in ROW.findall(done.stdout):
        figures.setdefault(benchmark, []).append(figure)
    assert set(figures) == set(BENCHMARKS), done.stdout
