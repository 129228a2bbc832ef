"""Questionnaires written in French: the file speaks French (sheets, headings, instructions,
the drop-down's choices, the model's own words where it has them), and reading it back never
depends on that: a French fill, saved again by a real LibreOffice Calc, collects exactly as
the same fill of an English questionnaire does, whatever language the reader speaks."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from french_model import NOT_APPLICABLE, SCALE, STAGE, STATEMENT, TITLE, french_model
from libreoffice import resave
from questionnaire_files import NOTES, RATING

from csmaturity_app import i18n
from csmaturity_app.exchange.questionnaire_collect import collect_questionnaires
from csmaturity_app.exchange.questionnaire_layout import BINDING_SHEET, COLUMNS
from csmaturity_app.exchange.questionnaire_read import QuestionnaireError, read_questionnaire
from csmaturity_app.exchange.questionnaire_write import write_questionnaires
from csmaturity_app.store import Store

FRENCH_HEADINGS = ["Id du critère", "Étape", "Dimension", "Critère", "Preuves", "Note"]


@dataclass(frozen=True)
class Sent:
    store: Path
    assessment: str
    criteria: tuple[str, ...]
    french: list[Path]  # written in French, filled, saved again by LibreOffice
    english: list[Path]  # the same fills of the English questionnaires, saved again too


def fill(path: Path, ratings: Mapping[str, object], notes: Mapping[str, str]) -> Path:
    """Fill rows in by criterion id, finding the sheet by its place (not by a name)."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[1]
    rows = {sheet.cell(row, 1).value: row for row in range(2, sheet.max_row + 1)}
    for criterion_id, value in ratings.items():
        sheet.cell(rows[criterion_id], RATING).value = value
    for criterion_id, value in notes.items():
        sheet.cell(rows[criterion_id], NOTES).value = value
    workbook.save(path)
    return path


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Sent:
    folder = tmp_path_factory.mktemp("french")
    model = french_model(folder / "models")
    ids = tuple(c.id for c in model.criteria)
    with Store.open(folder / "template.db") as store:
        org = store.create_organization("Acme")
        assessment = store.create_assessment(org.id, model, assessor="Alex").id
        store.add_respondent(assessment, "Pat Lee", "VP Customer Success")
        with i18n.using("fr"):
            french = write_questionnaires(store, assessment, folder / "fr")
        english = write_questionnaires(store, assessment, folder / "en")
    # Alex chooses from the list, Pat types: the same answers in each language's words.
    french_fills = [
        {ids[0]: f"0 {SCALE[0]}", ids[1]: f"2 {SCALE[2]}", ids[2]: NOT_APPLICABLE, ids[3]: 3},
        {ids[0]: "3", ids[1]: SCALE[1].lower(), ids[2]: "sans objet"},
    ]
    english_fills = [
        {ids[0]: "0 Not in place", ids[1]: "2 Largely in place", ids[2]: "N/A", ids[3]: 3},
        {ids[0]: "3", ids[1]: "partially in place", ids[2]: "not applicable"},
    ]
    notes = [{ids[0]: "Vu dans la revue trimestrielle"}, {ids[1]: "« pas encore »"}]
    for paths, fills in ((french, french_fills), (english, english_fills)):
        for path, ratings, said in zip(paths, fills, notes, strict=True):
            fill(path, ratings, said)
    french_back = resave(french, folder / "back-fr", folder)
    english_back = resave(english, folder / "back-en", folder)
    return Sent(folder / "template.db", assessment, ids, french_back, english_back)


def _collected(sent: Sent, files: list[Path], store_path: Path) -> dict:
    shutil.copy(sent.store, store_path)
    with Store.open(store_path) as store:
        results = collect_questionnaires(store, files)
        assert [r.error for r in results] == ["", ""]
        view = store.respondents_view(sent.assessment)
        return {
            person.name: {
                c: (a.score, a.not_applicable, a.notes)
                for c, a in view.ratings.get(person.id, {}).items()
            }
            for person in view.respondents
        }


def test_a_french_questionnaire_reads_in_french(sent: Sent):
    workbook = openpyxl.load_workbook(sent.french[1])
    instructions, questionnaire = workbook.worksheets[:2]
    assert questionnaire.title == "Questionnaire" and instructions.title == "Instructions"
    headings = [questionnaire.cell(1, n).value for n in range(1, len(COLUMNS) + 1)]
    assert headings == [*FRENCH_HEADINGS, "Remarques"]
    first = [questionnaire.cell(2, n).value for n in range(1, 5)]
    assert first[1:] == [f"Phase 1 {STAGE}", first[2], STATEMENT]
    words = [c.value for row in instructions.iter_rows() for c in row if c.value]
    assert TITLE in words and "Comment répondre" in words
    assert f"0 {SCALE[0]}" in words and NOT_APPLICABLE in words
    assert any("Allez à la feuille «\u00a0Questionnaire\u00a0»" in str(w) for w in words)
    binding = workbook[BINDING_SHEET]
    listed = [binding.cell(row, 2).value for row in range(6, 11)]
    assert listed == [f"{n} {label}" for n, label in enumerate(SCALE)] + [NOT_APPLICABLE]
    (validation,) = questionnaire.data_validations.dataValidation
    assert validation.errorTitle == "Note invalide"


def test_an_english_questionnaire_is_as_it_was(sent: Sent):
    questionnaire = openpyxl.load_workbook(sent.english[0]).worksheets[1]
    assert [questionnaire.cell(1, n).value for n in range(1, 8)] == list(COLUMNS)
    assert questionnaire.cell(2, 4).value != STATEMENT


def test_a_french_fill_saved_by_libreoffice_collects_as_the_english_one(sent: Sent, tmp_path: Path):
    french = _collected(sent, sent.french, tmp_path / "fr.db")
    english = _collected(sent, sent.english, tmp_path / "en.db")
    assert french == english
    c1, c2, c3 = sent.criteria[:3]
    assert french["Alex"][c1][:2] == (0, False) and french["Alex"][c3][:2] == (None, True)
    assert french["Pat Lee"][c2] == (1, False, "« pas encore »")


def test_reading_does_not_depend_on_the_language_in_effect(sent: Sent):
    with i18n.using("fr"):
        in_french = read_questionnaire(sent.french[0])
        english_in_french = read_questionnaire(sent.english[0])
    in_english = read_questionnaire(sent.french[0])
    assert in_french.answers == in_english.answers
    assert english_in_french.answers == read_questionnaire(sent.english[0]).answers


def test_a_french_rating_off_the_list_is_refused_in_french(sent: Sent, tmp_path: Path):
    bad = fill(
        Path(shutil.copy(sent.french[0], tmp_path / "bad.xlsx")),
        {sent.criteria[0]: "peut-être"},
        {},
    )
    with i18n.using("fr"), pytest.raises(QuestionnaireError) as refused:
        read_questionnaire(bad)
    message = str(refused.value)
    assert message.startswith("bad.xlsx, feuille Questionnaire, cellule F2")
    assert "n'est pas une note" in message and "ou Sans objet)" in message
