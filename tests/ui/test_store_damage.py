"""A store whose background integrity check finds damage: the window says so once, and every
later change fails with the same message (in the status bar, not a box each time)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow


def damaged_store(path: Path, tsia: MaturityModel) -> Path:
    """A store that opens and lists as the window does, with damage only a full check finds:
    its first free page (left by a long note deleted for good), which no read touches."""
    with Store.open(path) as store:
        org = store.create_organization("Client")
        assessment = store.create_assessment(org.id, tsia, "Ann")
        for criterion in tsia.criteria:
            store.record_answer(assessment.id, criterion.id, 1)
        scratch = store.create_organization("Scratch")
        draft = store.create_assessment(scratch.id, tsia, "Ann")
        store.record_notes(draft.id, tsia.criteria[0].id, "evidence " * 4000)
        store.delete_organization(scratch.id)
        store.empty_trash()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    trunk = int.from_bytes(data[32:36], "big")  # the first freelist trunk page
    assert trunk
    start = (trunk - 1) * page_size
    data[start : start + page_size] = bytes((i * 37 + 11) % 251 for i in range(page_size))
    path.write_bytes(bytes(data))
    return path


def test_the_window_says_once_that_the_store_is_damaged(
    qtbot, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog, monkeypatch
):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: boxes.append(text))
    store = Store.open(damaged_store(tmp_path / "damaged.db", tsia))
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=60000)
    assert "damaged" in boxes[0] and str(store.path) in boxes[0]
    for name in ("New client", "Another client"):
        assert window.operations.create_organization(name, window.show_error) is None
        assert "damaged" in window.statusBar().currentMessage()
    assert len(boxes) == 1
    assert "New client" not in [o.name for o in store.organizations()]
    window.close()
