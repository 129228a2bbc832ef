"""`csmaturity --lang fr questionnaire ...` and `--lang fr plan ... --out`: the files written
in French, in-process through `main()`; collected back by a reader in English."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from french_model import NOT_APPLICABLE, STATEMENT, french_model
from plan_data import planned
from questionnaire_files import fill

from csmaturity_app import cli, i18n
from csmaturity_app.store import Store


@pytest.fixture
def speaks_again():
    """`--lang` sets the process's language: English again for the next test."""
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def test_lang_fr_writes_a_french_questionnaire_that_collects_in_english(
    capsys, speaks_again, store_path: Path, tmp_path: Path
):
    model = french_model(tmp_path / "models")
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        assessment = store.create_assessment(org.id, model, assessor="Alex").id
    db = ("--db", str(store_path))
    out = tmp_path / "alex.xlsx"
    status = cli.main(
        [
            "--lang",
            "fr",
            *db,
            "questionnaire",
            assessment,
            "--respondent",
            "Alex",
            "--out",
            str(out),
        ]
    )
    assert status == 0, capsys.readouterr().err
    sheet = openpyxl.load_workbook(out).worksheets[1]
    assert sheet.cell(1, 6).value == "Note" and sheet.cell(2, 4).value == STATEMENT
    fill(out, {model.criteria[0].id: NOT_APPLICABLE, model.criteria[1].id: "2"})
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    capsys.readouterr()
    assert cli.main([*db, "collect", str(out)]) == 0, capsys.readouterr().err
    with Store.open(store_path) as store:
        answers = store.answers(assessment)
    assert answers[model.criteria[0].id].not_applicable
    assert answers[model.criteria[1].id].score == 2


def test_lang_fr_writes_a_french_plan(capsys, speaks_again, store_path: Path, tmp_path: Path):
    model = french_model(tmp_path / "models")
    with Store.open(store_path) as store:
        planned(store, model)
    out = tmp_path / "plan.xlsx"
    status = cli.main(["--lang", "fr", "--db", str(store_path), "plan", "Acme", "--out", str(out)])
    assert status == 0, capsys.readouterr().err
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Plan d'action", "Cibles"]
    assert workbook.worksheets[0].cell(1, 10).value == "Statut"
