"""A store file deleted while the window has it open: the window says so once and offers to
save what it shows back where the file was; the next start asks about a store that is missing
instead of making an empty one in its place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from csmaturity_app import paths
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui import app as app_module
from csmaturity_app.ui import main_window as main_window_module
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.store_dialogs import LAST_STORE, PutBackChoice, StoreChoice


def test_the_window_offers_once_to_put_a_deleted_store_back(
    qtbot, store_path: Path, builtin_catalog: ModelCatalog, monkeypatch
):
    asked: list[str] = []

    def ask(_parent, message, _path):
        asked.append(message)
        return True

    monkeypatch.setattr(main_window_module, "ask_to_put_back", ask)
    store = Store.open(store_path)
    store.create_organization("Before")
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    window.show()
    store_path.unlink()
    assert window.operations.create_organization("After", window.show_error) is None
    qtbot.waitUntil(lambda: window.store is not store)  # put back, and opened again
    assert len(asked) == 1 and "deleted or replaced while open" in asked[0]
    assert [o.name for o in window.store.organizations()] == ["Before"]
    assert window.operations.create_organization("After", window.show_error) is not None
    window.close()
    with Store.open(store_path) as again:
        assert sorted(o.name for o in again.organizations()) == ["After", "Before"]


def test_the_window_remembers_its_store_for_the_next_start(
    qtbot, store: Store, builtin_catalog: ModelCatalog
):
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    assert app_module.store_at_start(None) == store.path
    window.close()


def test_a_missing_remembered_store_is_asked_about_and_not_created(
    tmp_path: Path, monkeypatch, qapp
):
    gone = tmp_path / "usb-drive" / "clients.db"  # a drive that is not connected
    QSettings().setValue(LAST_STORE, str(gone))
    asked: list[Path] = []
    answers = iter(
        [
            StoreChoice.TRY_AGAIN,
            StoreChoice.QUIT,
            StoreChoice.OPEN_DEFAULT,
            StoreChoice.CREATE_THERE,
        ]
    )

    def ask(_parent, path, default):
        asked.append(path)
        assert default == paths.default_db_path()
        return next(answers)

    monkeypatch.setattr(app_module, "ask_about_missing_store", ask)
    assert app_module.store_at_start(None) is None  # looked again, then quit
    assert asked == [gone, gone]
    assert app_module.store_at_start(None) == paths.default_db_path()
    assert app_module.store_at_start(None) == gone  # a new one there, as asked
    assert not gone.parent.exists() and not paths.default_db_path().exists()
    named = tmp_path / "named.db"
    assert app_module.store_at_start(named) == named  # --db or $CSMATURITY_DB: as documented


def test_a_remembered_store_found_on_a_second_look_is_opened(tmp_path: Path, monkeypatch, qapp):
    later = tmp_path / "clients.db"
    QSettings().setValue(LAST_STORE, str(later))

    def connect_the_drive(_parent, _path, _default):
        with Store.open(later):
            pass
        return StoreChoice.TRY_AGAIN

    monkeypatch.setattr(app_module, "ask_about_missing_store", connect_the_drive)
    assert app_module.store_at_start(None) == later


def gone_window(qtbot, store_path: Path, catalog: ModelCatalog, monkeypatch) -> MainWindow:
    """A window whose store file was deleted, and whose offer to put it back got "Not now"."""
    monkeypatch.setattr(main_window_module, "ask_to_put_back", lambda *_a: False)
    store = Store.open(store_path)
    store.create_organization("Before")
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.show()
    store_path.unlink()
    assert window.operations.create_organization("After", window.show_error) is None
    return window


def answering(monkeypatch, *choices: PutBackChoice) -> list[str]:
    asked: list[str] = []
    answers = iter(choices)

    def ask(_parent, message, _path):
        asked.append(message)
        return next(answers)

    monkeypatch.setattr(main_window_module, "ask_to_put_back_before_closing", ask)
    return asked


def test_closing_after_not_now_offers_again_to_put_the_store_back(
    qtbot, store_path: Path, builtin_catalog: ModelCatalog, monkeypatch
):
    window = gone_window(qtbot, store_path, builtin_catalog, monkeypatch)
    asked = answering(monkeypatch, PutBackChoice.CANCEL, PutBackChoice.SAVE)
    window.close()
    assert window.isVisible() and not window.store.db.is_closed()  # cancelled: still open
    assert not store_path.exists()
    window.close()
    assert not window.isVisible()
    assert len(asked) == 2 and "deleted or replaced while open" in asked[0]
    with Store.open(store_path) as again:
        assert [o.name for o in again.organizations()] == ["Before"]


def test_closing_and_discarding_leaves_no_store_behind(
    qtbot, store_path: Path, builtin_catalog: ModelCatalog, monkeypatch
):
    window = gone_window(qtbot, store_path, builtin_catalog, monkeypatch)
    asked = answering(monkeypatch, PutBackChoice.DISCARD)
    window.close()
    assert not window.isVisible() and window.store.db.is_closed() and len(asked) == 1
    assert sorted(p.name for p in store_path.parent.iterdir()) == []


def test_switching_store_after_not_now_offers_again_to_put_the_store_back(
    qtbot, store_path: Path, tmp_path: Path, builtin_catalog: ModelCatalog, monkeypatch
):
    window = gone_window(qtbot, store_path, builtin_catalog, monkeypatch)
    old = window.store
    asked = answering(monkeypatch, PutBackChoice.CANCEL, PutBackChoice.SAVE)
    other = tmp_path / "other.db"
    assert not window.switch_store(other)
    assert window.store is old and not other.exists()  # cancelled: nothing opened or made
    assert window.switch_store(other)
    assert window.store.path == other and len(asked) == 2
    window.close()
    with Store.open(store_path) as again:
        assert [o.name for o in again.organizations()] == ["Before"]
