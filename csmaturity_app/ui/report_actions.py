"""File > Export report: the report of the selected assessment, as a PDF or a DOCX, normal
or client-safe, in the language chosen for it (`report_dialog` asks which)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from csmaturity_app.errors import UserFacingError
from csmaturity_app.maturity.translation import localized
from csmaturity_app.ui.background import unexpected_error_message
from csmaturity_app.ui.markup import plain_message
from csmaturity_app.ui.report_dialog import (
    DOCX,
    FILTERS,
    ReportChoice,
    ReportDialog,
    filter_text,
    remember_format,
)

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow

FOLDER_KEY = "report/folder"


def _title() -> str:
    return QCoreApplication.translate("report_actions", "Export report")


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
        QMessageBox.warning(window, _title(), plain_message(str(exc)))
        return None
    # Imported when first used: the report's modules would add ~0.1 s to every start.
    from csmaturity_app.exchange.report_content import report_file_name

    choice = ask_report_choice(window)
    if choice is None:
        return None
    title = localized(model, choice.language).title  # the file's name in its language too
    name = report_file_name(record.organization_name, title, record.assessed_on, choice.suffix)
    # both filters, the chosen format's first: the file's extension decides in the end
    suffixes = [choice.suffix] + [s for s in FILTERS if s != choice.suffix]
    filters = [filter_text(s) for s in suffixes]
    chosen, selected = QFileDialog.getSaveFileName(
        window, _title(), str(default_folder() / name), ";;".join(filters)
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = path.suffix.lower()
    if suffix not in FILTERS:
        suffix = DOCX if selected == filter_text(DOCX) else choice.suffix
        path = path.with_name(path.name + suffix)
    remember_format(suffix)
    status = window.statusBar()
    status.showMessage(
        QCoreApplication.translate("report_actions", "Writing the report to {path}\u2026").format(
            path=path
        )
    )
    status.repaint()  # drawn now: the work below holds the event loop for a moment
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        try:
            from csmaturity_app.ui.report import export_report_docx, export_report_pdf

            export = export_report_docx if suffix == DOCX else export_report_pdf
            # Built in the report's language, on this thread (`using` holds for the thread
            # that enters it); written, and its errors told, in the window's.
            export(
                store,
                assessment_id,
                path,
                client_safe=choice.client_safe,
                language=choice.language,
            )
        finally:
            QApplication.restoreOverrideCursor()
    except UserFacingError as exc:
        problem = str(exc)
    except Exception as exc:  # a bug: the status line comes back and the user is told, once
        status.clearMessage()
        QMessageBox.warning(window, _title(), plain_message(unexpected_error_message(exc)))
        raise
    else:
        problem = ""
    if problem:
        status.clearMessage()
        QMessageBox.warning(window, _title(), plain_message(problem))
        return None
    QSettings().setValue(FOLDER_KEY, str(path.parent))
    if choice.client_safe:
        done = QCoreApplication.translate(
            "report_actions", "Report written to {path} (client-safe: no private notes)"
        )
    else:
        done = QCoreApplication.translate("report_actions", "Report written to {path}")
    status.showMessage(done.format(path=path), 10_000)
    return path
