"""Choosing a store file, and what to do when one cannot be opened."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from csmaturity_app import APP_NAME
from csmaturity_app.ui.markup import escape_mnemonic, plain_message, plain_tooltip

LAST_STORE = "store/path"  # QSettings: the store the window had open, opened at the next start


def store_filter() -> str:
    """The file dialogs' filter; the patterns themselves stay as they are in every language."""
    return QCoreApplication.translate(
        "store_dialogs", "CS Maturity stores (*.db *.sqlite);;All files (*)"
    )


class StoreChoice(Enum):
    OPEN_OTHER = "open"
    CREATE_NEW = "new"
    QUIT = "quit"
    TRY_AGAIN = "again"  # a store that is missing: look again (a drive now connected)
    CREATE_THERE = "there"  # a store that is missing: a new one at its path
    OPEN_DEFAULT = "default"


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str = ""
) -> QMessageBox:
    """A box of choices about the store, in plain text: its messages quote paths and names,
    which may hold "<"."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(f"{APP_NAME}: {title}")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def _store_went_box(parent: QWidget | None, message: str, informative: str) -> QMessageBox:
    # Imported here: the window loads this module before its first paint, the presentation after.
    from csmaturity_app.presentation.words import capitalized

    # A store error is worded for the command line, in lower case.
    text = capitalized(message)
    return _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("store_dialogs", "the store file went"),
        text,
        informative,
    )


def ask_after_store_problem(parent: QWidget | None, message: str) -> StoreChoice:
    """One dialog: what is wrong with the store, and the ways forward."""
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("store_dialogs", "the store cannot be opened"),
        QCoreApplication.translate("store_dialogs", "The store cannot be opened."),
        message,
    )
    open_other = box.addButton(
        QCoreApplication.translate("store_dialogs", "&Open another store\u2026"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    create = box.addButton(
        QCoreApplication.translate("store_dialogs", "Create a &new store\u2026"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("store_dialogs", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
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
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("store_dialogs", "Open store"),
        str(start),
        store_filter(),
    )
    return Path(path) if path else None


def choose_new_store(parent: QWidget | None, start: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("store_dialogs", "New store"),
        str(start / "assessments.db"),
        store_filter(),
    )
    if not path:
        return None
    target = Path(path)
    if target.exists():
        QMessageBox.warning(
            parent,
            APP_NAME,
            plain_message(
                QCoreApplication.translate(
                    "store_dialogs",
                    "{path} already exists; choose a new file name for a new store.",
                ).format(path=target)
            ),
        )
        return None
    return target


def ask_about_missing_store(parent: QWidget | None, path: Path, default: Path) -> StoreChoice:
    """The store opened last is not there: never a new empty one in its place unasked (the
    drive may only be unplugged), but the ways forward: find it, make a new one there, or
    open the default store."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("store_dialogs", "the store was not found"),
        QCoreApplication.translate(
            "store_dialogs",
            "The store {path} was not found. It may be on a drive that is not connected: "
            "connect it and choose Try again, or locate the store.",
        ).format(path=path),
    )
    again = box.addButton(
        QCoreApplication.translate("store_dialogs", "&Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    locate = box.addButton(
        QCoreApplication.translate("store_dialogs", "&Locate it\u2026"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    create = box.addButton(
        QCoreApplication.translate("store_dialogs", "Create a new store &there"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    default_button = None
    if path != default:
        default_button = box.addButton(
            QCoreApplication.translate("store_dialogs", "Open the &default store"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        default_button.setToolTip(plain_tooltip(str(default)))
    quit_button = box.addButton(
        QCoreApplication.translate("store_dialogs", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
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
    box = _store_went_box(
        parent,
        message,
        QCoreApplication.translate(
            "store_dialogs",
            "What this window shows is still open. Save it to {path} and go on from there?",
        ).format(path=path),
    )
    save = box.addButton(
        QCoreApplication.translate("store_dialogs", "&Save it to {name}").format(
            name=escape_mnemonic(path.name)
        ),
        QMessageBox.ButtonRole.AcceptRole,
    )
    later = box.addButton(
        QCoreApplication.translate("store_dialogs", "&Not now"), QMessageBox.ButtonRole.RejectRole
    )
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
    box = _store_went_box(
        parent,
        message,
        QCoreApplication.translate(
            "store_dialogs",
            "What this window shows is lost once the store closes. Save it to {path} first?",
        ).format(path=path),
    )
    save = box.addButton(
        QCoreApplication.translate("store_dialogs", "&Save it to {name}").format(
            name=escape_mnemonic(path.name)
        ),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("store_dialogs", "&Discard it"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return PutBackChoice.SAVE
    return PutBackChoice.DISCARD if clicked is discard else PutBackChoice.CANCEL
