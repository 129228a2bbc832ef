"""Choosing a store file, and what to do when one cannot be opened."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from csmaturity_app import APP_NAME
from csmaturity_app.ui.markup import escape_mnemonic, plain_message, plain_tooltip

STORE_FILTER = "CS Maturity stores (*.db *.sqlite);;All files (*)"
LAST_STORE = "store/path"  # QSettings: the store the window had open, opened at the next start


class StoreChoice(Enum):
    OPEN_OTHER = "open"
    CREATE_NEW = "new"
    QUIT = "quit"
    TRY_AGAIN = "again"  # a store that is missing: look again (a drive now connected)
    CREATE_THERE = "there"  # a store that is missing: a new one at its path
    OPEN_DEFAULT = "default"


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


def ask_about_missing_store(parent: QWidget | None, path: Path, default: Path) -> StoreChoice:
    """The store opened last is not there: never a new empty one in its place unasked (the
    drive may only be unplugged), but the ways forward: find it, make a new one there, or
    open the default store."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(f"{APP_NAME}: the store was not found")
    box.setText(
        f"The store {path} was not found. It may be on a drive that is not connected: "
        "connect it and choose Try again, or locate the store."
    )
    again = box.addButton("&Try again", QMessageBox.ButtonRole.AcceptRole)
    locate = box.addButton("&Locate it\u2026", QMessageBox.ButtonRole.AcceptRole)
    create = box.addButton("Create a new store &there", QMessageBox.ButtonRole.AcceptRole)
    default_button = None
    if path != default:
        default_button = box.addButton("Open the &default store", QMessageBox.ButtonRole.AcceptRole)
        default_button.setToolTip(plain_tooltip(str(default)))
    quit_button = box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is again:
        return StoreChoice.TRY_AGAIN
    if clicked is locate:
        return StoreChoice.OPEN_OTHER
    if clicked is create:
        return StoreChoice.CREATE_THERE
    if default_button is not None and clicked is default_button:
        return StoreChoice.OPEN_DEFAULT
    return StoreChoice.QUIT


def ask_to_put_back(parent: QWidget | None, message: str, path: Path) -> bool:
    """The open store's file went (`StoreGoneError`): offer to write what is open back."""
    # Imported here: the window loads this module before its first paint, the presentation after.
    from csmaturity_app.presentation.words import capitalized

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(f"{APP_NAME}: the store file went")
    box.setText(capitalized(message))  # a store error is worded for the CLI
    box.setInformativeText(
        f"What this window shows is still open. Save it to {path} and go on from there?"
    )
    save = box.addButton(
        f"&Save it to {escape_mnemonic(path.name)}", QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton("&Not now", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is save


class PutBackChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_to_put_back_before_closing(
    parent: QWidget | None, message: str, path: Path
) -> PutBackChoice:
    """The open store's file went, and the store is about to close (quit, or another store):
    closing is the moment what it holds is lost for good, so the offer is made again."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(f"{APP_NAME}: the store file went")
    box.setText(message[:1].upper() + message[1:])
    box.setInformativeText(
        f"What this window shows is lost once the store closes. Save it to {path} first?"
    )
    save = box.addButton(
        f"&Save it to {escape_mnemonic(path.name)}", QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton("&Discard it", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return PutBackChoice.SAVE
    return PutBackChoice.DISCARD if clicked is discard else PutBackChoice.CANCEL
