"""`csmaturity export --client-safe`: a snapshot without a private note anywhere, which an
import takes without erasing the private notes already there; plans travel either way, and a
bad plan cell is one line on stderr, exit 1, nothing changed."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

ANSWER_NOTE = "PRIVATE: the sponsor is leaving in June"
ACTION_NOTE = "PRIVATE: budget not approved yet"


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def planned(store_path: Path, tsia: MaturityModel) -> Path:
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        a = store.create_assessment(org.id, tsia, "Ann", date(2026, 2, 3))
        for criterion in tsia.criteria[:8]:
            store.record_answer(a.id, criterion.id, 1, notes="seen")
        store.record_private_notes(a.id, tsia.criteria[0].id, ANSWER_NOTE)
        store.set_target(org.id, tsia, 2, "2027-06-30")
        first, *_ = store.build_roadmap(org.id, tsia.id)
        store.edit_action(first.id, private_notes=ACTION_NOTE, owner="Pat")
    return store_path


def rows_of(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    return header, rows


def test_a_client_safe_export_holds_no_private_note_and_a_normal_one_does(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    normal, safe = tmp_path / "normal.csv", tmp_path / "safe.csv"
    status, text, err = run_cli(capsys, "--db", str(planned), "export", "--out", str(normal))
    assert (status, err) == (0, "")
    header, rows = rows_of(normal)
    actions = sum(1 for r in rows if r[header.index("action_id")])
    assert actions > 3
    assert text == (
        f"wrote {normal}: 1 assessment, {len(rows)} rows, 1 target, {actions} actions\n"
    )
    for note in (ANSWER_NOTE, ACTION_NOTE):
        assert note.encode() in normal.read_bytes()

    status, text, err = run_cli(
        capsys, "--db", str(planned), "export", "--out", str(safe), "--client-safe"
    )
    assert (status, err) == (0, "")
    assert text.endswith(f"{actions} actions (client-safe: no private notes)\n")
    assert b"PRIVATE" not in safe.read_bytes()
    header, rows = rows_of(safe)
    assert "private_notes" not in header and "action_private_notes" not in header
    assert sum(1 for r in rows if r[header.index("action_owner")] == "Pat") == 1

    summary = tmp_path / "summary.csv"
    status, text, err = run_cli(
        capsys, "--db", str(planned), "export", "--out", str(summary), "--summary", "--client-safe"
    )
    assert (status, err) == (0, "")
    assert text == f"wrote {summary}: 1 assessment, 1 summary row\n"


def test_importing_a_client_safe_file_keeps_the_private_notes_here(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    safe = tmp_path / "safe.csv"
    run_cli(capsys, "--db", str(planned), "export", "--out", str(safe), "--client-safe")
    copy = tmp_path / "copy.db"
    shutil.copyfile(planned, copy)  # closed cleanly: all of it is in the main file
    status, text, err = run_cli(capsys, "--db", str(copy), "import", str(safe))
    assert (status, err) == (0, "")
    assert "nothing to change" in text
    db = sqlite3.connect(copy)
    try:
        notes = {r[0] for r in db.execute("SELECT private_notes FROM answer")}
        notes |= {r[0] for r in db.execute("SELECT private_notes FROM action")}
    finally:
        db.close()
    assert {ANSWER_NOTE, ACTION_NOTE} <= notes


def test_a_bad_plan_cell_is_one_line_and_exit_1(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "snap.csv"
    run_cli(capsys, "--db", str(planned), "export", "--out", str(out))
    header, rows = rows_of(out)
    at = next(i for i, r in enumerate(rows) if r[header.index("action_id")])
    rows[at][header.index("action_status")] = "finished"
    with out.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    other = tmp_path / "other.db"
    status, text, err = run_cli(capsys, "--db", str(other), "import", str(out))
    assert status == 1 and text == "" and err.count("\n") == 1
    assert f"row {at + 2}, column action_status: 'finished' is not an action's status" in err
    assert not other.exists()  # a refused import leaves no store behind
