"""Work that can wait until a window has painted once: the user sees the window sooner, and
what a first look does not need (charts, background scoring, tidying) comes right after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Runs callbacks once `widget` has painted for the first time (at once if it has)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.painted = False
        self._waiting: list[Callable[[], object]] = []
        widget.installEventFilter(self)

    def then(self, callback: Callable[[], object]) -> None:
        """Run `callback` on the event loop after the first paint pass is done."""
        if self.painted:
            QTimer.singleShot(0, self, callback)
        else:
            self._waiting.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self.widget.removeEventFilter(self)
            # A zero-delay timer: after this paint pass (the window and its children) is done.
            QTimer.singleShot(0, self, self._run_waiting)
        return False

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()
