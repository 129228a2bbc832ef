"""`csmaturity target` and `csmaturity plan`: a target set and its roadmap built, listed and
cleared; the plan printed as a table, CSV or JSON, or written as XLSX, CSV or JSON; and every
bad input refused in one line, with nothing written and nothing stored changed."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from plan_data import FORMULA_TITLE, PRIVATE, planned

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.presentation.plan import CLIENT_SAFE_PLAN_COLUMNS, PLAN_COLUMNS
from csmaturity_app.store import DiskFullError, Store

MODEL = "tsia-4-phases"


def stored_rows(store_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table: what "nothing stored changes" compares."""
    connection = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}
    finally:
        connection.close()


def run(capsys, store_path: Path, *argv: str) -> tuple[int, str, str]:
    status = cli.main(["--db", str(store_path), *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def assessed(store_path: Path, tsia: MaturityModel) -> str:
    """Acme, placed in phase 1 by a complete assessment; no target yet."""
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        record = store.create_assessment(org.id, tsia, "Ann", "2026-01-15")
        for criterion in tsia.criteria_of_stage(tsia.stages[0].id):
            store.record_answer(record.id, criterion.id, tsia.max_score)
        store.set_status(record.id, "complete")
        return org.id


@pytest.fixture
def acme(store_path: Path, tsia: MaturityModel) -> str:
    """Acme with a target and a roadmap in every state (see `plan_data`)."""
    with Store.open(store_path) as store:
        return planned(store, tsia).organization_id


def _stage_count(model: MaturityModel, levels: range) -> int:
    return sum(len(model.criteria_of_stage(s.id)) for s in model.stages if s.level in levels)


# -- target


def test_target_sets_the_target_and_builds_the_roadmap(
    capsys, store_path: Path, assessed: str, tsia: MaturityModel
):
    status, out, err = run(
        capsys, store_path, "target", "Acme", "--model", MODEL, "--stage", "3", "--by", "2027-06-30"
    )
    stage = tsia.stages[2]
    added = _stage_count(tsia, range(2, 4))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"target of Acme on {MODEL}: {tsia.stage_word} 3 {stage.name} by 30 June 2027",
        f"roadmap: {added} actions added",
    ]
    with Store.open(store_path) as store:
        (target,) = store.targets(assessed)
        actions = store.actions(assessed)
    assert (target.stage_level, target.due_on.isoformat()) == (3, "2027-06-30")
    assert len(actions) == added and {a.due_on.isoformat() for a in actions} == {"2027-06-30"}
    # again: the target is the same, and every criterion has its action already
    status, out, _ = run(
        capsys,
        store_path,
        "target",
        assessed,
        "--model",
        MODEL,
        "--stage",
        "3",
        "--by",
        "2027-06-30",
    )
    assert status == 0
    assert (
        out.splitlines()[1] == "roadmap: no actions added: every criterion up to the target has one"
    )


def test_a_target_reached_or_without_an_assessment_adds_no_action(
    capsys, store_path: Path, assessed: str
):
    status, out, _ = run(capsys, store_path, "target", "Acme", "--model", MODEL, "--stage", "1")
    assert status == 0 and out.splitlines()[1] == "the target is reached: no actions added"
    with Store.open(store_path) as store:
        store.create_organization("Zeta")
    status, out, _ = run(capsys, store_path, "target", "Zeta", "--model", MODEL, "--stage", "2")
    assert status == 0
    assert out.splitlines()[1] == (
        f"roadmap: built once the organization has an assessment on {MODEL}"
    )


def test_target_alone_lists_the_targets_with_their_gap_and_clear_takes_one_away(
    capsys, store_path: Path, acme: str
):
    status, out, _ = run(capsys, store_path, "target", "Acme", "--format", "json")
    assert status == 0
    (target,) = json.loads(out)
    assert target["model_id"] == MODEL and target["stage_level"] == 2
    assert target["target"] == "Phase 2 Storming by 1 March 2026"
    assert "to go" in target["gap"] and target["due_on"] == "2026-03-01"
    status, out, _ = run(capsys, store_path, "target", "Acme")
    assert status == 0 and "Phase 2 Storming by 1 March 2026" in out
    status, out, _ = run(capsys, store_path, "target", "Acme", "--model", MODEL, "--clear")
    assert status == 0 and out == f"target of Acme on {MODEL} cleared (its actions stay)\n"
    with Store.open(store_path) as store:
        assert store.targets(acme) == [] and store.actions(acme)
    status, out, _ = run(capsys, store_path, "target", "Acme")
    assert (status, out) == (0, "Acme has no target yet.\n")


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--stage", "7"], "has no stage 7; its stages are 1, 2, 3, 4"),
        (["--stage", "three"], "--stage takes a stage's level"),
        (["--stage", "3", "--by", "2027-13-01"], "'2027-13-01' is not a date"),
        (["--stage", "3", "--by", "next June"], "'next June' is not a date"),
    ],
)
def test_a_bad_target_is_refused_in_one_line_and_changes_nothing(
    capsys, store_path: Path, acme: str, extra: list[str], says: str
):
    before = stored_rows(store_path)
    status, out, err = run(capsys, store_path, "target", "Acme", "--model", MODEL, *extra)
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("csmaturity: error: ") and says in err
    assert stored_rows(store_path) == before


# -- plan printed


def test_plan_table_fits_80_columns_and_shows_each_action(
    capsys, store_path: Path, acme: str, monkeypatch
):
    monkeypatch.setenv("COLUMNS", "80")
    status, out, err = run(capsys, store_path, "plan", "Acme")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Action plan of Acme"
    assert max(len(line) for line in lines) <= 80
    head = next(line for line in lines if line.split()[:1] == ["#"])
    assert head.split() == ["#", "action", "owner", "due", "status", "state"]
    assert "Overdue" in out and "Pat Lee" in out and "In progress" in out
    assert PRIVATE not in out  # a table has no column for private notes


def test_plan_table_escapes_what_would_rewrite_the_terminal(
    capsys, store_path: Path, tsia: MaturityModel
):
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        store.add_action(org.id, MODEL, "Pay \u202egnp.exe\u202c \x9b31m now", owner="R\u200bob")
    for fmt in ("table", "csv"):
        status, out, _ = run(capsys, store_path, "plan", "Acme", "--format", fmt)
        assert status == 0
        assert "\u202e" not in out and "\x9b" not in out and "\u200b" not in out
        assert "\\u202e" in out and "\\x9b" in out
    status, out, _ = run(capsys, store_path, "plan", "Acme", "--format", "json")
    assert "\u202e" not in out and "\x9b" not in out
    (action,) = json.loads(out)["actions"]  # escaped as JSON: the same text once read
    assert action["action"] == "Pay \u202egnp.exe\u202c \x9b31m now"
    assert action["owner"] == "R\u200bob"


def test_plan_csv_and_json_use_the_plan_columns(capsys, store_path: Path, acme: str):
    status, out, _ = run(capsys, store_path, "plan", "Acme", "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(PLAN_COLUMNS)
    assert {r["overdue"] for r in rows} == {"true", "false"}
    own = next(r for r in rows if r["owner"] == "Sam")
    assert own["action"] == "'" + FORMULA_TITLE  # neutralised for spreadsheets
    status, out, _ = run(capsys, store_path, "plan", acme, "--format", "json")
    document = json.loads(out)
    assert document["organization"] == {"id": acme, "name": "Acme"}
    assert [t["model_id"] for t in document["targets"]] == [MODEL]
    actions = document["actions"]
    assert all(list(a) == list(PLAN_COLUMNS) for a in actions)
    assert {a["overdue"] for a in actions} == {True, False}
    assert next(a for a in actions if a["owner"] == "Sam")["action"] == FORMULA_TITLE
    assert any(a["private_notes"] == PRIVATE for a in actions)
    assert any(a["achieved_on"] == "2026-06-01" for a in actions)


def test_plan_client_safe_prints_no_private_note(capsys, store_path: Path, acme: str):
    for fmt in ("csv", "json"):
        status, out, _ = run(capsys, store_path, "plan", "Acme", "--format", fmt, "--client-safe")
        assert status == 0 and PRIVATE not in out and "private_notes" not in out
    actions = json.loads(out)["actions"]
    assert all(list(a) == list(CLIENT_SAFE_PLAN_COLUMNS) for a in actions)


# -- plan written


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json", ".XLSX"])
@pytest.mark.parametrize("client_safe", [False, True])
def test_plan_out_writes_the_format_its_extension_names(
    capsys, tmp_path: Path, store_path: Path, acme: str, suffix: str, client_safe: bool
):
    out = tmp_path / f"plan{suffix}"
    safe = ["--client-safe"] if client_safe else []
    status, said, err = run(capsys, store_path, "plan", "Acme", "--out", str(out), *safe)
    assert (status, err) == (0, "")
    assert said.startswith(f"wrote {out}: ")
    data = out.read_bytes()
    if suffix.lower() == ".xlsx":
        workbook = openpyxl.load_workbook(out)
        assert workbook.sheetnames == ["Action plan", "Targets"]
        with zipfile.ZipFile(out) as archive:
            data = b"".join(archive.read(n) for n in archive.namelist())
    elif suffix == ".csv":
        assert data.startswith(b"\xef\xbb\xbfposition,model_id,")
    else:
        assert json.loads(data)["organization"]["id"] == acme
    assert (PRIVATE.encode() in data) is not client_safe
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def _refused(capsys, store_path: Path, out: Path, *argv: str) -> str:
    before = stored_rows(store_path)
    status, said, err = run(capsys, store_path, "plan", "Acme", "--out", str(out), *argv)
    assert status == 1 and said == ""
    assert err.count("\n") == 1 and err.startswith("csmaturity: error: ")
    assert stored_rows(store_path) == before
    return err


def test_plan_out_of_another_extension_is_refused(capsys, tmp_path: Path, store_path: Path, acme):
    err = _refused(capsys, store_path, tmp_path / "plan.pdf")
    assert "a .xlsx, .csv or .json file, not '.pdf'" in err
    assert not (tmp_path / "plan.pdf").exists()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json"])
@pytest.mark.parametrize(
    "lock", [".~lock.{name}#", "~${name}", "~${cut}"], ids=["libreoffice", "office", "office-cut"]
)
def test_a_plan_open_in_another_program_is_left_alone(
    capsys, tmp_path: Path, store_path: Path, acme: str, suffix: str, lock: str
):
    out = tmp_path / f"action plan{suffix}"
    out.write_bytes(b"the client's edits")
    (tmp_path / lock.format(name=out.name, cut=out.name[2:])).write_text("")
    err = _refused(capsys, store_path, out)
    assert f"{out} is open in another program" in err
    assert err.rstrip().endswith("close it there and try again")
    assert out.read_bytes() == b"the client's edits"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_a_lock_beside_no_file_is_stale_and_ignored(capsys, tmp_path: Path, store_path: Path, acme):
    out = tmp_path / "plan.xlsx"
    (tmp_path / ".~lock.plan.xlsx#").write_text("")
    status, _, err = run(capsys, store_path, "plan", "Acme", "--out", str(out))
    assert (status, err) == (0, "") and out.exists()


def test_a_missing_output_folder_is_one_line(capsys, tmp_path: Path, store_path: Path, acme):
    err = _refused(capsys, store_path, tmp_path / "nowhere" / "plan.xlsx")
    assert "the folder does not exist" in err
    assert not (tmp_path / "nowhere").exists()


def test_an_output_folder_not_writable_is_one_line(tmp_path: Path, store_path: Path, acme: str):
    """A real read-only folder (a read-only bind mount in a mount namespace of the test's own:
    root may write into any folder whatever its permissions)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    before = stored_rows(store_path)
    command = [sys.executable, "-m", "csmaturity_app", "--db", str(store_path)]
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'
    as_user = [] if os.geteuid() == 0 else ["--user", "--map-root-user"]
    results = {}
    for suffix in (".xlsx", ".csv", ".json"):
        out = folder / f"plan{suffix}"
        done = subprocess.run(
            [
                "unshare",
                *as_user,
                "--mount",
                "--propagation",
                "private",
                "sh",
                "-c",
                script,
                "sh",
                str(folder),
                *command,
                "plan",
                "Acme",
                "--out",
                str(out),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        results[suffix] = (done.returncode, done.stdout, done.stderr)
    for suffix, (status, said, err) in results.items():
        assert status == 1 and said == "", (suffix, err)
        assert (
            err
            == f"csmaturity: error: cannot write {folder}/plan{suffix}: the folder is read-only\n"
        )
    assert list(folder.iterdir()) == []
    assert stored_rows(store_path) == before


def test_the_command_line_loads_no_exchange_module_or_openpyxl_to_start():
    """Starting the window goes through the command line: the plan's modules, openpyxl and
    the exchange package load only for the commands that use them."""
    probe = (
        "import sys\n"
        "from csmaturity_app import cli\n"
        "cli.build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('openpyxl', "
        "'csmaturity_app.exchange', 'csmaturity_app.presentation.plan'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout == "[]\n"


def test_a_target_whose_roadmap_cannot_be_saved_is_not_saved_either(
    capsys, monkeypatch, store_path: Path, assessed: str
):
    """The disk full between the two: the user is told nothing was saved, and so it is."""

    def disk_full(*_args: object) -> None:
        raise DiskFullError("the disk is full, so the last change was not saved")

    before = stored_rows(store_path)
    monkeypatch.setattr(Store, "build_roadmap", disk_full)
    status, out, err = run(capsys, store_path, "target", "Acme", "--model", MODEL, "--stage", "3")
    assert status == 1 and out == "" and "the disk is full" in err
    assert stored_rows(store_path) == before


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json"])
def test_a_plan_written_over_a_private_file_stays_private(
    capsys, tmp_path: Path, store_path: Path, acme: str, suffix: str
):
    """The plan holds private notes: a file only its owner could read stays so."""
    out = tmp_path / f"plan{suffix}"
    out.write_text("old")
    out.chmod(0o600)
    status, _, err = run(capsys, store_path, "plan", "Acme", "--out", str(out))
    assert (status, err) == (0, "")
    assert out.read_bytes() != b"old" and stat.S_IMODE(out.stat().st_mode) == 0o600
    new = tmp_path / f"new{suffix}"
    status, _, _ = run(capsys, store_path, "plan", "Acme", "--out", str(new))
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("command", ["plan", "export", "report"])
def test_an_out_ending_with_a_slash_names_a_folder_and_is_refused(
    capsys, tmp_path: Path, store_path: Path, acme: str, command: str
):
    out = f"{tmp_path / 'meant.xlsx'}/"
    argv = {
        "plan": ["plan", "Acme", "--out", out],
        "export": ["export", "--out", out],
        "report": ["report", "--assessment", "x", "--out", out],
    }[command]
    before = stored_rows(store_path)
    status, said, err = run(capsys, store_path, *argv)
    assert status == 1 and said == ""
    assert err == (
        f"csmaturity: error: cannot write {out}: it ends with /, so it names a folder; "
        "give the file's name\n"
    )
    assert not (tmp_path / "meant.xlsx").exists()
    assert stored_rows(store_path) == before


def test_a_snapshot_written_over_a_private_file_stays_private(
    capsys, tmp_path: Path, store_path: Path, acme: str
):
    out = tmp_path / "snapshot.csv"
    out.write_text("old")
    out.chmod(0o600)
    status, _, err = run(capsys, store_path, "export", "--out", str(out))
    assert (status, err) == (0, "")
    assert PRIVATE in out.read_text(encoding="utf-8-sig")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
