"""The reliability harness: runs the fault tests at scale and tabulates them.

Each fault test records, with pytest's `record_property`, what it tried: `case` (a name),
`tried` (trials or cases), `lost` (data lost) and maybe a `note`. A test that records nothing
counts as one case, named after its file. A failed test counts as not survived, and, unless
it says otherwise, as data lost: the harness assumes the worst.

    tools/reliability              # the long run (a few minutes)
    tools/reliability --quick      # a short run, as the test suite's smoke test does
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FAULT_TESTS = {
    "tests/store/test_kill_durability.py": "SIGKILL during answer entry",
    "tests/store/test_faults.py": "faults",
    "tests/store/test_bad_stores.py": "read-only, corrupt, locked and newer stores",
    "tests/store/test_migrations.py": "upgrades: backup first, a failed step undone",
    "tests/exchange/test_snapshot_fuzz.py": "CSV fuzzing",
    "tests/exchange/test_model_definition_fuzz.py": "model definition fuzzing",
    "tests/exchange/test_snapshot_bad_files.py": "broken CSV files",
}
LONG = {
    "CSMATURITY_KILL_TRIALS": "200",
    "CSMATURITY_FAULT_TRIALS": "30",
    "CSMATURITY_FUZZ_CASES": "5000",
    "CSMATURITY_MODEL_FUZZ_CASES": "1000",
}
QUICK = {
    "CSMATURITY_KILL_TRIALS": "4",
    "CSMATURITY_FAULT_TRIALS": "2",
    "CSMATURITY_FUZZ_CASES": "100",
    "CSMATURITY_MODEL_FUZZ_CASES": "30",
}


@dataclass
class Row:
    tried: int = 0
    survived: int = 0
    lost: int = 0
    notes: list[str] = field(default_factory=list)


class Tally:
    """A pytest plugin adding up what each fault test reports."""

    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call" and not report.failed:
            return
        props = dict(report.user_properties)
        path = report.nodeid.split("::")[0]
        case = str(props.get("case", FAULT_TESTS.get(path, path)))
        tried = int(props.get("tried", 1))  # type: ignore[call-overload]
        row = self.rows.setdefault(case, Row())
        row.tried += tried
        if report.passed:
            row.survived += tried
            row.lost += int(props.get("lost", 0))  # type: ignore[call-overload]
        else:
            row.lost += int(props.get("lost", tried))  # type: ignore[call-overload]
            row.notes.append(f"FAILED {report.nodeid}")
        if "note" in props:
            row.notes.append(str(props["note"]))

    def table(self) -> str:
        width = max([len(case) for case in self.rows] + [4])
        lines = [
            f"{'case':<{width}}  {'tried':>7}  {'survived':>8}  {'data lost':>9}",
            f"{'-' * width}  {'-' * 7}  {'-' * 8}  {'-' * 9}",
        ]
        for case, row in sorted(self.rows.items()):
            lines.append(f"{case:<{width}}  {row.tried:>7}  {row.survived:>8}  {row.lost:>9}")
            lines += [f"{'':<{width}}    {note}" for note in row.notes]
        total = Row(
            sum(r.tried for r in self.rows.values()),
            sum(r.survived for r in self.rows.values()),
            sum(r.lost for r in self.rows.values()),
        )
        lines.append(f"{'-' * width}  {'-' * 7}  {'-' * 8}  {'-' * 9}")
        lines.append(f"{'total':<{width}}  {total.tried:>7}  {total.survived:>8}  {total.lost:>9}")
        return "\n".join(lines)


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    args = [a for a in argv if a != "--quick"]
    for name, value in (QUICK if quick else LONG).items():
        os.environ.setdefault(name, value)
    os.chdir(ROOT)
    tally = Tally()
    status = pytest.main(["-q", "-p", "no:cacheprovider", *FAULT_TESTS, *args], plugins=[tally])
    print("\nReliability harness" + (" (quick)" if quick else ""))
    print(tally.table())
    lost = sum(row.lost for row in tally.rows.values())
    print("\nno data lost" if not lost and status == 0 else f"\nDATA LOST OR FAILURES ({lost})")
    return int(status) or int(bool(lost))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
