"""The notes / evidence field of one criterion, and when its text is handed over for saving:
after a short pause in typing, when it loses the focus, and when asked (window closing).

It only says *what* to save (`committed`); the wizard writes it through `Operations`.
It holds at most `MAX_NOTES` characters, the store's bound: what is typed or pasted past it
is not taken, and a tip says so (`limitReached`), rather than the save failing later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from csmaturity_app.i18n import formats
from csmaturity_app.store import MAX_NOTES
from csmaturity_app.ui.wizard.keys import with_keys

IDLE_MS = 700  # after the last keystroke


class NotesEdit(QPlainTextEdit):
    committed = Signal(str)  # the text to save (only ever sent when it differs from the store)
    edited = Signal()  # the user typed: there is something not saved yet
    focused = Signal()
    escaped = Signal()  # Escape: the user wants back to the criterion
    limitReached = Signal(int)  # characters typed or pasted past MAX_NOTES, not taken

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        # Not self.tr: the private notes field subclasses this one, and tr takes its context
        # from the runtime class.
        self.setPlaceholderText(QCoreApplication.translate("NotesEdit", "Notes and evidence"))
        self.setToolTip(
            with_keys(
                QCoreApplication.translate("NotesEdit", "Notes and evidence, saved as you type"),
                "notes",
            )
            + QCoreApplication.translate("NotesEdit", "; Esc goes back to the criterion")
        )
        self.setTabChangesFocus(True)
        self._saved = ""
        self._loading = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.commit)
        self._added = (0, 0)  # the last change: where, and how many characters came in
        self.document().contentsChange.connect(self._on_contents_change)
        self.textChanged.connect(self._on_text_changed)
        margins = self.contentsMargins()
        document_margin = self.document().documentMargin()
        height = (
            self.fontMetrics().lineSpacing() * lines
            + 2 * document_margin
            + margins.top()
            + margins.bottom()
        )
        self.setFixedHeight(round(height))

    @property
    def saved_text(self) -> str:
        return self._saved

    def is_dirty(self) -> bool:
        return self.toPlainText() != self._saved

    def set_saved_text(self, text: str) -> None:
        """The notes as the store holds them. Text being typed (not saved yet) is kept."""
        dirty = self.is_dirty()
        self._saved = text
        if not dirty and self.toPlainText() != text:
            self._loading = True
            try:
                self.setPlainText(text)
            finally:
                self._loading = False

    def commit(self) -> None:
        """Hand over the text if it changed; a pending idle save is no longer needed."""
        self._idle.stop()
        if self.is_dirty():
            self.committed.emit(self.toPlainText())

    def has_pending_save(self) -> bool:
        return self._idle.isActive()

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        self._added = (position, added)

    def _on_text_changed(self) -> None:
        if self._loading or self.isReadOnly():
            return
        self._keep_to_bound()
        self._idle.start()
        if self.is_dirty():
            self.edited.emit()

    def _keep_to_bound(self) -> None:
        """Take back what the last change brought past `MAX_NOTES` (the end of what it
        added), and say so. Counted in UTF-16 units, as Qt counts: never more characters
        than the store's bound. A longer note from an older store is kept as it is, and
        only what is added to it is refused."""
        excess = min(self.document().characterCount() - 1 - MAX_NOTES, self._added[1])
        if excess <= 0:
            return
        position, added = self._added
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + added - excess)
        cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()  # changes the text again: checked again, within bound
        QToolTip.showText(
            self.mapToGlobal(self.cursorRect().bottomLeft()),
            QCoreApplication.translate(
                "NotesEdit",
                "Notes hold at most {limit} characters: the last {excess} typed or pasted were "
                "not added.",
            ).format(limit=formats.integer(MAX_NOTES), excess=formats.integer(excess)),
            self,
        )
        self.limitReached.emit(excess)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.commit()
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)
