"""The whole round trip through a real spreadsheet program: three questionnaires written,
filled in, re-saved by LibreOffice Calc (headless), and collected. One LibreOffice run for the
module; each test collects into its own copy of the store the files were written from."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from libreoffice import resave
from questionnaire_files import NOTES, RATING, fill

from csmaturity_app.exchange.questionnaire_collect import collect_questionnaires
from csmaturity_app.exchange.questionnaire_layout import (
    BINDING_SHEET,
    INSTRUCTIONS_SHEET,
    QUESTIONNAIRE_SHEET,
    rating_choices,
)
from csmaturity_app.exchange.questionnaire_read import read_questionnaire
from csmaturity_app.exchange.questionnaire_write import write_questionnaires
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

ODD_NAME = "=Sam <b>Roe</b> & co"


@dataclass(frozen=True)
class Sent:
    store: Path  # the store they were written from (closed; tests copy it)
    assessment: str
    criteria: tuple[str, ...]
    filled: list[Path]  # filled with openpyxl
    resaved: list[Path]  # ... then saved again by LibreOffice


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory, tsia: MaturityModel) -> Sent:
    folder = tmp_path_factory.mktemp("libreoffice")
    ids = tuple(c.id for c in tsia.criteria)
    with Store.open(folder / "template.db") as store:
        org = store.create_organization("Acme <Analytics>")
        assessment = store.create_assessment(org.id, tsia, assessor="Alex").id
        store.add_respondent(assessment, "Pat Lee", "VP Customer Success")
        store.add_respondent(assessment, ODD_NAME, "CSM")
        files = write_questionnaires(store, assessment, folder / "sent")
    # Alex, Pat and Sam disagree on the first criterion (0, 3, 2: median 2, range 3), agree
    # on the second, and two of three say the third does not apply.
    fill(files[0], {ids[0]: "0 Not in place", ids[1]: 2, ids[2]: "N/A", ids[3]: 1})
    fill(
        files[1],
        {ids[0]: "3 Fully in place", ids[1]: "2", ids[2]: "n/a"},
        {ids[0]: "=1+1", ids[1]: "<i>seen</i> in the QBR & the deck"},
    )
    fill(files[2], {ids[0]: 2.0, ids[1]: "2 Largely in place", ids[2]: 1})
    resaved = resave(files, folder / "back", folder)
    return Sent(folder / "template.db", assessment, ids, files, resaved)


@pytest.fixture
def copied(sent: Sent, store_path: Path) -> Iterator[Store]:
    """This test's own store: a copy of the one the questionnaires were written from."""
    shutil.copy(sent.store, store_path)
    with Store.open(store_path) as opened:
        yield opened


def test_libreoffice_keeps_the_drop_down_the_protection_the_binding_and_the_text(
    sent: Sent, tsia: MaturityModel
):
    for path in sent.resaved:
        workbook = openpyxl.load_workbook(path)
        assert workbook.sheetnames[:2] == [INSTRUCTIONS_SHEET, QUESTIONNAIRE_SHEET]
        assert workbook[BINDING_SHEET].sheet_state in ("hidden", "veryHidden")
        sheet = workbook[QUESTIONNAIRE_SHEET]
        (validation,) = sheet.data_validations.dataValidation
        assert validation.type == "list" and validation.showErrorMessage
        assert str(validation.sqref) == f"F2:F{len(tsia.criteria) + 1}"
        sheet_name, cells = validation.formula1.split("!")
        assert sheet_name.strip("'") == BINDING_SHEET
        listed = [c.value for row in workbook[BINDING_SHEET][cells.replace("$", "")] for c in row]
        assert listed == rating_choices(tsia)
        for name in (INSTRUCTIONS_SHEET, QUESTIONNAIRE_SHEET, BINDING_SHEET):
            assert workbook[name].protection.sheet, name
        assert sheet.cell(2, 1).protection.locked and sheet.cell(2, 4).protection.locked
        assert not sheet.cell(2, RATING).protection.locked
        assert not sheet.cell(2, NOTES).protection.locked
        texts = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
        assert all(c.data_type in ("s", "f") for c in texts)
    pat = openpyxl.load_workbook(sent.resaved[1])[QUESTIONNAIRE_SHEET]
    assert pat.cell(2, NOTES).data_type == "f"  # typed as a formula: LibreOffice kept it one
    sam = openpyxl.load_workbook(sent.resaved[2])[INSTRUCTIONS_SHEET]
    owner = next(c for row in sam.iter_rows() for c in row if c.value == f"{ODD_NAME}, CSM")
    assert owner.data_type == "s"


def test_files_saved_by_libreoffice_collect_and_the_consensus_is_the_median(
    sent: Sent, copied: Store, tsia: MaturityModel
):
    c1, c2, c3, c4 = sent.criteria[:4]
    results = collect_questionnaires(copied, sent.resaved)
    assert [r.error for r in results] == ["", "", ""]
    assert [r.outcome.new for r in results if r.outcome] == [4, 3, 3]
    view = copied.respondents_view(sent.assessment)
    alex, pat, sam = view.respondents
    assert sam.name == ODD_NAME
    assert view.ratings[pat.id][c1].notes == "=1+1"  # its text, never evaluated
    assert view.ratings[pat.id][c2].notes == "<i>seen</i> in the QBR & the deck"
    assert view.ratings[alex.id][c3].not_applicable and view.ratings[sam.id][c3].score == 1
    answers = copied.answers(sent.assessment)
    assert (answers[c1].score, answers[c2].score, answers[c4].score) == (2, 2, 1)
    assert answers[c3].not_applicable
    assert view.from_respondents >= {c1, c2, c3, c4}
    result = copied.result(sent.assessment)
    assert result.answered == 4
    assert read_questionnaire(sent.resaved[2]).respondent == ODD_NAME


def test_the_same_fill_saved_again_by_libreoffice_changes_nothing(sent: Sent, copied: Store):
    collect_questionnaires(copied, sent.filled)
    before = copied.respondents_view(sent.assessment).ratings
    results = collect_questionnaires(copied, sent.resaved)
    assert all(r.outcome is not None and r.outcome.already for r in results), [
        r.line for r in results
    ]
    assert copied.respondents_view(sent.assessment).ratings == before
