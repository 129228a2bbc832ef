"""File > Export report: the PDF report of the selected assessment."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from csmaturity_app.errors import UserFacingError
from csmaturity_app.ui.background import unexpected_error_message
from csmaturity_app.ui.markup import plain_message

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


def export_report_interactively(window: MainWindow) -> Path | None:
    """Ask where to save the report of the current assessment, then write it.

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

    name = report_file_name(record.organization_name, model.title, record.assessed_on)
    chosen, _filter = QFileDialog.getSaveFileName(
        window, TITLE, str(default_folder() / name), "PDF document (*.pdf)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    status = window.statusBar()
    status.showMessage(f"Writing the report to {path}\u2026")
    status.repaint()  # drawn now: the work below holds the event loop for a moment
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        try:
            from csmaturity_app.ui.report import export_report_pdf

            export_report_pdf(store, assessment_id, path)
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
    status.showMessage(f"Report written to {path}", 10_000)
    return path
