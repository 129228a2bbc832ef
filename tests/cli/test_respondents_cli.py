"""`respondents`, `respondents add`, `questionnaire` and `collect`, in-process through `main()`:
real stores, real files."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from questionnaire_files import fill

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def assessment(store_path: Path, tsia: MaturityModel) -> str:
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        return store.create_assessment(org.id, tsia, assessor="Alex").id


def dump(path: Path) -> list[list[tuple]]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = ("assessment", "answer", "respondent", "respondent_answer")
        return [sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables]
    finally:
        db.close()


def test_respondents_lists_the_assessor_then_those_added(
    capsys, store_path: Path, assessment: str, tsia: MaturityModel
):
    db = ("--db", str(store_path))
    status, out, err = run_cli(capsys, *db, "respondents", assessment)
    assert status == 0 and err == ""
    assert out.splitlines()[0].split() == ["id", "name", "role", "answered", "collected"]
    assert f"0 of {len(tsia.criteria)}" in out and "Alex" in out
    status, out, err = run_cli(
        capsys, *db, "respondents", "add", assessment, "Pat Lee", "--role", "VP Customer Success"
    )
    assert status == 0 and err == ""
    pat_id = out.strip()
    with Store.open(store_path) as store:
        assert store.respondent(pat_id).role == "VP Customer Success"
        store.record_respondent_answer(pat_id, tsia.criteria[0].id, 2)
    _, out, _ = run_cli(capsys, *db, "respondents", assessment, "--format", "json")
    listed = json.loads(out)
    assert [(r["name"], r["role"], r["answered"]) for r in listed] == [
        ("Alex", "Assessor", 0),
        ("Pat Lee", "VP Customer Success", 1),
    ]
    assert listed[1]["id"] == pat_id and listed[1]["total"] == len(tsia.criteria)
    _, out, _ = run_cli(capsys, *db, "respondents", assessment, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert (rows[1]["answered"], rows[1]["total"]) == ("1", str(len(tsia.criteria)))


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["respondents", "add", "ID"], "respondents add needs an assessment id and a name"),
        (["respondents", "ID", "more"], "respondents takes one assessment id"),
        (["respondents", "ID", "--role", "CSM"], "--role goes with respondents add"),
        (["questionnaire", "ID", "--all", "--out", "x.xlsx"], "give --out-dir, not --out"),
        (["questionnaire", "ID", "--out", "x.xlsx"], "one of the arguments --respondent --all"),
        (["collect"], "the following arguments are required: FILE"),
    ],
)
def test_wrong_usage_exits_2_with_the_commands_usage(capsys, argv: list[str], says: str):
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert says in err and f"csmaturity {argv[0]}" in err


def test_bad_input_is_one_line_exit_1_and_changes_nothing(
    capsys, store_path: Path, assessment: str
):
    db = ("--db", str(store_path))
    before = dump(store_path)
    for argv in (
        ["respondents", "add", assessment, "   "],
        ["respondents", "add", "no-such-assessment", "Pat"],
        ["respondents", "no-such-assessment"],
        ["questionnaire", assessment, "--respondent", "Nobody", "--out", "x.xlsx"],
    ):
        status, out, err = run_cli(capsys, *db, *argv)
        assert status == 1 and out == "", argv
        assert len(err.splitlines()) == 1 and err.startswith("csmaturity: error: "), err
    assert dump(store_path) == before
    status, _, err = run_cli(capsys, "--db", str(store_path.with_name("none.db")), "collect", "x")
    assert status == 1 and "none.db" in err
    assert not store_path.with_name("none.db").exists()


def test_questionnaires_out_and_back_in(
    capsys, store_path: Path, assessment: str, tsia: MaturityModel, tmp_path: Path
):
    db = ("--db", str(store_path))
    run_cli(capsys, *db, "respondents", "add", assessment, "Pat Lee", "--role", "VP CS")
    status, out, err = run_cli(
        capsys, *db, "questionnaire", assessment, "--all", "--out-dir", str(tmp_path / "send")
    )
    assert status == 0 and err == ""
    alex_file, pat_file = (
        tmp_path / "send" / "Acme - Alex.xlsx",
        tmp_path / "send" / "Acme - Pat Lee.xlsx",
    )
    assert out.splitlines() == [f"wrote {alex_file}", f"wrote {pat_file}"]
    status, out, _ = run_cli(
        capsys,
        *db,
        "questionnaire",
        assessment,
        "--respondent",
        "pat lee",
        "--out",
        str(tmp_path / "pat.xlsx"),
    )
    assert status == 0 and out == f"wrote {tmp_path / 'pat.xlsx'}\n"
    c1, c2 = tsia.criteria[0].id, tsia.criteria[1].id
    fill(pat_file, {c1: "3 Fully in place", c2: "n/a"})
    fill(alex_file, {c1: "maybe"})
    not_xlsx = tmp_path / "notes.txt"
    not_xlsx.write_text("hello")
    before = dump(store_path)
    status, out, err = run_cli(
        capsys, *db, "collect", str(pat_file), str(alex_file), str(not_xlsx), "--dry-run"
    )
    assert status == 1
    assert out.splitlines() == [
        "Acme - Pat Lee.xlsx: would collect from Pat Lee: 2 new ratings",
        "(dry run: nothing was changed)",
    ]
    assert err.splitlines() == [
        "csmaturity: error: Acme - Alex.xlsx, sheet Questionnaire, cell F2: 'maybe' is not a "
        "rating (choose one of the list: 0 to 3, or N/A)",
        "csmaturity: error: notes.txt: is not an XLSX file",
    ]
    assert dump(store_path) == before
    status, out, err = run_cli(capsys, *db, "collect", str(pat_file))
    assert (status, err) == (0, "")
    assert out == "Acme - Pat Lee.xlsx: collected from Pat Lee: 2 new ratings\n"
    with Store.open(store_path) as store:
        answer = store.answers(assessment)[c1]
    assert answer.score == 3  # the median of those who rated it: Pat alone
