"""The two dialogs of questionnaires: which respondents to write one for and where, and what
collecting filled files will change, asked before it is done.

Names, roles and the lines of the preview are user text (and file names): shown as plain
text, in list items and plain-text labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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

from csmaturity_app.exchange.questionnaire_collect import Collected
from csmaturity_app.presentation.numbers import counted
from csmaturity_app.store import RespondentRecord

SEND_TITLE = "Send Questionnaires"
COLLECT_TITLE = "Collect Questionnaires"
_ID_ROLE = Qt.ItemDataRole.UserRole


def respondent_text(respondent: RespondentRecord) -> str:
    """ "Pat Lee (VP Customer Success)": a respondent in a list."""
    return f"{respondent.name} ({respondent.role})" if respondent.role else respondent.name


class SendQuestionnairesDialog(QDialog):
    """The respondents, all checked, and the folder the files go to."""

    def __init__(
        self,
        parent: QWidget | None,
        assessment_text: str,
        respondents: list[RespondentRecord],
        folder: Path,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(SEND_TITLE)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(
            _label(
                f"Write a questionnaire (an XLSX file) for each respondent checked below, for "
                f"the assessment {assessment_text}. Send each their file; they fill it in in "
                "Excel or LibreOffice Calc and send it back, and Assessment > Collect "
                "Questionnaires takes their answers.",
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
        who = _label("&Respondents (Space checks or unchecks one):")
        who.setBuddy(self.list)
        layout.addWidget(who)
        layout.addWidget(self.list)

        self.folder_edit = QLineEdit(str(folder))
        where = _label("&Folder:")
        where.setBuddy(self.folder_edit)
        self.browse_button = QPushButton("&Browse\u2026")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(where)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)

        buttons = QDialogButtonBox()
        self.write_button = buttons.addButton(
            "&Write Questionnaires", QDialogButtonBox.ButtonRole.AcceptRole
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
        chosen = QFileDialog.getExistingDirectory(self, SEND_TITLE, str(self.folder()))
        if chosen:
            self.folder_edit.setText(chosen)


class CollectPreviewDialog(QDialog):
    """One line per file: what collecting it will change, or why it changes nothing; then
    Collect or Cancel (Close alone when nothing would change)."""

    def __init__(
        self, parent: QWidget | None, assessment_text: str, results: list[Collected]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(COLLECT_TITLE)
        self.results = results
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        taken = [r for r in results if r.changes_anything]
        refused = [r for r in results if r.error]
        files = counted(len(results), "file")
        if taken:
            heading = f"Collecting {files} into the assessment {assessment_text} will do this:"
        else:
            heading = f"Nothing to collect from {files} into the assessment {assessment_text}:"
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
                    f"{counted(len(refused), 'file')} cannot be collected: nothing is taken "
                    "from "
                    + ("it" if len(refused) == 1 else "them")
                    + ". Ask for a new fill, or write a new questionnaire.",
                    wrap=True,
                )
            )

        buttons = QDialogButtonBox()
        if taken:
            self.note = _label("Edit > Undo does not take a collect back.")
            layout.addWidget(self.note)
            self.collect_button: QPushButton | None = buttons.addButton(
                "&Collect", QDialogButtonBox.ButtonRole.AcceptRole
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
