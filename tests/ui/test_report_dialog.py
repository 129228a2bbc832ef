"""File > Export report: the format and client-safe dialog, driven from the keyboard, and the
window writing a DOCX report (client-safe or not) into a real file."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from modal_keys import no_key_left_down, press_shortcut  # noqa: F401  (the fixture)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.report_dialog import (
    CLIENT_SAFE_TEXT,
    DOCX,
    FILTERS,
    PDF,
    ReportChoice,
    ReportDialog,
    last_format,
)

ALT = Qt.KeyboardModifier.AltModifier
SECRET = "PRIVATESECRET the sponsor is leaving"


def when_modal(kind: type, act: Callable[[QApplication], None]) -> None:
    """Once a modal `kind` is up (a dialog run with exec()), `act` on it."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_the_dialog_works_from_the_keyboard(qtbot):
    dialog = ReportDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the keys go to the focused widget of the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.pdf_button.isChecked() and dialog.pdf_button.hasFocus()
    assert not dialog.client_safe.isChecked()
    assert dialog.client_safe.text() == CLIENT_SAFE_TEXT == "&Client-safe: leave private notes out"
    press_shortcut(qtbot, dialog.focusWidget(), Qt.Key.Key_D, ALT)
    qtbot.waitUntil(dialog.docx_button.isChecked)  # a mnemonic clicks, animated
    press_shortcut(qtbot, dialog.focusWidget(), Qt.Key.Key_C, ALT)
    qtbot.waitUntil(dialog.client_safe.isChecked)
    assert not dialog.pdf_button.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.choice() == ReportChoice(DOCX, True)


def test_mnemonics_are_distinct_and_escape_cancels(qtbot):
    dialog = ReportDialog(None)
    qtbot.addWidget(dialog)
    texts = [
        dialog.pdf_button.text(),
        dialog.docx_button.text(),
        dialog.client_safe.text(),
        dialog.export_button.text(),
    ]
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(keys)) == len(keys) == 4, texts
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog, tsia) -> MainWindow:
    org = store.create_organization("Acme Software")
    record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14))
    store.record_answer(record.id, "F01", 3, notes="Board minutes.")
    store.record_private_notes(record.id, "F01", SECRET)
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.operations.organizationsChanged.emit()
    assert win.current_assessment_id() == record.id
    return win


def docx_bytes(path: Path) -> bytes:
    with zipfile.ZipFile(path) as package:
        return b"".join(package.read(name) for name in package.namelist())


def test_the_window_writes_a_client_safe_docx_and_remembers_the_format(
    qtbot, window, tmp_path, monkeypatch
):
    asked: list[tuple[str, str]] = []

    def save_as(_parent, _title, path, filters, *_args, **_kwargs):
        asked.append((path, filters))
        return str(tmp_path / "for the client"), FILTERS[DOCX]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def choose_docx_client_safe(dialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        press_shortcut(qtbot, dialog.focusWidget(), Qt.Key.Key_D, ALT)
        qtbot.waitUntil(dialog.docx_button.isChecked)
        press_shortcut(qtbot, dialog.focusWidget(), Qt.Key.Key_C, ALT)
        qtbot.waitUntil(dialog.client_safe.isChecked)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    assert last_format() == PDF
    when_modal(ReportDialog, choose_docx_client_safe)
    window.report_action.trigger()
    written = tmp_path / "for the client.docx"  # the chosen filter's extension is added
    content = docx_bytes(written)
    assert b"Acme Software" in content and b"Board minutes." in content
    assert b"PRIVATESECRET" not in content and b"Private note" not in content
    proposed, filters = asked[0]
    assert Path(proposed).name.endswith(" - 2025-03-14.docx")
    assert filters == f"{FILTERS[DOCX]};;{FILTERS[PDF]}"  # both; the chosen one first
    assert window.statusBar().currentMessage() == (
        f"Report written to {written} (client-safe: no private notes)"
    )
    assert last_format() == DOCX

    # next time DOCX is where the dialog starts; client-safe is asked again (off)
    def accept_as_it_is(dialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.docx_button.isChecked() and not dialog.client_safe.isChecked()
        press_shortcut(
            qtbot, dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier
        )

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mine.docx"), "")
    )
    when_modal(ReportDialog, accept_as_it_is)
    window.report_action.trigger()
    assert b"PRIVATESECRET" in docx_bytes(tmp_path / "mine.docx")


def test_the_extension_typed_wins_over_the_format_chosen(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.PDF"), FILTERS[DOCX])
    )
    when_modal(ReportDialog, lambda d: qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Return))
    window.report_action.trigger()
    assert (tmp_path / "r.PDF").read_bytes().startswith(b"%PDF-")
    assert last_format() == PDF


def test_cancelling_the_dialog_asks_for_no_file(qtbot, window, monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: asked.append(a))
    when_modal(ReportDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    window.report_action.trigger()
    assert asked == []
