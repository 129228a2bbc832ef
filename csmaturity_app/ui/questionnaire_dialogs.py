"""The two dialogs of questionnaires: which respondents to write one for and where, and what
collecting filled files will change, asked before it is done.

Names, roles and the lines of the preview are user text (and file names): shown as plain
text, in list items and plain-text labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app import i18n
from csmaturity_app.exchange.questionnaire_collect import Collected
from csmaturity_app.i18n import formats
from csmaturity_app.presentation.respondents import respondent_label
from csmaturity_app.store import RespondentRecord
from csmaturity_app.ui.file_language import FileLanguageCombo

# The source language's titles; shown through `send_title()` and `collect_title()`.
SEND_TITLE = "Send Questionnaires"
COLLECT_TITLE = "Collect Questionnaires"
LANGUAGE_KEY = "questionnaires/language"  # QSettings: the language questionnaires were last in
_ID_ROLE = Qt.ItemDataRole.UserRole


def send_title() -> str:
    return QCoreApplication.translate("Questionnaires", "Send Questionnaires")


def collect_title() -> str:
    return QCoreApplication.translate("Questionnaires", "Collect Questionnaires")


def files_text(count: int) -> str:
    """ "1 file" / "3 files", in the window's language."""
    text = (
        QCoreApplication.translate("Questionnaires", "{count} file")
        if i18n.plural_is_one(count)
        else QCoreApplication.translate("Questionnaires", "{count} files")
    )
    return text.format(count=formats.integer(count))


def questionnaires_text(count: int) -> str:
    """ "1 questionnaire" / "3 questionnaires", in the window's language."""
    text = (
        QCoreApplication.translate("Questionnaires", "{count} questionnaire")
        if i18n.plural_is_one(count)
        else QCoreApplication.translate("Questionnaires", "{count} questionnaires")
    )
    return text.format(count=formats.integer(count))


def respondent_text(respondent: RespondentRecord) -> str:
    """ "Pat Lee (VP Customer Success)": a respondent in a list."""
    return respondent_label(respondent)


class SendQuestionnairesDialog(QDialog):
    """The respondents, all checked, the folder the files go to, and their language."""

    def __init__(
        self,
        parent: QWidget | None,
        assessment_text: str,
        respondents: list[RespondentRecord],
        folder: Path,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(send_title())
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(
            _label(
                self.tr(
                    "Write a questionnaire (an XLSX file) for each respondent checked below, for "
                    "the assessment {assessment}. Send each their file; they fill it in in "
                    "Excel or LibreOffice Calc and send it back, and Assessment > Collect "
                    "Questionnaires takes their answers."
                ).format(assessment=assessment_text),
                wrap=True,
            )
        )
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for respondent in respondents:
            item = QListWidgetItem(respondent_text(respondent))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(_ID_ROLE, respondent)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        line = self.list.fontMetrics().lineSpacing() + 8
        self.list.setMinimumHeight(line * min(max(len(respondents), 3), 8))
        who = _label(self.tr("&Respondents (Space checks or unchecks one):"))
        who.setBuddy(self.list)
        layout.addWidget(who)
        layout.addWidget(self.list)

        self.folder_edit = QLineEdit(str(folder))
        where = _label(self.tr("&Folder:"))
        where.setBuddy(self.folder_edit)
        self.browse_button = QPushButton(self.tr("&Browse\u2026"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(where)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.language = FileLanguageCombo(LANGUAGE_KEY, self)
        spoken = _label(self.tr("&Language of the files:"))
        spoken.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(spoken)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        layout.addLayout(language_row)

        buttons = QDialogButtonBox()
        self.write_button = buttons.addButton(
            self.tr("&Write Questionnaires"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.write_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.list.itemChanged.connect(self._update)
        self.folder_edit.textChanged.connect(self._update)
        self._update()
        self.list.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def chosen(self) -> list[RespondentRecord]:
        """The respondents checked, in the list's order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [
            item.data(_ID_ROLE)
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def _update(self, *_args: object) -> None:
        self.write_button.setEnabled(bool(self.chosen()) and bool(self.folder_edit.text().strip()))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, send_title(), str(self.folder()))
        if chosen:
            self.folder_edit.setText(chosen)


class CollectPreviewDialog(QDialog):
    """One line per file: what collecting it will change, or why it changes nothing; then
    Collect or Cancel (Close alone when nothing would change)."""

    def __init__(
        self, parent: QWidget | None, assessment_text: str, results: list[Collected]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(collect_title())
        self.results = results
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        taken = [r for r in results if r.changes_anything]
        refused = [r for r in results if r.error]
        files = files_text(len(results))
        if taken:
            heading = self.tr(
                "Collecting {files} into the assessment {assessment} will do this:"
            ).format(files=files, assessment=assessment_text)
        else:
            heading = self.tr(
                "Nothing to collect from {files} into the assessment {assessment}:"
            ).format(files=files, assessment=assessment_text)
        self.heading = _label(heading, wrap=True)
        layout.addWidget(self.heading)

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # scrolled from the keyboard
        style = self.style()
        icons = {
            "taken": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "refused": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "same": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        for result in results:
            kind = "refused" if result.error else "taken" if result.changes_anything else "same"
            item = QListWidgetItem(icons[kind], result.line)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        line = self.list.fontMetrics().lineSpacing()
        self.list.setMinimumHeight(line * min(2 * len(results) + 1, 14))
        layout.addWidget(self.list, 1)
        if refused:
            layout.addWidget(
                _label(
                    (
                        self.tr(
                            "{files} cannot be collected: nothing is taken from it. Ask for a "
                            "new fill, or write a new questionnaire."
                        )
                        if i18n.plural_is_one(len(refused))
                        else self.tr(
                            "{files} cannot be collected: nothing is taken from them. Ask for a "
                            "new fill, or write a new questionnaire."
                        )
                    ).format(files=files_text(len(refused))),
                    wrap=True,
                )
            )

        buttons = QDialogButtonBox()
        if taken:
            self.note = _label(self.tr("Edit > Undo does not take a collect back."))
            layout.addWidget(self.note)
            self.collect_button: QPushButton | None = buttons.addButton(
                self.tr("&Collect"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.collect_button.setDefault(True)
            self.default_button = self.collect_button
        else:
            self.collect_button = None
            self.default_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.default_button.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 96)

    def lines(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.text() for item in items if item is not None]


def _label(text: str, wrap: bool = False) -> QLabel:
    label = QLabel(text, wordWrap=wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
