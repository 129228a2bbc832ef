"""Typing a shortcut as a user does, and leaving no modifier key held behind it.

QTest releases the modifier keys of a shortcut with the wrong state: after a click of
Ctrl+Shift+Y, Qt goes on believing Shift (and, when the shortcut opened a modal dialog that
blocks the window the release was sent to, Ctrl too) is held, and every later selection in
the test run is made as a Shift+click. A plain tap of Shift, where the focus now is, puts the
state back as the user's keyboard has it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget


def press_shortcut(qtbot, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, modifiers)
    target = QApplication.activeModalWidget() or QApplication.focusWidget() or widget
    qtbot.keyClick(target, Qt.Key.Key_Shift)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def no_key_left_down() -> Iterator[None]:
    """Imported by a test module: each of its tests ends with no modifier key held."""
    yield
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
