"""Run by tests/ui/test_window_size.py in a process of its own, on an offscreen screen of the
size the test chooses (a Qt platform is chosen once per process): show the main window and a
wizard, print where they and the main window's status bar are, optionally after saving a
large geometry for both (as on a bigger screen)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSettings
from PySide6.QtWidgets import QApplication

from csmaturity_app.maturity.catalog import ModelCatalog, builtin_catalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.wizard import AssessmentWizard


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> None:
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("csmaturity-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    catalog: ModelCatalog = builtin_catalog()
    store = Store.open(folder / "store.db")
    if not store.organizations():
        org = store.create_organization("Acme")
        store.create_assessment(org.id, catalog.get("tsia-4-phases"), "Ann")
    window = MainWindow(store, catalog)
    window.show()
    wizard = AssessmentWizard(Operations(store), store.assessments()[0].id, window)
    wizard.show()
    app.processEvents()
    if mode == "save-large":
        for w in (window, wizard):
            w.setGeometry(10, 30, 1800, 1100)
        app.processEvents()
        wizard.close()
        window.close()
        return
    bar = window.statusBar()
    print(
        json.dumps(
            {
                "available": rect(window.screen().availableGeometry()),
                "window": rect(window.frameGeometry()),
                "wizard": rect(wizard.frameGeometry()),
                "status_bar": rect(QRect(bar.mapToGlobal(bar.rect().topLeft()), bar.size())),
                "status_bar_visible": bar.isVisible(),
            }
        )
    )
    wizard.close()
    window.close()


if __name__ == "__main__":
    main()
