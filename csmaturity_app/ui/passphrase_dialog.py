"""The passphrase dialogs: one asks for the passphrase of something encrypted (a store, a
snapshot), the other sets a new one, typed twice.

A passphrase leaves a dialog as `bytes` (UTF-8), and the dialog clears its fields as soon as
it closes (its undo history too), and lets go of its attempt: Qt's own copies of the text are
the only ones left, and only until then.

`PassphraseDialog` does not close on a wrong passphrase: it is given the attempt to make
(open the store, decrypt the file), shows why it failed under the field, and waits for
another try, as many as it takes. Nothing is changed by a wrong try.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.store import MIN_NEW_PASSPHRASE

MIN_LENGTH = MIN_NEW_PASSPHRASE  # the store's minimum, for every way a passphrase is set


def lost_warning() -> str:
    return QCoreApplication.translate(
        "PassphraseDialog",
        "Keep this passphrase safe, in a password manager. If it is lost, the data cannot be "
        "opened again by anyone, including us: there is no back door.",
    )


# What to try with a passphrase: None when it worked, else the reason to show and ask again.
Attempt = Callable[[bytes], str | None]


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages as they are
    label.setWordWrap(True)
    return label


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    # No input method may keep or predict what is typed here.
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


class _SecretDialog(QDialog):
    """What both dialogs share: the secret fields, Show, the problem line, clearing."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._fields: list[QLineEdit] = []
        self._value = b""
        self.attempt: Attempt | None = None
        self.problem = _plain_label()
        self.problem.setAccessibleName(QCoreApplication.translate("PassphraseDialog", "Problem"))
        self.problem.setStyleSheet("color: white; background: #B3261E;")
        self.problem.setContentsMargins(6, 3, 6, 3)
        self.problem.hide()
        self.show_box = QCheckBox(
            QCoreApplication.translate("PassphraseDialog", "&Show passphrase")
        )
        self.show_box.toggled.connect(self._show_text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._accept_clicked)
        self.buttons.rejected.connect(self.reject)

    def _field(self, name: str) -> QLineEdit:
        field = _secret_field(name)
        field.textChanged.connect(self._changed)
        self._fields.append(field)
        return field

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        if self.problem.isVisibleTo(self) != bool(problem):
            self.problem.setVisible(bool(problem))
            self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped text needs at this width: a window's own size ignores
        height-for-width, and takes the labels' height at their narrowest (loose gaps)."""
        layout = self.layout()
        if self.isVisible() and layout is not None and layout.hasHeightForWidth():
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _changed(self) -> None:
        self._say("")

    def _accept_clicked(self) -> None:
        raise NotImplementedError

    def passphrase(self) -> bytes:
        """The passphrase accepted (empty until then, and after `forget`)."""
        return self._value

    def forget(self) -> None:
        """Drop the accepted passphrase: the caller has used it."""
        self._value = b""

    def done(self, result: int) -> None:
        for field in self._fields:  # closed, however: the typed text goes with it
            field.setText("")  # not clear(): that keeps the text in the field's undo history
        self.show_box.setChecked(False)
        self.attempt = None  # its closure may hold what the passphrase opened, or the passphrase
        super().done(result)


class PassphraseDialog(_SecretDialog):
    """Ask for the passphrase of `what` (a store, a snapshot) and try it with `attempt`.

    Accepted only once `attempt` succeeds; without an `attempt`, as soon as a passphrase is
    typed (the caller tries it, and calls `wrong` and `exec` again when it fails)."""

    def __init__(
        self,
        title: str,
        message: str,
        attempt: Attempt | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.attempt = attempt
        self.field = self._field(QCoreApplication.translate("PassphraseDialog", "Passphrase"))
        self.ok_button.setText(QCoreApplication.translate("PassphraseDialog", "&Open"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(message))
        form = QFormLayout()
        label = QLabel(QCoreApplication.translate("PassphraseDialog", "&Passphrase:"))
        label.setBuddy(self.field)
        form.addRow(label, self.field)
        form.addRow("", self.show_box)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)  # any height left over goes above the buttons, not between lines
        layout.addWidget(self.buttons)
        self.ok_button.setEnabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.field.setFocus()

    def _changed(self) -> None:
        super()._changed()
        self.ok_button.setEnabled(bool(self.field.text()))

    def wrong(self, problem: str) -> None:
        """Show why the last passphrase did not work, and ready the field for another."""
        self._say(problem)

    def _accept_clicked(self) -> None:
        text = self.field.text()
        if not text:
            return
        value = text.encode("utf-8")
        if self.attempt is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                problem = self.attempt(value)
            finally:
                QApplication.restoreOverrideCursor()
            if problem is not None:
                self._say(problem)
                self.field.selectAll()
                self.field.setFocus()
                return
        self._value = value
        self.accept()


class NewPassphraseDialog(_SecretDialog):
    """Set a new passphrase: typed twice, at least `MIN_LENGTH` characters, with the warning
    that a lost passphrase loses the data."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.first = self._field(QCoreApplication.translate("PassphraseDialog", "New passphrase"))
        self.second = self._field(
            QCoreApplication.translate("PassphraseDialog", "New passphrase again")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(message))
        form = QFormLayout()
        first_label = QLabel(QCoreApplication.translate("PassphraseDialog", "&New passphrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(QCoreApplication.translate("PassphraseDialog", "Type it &again:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow("", self.show_box)
        layout.addLayout(form)
        self.hint = _plain_label()
        self.hint.setAccessibleName(
            QCoreApplication.translate("PassphraseDialog", "Passphrase check")
        )
        layout.addWidget(self.hint)
        warning = _plain_label(lost_warning())
        warning.setAccessibleName(QCoreApplication.translate("PassphraseDialog", "Warning"))
        layout.addWidget(warning)
        layout.addWidget(self.problem)
        layout.addStretch(1)  # any height left over goes above the buttons, not between lines
        layout.addWidget(self.buttons)
        self._changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.first.setFocus()

    def _problem(self) -> str:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_LENGTH:
            return QCoreApplication.translate(
                "PassphraseDialog",
                "Use at least {count} characters: a few words are easy to remember.",
            ).format(count=MIN_LENGTH)
        if first != second:
            return (
                QCoreApplication.translate("PassphraseDialog", "The two passphrases differ.")
                if second
                else QCoreApplication.translate("PassphraseDialog", "Type the passphrase again.")
            )
        return ""

    def _changed(self) -> None:
        super()._changed()
        problem = self._problem()
        self.hint.setText(
            problem or QCoreApplication.translate("PassphraseDialog", "The two passphrases match.")
        )
        self.ok_button.setEnabled(not problem)

    def _accept_clicked(self) -> None:
        if self._problem():
            return
        self._value = self.first.text().encode("utf-8")
        self.accept()
