"""Start the Qt application: open the store (or say clearly why it cannot be), then the window."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from csmaturity_app import APP_NAME, paths
from csmaturity_app.errors import UserFacingError
from csmaturity_app.maturity.translation import add_translation_folders
from csmaturity_app.store import Store
from csmaturity_app.ui.encrypted_opening import open_store_asking
from csmaturity_app.ui.language import install_language, language_at_start
from csmaturity_app.ui.main_window import THEME, MainWindow
from csmaturity_app.ui.store_dialogs import (
    LAST_STORE,
    StoreChoice,
    ask_about_missing_store,
    ask_after_store_problem,
    choose_existing_store,
    choose_new_store,
)
from csmaturity_app.ui.theme import apply_theme


def store_at_start(named: Path | None) -> Path | None:
    """The store to open: the one named (--db, $CSMATURITY_DB; created if missing, as the
    README promises); else the one the window had open last; else the default one. When the
    one opened last is missing, ask (`ask_about_missing_store`): None means quit."""
    if named is not None:
        return named
    default = paths.resolve_db_path()
    remembered = str(QSettings().value(LAST_STORE, "") or "")
    if not remembered:
        return default
    path = Path(remembered)
    while not path.exists():
        choice = ask_about_missing_store(None, path, default)
        if choice is StoreChoice.CREATE_THERE:
            return path
        if choice is StoreChoice.OPEN_DEFAULT:
            return default
        if choice is StoreChoice.OPEN_OTHER:
            picked = choose_existing_store(None, _nearest_folder(path))
            if picked is not None:
                return picked
        elif choice is StoreChoice.QUIT:
            return None
    return path


def _nearest_folder(path: Path) -> Path:
    """Where to start looking for a store that is gone: its folder, or the nearest one left."""
    for folder in path.parents:
        if folder.is_dir():
            return folder
    return Path.home()


def open_store_interactively(path: Path) -> Store | None:
    """Open the store (asking for its passphrase when it is encrypted); while it cannot be
    opened, offer another store, a new one, or quitting."""
    while True:
        try:
            store = open_store_asking(None, path)
        except UserFacingError as exc:
            problem = str(exc)
        else:
            if store is not None:
                return store  # the window empties its trash once it has painted
            problem = QCoreApplication.translate(
                "app", "{path} is encrypted, and its passphrase was not given."
            ).format(path=path)
        choice = ask_after_store_problem(None, problem)
        if choice is StoreChoice.QUIT:
            return None
        chooser = choose_existing_store if choice is StoreChoice.OPEN_OTHER else choose_new_store
        picked = chooser(None, path.parent if path.parent.is_dir() else Path.home())
        if picked is not None:
            path = picked


# The renderings of resources/icons/csmaturity.svg (packaging/make_icons.py makes them).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """The window and task-bar icon, from the PNGs installed in the package.

    PNGs rather than the SVG: they need no Qt image plugin, so the icon shows the
    same from a wheel, an editable install or a PyInstaller bundle.
    """
    icons = files("csmaturity_app.resources") / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icons / f"csmaturity-{size}.png"), QSize(size, size))
    return icon


def create_application(language: str | None = None) -> QApplication:
    """The application, speaking `language` (--lang), else the remembered or system language."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("csmaturity")
    app.setApplicationName(APP_NAME)
    # Ties the windows to packaging/linux/csmaturity.desktop (Wayland app id, task-bar grouping).
    app.setDesktopFileName("csmaturity")
    app.setWindowIcon(application_icon())
    apply_theme(app, str(QSettings().value(THEME, "system")))
    install_language(app, language_at_start(language))
    return app


def run(named: Path | None, language: str | None = None) -> int:
    """The window, on the store `named` (--db, $CSMATURITY_DB), else on the one opened last;
    in `language` (--lang) when given."""
    app = create_application(language)
    # The translations of the user's own models, before any store is read.
    add_translation_folders([paths.user_models_dir()])
    path = store_at_start(named)
    if path is None:
        return 1
    store = open_store_interactively(path)
    if store is None:
        return 1
    window = MainWindow(store)  # it loads the maturity models once it has painted
    window.show()
    return app.exec()
