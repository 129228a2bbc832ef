"""`csmaturity show` says where the placement roughly stands in the other model."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def norming_assessment(db: Path, tsia: MaturityModel) -> str:
    """A TSIA assessment with every criterion up to Norming fully in place: Phase 3."""
    with Store.open(db) as store:
        org = store.create_organization("Acme")
        a = store.create_assessment(org.id, tsia, "Ann", date(2026, 4, 1))
        for criterion in tsia.criteria:
            if tsia.stages_by_id[criterion.stage].level <= 3:
                store.record_answer(a.id, criterion.id, tsia.max_score)
    return a.id


def show(capsys, db: Path, assessment_id: str, *options: str) -> str:
    status = cli.main(["--db", str(db), "show", assessment_id, *options])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    return out


def test_show_as_json_carries_the_crosswalk(capsys, tmp_path, tsia):
    db = tmp_path / "s.db"
    doc = json.loads(show(capsys, db, norming_assessment(db, tsia), "--format", "json"))
    assert doc["placed_stage"] == "Phase 3 Norming"
    (reading,) = doc["crosswalk"]
    assert {k: reading[k] for k in ("model_id", "level", "stage", "text", "approximate")} == {
        "model_id": "ftworks-5-levels",
        "level": 2,
        "stage": "Level 2 Tactical",
        "text": "roughly FT Works Level 2 Tactical",
        "approximate": True,
    }
    assert reading["note"]
    assert any("escalation" in caveat for caveat in reading["caveats"])


def test_show_as_a_table_and_as_csv_give_the_crosswalk_line(capsys, tmp_path, tsia):
    db = tmp_path / "s.db"
    assessment_id = norming_assessment(db, tsia)
    table = show(capsys, db, assessment_id)
    assert "Crosswalk: roughly FT Works Level 2 Tactical (approximate)\n" in table
    rows = list(csv.DictReader(io.StringIO(show(capsys, db, assessment_id, "--format", "csv"))))
    (row,) = [r for r in rows if r["section"] == "crosswalk"]
    assert (row["id"], row["name"], row["value"], row["detail"]) == (
        "ftworks-5-levels",
        "Level 2 Tactical",
        "roughly FT Works Level 2 Tactical",
        "approximate",
    )
