"""The reliability harness (`tools/reliability`) runs and prints its table: a short run of two
of its cases (the full run is the harness itself)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_harness_prints_its_table() -> None:
    env = dict(os.environ, CSMATURITY_FUZZ_CASES="40")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "reliability.py"), "--quick", "-k", "fuzz or locked"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    table = result.stdout.split("Reliability harness (quick)")[1]
    assert "tried  survived  data lost" in table
    fuzz = next(line for line in table.splitlines() if line.startswith("CSV fuzzing"))
    assert fuzz.split()[-3:] == ["40", "40", "0"]
    models = next(line for line in table.splitlines() if line.startswith("model definition"))
    assert models.split()[-3:] == ["30", "30", "0"]
    assert "store locked by another process" in table
    assert table.rstrip().endswith("no data lost")
