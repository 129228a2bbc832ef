"""Start the Qt application on a store.

This first release opens a plain window over the store; the organizations
list and the assessment wizard replace its centre in the next one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from csmaturity_app import APP_NAME, __version__
from csmaturity_app.errors import UserFacingError
from csmaturity_app.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(f"{APP_NAME} \u2014 {store.path.name}")
        count = len(store.organizations())
        label = QLabel(
            f"<h2>{APP_NAME}</h2><p>Store: {store.path}</p><p>{count} organization(s).</p>"
        )
        label.setMargin(24)
        self.setCentralWidget(label)
        self.resize(800, 500)


def run(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        store = Store.open(db_path)
    except UserFacingError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    with store:
        window = MainWindow(store)
        window.show()
        return app.exec()
