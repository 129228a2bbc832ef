"""`csmaturity export` and `csmaturity import`: files written and read back, one-line errors."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def filled(store_path: Path, tsia: MaturityModel) -> Path:
    with Store.open(store_path) as store:
        for name in ("Acme", "Globex, Inc."):
            org = store.create_organization(name)
            assessment = store.create_assessment(org.id, tsia, "Ann", date(2025, 2, 3))
            for criterion in tsia.criteria[:5]:
                store.record_answer(assessment.id, criterion.id, 2, notes="=seen on site")
    return store_path


def count(path: Path, table: str) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def test_export_counts_as_the_window_does(
    store_path: Path, tmp_path: Path, tsia: MaturityModel, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line and the window word counts with one helper: thousands grouped."""
    with Store.open(store_path) as store:
        for n in range(29):  # a row per criterion: 29 x 35 rows
            org = store.create_organization(f"Org {n}")
            store.create_assessment(org.id, tsia, "Ann", date(2025, 2, 3))
    out = tmp_path / "snap.csv"
    status, text, err = run_cli(capsys, "--db", str(store_path), "export", "--out", str(out))
    assert (status, err) == (0, "")
    assert text == f"wrote {out}: 29 assessments, 1,015 rows\n"


def test_export_then_import_into_another_store(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "snap.csv"
    status, text, err = run_cli(capsys, "--db", str(filled), "export", "--out", str(out))
    assert (status, err) == (0, "")
    assert text == f"wrote {out}: 2 assessments, 70 rows\n"

    other = tmp_path / "other.db"
    status, text, err = run_cli(capsys, "--db", str(other), "import", str(out), "--dry-run")
    assert (status, err) == (0, "")
    assert "dry run: nothing was changed" in text
    assert "organizations: 2 new, 0 updated, 0 unchanged" in text
    assert "answers: 10 new" in text
    assert not other.exists()  # a dry run makes no store

    status, text, err = run_cli(capsys, "--db", str(other), "import", str(out))
    assert (status, err) == (0, "")
    assert text.startswith(f"imported {out}: 70 rows")
    assert count(other, "answer") == 10

    status, text, _ = run_cli(capsys, "--db", str(other), "import", str(out))
    assert "nothing to change" in text


def test_export_one_organization_by_name_and_a_summary(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "globex.csv"
    status, text, _ = run_cli(
        capsys, "--db", str(filled), "export", "--org", "globex, inc.", "--out", str(out)
    )
    assert status == 0 and "1 assessment, 35 rows" in text
    summary = tmp_path / "summary.csv"
    status, text, _ = run_cli(
        capsys, "--db", str(filled), "export", "--summary", "--out", str(summary)
    )
    assert status == 0 and "2 summary rows" in text
    with summary.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["organization"] for r in rows] == ["Acme", "Globex, Inc."]
    assert rows[0]["placed_stage"] == "not yet Phase 1 Forming"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "{tmp}/missing.csv"], "cannot read"),
        (["import", "{tmp}/bad.csv"], "bad.csv: row 1"),
        (["export", "--org", "Nobody", "--out", "{tmp}/x.csv"], "Nobody"),
        (["export", "--assessment", "nope", "--out", "{tmp}/x.csv"], "no assessment"),
        (["export", "--out", "{tmp}/no/such/folder/x.csv"], "cannot write"),
    ],
)
def test_errors_are_one_line_and_change_nothing(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    (tmp_path / "bad.csv").write_text("name,score\nAcme,3\n")
    before = count(filled, "answer"), count(filled, "organization")
    status, out, err = run_cli(capsys, "--db", str(filled), *(a.format(tmp=tmp_path) for a in argv))
    assert status == 1 and out == ""
    assert err.startswith("csmaturity: error: ") and err.count("\n") == 1
    assert message in err
    assert (count(filled, "answer"), count(filled, "organization")) == before


def test_export_needs_an_output_file(filled: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "csmaturity_app", "--db", str(filled), "export"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "--out" in result.stderr


def test_a_refused_import_into_a_new_store_leaves_no_file(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "snap.csv"
    assert run_cli(capsys, "--db", str(filled), "export", "--out", str(out))[0] == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    out.write_text("".join(lines[:-1]) + "not,a,row\n", encoding="utf-8-sig")
    folder = tmp_path / "new"
    folder.mkdir()
    status, text, err = run_cli(capsys, "--db", str(folder / "new.db"), "import", str(out))
    assert status == 1 and text == "" and err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_a_dry_run_into_a_new_store_leaves_no_file(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "snap.csv"
    assert run_cli(capsys, "--db", str(filled), "export", "--out", str(out))[0] == 0
    folder = tmp_path / "new"
    folder.mkdir()
    status, text, _ = run_cli(
        capsys, "--db", str(folder / "new.db"), "import", "--dry-run", str(out)
    )
    assert status == 0 and "nothing was changed" in text and "new" in text
    assert list(folder.iterdir()) == []


def test_an_import_beside_the_wal_of_a_store_that_went_keeps_that_wal(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "snap.csv"
    assert run_cli(capsys, "--db", str(filled), "export", "--out", str(out))[0] == 0
    crashed = tmp_path / "c.db"
    store = Store.open(crashed)
    store.create_organization("Only in the -wal")  # not yet written back to the store file
    kept = {side: Path(f"{crashed}{side}").read_bytes() for side in ("-wal", "-shm")}
    store.close()
    crashed.unlink()  # as if deleted while a session that crashed had it open
    for side, data in kept.items():
        Path(f"{crashed}{side}").write_bytes(data)
    status, text, err = run_cli(capsys, "--db", str(crashed), "import", str(out))
    assert status == 1 and text == "" and err.count("\n") == 1 and "-wal" in err
    assert not crashed.exists()
    # The only copy of that session's changes: this command did not make it, so it stays.
    assert Path(f"{crashed}-wal").read_bytes() == kept["-wal"]
    assert Path(f"{crashed}-shm").read_bytes() == kept["-shm"]
