"""Choosing a store file, and what to do when one cannot be opened."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from csmaturity_app import APP_NAME
from csmaturity_app.ui.markup import plain_message

STORE_FILTER = "CS Maturity stores (*.db *.sqlite);;All files (*)"


class StoreChoice(Enum):
    OPEN_OTHER = "open"
    CREATE_NEW = "new"
    QUIT = "quit"


def ask_after_store_problem(parent: QWidget | None, message: str) -> StoreChoice:
    """One dialog: what is wrong with the store, and the ways forward."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(f"{APP_NAME}: the store cannot be opened")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes a path, which may hold "<"
    box.setText("The store cannot be opened.")
    box.setInformativeText(message)
    open_other = box.addButton("&Open another store\u2026", QMessageBox.ButtonRole.AcceptRole)
    create = box.addButton("Create a &new store\u2026", QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_other)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_other:
        return StoreChoice.OPEN_OTHER
    if clicked is create:
        return StoreChoice.CREATE_NEW
    return StoreChoice.QUIT


def choose_existing_store(parent: QWidget | None, start: Path) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open store", str(start), STORE_FILTER)
    return Path(path) if path else None


def choose_new_store(parent: QWidget | None, start: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, "New store", str(start / "assessments.db"), STORE_FILTER
    )
    if not path:
        return None
    target = Path(path)
    if target.exists():
        QMessageBox.warning(
            parent,
            APP_NAME,
            plain_message(f"{target} already exists; choose a new file name for a new store."),
        )
        return None
    return target
