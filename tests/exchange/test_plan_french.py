"""An action plan written in French: sheets, headings, statuses and the words of its model
in French (the model's where its translation has them); its keys and the English plan as
they were."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from french_model import NEXT_STAGE, NEXT_STATEMENT, french_model
from plan_data import TODAY, planned

from csmaturity_app import i18n
from csmaturity_app.exchange.plan_text import plan_csv, plan_table
from csmaturity_app.exchange.plan_xlsx import write_plan_xlsx
from csmaturity_app.presentation.plan import PLAN_COLUMNS
from csmaturity_app.store import PlanView, Store


@pytest.fixture
def store_and_org(tmp_path: Path, store_path: Path):
    model = french_model(tmp_path / "models")
    with Store.open(store_path) as store:
        yield store, planned(store, model).organization_id


def _view(store: Store, organization_id: str, language: str) -> PlanView:
    with i18n.using(language):
        return store.plan(organization_id, today=TODAY)


def test_a_french_plan_reads_in_french(store_and_org, tmp_path: Path):
    store, organization_id = store_and_org
    with i18n.using("fr"):
        view = store.plan(organization_id, today=TODAY)
        out = write_plan_xlsx(view, tmp_path / "plan.xlsx", store.path, client_safe=False)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Plan d'action", "Cibles"]
    sheet = workbook["Plan d'action"]
    headings = [sheet.cell(1, n).value for n in range(1, len(PLAN_COLUMNS) + 1)]
    first = ["N°", "Modèle", "Niveau d'étape", "Étape", "Id du critère", "Critère", "Action"]
    assert headings[:7] == first
    assert headings[-1] == "Notes privées"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    column = {name: n for n, name in enumerate(PLAN_COLUMNS)}
    assert rows[0][column["criterion"]] == NEXT_STATEMENT
    assert rows[0][column["stage"]] == NEXT_STAGE
    statuses = {row[column["status"]] for row in rows}
    assert statuses == {"ouverte", "terminée", "en cours"}
    assert rows[0][column["overdue"]] == "En retard"
    (validation,) = sheet.data_validations.dataValidation
    assert validation.formula1 == '"ouverte,en cours,terminée,abandonnée"'
    targets = workbook["Cibles"]
    assert [targets.cell(1, n).value for n in range(1, 6)] == [
        "Modèle",
        "Cible",
        "Niveau d'étape",
        "Échéance",
        "Écart",
    ]


def test_the_english_plan_and_the_csv_keys_stay_as_they_were(store_and_org, tmp_path: Path):
    store, organization_id = store_and_org
    view = _view(store, organization_id, "en")
    out = write_plan_xlsx(view, tmp_path / "plan.xlsx", store.path, client_safe=False)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Action plan", "Targets"]
    first = next(workbook["Action plan"].iter_rows(min_row=2, values_only=True))
    assert first[PLAN_COLUMNS.index("criterion")] != NEXT_STATEMENT
    with i18n.using("fr"):
        french_csv = plan_csv(_view(store, organization_id, "fr"))
    assert french_csv.splitlines()[0] == ",".join(PLAN_COLUMNS)
    assert NEXT_STATEMENT in french_csv  # the text columns are in the file's language


def test_the_plan_table_speaks_french(store_and_org):
    store, organization_id = store_and_org
    with i18n.using("fr"):
        table = plan_table(store.plan(organization_id, today=TODAY), 100)
    lines = table.splitlines()
    assert lines[0] == "Plan d'action de Acme"
    assert any(line.split()[:3] == ["#", "action", "responsable"] for line in lines)
