"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 drops a reference to None on every
call into Qt that returns nothing, and to True on every signal emitted, until the interpreter
aborts ("Fatal Python error: none_dealloc"). pyproject.toml keeps that release out; this test
fails if such a binding is installed again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    said = Signal(str)


def test_calls_into_qt_keep_the_reference_counts_of_none_and_true(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    heard: list[str] = []
    emitter.said.connect(heard.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(5000):
        label.setText("x")
    for _ in range(500):
        emitter.said.emit("answer")
    assert len(heard) == 500
    # A few references may come and go for other reasons; thousands lost means the bug.
    assert none_before - sys.getrefcount(None) < 100
    assert true_before - sys.getrefcount(True) < 100
