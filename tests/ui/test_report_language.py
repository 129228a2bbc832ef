"""The report's language, chosen in File > Export report: a French report from an English
window, read back from the PDF, and the choice remembered for the next report."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from french_tsia import DIMENSION, TITLE, use_french_tsia
from modal_keys import press_shortcut
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from csmaturity_app import i18n
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.report_dialog import LANGUAGE_KEY, ReportDialog

ALT = Qt.KeyboardModifier.AltModifier


def when_modal(kind: type, act: Callable[[QApplication], None]) -> None:
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog, tsia, tmp_path, monkeypatch):
    use_french_tsia(tmp_path / "translations", monkeypatch)
    org = store.create_organization("Acme Software")
    record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14))
    store.record_answer(record.id, "F01", 3, notes="Board minutes.")
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.operations.organizationsChanged.emit()
    assert win.current_assessment_id() == record.id
    return win


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_a_french_report_from_an_english_window_and_the_choice_remembered(
    qtbot, window, tmp_path, monkeypatch
):
    proposed: list[str] = []

    def save_as(_parent, _title, path, _filters, *_args, **_kwargs):
        proposed.append(Path(path).name)
        return str(tmp_path / "rapport.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def choose_french(dialog: ReportDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.language_combo.currentText() == "English"  # the window's, at first
        press_shortcut(qtbot, dialog.focusWidget(), Qt.Key.Key_L, ALT)
        qtbot.waitUntil(dialog.language_combo.hasFocus)
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
        assert dialog.language_combo.language() == "fr"
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Return)

    when_modal(ReportDialog, choose_french)
    window.report_action.trigger()
    text = " ".join(pdf_text(tmp_path / "rapport.pdf").split())
    assert TITLE.split(" (")[0] in text and DIMENSION in text
    assert "TSIA Customer Success Maturity Model (4" not in text  # nor the English title
    assert proposed[0].startswith("Acme Software - Modèle de maturité"), proposed
    assert i18n.current_language() == "en"  # the window still speaks English
    assert window.statusBar().currentMessage().startswith("Report written to ")

    # The next report starts in French; English is a key press away.
    def check_and_go_back(dialog: ReportDialog) -> None:
        assert dialog.language_combo.language() == "fr"
        assert dialog.language_combo.currentText() == "Français"
        dialog.language_combo.set_language("en")
        dialog.accept()

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "report.pdf"), "")
    )
    when_modal(ReportDialog, check_and_go_back)
    window.report_action.trigger()
    assert "Customer Success Maturity Model" in pdf_text(tmp_path / "report.pdf")
    from PySide6.QtCore import QSettings

    assert QSettings().value(LANGUAGE_KEY) == "en"


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_french_report_that_cannot_be_written_is_told_in_the_windows_english(
    qtbot, store: Store, tsia, tmp_path, suffix: str
):
    from csmaturity_app.errors import UserFacingError
    from csmaturity_app.ui.report import export_report_docx, export_report_pdf

    org = store.create_organization("Acme Software")
    record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14))
    export = export_report_docx if suffix == ".docx" else export_report_pdf
    out = tmp_path / "missing" / f"report{suffix}"
    with pytest.raises(UserFacingError) as info:
        export(store, record.id, out, language="fr")
    assert "the folder does not exist" in str(info.value)
    assert not out.parent.exists()


@pytest.mark.usefixtures("french")
def test_the_reports_write_error_is_in_the_language_in_effect(tmp_path):
    from csmaturity_app.errors import UserFacingError
    from csmaturity_app.ui.report.output import write_atomically

    with pytest.raises(UserFacingError) as info:
        write_atomically(tmp_path / "missing" / "x.pdf", b"%PDF")
    assert str(info.value).startswith("impossible d")
    assert "cannot" not in str(info.value)
