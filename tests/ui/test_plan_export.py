"""Export Action Plan from the window: the dialog driven from the keyboard writes the XLSX
(client-safe when the box is checked), remembers the folder, refuses another extension in
place, and a file open in another program is one message, with the file left alone."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from modal_keys import no_key_left_down, press_shortcut  # noqa: F401 - no key left held
from plan_data import PRIVATE, planned
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.ui.plan_export import (
    CLIENT_SAFE_TEXT,
    FOLDER_KEY,
    PlanExportDialog,
    export_action_plan,
)
from csmaturity_app.ui.theme import apply_theme


@pytest.fixture
def acme(store: Store, tsia: MaturityModel) -> str:
    return planned(store, tsia).organization_id


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()  # as the window is: its dialogs become the active window
    qtbot.waitExposed(widget)
    return widget


def when_dialog(act: Callable[[PlanExportDialog], None]) -> list[PlanExportDialog]:
    """Once the dialog is up (run with exec()), `act` on it; returns the dialogs seen."""
    seen: list[PlanExportDialog] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, PlanExportDialog) and widget.isActiveWindow():
            seen.append(widget)
            try:
                act(widget)
            except BaseException:
                widget.reject()  # a failed check must not leave exec() waiting forever
                raise
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def type_file(qtbot, dialog: PlanExportDialog, path: Path) -> None:
    press_shortcut(qtbot, dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # &File
    assert dialog.focusWidget() is dialog.file_edit
    press_shortcut(qtbot, dialog.file_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.file_edit, str(path))


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


@pytest.mark.parametrize("client_safe", [False, True])
def test_the_keyboard_writes_the_plan_and_the_folder_is_remembered(
    qtbot, parent: QWidget, store: Store, acme: str, tmp_path: Path, client_safe: bool
):
    out = tmp_path / "plans" / "acme"
    out.parent.mkdir()

    def act(dialog: PlanExportDialog) -> None:
        type_file(qtbot, dialog, out)
        if client_safe:
            press_shortcut(qtbot, dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(dialog.client_safe.isChecked)  # a mnemonic clicks, animated
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)

    when_dialog(act)
    written = export_action_plan(parent, store, acme)
    assert written == out.with_name("acme.xlsx")  # no extension: a workbook
    assert openpyxl.load_workbook(written).sheetnames == ["Action plan", "Targets"]
    assert (PRIVATE in _xml(written)) is not client_safe
    assert QSettings().value(FOLDER_KEY) == str(out.parent)

    suggested: list[str] = []
    seen = when_dialog(lambda d: (suggested.append(d.file_edit.text()), d.reject()))
    assert export_action_plan(parent, store, acme) is None
    assert seen and Path(suggested[0]).parent == out.parent
    assert Path(suggested[0]).name.startswith("action-plan-Acme-")


def test_escape_cancels_and_writes_nothing(qtbot, parent, store: Store, acme: str, tmp_path):
    def act(dialog: PlanExportDialog) -> None:
        type_file(qtbot, dialog, tmp_path / "plan.xlsx")
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Escape)

    when_dialog(act)
    assert export_action_plan(parent, store, acme) is None
    assert list(tmp_path.glob("plan*")) == []


def test_another_extension_is_refused_in_the_dialog(
    qtbot, parent, store: Store, acme: str, tmp_path
):
    said: list[str] = []

    def act(dialog: PlanExportDialog) -> None:
        type_file(qtbot, dialog, tmp_path / "plan.pdf")
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.problem.isVisible()
        said.append(dialog.problem.text())
        assert dialog.focusWidget() is dialog.file_edit
        qtbot.keyClicks(dialog.file_edit, str(tmp_path / "plan.csv"))
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)

    when_dialog(act)
    written = export_action_plan(parent, store, acme)
    assert said == [
        "An action plan is written as .xlsx or .csv, not .pdf: change the file's extension."
    ]
    assert written == tmp_path / "plan.csv"
    assert written.read_bytes().startswith(b"\xef\xbb\xbfposition,")
    assert not (tmp_path / "plan.pdf").exists()


def test_a_file_open_elsewhere_is_one_message_and_is_left_alone(
    qtbot, parent, store: Store, acme: str, tmp_path: Path, monkeypatch
):
    out = tmp_path / "plan.xlsx"
    out.write_bytes(b"the client's edits")
    (tmp_path / ".~lock.plan.xlsx#").write_text("")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes
    )  # replace it: yes

    def act(dialog: PlanExportDialog) -> None:
        type_file(qtbot, dialog, out)
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)

    when_dialog(act)
    assert export_action_plan(parent, store, acme) is None
    (message,) = warnings
    assert "is open in another program" in message and "close it there" in message
    assert out.read_bytes() == b"the client's edits"
    assert QApplication.overrideCursor() is None


def test_an_existing_file_typed_in_is_replaced_only_when_confirmed(
    qtbot, parent, store: Store, acme: str, tmp_path: Path, monkeypatch
):
    out = tmp_path / "plan.csv"
    out.write_bytes(b"before")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))

    def act(dialog: PlanExportDialog) -> None:
        type_file(qtbot, dialog, out)
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and out.read_bytes() == b"before"  # "No": stays open
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)

    when_dialog(act)
    assert export_action_plan(parent, store, acme) == out
    assert out.read_bytes().startswith(b"\xef\xbb\xbfposition,")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_dialog_as_it_looks(qtbot, qapp, screenshots: Path, theme: str, tmp_path: Path):
    apply_theme(qapp, theme)
    try:
        dialog = PlanExportDialog(None, "Acme <b>Analytics</b> & Co", 26, tmp_path / "plan.xlsx")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.client_safe.text() == CLIENT_SAFE_TEXT
        labels = [w.text() for w in dialog.findChildren(type(dialog.problem))]
        assert "The action plan of \u201cAcme <b>Analytics</b> & Co\u201d: 26 actions." in labels
        dialog.grab().save(str(screenshots / f"plan-export-{theme}.png"))
    finally:
        apply_theme(qapp, "system")
