"""File > Export report: the report of the selected assessment, as a PDF or a DOCX, normal
or client-safe (`report_dialog` asks which)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from csmaturity_app.errors import UserFacingError
from csmaturity_app.presentation.plan import CLIENT_SAFE_WRITTEN
from csmaturity_app.ui.background import unexpected_error_message
from csmaturity_app.ui.markup import plain_message
from csmaturity_app.ui.report_dialog import (
    DOCX,
    FILTERS,
    ReportChoice,
    ReportDialog,
    remember_format,
)

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow

FOLDER_KEY = "report/folder"
TITLE = "Export report"


def default_folder() -> Path:
    """Where the last report went, else the Documents folder, else home."""
    saved = QSettings().value(FOLDER_KEY, "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_report_choice(window: MainWindow) -> ReportChoice | None:
    dialog = ReportDialog(window)
    if dialog.exec() != ReportDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


def export_report_interactively(window: MainWindow) -> Path | None:
    """Ask for the format and where to save the report of the current assessment, then write
    it.

    Returns the file written, or None (nothing selected, cancelled, or failed: the user was
    told why in one message)."""
    assessment_id = window.current_assessment_id()
    if assessment_id is None:
        return None
    store = window.store
    try:
        record = store.assessment(assessment_id)
        model = store.model_of(assessment_id)
    except UserFacingError as exc:
        QMessageBox.warning(window, TITLE, plain_message(str(exc)))
        return None
    # Imported when first used: the report's modules would add ~0.1 s to every start.
    from csmaturity_app.exchange.report_content import report_file_name

    choice = ask_report_choice(window)
    if choice is None:
        return None
    name = report_file_name(
        record.organization_name, model.title, record.assessed_on, choice.suffix
    )
    # both filters, the chosen format's first: the file's extension decides in the end
    filters = [FILTERS[choice.suffix]] + [f for s, f in FILTERS.items() if s != choice.suffix]
    chosen, selected = QFileDialog.getSaveFileName(
        window, TITLE, str(default_folder() / name), ";;".join(filters)
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = path.suffix.lower()
    if suffix not in FILTERS:
        suffix = DOCX if selected == FILTERS[DOCX] else choice.suffix
        path = path.with_name(path.name + suffix)
    remember_format(suffix)
    status = window.statusBar()
    status.showMessage(f"Writing the report to {path}\u2026")
    status.repaint()  # drawn now: the work below holds the event loop for a moment
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        try:
            from csmaturity_app.ui.report import export_report_docx, export_report_pdf

            export = export_report_docx if suffix == DOCX else export_report_pdf
            export(store, assessment_id, path, client_safe=choice.client_safe)
        finally:
            QApplication.restoreOverrideCursor()
    except UserFacingError as exc:
        problem = str(exc)
    except Exception as exc:  # a bug: the status line comes back and the user is told, once
        status.clearMessage()
        QMessageBox.warning(window, TITLE, plain_message(unexpected_error_message(exc)))
        raise
    else:
        problem = ""
    if problem:
        status.clearMessage()
        QMessageBox.warning(window, TITLE, plain_message(problem))
        return None
    QSettings().setValue(FOLDER_KEY, str(path.parent))
    safe = CLIENT_SAFE_WRITTEN if choice.client_safe else ""
    status.showMessage(f"Report written to {path}{safe}", 10_000)
    return path
