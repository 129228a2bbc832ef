"""Export Action Plan: the Roadmap tab's dialog that writes an organization's action plan as
an XLSX workbook (or CSV), client-safe if asked, into the folder used last time, in the
language chosen for it (the window's by default): the plan is read again in that language, so
its model's words (stages, criteria) are the file's.

The plan is a few hundred rows at most: it is written at once, under a wait cursor, as the
report is, and the function returns the file written (None: cancelled, or failed with one
message box saying why).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app import i18n
from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import formats, translate
from csmaturity_app.presentation.plan import CLIENT_SAFE_CHOICE
from csmaturity_app.store import Store
from csmaturity_app.ui.export_dialog import safe_file_part
from csmaturity_app.ui.file_language import FileLanguageCombo, file_language
from csmaturity_app.ui.markup import plain_message

TITLE = "Export Action Plan"  # the source language's; shown through `title()`
FOLDER_KEY = "plan/folder"  # QSettings: where the last action plan was written
LANGUAGE_KEY = "plan/language"  # QSettings: the language the last action plan was written in
SUFFIXES = (".xlsx", ".csv")
CLIENT_SAFE_TEXT = CLIENT_SAFE_CHOICE  # the source language's; the box shows it translated


def title() -> str:
    return QCoreApplication.translate("PlanExport", "Export Action Plan")


def filters() -> str:
    return QCoreApplication.translate("PlanExport", "Excel workbook (*.xlsx);;CSV file (*.csv)")


def export_action_plan(parent: QWidget, store: Store, organization_id: str) -> Path | None:
    """Ask where to write the organization's action plan and whether client-safe, then write
    it. Returns the file written, or None (cancelled, or failed: the user was told why)."""
    try:
        view = store.plan(organization_id)
    except UserFacingError as exc:
        QMessageBox.warning(parent, title(), plain_message(str(exc)))
        return None
    name = view.organization.name
    with i18n.using(file_language(LANGUAGE_KEY)):  # named in the file's language
        suggested = last_folder() / default_file_name(name, date.today())
    dialog = PlanExportDialog(parent, name, len(view.items), suggested)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        path, client_safe = dialog.path(), dialog.client_safe.isChecked()
        language = dialog.language.language()
    finally:
        dialog.deleteLater()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        # Imported when first used: openpyxl would add to every start of the window.
        if path.suffix.lower() == ".xlsx":
            from csmaturity_app.exchange.plan_xlsx import write_plan_xlsx as write
        else:
            from csmaturity_app.exchange.plan_text import write_plan_text as write
        with i18n.using(language):  # read again: the model's words in the file's language
            plan = store.plan(organization_id, view.today)
        # Written outside `using`: an error is told in the window's language.
        write(plan, path, store.path, client_safe, language)
    except UserFacingError as exc:
        problem: UserFacingError | None = exc
    else:
        problem = None
    finally:
        QApplication.restoreOverrideCursor()  # whatever went wrong: never left waiting
    if problem is not None:
        QMessageBox.warning(
            parent,
            title(),
            plain_message(
                QCoreApplication.translate(
                    "PlanExport", "The action plan cannot be written:\n\n{problem}"
                ).format(problem=problem)
            ),
        )
        return None
    QSettings().setValue(FOLDER_KEY, str(path.parent))
    return path


def default_file_name(organization: str, today: date) -> str:
    """For example action-plan-Acme-Analytics-2026-11-30.xlsx, in the language in effect (the
    file's, like the report's name): plan-d-action-… in French."""
    part = safe_file_part(organization)
    stem = translate("plan file name", "action-plan")
    return f"{stem}-{part + '-' if part else ''}{today.isoformat()}.xlsx"


def last_folder() -> Path:
    """The folder of the last action plan, else Documents (else home)."""
    saved = QSettings().value(FOLDER_KEY, "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class PlanExportDialog(QDialog):
    """The file (typed, or chosen with Browse), the client-safe box, Export and Cancel: all
    reachable from the keyboard (Alt+F, Alt+B, Alt+C, Alt+L, Enter, Esc)."""

    def __init__(self, parent: QWidget | None, organization: str, actions: int, suggested: Path):
        super().__init__(parent)
        self.setWindowTitle(title())
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        count = (
            self.tr("{count} action") if i18n.plural_is_one(actions) else self.tr("{count} actions")
        ).format(count=formats.integer(actions))
        what = QLabel(
            self.tr("The action plan of \u201c{organization}\u201d: {count}.").format(
                organization=organization, count=count
            ),
            wordWrap=True,
        )
        what.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(what)

        self._browsed: Path | None = None  # the file Browse chose (and asked to replace)
        self.file_edit = QLineEdit(str(suggested))
        self.file_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.file_edit)
        self.language = FileLanguageCombo(LANGUAGE_KEY, self)
        form.addRow(self.tr("&Language:"), self.language)
        # The proposed name follows the language chosen, until the user names the file.
        self._organization = organization
        self._proposed = suggested.name
        self.language.currentIndexChanged.connect(self._rename_for_language)
        layout.addLayout(form)

        self.client_safe = QCheckBox(self.tr("&Client-safe: leave private notes out"))
        layout.addWidget(self.client_safe)
        note = QLabel(
            self.tr(
                "The file's extension is its format: .xlsx for Excel or LibreOffice Calc (dates, "
                "filters, status as a drop-down), or .csv."
            ),
            wordWrap=True,
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setEnabled(False)  # secondary text
        layout.addWidget(note)
        self.problem = QLabel(wordWrap=True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))  # Esc cancels; Alt+C is the client-safe box's
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.file_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rename_for_language(self, _index: int) -> None:
        typed = Path(self.file_edit.text().strip())
        if typed.name != self._proposed:
            return
        with i18n.using(self.language.language()):
            self._proposed = default_file_name(self._organization, date.today())
        self.file_edit.setText(str(typed.with_name(self._proposed)))

    def path(self) -> Path:
        """The file typed, with .xlsx added when it has no extension."""
        path = Path(self.file_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_name(path.name + ".xlsx")

    def accept(self) -> None:
        """Export only a file it can write: another extension says so and stays open."""
        text = self.file_edit.text().strip()
        if not text or not Path(text).name:
            self._refuse(self.tr("Give the file to write."))
        elif self.path().suffix.lower() not in SUFFIXES:
            self._refuse(
                self.tr(
                    "An action plan is written as .xlsx or .csv, not {suffix}: "
                    "change the file's extension."
                ).format(suffix=self.path().suffix)
            )
        elif self._replace_confirmed():
            super().accept()

    def _replace_confirmed(self) -> bool:
        """A file typed over an existing one is replaced only when the user says so (the
        file dialog of Browse has asked already)."""
        path = self.path()
        if not path.exists() or path == self._browsed:
            return True
        answer = QMessageBox.question(
            self,
            title(),
            plain_message(
                self.tr("{name} exists already in {folder}. Replace it?").format(
                    name=path.name, folder=path.parent
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.file_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.file_edit.selectAll()

    def _browse(self) -> None:
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, title(), self.file_edit.text(), filters()
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(
                path.name + (".csv" if "csv" in chosen_filter.lower() else ".xlsx")
            )
        self._browsed = path
        self.file_edit.setText(str(path))
