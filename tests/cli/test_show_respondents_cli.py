"""`csmaturity show` with respondents: the JSON keys scripts read, the CSV sections, and the
table's block of respondents and disagreements."""

from __future__ import annotations

import csv
import io
import json
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
def team(tmp_path: Path, tsia: MaturityModel) -> tuple[Path, str, dict[str, str]]:
    """Ann (the assessor) rated every Forming criterion 3; Pat (VP Customer Success) rated
    F01 at 1 with notes, F02 not applicable; Sam (CSM) rated F01 at 0. The facilitator set
    F02 to 2."""
    db = tmp_path / "team.db"
    with Store.open(db) as store:
        org = store.create_organization("Acme")
        a = store.create_assessment(org.id, tsia, "Ann", date(2026, 4, 1)).id
        for criterion in tsia.criteria_of_stage("forming"):
            store.record_answer(a, criterion.id, 3)
        pat = store.add_respondent(a, "Pat Lee", "VP Customer Success")
        sam = store.add_respondent(a, "Sam", "CSM")
        ann = store.find_respondent(a, "Ann")
        store.record_respondent_answer(pat.id, "F01", 1, notes="Only a draft charter.")
        store.record_respondent_answer(pat.id, "F02", None, not_applicable=True)
        store.record_respondent_answer(sam.id, "F01", 0)
        store.record_answer(a, "F02", 2)
    return db, a, {"Ann": ann.id, "Pat Lee": pat.id, "Sam": sam.id}


def test_json_carries_each_respondents_result_and_the_spreads(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, str, dict[str, str]], tsia: MaturityModel
):
    db, a, ids = team
    status, out, err = run_cli(capsys, "--db", str(db), "show", a, "--format", "json")
    assert status == 0 and err == ""
    doc = json.loads(out)
    ann, pat, sam = doc["respondents"]
    assert ann == {
        "id": ids["Ann"],
        "name": "Ann",
        "role": "Assessor",
        "placed_stage": "Phase 1 Forming",  # all of Forming at 3, as she rated it
        "placed_level": 1,
        "maturity_index": 1.0,
        "answered": 9,
    }
    assert (pat["name"], pat["role"], pat["answered"]) == ("Pat Lee", "VP Customer Success", 2)
    # Pat: 1 of 3 on the 8 applicable Forming criteria (F02 not applicable)
    assert pat["placed_stage"] == "not yet Phase 1 Forming"
    assert pat["maturity_index"] == round(1 / 24, 4)
    assert (sam["id"], sam["answered"]) == (ids["Sam"], 1)

    spreads = doc["spreads"]
    assert [s["criterion_id"] for s in spreads] == [c.id for c in tsia.criteria]
    f01, f02 = spreads[0], spreads[1]
    assert f01["ratings"] == [
        {"respondent_id": ids["Ann"], "respondent": "Ann", "score": 3, "not_applicable": False},
        {
            "respondent_id": ids["Pat Lee"],
            "respondent": "Pat Lee",
            "score": 1,
            "not_applicable": False,
        },
        {"respondent_id": ids["Sam"], "respondent": "Sam", "score": 0, "not_applicable": False},
    ]
    assert (f01["low"], f01["high"], f01["range"], f01["disagreement"]) == (0, 3, 3, True)
    assert (f01["consensus"], f01["consensus_not_applicable"], f01["consensus_set"]) == (
        1,  # the median of 0, 1, 3
        False,
        False,
    )
    assert f02["ratings"][1]["not_applicable"] and f02["ratings"][1]["score"] is None
    assert f02["ratings"][2]["score"] is None and not f02["ratings"][2]["not_applicable"]
    assert (f02["range"], f02["disagreement"], f02["consensus"], f02["consensus_set"]) == (
        0,
        False,
        2,
        True,
    )
    # the verdict is the consensus's, as before
    assert doc["placed_stage"] == "Phase 1 Forming"


def test_a_single_voice_assessment_has_its_assessor_as_its_one_respondent(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, tsia: MaturityModel
):
    db = tmp_path / "solo.db"
    with Store.open(db) as store:
        org = store.create_organization("Solo")
        a = store.create_assessment(org.id, tsia, "Ann", date(2026, 4, 1)).id
        store.record_answer(a, "F01", 2)
    _, out, _ = run_cli(capsys, "--db", str(db), "show", a, "--format", "json")
    doc = json.loads(out)
    (ann,) = doc["respondents"]
    assert ann["id"] == "" and ann["name"] == "Ann"
    for key in ("placed_stage", "placed_level", "maturity_index", "answered"):
        assert ann[key] == doc[key]
    assert doc["spreads"][0]["ratings"][0]["score"] == 2
    assert not any(s["consensus_set"] for s in doc["spreads"])
    # no respondent block for one voice, in the table or in CSV
    _, out, _ = run_cli(capsys, "--db", str(db), "show", a)
    assert "Respondents" not in out
    _, out, _ = run_cli(capsys, "--db", str(db), "show", a, "--format", "csv")
    sections = {r["section"] for r in csv.DictReader(io.StringIO(out))}
    assert "respondent" not in sections and "disagreement" not in sections


def test_csv_has_respondent_and_disagreement_sections(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, str, dict[str, str]]
):
    db, a, _ids = team
    _, out, _ = run_cli(capsys, "--db", str(db), "show", a, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    people = [r for r in rows if r["section"] == "respondent"]
    assert [r["name"] for r in people] == [
        "Ann (Assessor)",
        "Pat Lee (VP Customer Success)",
        "Sam (CSM)",
    ]
    assert people[0]["value"] == "1.0" and people[0]["detail"].startswith("Phase 1 Forming")
    (f01,) = [r for r in rows if r["section"] == "disagreement"]
    assert (f01["id"], f01["value"]) == ("F01", "3")
    assert f01["detail"] == "0 to 3 (range 3); consensus 1 Partially in place (median)"


def test_the_table_ends_with_respondents_and_their_disagreements(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, str, dict[str, str]]
):
    db, a, _ids = team
    status, out, _ = run_cli(capsys, "--db", str(db), "show", a)
    assert status == 0
    block = out[out.index("\nRespondents\n") :]
    lines = block.splitlines()
    pat = next(line for line in lines if line.startswith("Pat Lee"))
    assert "VP Customer Success" in pat and "Not yet Phase 1 Forming" in pat and "0.04" in pat
    assert "Disagreements (1), largest first" in block
    assert "0 to 3 (range 3); consensus 1 Partially in place (median)" in block
    assert "Pat Lee: 1 Partially in place \u2014 Only a draft charter." in block
    assert "Sam: 0 Not in place" in block
