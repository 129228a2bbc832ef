"""A store whose background integrity check finds damage: the window says so once, and every
later change fails with the same message (in the status bar, not a box each time)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from csmaturity_app.maturity import AnswerValue, MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.wizard import AssessmentWizard


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
        for criterion in tsia.criteria[:2]:  # long notes, each within the bound
            store.record_notes(draft.id, criterion.id, "evidence " * 2000)
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
    # SQLite's finding on one line, without its "*** in database main ***" banner
    assert "***" not in boxes[0] and "\n" not in boxes[0].split("\n\n")[0]
    for name in ("New client", "Another client"):
        assert window.operations.create_organization(name, window.show_error) is None
        assert "damaged" in window.statusBar().currentMessage()
    assert len(boxes) == 1
    assert "New client" not in [o.name for o in store.organizations()]
    window.close()


def test_a_write_refused_before_the_notice_arrives_still_makes_one_box(
    qtbot, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog, monkeypatch
):
    """The check's notice reaches the window through its event loop; a write refused before
    that shows the damage box itself, and the notice, arriving after, adds none."""
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: boxes.append(text))
    store = Store.open(damaged_store(tmp_path / "damaged.db", tsia))
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    assert store.integrity.done.wait(60)  # found, its notice not yet delivered
    assert window.operations.create_organization("New client", window.show_error) is None
    assert len(boxes) == 1 and "Changes can no longer be saved" in boxes[0]
    window.show()
    qtbot.waitUntil(lambda: window.results.content is not None)  # events, the notice among them
    assert len(boxes) == 1
    window.close()


def test_a_wizard_open_when_the_damage_is_found_says_it_in_its_status_line(
    qtbot, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog, monkeypatch
):
    boxes: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: boxes.append(text))
    store = Store.open(damaged_store(tmp_path / "damaged.db", tsia))
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    (assessment,) = store.assessments()
    window.open_assessment(assessment.id)
    wizard = window.wizards[assessment.id]
    assert isinstance(wizard, AssessmentWizard)
    qtbot.waitExposed(wizard)
    width = wizard.width()
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=60000)  # the window said it, once
    for criterion in tsia.criteria[:3]:
        assert not wizard.session.rate(criterion.id, AnswerValue(3, False))
        line = wizard.status.text()
        # One line each time, not a box: the file's name in the line, its path in the tooltip.
        assert line.startswith("\u26a0 Not saved: damaged.db is damaged (")
        assert line.endswith(
            "): nothing was changed; open a backup copy (*.bak beside it) or another store"
        )
        assert "\n" not in line and "  " not in line
        assert wizard.status.toolTip().startswith(f"Not saved: {store.path} is damaged (")
    assert len(boxes) == 1
    # The line wraps rather than widen the wizard.
    assert wizard.status.wordWrap()
    assert wizard.width() == width and wizard.minimumSizeHint().width() <= width
    assert all(a.score == 1 for a in store.answers(assessment.id).values())
    wizard.close()
    window.close()
