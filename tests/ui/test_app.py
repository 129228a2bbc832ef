"""The first window: it opens on a store, and a bad store is refused with a message."""

from __future__ import annotations

from csmaturity_app.store import Store
from csmaturity_app.ui.app import MainWindow


def test_main_window_shows_the_store(qtbot, store: Store):
    store.create_organization("Acme")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert store.path.name in window.windowTitle()
    assert "1 organization" in window.centralWidget().text()
