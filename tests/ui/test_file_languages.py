"""The language of the questionnaires and action plans the window writes: chosen in their
dialogs (the window's language by default, the last choice remembered), whatever the
window speaks; and those dialogs, the respondents' and the target's, in French."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from french_model import NOT_APPLICABLE, STATEMENT, french_model
from modal_keys import no_key_left_down, press_shortcut  # noqa: F401 - no key left held
from plan_data import planned
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from csmaturity_app import i18n
from csmaturity_app.exchange.questionnaire_collect import Collected
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui import plan_export, questionnaire_dialogs
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.plan_export import PlanExportDialog, export_action_plan
from csmaturity_app.ui.questionnaire_dialogs import CollectPreviewDialog, SendQuestionnairesDialog
from csmaturity_app.ui.respondents_dialog import RespondentsDialog
from csmaturity_app.ui.target_dialog import TargetDialog
from csmaturity_app.ui.theme import apply_theme


@pytest.fixture
def model(tmp_path: Path) -> MaturityModel:
    return french_model(tmp_path / "models")


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def when_modal(kind: type, act: Callable) -> None:  # type: ignore[type-arg]
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isActiveWindow():
            try:
                act(widget)
            except BaseException:
                widget.reject()
                raise
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def choose_french(qtbot, dialog: QDialog, combo) -> None:  # type: ignore[no-untyped-def]
    """Alt+L, then the list's French entry, from the keyboard."""
    press_shortcut(qtbot, dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.language() == "fr"


def clipped(dialog: QWidget) -> list[str]:
    """The texts of the dialog that do not fit their widget."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.height() < widget.heightForWidth(widget.width()):
                    found.append(widget.text())
            elif widget.width() < widget.sizeHint().width():
                found.append(widget.text())
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.width() < widget.sizeHint().width()
        ):
            found.append(widget.text())
    return found


def mnemonics(dialog: QWidget) -> list[str]:
    letters = []
    for widget in dialog.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        if widget.isVisible() and "&" in text.replace("&&", ""):
            letters.append(text.replace("&&", "")[text.replace("&&", "").index("&") + 1].lower())
    return letters


def test_an_english_window_writes_a_french_plan_and_remembers_the_choice(
    qtbot, parent: QWidget, store: Store, model: MaturityModel, tmp_path: Path
):
    organization = planned(store, model).organization_id
    out = tmp_path / "plan.xlsx"

    def act(dialog: PlanExportDialog) -> None:
        assert dialog.language.language() == "en"  # the window's, by default
        choose_french(qtbot, dialog, dialog.language)
        dialog.file_edit.setText(str(out))
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)

    when_modal(PlanExportDialog, act)
    assert export_action_plan(parent, store, organization) == out
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Plan d'action", "Cibles"]
    assert i18n.current_language() == "en"  # the window still speaks English
    assert QSettings().value(plan_export.LANGUAGE_KEY) == "fr"
    again = PlanExportDialog(None, "Acme", 1, out)
    qtbot.addWidget(again)
    assert again.language.language() == "fr"


def test_send_questionnaires_in_french_from_an_english_window(
    qtbot, store: Store, builtin_catalog: ModelCatalog, model: MaturityModel, tmp_path: Path
):
    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, model, assessor="Alex").id
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_assessment(assessment)
    folder = tmp_path / "sent"

    def act(dialog: SendQuestionnairesDialog) -> None:
        assert dialog.language.language() == "en"
        choose_french(qtbot, dialog, dialog.language)
        dialog.folder_edit.setText(str(folder))
        when_modal(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    when_modal(SendQuestionnairesDialog, act)
    window.send_questionnaires_action.trigger()
    written = sorted(folder.iterdir())
    assert [p.name for p in written] == ["Acme - Alex.xlsx"]
    workbook = openpyxl.load_workbook(written[0])
    sheet = workbook.worksheets[1]
    assert sheet.cell(1, 6).value == "Note" and sheet.cell(2, 4).value == STATEMENT
    binding = workbook["Binding"]
    assert NOT_APPLICABLE in [binding.cell(r, 2).value for r in range(1, 12)]
    assert window.statusBar().currentMessage().startswith("Wrote 1 questionnaire to ")
    assert QSettings().value(questionnaire_dialogs.LANGUAGE_KEY) == "fr"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_dialogs_in_french_fit_their_words(
    qtbot,
    qapp,
    french,
    screenshots: Path,
    theme: str,
    store: Store,
    model: MaturityModel,
    tmp_path: Path,
):
    from csmaturity_app.ui.operations import Operations

    apply_theme(qapp, theme)
    org = store.create_organization("Acme Analytique")
    assessment = store.create_assessment(org.id, model, assessor="Alex")
    pat = store.add_respondent(assessment.id, "Pat Lee", "VP Customer Success")
    refused = (
        "la feuille masquée Binding a été modifiée ; demandez le fichier tel qu'il a été envoyé"
    )
    dialogs: dict[str, QDialog] = {
        "plan-export": PlanExportDialog(None, "Acme Analytique", 12, tmp_path / "plan.xlsx"),
        "send-questionnaires": SendQuestionnairesDialog(
            None, "du 30 novembre 2026 par Alex (Acme)", store.respondents(assessment.id), tmp_path
        ),
        "collect-preview": CollectPreviewDialog(
            None,
            "du 30 novembre 2026 par Alex",
            [Collected(Path("Acme - Pat Lee.xlsx"), None, "Acme - Pat Lee.xlsx\u00a0: " + refused)],
        ),
        "respondents": RespondentsDialog(Operations(store), assessment.id),
        "target": TargetDialog("Acme Analytique", [model], model.id, []),
    }
    try:
        for name, dialog in dialogs.items():
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.grab().save(str(screenshots / f"fr-{name}-{theme}.png"))
            assert clipped(dialog) == [], name
            letters = mnemonics(dialog)
            assert len(letters) == len(set(letters)), (name, letters)
    finally:
        apply_theme(qapp, "system")
    assert dialogs["send-questionnaires"].windowTitle() == "Envoyer les questionnaires"
    assert dialogs["plan-export"].export_button.text() == "&Exporter"
    assert dialogs["target"].windowTitle() == "Définir la cible"
    table = dialogs["respondents"].model
    headings = [table.headerData(n, Qt.Orientation.Horizontal) for n in range(3)]
    assert headings == ["Nom", "Rôle", "Réponses"]
    assert pat.name in [r.name for r in table.respondents]


def test_the_plan_file_proposed_is_named_in_the_files_language(
    qtbot, parent: QWidget, store: Store, model: MaturityModel, tmp_path: Path
):
    organization = planned(store, model).organization_id
    names: list[str] = []

    def act(dialog: PlanExportDialog) -> None:
        names.append(Path(dialog.file_edit.text()).name)
        choose_french(qtbot, dialog, dialog.language)
        names.append(Path(dialog.file_edit.text()).name)
        dialog.file_edit.setText(str(tmp_path / "mine.xlsx"))
        dialog.language.set_language("en")  # a name of one's own is kept
        names.append(Path(dialog.file_edit.text()).name)
        dialog.language.set_language("fr")  # remembered for the next time
        dialog.reject()

    when_modal(PlanExportDialog, act)
    assert export_action_plan(parent, store, organization) is None
    assert names[0].startswith("action-plan-")
    assert names[1].startswith("plan-d-action-") and names[1].endswith(".xlsx")
    assert names[2] == "mine.xlsx"
    # the next time, French is remembered: the name is proposed in French at once
    when_modal(PlanExportDialog, act)
    export_action_plan(parent, store, organization)
    assert names[3].startswith("plan-d-action-")
