"""File > Import snapshot and File > Export snapshot, driven through the window: real stores,
real files, the work on its own thread. Only the platform file dialogs are replaced."""

from __future__ import annotations

import csv
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from modal_keys import press_shortcut
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from csmaturity_app.exchange import Counts, ExportResult, MergeOutcome, export_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui import background, snapshot_actions
from csmaturity_app.ui.background import ProgressDialog
from csmaturity_app.ui.export_dialog import (
    ExportChoice,
    ExportDialog,
    ExportScope,
    default_file_name,
    safe_file_part,
)
from csmaturity_app.ui.import_dialog import ImportPlanDialog, conflict_lines, plan_rows
from csmaturity_app.ui.main_window import MainWindow

BIG_ASSESSMENTS = 300


# -- fixtures and helpers


@pytest.fixture(autouse=True)
def no_thread_left_running(qtbot) -> Iterator[None]:
    """Every test ends with its work ended: no QThread outlives it."""
    yield
    qtbot.waitUntil(lambda: not background.running(), timeout=20000)


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog) -> MainWindow:
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def fill(store: Store, model: MaturityModel, orgs: tuple[str, ...] = ("Acme", "Beta")) -> None:
    """Organizations with two assessments each, partly answered, with notes."""
    for n, name in enumerate(orgs):
        org = store.create_organization(name)
        for m in range(2):
            a = store.create_assessment(org.id, model, "Ann", date(2025, 3 + m, 1 + n))
            for i, criterion in enumerate(model.criteria[: 10 + n]):
                store.record_answer(a.id, criterion.id, i % 4, notes=f"seen {i}")


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a user would miss, read without writing."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: sorted(db.execute(f"SELECT * FROM {table}").fetchall())
            for table in ("organization", "assessment", "answer", "model_version")
        }
    finally:
        db.close()


def choose_file(monkeypatch, path: Path) -> list[str]:
    """The open and save dialogs answer `path`; returns the paths they were offered."""
    offered: list[str] = []

    def answer(_parent, _title, start, _filter, *args, **kwargs):
        offered.append(start)
        return str(path), "CSV snapshots (*.csv)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def names(window: MainWindow) -> list[str]:
    model = window.org_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def visible(window: MainWindow, kind: type) -> list:
    return [w for w in window.findChildren(kind) if w.isVisible()]


def plan_dialog(qtbot, window: MainWindow) -> ImportPlanDialog:
    qtbot.waitUntil(lambda: len(visible(window, ImportPlanDialog)) == 1, timeout=20000)
    (dialog,) = visible(window, ImportPlanDialog)
    return dialog


def table(dialog: ImportPlanDialog) -> list[list[str]]:
    return [[dialog.cell(r, c) for c in range(4)] for r in range(3)]


def wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: not background.running() and not window.property(snapshot_actions.BUSY),
        timeout=20000,
    )


def export_through_window(qtbot, window: MainWindow, monkeypatch, path: Path) -> None:
    choose_file(monkeypatch, path)
    window.export_action.trigger()
    (dialog,) = visible(window, ExportDialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)


def import_through_window(qtbot, window: MainWindow, monkeypatch, path: Path) -> ImportPlanDialog:
    """Up to the plan dialog, which is returned for the test to answer."""
    choose_file(monkeypatch, path)
    window.import_action.trigger()
    return plan_dialog(qtbot, window)


@pytest.fixture(scope="module")
def big_snapshot(tmp_path_factory, builtin_catalog: ModelCatalog) -> Path:
    """A snapshot of 300 assessments with notes (a few MB): one real export, its rows copied
    under new ids."""
    folder = tmp_path_factory.mktemp("big")
    tsia = builtin_catalog.get("tsia-4-phases")
    with Store.open(folder / "template.db") as source:
        org = source.create_organization("Template")
        a = source.create_assessment(org.id, tsia, "Ann", date(2025, 1, 1))
        for i, criterion in enumerate(tsia.criteria):
            source.record_answer(a.id, criterion.id, i % 4, notes=f"{i} " + "evidence " * 25)
        export_snapshot(source, folder / "template.csv")
    with (folder / "template.csv").open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    column = {name: n for n, name in enumerate(header)}
    big = folder / "big.csv"
    with big.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for n in range(BIG_ASSESSMENTS):
            org_id = str(uuid.UUID(int=n // 10 + 1))
            assessment_id = str(uuid.uuid4())
            for r, row in enumerate(rows):
                row = list(row)
                row[column["organization_id"]] = org_id
                row[column["organization"]] = f"Client {n // 10:02d}"
                row[column["assessment_id"]] = assessment_id
                if n or r:
                    row[column["model_definition"]] = ""
                writer.writerow(row)
    assert big.stat().st_size > 2_000_000
    return big


# -- import


def test_export_then_import_into_another_store_through_the_window(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path, warnings
):
    fill(store, tsia)
    window.operations.organizationsChanged.emit()
    snapshot = tmp_path / "out" / "acme.csv"
    snapshot.parent.mkdir()
    export_through_window(qtbot, window, monkeypatch, snapshot)
    assert snapshot.exists()
    assert "4 assessments" in window.statusBar().currentMessage()

    assert window.switch_store(tmp_path / "other.db")
    assert names(window) == []
    dialog = import_through_window(qtbot, window, monkeypatch, snapshot)
    assert dialog.windowTitle() == "Import snapshot"
    assert "acme.csv" in dialog.heading.text() and "other.db" in dialog.heading.text()
    assert f"{4 * len(tsia.criteria):,} rows" in dialog.heading.text()
    assert table(dialog) == [["2", "0", "0", "0"], ["4", "0", "0", "0"], ["42", "0", "0", "0"]]
    assert "cannot be undone" in dialog.note.text()
    assert dialog.import_button is not None and dialog.import_button.isDefault()
    assert window.store.organizations() == []  # the plan was a dry run
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)

    assert names(window) == ["Acme", "Beta"]  # the tables reloaded
    assert window.assessment_model.rowCount() == 2
    qtbot.waitUntil(lambda: window.results.ids != ())
    assert content(tmp_path / "other.db")["answer"] == content(store.path)["answer"]
    message = window.statusBar().currentMessage()
    assert "acme.csv" in message and "2 new organizations" in message
    assert "4 new assessments" in message and "42 new answers" in message
    assert warnings == []


def test_importing_the_same_file_twice_says_there_is_nothing_to_change(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path
):
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Gamma",))
        export_snapshot(source, tmp_path / "gamma.csv")
    dialog = import_through_window(qtbot, window, monkeypatch, tmp_path / "gamma.csv")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Import is the default
    wait_idle(qtbot, window)
    assert names(window) == ["Gamma"]
    before = content(store.path)

    window.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    again = plan_dialog(qtbot, window)
    assert again.heading.text().startswith("Nothing to import")
    assert again.import_button is None
    assert table(again) == [["0", "0", "1", "0"], ["0", "0", "2", "0"], ["0", "0", "20", "0"]]
    assert again.default_button.text().replace("&", "") == "Close"
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    wait_idle(qtbot, window)
    assert content(store.path) == before


def test_the_plan_lists_what_is_kept_because_it_is_newer_here(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path
):
    fill(store, tsia, ("Acme",))
    export_snapshot(store, tmp_path / "old.csv")
    # Changed here after the file was written: the file's older values must not win.
    assessment = store.assessments()[0]
    store.record_answer(assessment.id, tsia.criteria[0].id, 3, notes="changed here")
    window.operations.organizationsChanged.emit()
    with (tmp_path / "old.csv").open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    notes, criterion, of = (header.index(c) for c in ("notes", "criterion_id", "assessment_id"))
    for row in rows:  # and the file differs, with its old timestamps
        if (row[criterion], row[of]) == (tsia.criteria[0].id, assessment.id):
            row[notes] = "older in the file"
    with (tmp_path / "old.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])

    dialog = import_through_window(qtbot, window, monkeypatch, tmp_path / "old.csv")
    assert table(dialog)[2][3] == "1"
    assert dialog.conflicts is not None
    assert tsia.criteria[0].id in dialog.conflicts.toPlainText()
    dialog.reject()
    wait_idle(qtbot, window)


def test_a_bad_file_gets_one_message_and_changes_nothing(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path, warnings
):
    fill(store, tsia, ("Acme",))
    export_snapshot(store, tmp_path / "good.csv")
    with (tmp_path / "good.csv").open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    rows[1][header.index("score")] = "7"
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    window.operations.organizationsChanged.emit()
    before = content(store.path)

    choose_file(monkeypatch, bad)
    window.import_action.trigger()
    wait_idle(qtbot, window)
    assert len(warnings) == 1
    assert "bad.csv" in warnings[0] and "row 3, column score" in warnings[0]
    assert "Nothing was changed" in warnings[0]
    assert visible(window, ImportPlanDialog) == []
    assert content(store.path) == before


def test_a_file_broken_after_the_plan_is_refused_whole(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path, warnings
):
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia)
        export_snapshot(source, tmp_path / "snap.csv")
    before = content(store.path)
    dialog = import_through_window(qtbot, window, monkeypatch, tmp_path / "snap.csv")
    with (tmp_path / "snap.csv").open("a", encoding="utf-8") as f:
        f.write("not,a,valid,row\n")  # the last row: everything before it would be merged
    assert dialog.import_button is not None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert len(warnings) == 1 and f"row {4 * len(tsia.criteria) + 2}:" in warnings[0]
    assert content(store.path) == before
    assert names(window) == []


def gate_progress(monkeypatch, name: str) -> tuple[threading.Event, threading.Event]:
    """Hold the real work (not a dry run) at its first report until the test says go: the
    test can then press Cancel while the work is surely half done. Returns (reported, go)."""
    real = getattr(snapshot_actions, name)
    reported, go = threading.Event(), threading.Event()

    def gated(*args, progress: Callable[[int, int], None], **kwargs):
        def report(done: int, total: int) -> None:
            if 0 < done < total and not kwargs.get("dry_run") and not go.is_set():
                reported.set()
                go.wait(20)
            progress(done, total)

        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(snapshot_actions, name, gated)
    return reported, go


def test_cancelling_a_large_import_changes_nothing(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, big_snapshot: Path, warnings
):
    fill(store, tsia, ("Acme",))
    window.operations.organizationsChanged.emit()
    before = content(store.path)
    reported, go = gate_progress(monkeypatch, "import_snapshot")
    dialog = import_through_window(qtbot, window, monkeypatch, big_snapshot)
    assert table(dialog)[1] == [f"{BIG_ASSESSMENTS}", "0", "0", "0"]
    assert dialog.import_button is not None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reported.is_set, timeout=20000)  # half way through, in its transaction

    (progress,) = visible(window, ProgressDialog)
    assert progress.isModal() and progress.windowTitle() == "Import snapshot"
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert progress.isVisible() and progress.detail.text() == "Cancelling\u2026"
    assert not progress.cancel_button.isEnabled()
    go.set()
    wait_idle(qtbot, window)
    assert visible(window, ProgressDialog) == []
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was changed."
    assert content(store.path) == before
    assert names(window) == ["Acme"]
    assert warnings == []


def test_the_window_keeps_working_during_a_large_import(
    window: MainWindow, store: Store, qtbot, monkeypatch, big_snapshot: Path
):
    real = snapshot_actions.import_snapshot
    held, go = threading.Event(), threading.Event()

    def gated(*args, progress: Callable[[int, int], None], **kwargs):
        """The import is held half way, once it has reported a visible step."""

        def report(done: int, total: int) -> None:
            progress(done, total)
            visible_step = done * background.STEPS // total > 0 and done < total
            if visible_step and not kwargs.get("dry_run") and not go.is_set():
                held.set()
                go.wait(20)

        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(snapshot_actions, "import_snapshot", gated)
    dialog = import_through_window(qtbot, window, monkeypatch, big_snapshot)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(held.is_set, timeout=20000)
    # The work is on its thread, held in the middle: the GUI thread still runs and shows how
    # far it has gone.
    (progress,) = visible(window, ProgressDialog)
    qtbot.waitUntil(lambda: progress.bar.value() > 0, timeout=20000)
    assert " of " in progress.detail.text()
    assert background.running()
    go.set()
    wait_idle(qtbot, window)
    assert len(names(window)) == BIG_ASSESSMENTS // 10
    assert len(store.assessments()) == BIG_ASSESSMENTS


def crash_once(monkeypatch, name: str) -> None:
    """The work of the next import (or export) raises a bug of ours; the one after runs."""
    real = getattr(snapshot_actions, name)
    calls = {"n": 0}

    def crashing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("a bug in the work")
        return real(*args, **kwargs)

    monkeypatch.setattr(snapshot_actions, name, crashing)


def test_an_import_that_crashes_is_one_message_and_import_works_again(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path, warnings
):
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Acme",))
        export_snapshot(source, tmp_path / "snap.csv")
    crash_once(monkeypatch, "import_snapshot")
    choose_file(monkeypatch, tmp_path / "snap.csv")
    with qtbot.capture_exceptions() as raised:  # raised again on the GUI thread, to be seen
        window.import_action.trigger()
        wait_idle(qtbot, window)
    assert [type(e[1]) for e in raised] == [RuntimeError]
    assert len(warnings) == 1 and "did not expect (RuntimeError: a bug in the work)" in warnings[0]
    assert not window.property(snapshot_actions.BUSY)

    dialog = import_through_window(qtbot, window, monkeypatch, tmp_path / "snap.csv")
    assert dialog.import_button is not None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert names(window) == ["Acme"]
    assert len(warnings) == 1


def test_an_export_that_crashes_is_one_message_and_export_works_again(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path, warnings
):
    fill(store, tsia, ("Acme",))
    crash_once(monkeypatch, "export_snapshot")
    with qtbot.capture_exceptions() as raised:
        export_through_window(qtbot, window, monkeypatch, tmp_path / "out.csv")
    assert [type(e[1]) for e in raised] == [RuntimeError]
    assert len(warnings) == 1 and "RuntimeError: a bug in the work" in warnings[0]
    assert not (tmp_path / "out.csv").exists()

    export_through_window(qtbot, window, monkeypatch, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").stat().st_size > 0
    assert len(warnings) == 1


def test_an_open_wizard_shows_what_an_import_changed(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path
):
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Acme",))
        export_snapshot(source, tmp_path / "first.csv")
        dialog = import_through_window(qtbot, window, monkeypatch, tmp_path / "first.csv")
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        assessment = source.assessments()[0]
        criterion = tsia.criteria[0].id
        source.record_answer(assessment.id, criterion, 3, notes="from the other laptop")
        export_snapshot(source, tmp_path / "second.csv")

    window.open_assessment(assessment.id)
    wizard = window.wizards[assessment.id]
    assert wizard.session.answers[criterion].notes == "seen 0"
    dialog = import_through_window(qtbot, window, monkeypatch, tmp_path / "second.csv")
    assert table(dialog)[2][1] == "1"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # while it writes, the wizard is blocked too: a rating would wait on the store's lock
    (task,) = background.running()
    assert task.dialog.windowModality() == Qt.WindowModality.ApplicationModal
    wait_idle(qtbot, window)
    assert wizard.session.answers[criterion].notes == "from the other laptop"
    assert wizard.session.answers[criterion].score == 3
    wizard.close()


# -- export


def test_export_offers_the_selection_and_suggests_a_file_name(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path
):
    fill(store, tsia, ("Acme & Sons / EMEA",))
    window.operations.organizationsChanged.emit()
    window._select_organization(store.organizations()[0].id)
    target = tmp_path / "summary"
    offered = choose_file(monkeypatch, target)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = visible(window, ExportDialog)
    assert dialog.windowTitle() == "Export snapshot"
    texts = [b.text() for b in dialog.scope_buttons]
    assert texts[0].startswith("The &whole store (store.db: 1 organization)")
    assert texts[1] == "The &organization \u201cAcme && Sons / EMEA\u201d (2 assessments)"
    assert texts[2].startswith("The &assessment of 1 April 2025 by Ann")
    assert all(b.isEnabled() for b in dialog.scope_buttons)
    assert dialog.scope_buttons[0].isChecked() and dialog.snapshot_button.isChecked()
    dialog.scope_buttons[1].setChecked(True)
    dialog.summary_button.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    wait_idle(qtbot, window)

    today = date.today().isoformat()
    assert Path(offered[0]).name == f"csmaturity-Acme-&-Sons-EMEA-summary-{today}.csv"
    written = target.with_suffix(".csv")
    with written.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert "placed_stage" in header and len(rows) == 2
    assert window.statusBar().currentMessage() == (
        f"Exported a summary of 2 assessments to {written}."
    )

    # The folder is remembered, for the next export and import.
    window.export_action.trigger()
    (dialog,) = visible(window, ExportDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert Path(offered[1]).parent == tmp_path
    assert Path(offered[1]).name == f"csmaturity-store-{today}.csv"


def test_a_client_safe_export_from_the_keyboard_leaves_private_notes_out(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path
):
    fill(store, tsia, ("Acme",))
    org = store.organizations()[0]
    assessment = store.assessments(org.id)[0]
    store.record_private_notes(assessment.id, tsia.criteria[0].id, "PRIVATE answer note")
    store.add_action(org.id, tsia.id, "Hire a lead", private_notes="PRIVATE action note")
    target = tmp_path / "for-the-client.csv"
    offered = choose_file(monkeypatch, target)

    window.export_action.trigger()
    (dialog,) = visible(window, ExportDialog)
    box = dialog.client_safe_box
    assert box.text() == "&Client-safe: leave private notes out"
    assert box.isEnabled() and not box.isChecked()  # a backup keeps everything by default
    dialog.summary_button.setChecked(True)
    assert not box.isEnabled()  # a summary has no notes to leave out
    dialog.snapshot_button.setChecked(True)
    assert box.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press_shortcut(qtbot, dialog.scope_buttons[0], Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(box.isChecked)  # a mnemonic clicks as a button animates: a moment later
    assert box.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    wait_idle(qtbot, window)

    assert Path(offered[0]).name == f"csmaturity-store-client-safe-{date.today()}.csv"
    data = target.read_bytes()
    assert b"PRIVATE" not in data and b"Hire a lead" in data
    assert window.statusBar().currentMessage().startswith("Exported a client-safe snapshot of 2")

    window.export_action.trigger()  # unticked again, and the private notes are written
    (dialog,) = visible(window, ExportDialog)
    assert not dialog.client_safe_box.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    data = target.read_bytes()
    assert b"PRIVATE answer note" in data and b"PRIVATE action note" in data


def test_export_of_an_empty_store_offers_only_the_whole_store(
    window: MainWindow, qtbot, monkeypatch, tmp_path: Path
):
    choose_file(monkeypatch, tmp_path / "empty.csv")
    window.export_action.trigger()
    (dialog,) = visible(window, ExportDialog)
    assert [b.isEnabled() for b in dialog.scope_buttons] == [True, False, False]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert (tmp_path / "empty.csv").read_text(encoding="utf-8-sig").startswith("organization_id,")
    assert "0 assessments" in window.statusBar().currentMessage()


def test_export_to_a_folder_that_is_gone_gets_one_message(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path, warnings
):
    fill(store, tsia, ("Acme",))
    export_through_window(qtbot, window, monkeypatch, tmp_path / "gone" / "x.csv")
    assert len(warnings) == 1 and "cannot write" in warnings[0]
    assert not (tmp_path / "gone").exists()


def test_cancelling_an_export_leaves_no_file(
    window: MainWindow, qtbot, monkeypatch, big_snapshot: Path, tmp_path: Path
):
    catalog = window.catalog
    with Store.open(window.store.path) as other:
        from csmaturity_app.exchange import import_snapshot

        import_snapshot(other, big_snapshot, catalog)
    reported, go = gate_progress(monkeypatch, "export_snapshot")
    target = tmp_path / "big-out.csv"
    choose_file(monkeypatch, target)
    window.export_action.trigger()
    (dialog,) = visible(window, ExportDialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reported.is_set, timeout=20000)
    (progress,) = visible(window, ProgressDialog)
    qtbot.keyClick(progress, Qt.Key.Key_Escape)  # Esc is Cancel too, and keeps it up
    assert progress.isVisible() and progress.detail.text() == "Cancelling\u2026"
    go.set()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == "Export cancelled: no file was written."
    assert list(tmp_path.glob("*big-out*")) == []


# -- what the dialogs and messages say (no work)


def test_file_names_are_safe_everywhere():
    assert safe_file_part('R&D / Sales: "EMEA"*?') == "R&D-Sales-EMEA"
    assert safe_file_part("  \x00 ") == ""
    assert len(safe_file_part("x" * 300)) == 60
    scope = ExportScope("", "../../etc/passwd")
    name = default_file_name(ExportChoice(scope, False), date(2026, 3, 4))
    assert name == "csmaturity-etc-passwd-2026-03-04.csv"
    blank = ExportChoice(ExportScope("", ""), True)
    assert default_file_name(blank, date(2026, 3, 4)) == "csmaturity-store-summary-2026-03-04.csv"


def test_plan_rows_conflicts_and_messages():
    plan = MergeOutcome(
        rows=10,
        organizations=Counts(new=1),
        assessments=Counts(new=2, updated=1),
        answers=Counts(new=5, updated=2, unchanged=3, conflicts=23),
        conflicts=[f"row {n}" for n in range(20)],
    )
    assert plan_rows(plan) == [
        ("Organizations", [1, 0, 0, 0]),
        ("Assessments", [2, 1, 0, 0]),
        ("Answers", [5, 2, 3, 23]),
    ]
    assert conflict_lines(plan)[-1] == "\u2026 and 3 more"
    assert snapshot_actions.import_message("a.csv", plan) == (
        "Imported \u201ca.csv\u201d: 1 new organization, 2 new and 1 updated assessments, "
        "5 new and 2 updated answers; 23 kept as they are here (changed more recently here)."
    )
    assert "nothing changed" in snapshot_actions.import_message("a.csv", MergeOutcome())
    result = ExportResult(Path("/x/a.csv"), 1, 36)
    assert snapshot_actions.export_message(result, False) == (
        "Exported a snapshot of 1 assessment, 36 rows to /x/a.csv."
    )
    assert snapshot_actions.describe_bytes(3_200_000, 12_000_000) == "3.2 MB of 12.0 MB"
    assert snapshot_actions.describe_bytes(4_000, 9_000) == "4 kB of 9 kB"


# -- files from elsewhere: times out of range or in the future


def with_stamp(source: Path, target: Path, stamp: str) -> Path:
    """The snapshot with its first answer stamped `stamp`."""
    with source.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    first = next(r for r in rows if r[header.index("updated_at")])
    first[header.index("updated_at")] = stamp
    with target.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    return target


def test_a_time_out_of_range_is_one_message_and_import_works_again(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path, warnings
):
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Acme",))
        export_snapshot(source, tmp_path / "snap.csv")
    bad = with_stamp(tmp_path / "snap.csv", tmp_path / "bad.csv", "9999-12-31T23:59:59-05:00")
    before = content(store.path)

    choose_file(monkeypatch, bad)
    window.import_action.trigger()
    wait_idle(qtbot, window)  # a crash raised on the GUI thread would fail the test
    assert len(warnings) == 1
    assert "bad.csv: row 2, column updated_at: '9999-12-31T23:59:59-05:00'" in warnings[0]
    assert content(store.path) == before

    dialog = import_through_window(qtbot, window, monkeypatch, tmp_path / "snap.csv")
    assert dialog.import_button is not None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert names(window) == ["Acme"] and len(warnings) == 1


def test_rows_in_the_future_are_named_and_imported_only_when_accepted(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path, warnings
):
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Acme",))
        export_snapshot(source, tmp_path / "snap.csv")
    later = (datetime.now(UTC) + timedelta(days=365)).replace(microsecond=0)
    future = with_stamp(tmp_path / "snap.csv", tmp_path / "future.csv", later.isoformat())
    stamp = later.isoformat(timespec="microseconds")

    dialog = import_through_window(qtbot, window, monkeypatch, future)
    shown = f"{later.day} {later:%B %Y, %H:%M} UTC"  # a date and time a person reads
    assert f"1 row is stamped in the future ({shown}): it would win" in dialog_text(dialog)
    assert dialog.future_box is not None and not dialog.future_box.isChecked()
    assert dialog.import_button is not None and not dialog.import_button.isEnabled()
    dialog.reject()
    wait_idle(qtbot, window)
    assert names(window) == []

    dialog = import_through_window(qtbot, window, monkeypatch, future)
    assert dialog.future_box is not None and dialog.import_button is not None
    assert dialog.future_box.hasFocus()
    qtbot.keyClick(dialog.future_box, Qt.Key.Key_Space)  # it has the focus
    assert dialog.accept_future and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert names(window) == ["Acme"] and warnings == []
    stamps = [a.updated_at for r in store.assessments() for a in store.answers(r.id).values()]
    assert max(stamps) == stamp


def test_a_plan_without_rows_in_the_future_has_no_box_to_tick(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path
):
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Acme",))
        export_snapshot(source, tmp_path / "snap.csv")
    dialog = import_through_window(qtbot, window, monkeypatch, tmp_path / "snap.csv")
    assert dialog.future_box is None and not dialog.accept_future
    assert dialog.import_button is not None and dialog.import_button.isEnabled()
    dialog.reject()
    wait_idle(qtbot, window)


def test_a_crash_after_the_work_is_one_message_and_import_works_again(
    window: MainWindow, store: Store, tsia, qtbot, monkeypatch, tmp_path: Path, warnings
):
    """What follows the work (here the plan dialog) fails: one message, the window not busy."""
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Acme",))
        export_snapshot(source, tmp_path / "snap.csv")
    real = snapshot_actions.ImportPlanDialog

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the plan")

    monkeypatch.setattr(snapshot_actions, "ImportPlanDialog", broken)
    choose_file(monkeypatch, tmp_path / "snap.csv")
    with qtbot.capture_exceptions() as raised:
        window.import_action.trigger()
        wait_idle(qtbot, window)
    assert [type(e[1]) for e in raised] == [RuntimeError]
    assert len(warnings) == 1 and "RuntimeError: a bug in the plan" in warnings[0]

    monkeypatch.setattr(snapshot_actions, "ImportPlanDialog", real)
    dialog = import_through_window(qtbot, window, monkeypatch, tmp_path / "snap.csv")
    assert dialog.import_button is not None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert names(window) == ["Acme"] and len(warnings) == 1


def dialog_text(dialog: ImportPlanDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_export_and_import_of_a_deleted_store_make_no_new_store(
    window: MainWindow, store: Store, store_path: Path, qtbot, monkeypatch, tmp_path: Path, warnings
):
    from csmaturity_app.ui import main_window as main_window_module

    store.create_organization("Acme")
    window.operations.organizationsChanged.emit()
    snapshot = tmp_path / "acme.csv"
    export_snapshot(store, snapshot)
    asked: list[str] = []
    monkeypatch.setattr(
        main_window_module, "ask_to_put_back", lambda _p, message, _path: asked.append(message)
    )
    store_path.unlink()  # nothing written since the window opened it: its -wal is empty
    out = tmp_path / "out.csv"
    export_through_window(qtbot, window, monkeypatch, out)
    choose_file(monkeypatch, snapshot)
    window.import_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.store.integrity.failure is not None)
    assert len(asked) == 1 and f"the store file {store_path} was deleted" in asked[0]
    assert warnings == []  # the offer to put it back is the one message
    assert not store_path.exists() and not out.exists()
    store.put_back()  # declined above ("Not now"): still possible
    with Store.open(store_path) as again:
        assert [o.name for o in again.organizations()] == ["Acme"]
