"""Assessment > Send Questionnaires and Collect Questionnaires, driven through the window from
the keyboard: real stores, real files, the collect on its own thread. Only the platform file
dialogs and the desktop's file manager are replaced."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from questionnaire_files import fill

from csmaturity_app.exchange.questionnaire_read import read_questionnaire
from csmaturity_app.exchange.questionnaire_write import write_questionnaires
from csmaturity_app.i18n import formats
from csmaturity_app.maturity import AnswerValue, MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui import background, questionnaire_actions
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.questionnaire_dialogs import CollectPreviewDialog, SendQuestionnairesDialog
from csmaturity_app.ui.theme import apply_theme

MARKUP_NAME = "<b>Sam</b> & =Roe"


@pytest.fixture(autouse=True)
def no_thread_left_running(qtbot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not background.running(), timeout=20000)


@pytest.fixture
def assessment(store: Store, tsia: MaturityModel) -> str:
    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, tsia, assessor="Alex").id
    store.add_respondent(assessment, "Pat Lee", "VP Customer Success")
    store.add_respondent(assessment, MARKUP_NAME, "CSM")
    return assessment


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog, assessment: str) -> MainWindow:
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_assessment(assessment)
    assert win.current_assessment_id() == assessment
    return win


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """What the desktop was asked to open."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def when_modal(kind: type, act: Callable) -> None:  # type: ignore[type-arg]
    """Once a modal `kind` is up (a dialog run with exec()), `act` on it."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def menu_texts(window: MainWindow) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Assessment")
    return [a.text() if not a.isSeparator() else "-" for a in menu.actions()]


def wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: not background.running() and not window.property(questionnaire_actions.BUSY),
        timeout=20000,
    )


def preview(qtbot, window: MainWindow) -> CollectPreviewDialog:
    def shown() -> list[CollectPreviewDialog]:
        return [d for d in window.findChildren(CollectPreviewDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=20000)
    return shown()[0]


def choose_files(monkeypatch, paths: list[Path]) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        lambda *_a, **_k: ([str(p) for p in paths], "Questionnaires (*.xlsx)"),
    )


def test_the_two_actions_come_after_a_separator_with_mnemonics(window: MainWindow, store: Store):
    texts = menu_texts(window)
    at = texts.index("Send &Questionnaires\u2026")
    assert texts[at - 1] == "-" and texts[at + 1] == "Co&llect Questionnaires\u2026"
    assert window.send_questionnaires_action.isEnabled()
    empty = store.create_organization("Beta")  # no assessment to send or collect for
    window.operations.organizationsChanged.emit()
    window._select_organization(empty.id)
    assert window.current_assessment_id() is None
    assert not window.send_questionnaires_action.isEnabled()
    assert not window.collect_questionnaires_action.isEnabled()


def test_send_writes_the_checked_respondents_and_offers_to_open_the_folder(
    qtbot, window: MainWindow, store: Store, assessment: str, tmp_path: Path, opened: list[str]
):
    folder = tmp_path / "to send"
    seen: dict[str, object] = {}

    def answer_dialog(dialog: SendQuestionnairesDialog) -> None:
        seen["items"] = [dialog.list.item(r).text() for r in range(dialog.list.count())]
        dialog.folder_edit.setText(str(folder))
        dialog.list.setFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # Pat
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # unchecked
        when_modal(QMessageBox, answer_box)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # the default button: Write

    def answer_box(box: QMessageBox) -> None:
        seen["box"] = box.text()
        seen["format"] = box.textFormat()
        open_button = next(b for b in box.buttons() if b.text() == "&Open Folder")
        assert box.defaultButton() is open_button
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_modal(SendQuestionnairesDialog, answer_dialog)
    window.send_questionnaires_action.trigger()

    assert seen["items"] == [
        "Alex (Assessor)",
        "Pat Lee (VP Customer Success)",
        f"{MARKUP_NAME} (CSM)",
    ]
    written = sorted(p.name for p in folder.iterdir())
    assert written == ["Acme - Alex.xlsx", "Acme - _b_Sam__b_ & =Roe.xlsx"]
    assert read_questionnaire(folder / written[1]).respondent == MARKUP_NAME
    assert seen["format"] == Qt.TextFormat.PlainText and str(folder) in str(seen["box"])
    assert opened == [str(folder)]
    assert "Wrote 2 questionnaires" in window.statusBar().currentMessage()


def test_send_cancelled_writes_nothing(
    qtbot, window: MainWindow, store: Store, assessment: str, tmp_path: Path
):
    folder = tmp_path / "to send"

    def cancel(dialog: SendQuestionnairesDialog) -> None:
        dialog.folder_edit.setText(str(folder))
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    when_modal(SendQuestionnairesDialog, cancel)
    assert questionnaire_actions.send_questionnaires_interactively(window) is None
    assert not folder.exists()


def test_send_to_a_folder_that_cannot_be_made_says_why_once(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    a_file = tmp_path / "taken"
    a_file.write_text("a file, not a folder")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))

    def answer(dialog: SendQuestionnairesDialog) -> None:
        dialog.folder_edit.setText(str(a_file / "Acme"))
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    when_modal(SendQuestionnairesDialog, answer)
    assert questionnaire_actions.send_questionnaires_interactively(window) is None
    (text,) = warned
    assert text.startswith("The questionnaires cannot be written:")
    assert "part of the path is a file, not a folder" in text
    assert QApplication.overrideCursor() is None


def test_a_complete_assessment_is_said_to_be_complete_and_nothing_is_asked(
    window: MainWindow, store: Store, assessment: str, monkeypatch
):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: asked.append("files"))
    store.set_status(assessment, "complete")
    window.operations.assessmentListChanged.emit("")
    window.select_assessment(assessment)
    window.send_questionnaires_action.trigger()
    window.collect_questionnaires_action.trigger()
    assert len(told) == 2 and all("is complete" in text for text in told)
    assert "Reopen it to collect questionnaires." in told[1]
    assert asked == []


def test_collect_previews_then_collects_and_everything_refreshes(
    qtbot,
    window: MainWindow,
    store: Store,
    assessment: str,
    tsia: MaturityModel,
    tmp_path: Path,
    monkeypatch,
):
    alex, pat, sam = write_questionnaires(store, assessment, tmp_path / "back")
    c1, c2 = tsia.criteria[0].id, tsia.criteria[1].id
    fill(pat, {c1: "3 Fully in place", c2: 2}, {c1: "<i>renewals</i> on time"})
    fill(sam, {c1: "maybe"})
    fill(alex, {c1: 1})
    not_xlsx = tmp_path / "back" / "notes.xlsx"
    not_xlsx.write_text("hello")
    choose_files(monkeypatch, [pat, sam, alex, not_xlsx])
    before = store.respondents_view(assessment).ratings

    window.collect_questionnaires_action.trigger()
    dialog = preview(qtbot, window)
    lines = dialog.lines()
    assert lines[0] == "Acme - Pat Lee.xlsx: would collect from Pat Lee: 2 new ratings"
    assert lines[1].startswith("Acme - _b_Sam__b_ & =Roe.xlsx, sheet Questionnaire, cell F2:")
    assert lines[3] == "notes.xlsx: is not an XLSX file"
    assert dialog.heading.text() == (
        "Collecting 4 files into the assessment of "
        f"{formats.long_date(store.assessment(assessment).assessed_on)} by Alex (Acme) "
        "will do this:"
    )
    assert dialog.collect_button is not None and dialog.collect_button.isDefault()
    assert store.respondents_view(assessment).ratings == before  # a preview writes nothing

    with qtbot.waitSignal(window.operations.answerChanged, timeout=20000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    view = store.respondents_view(assessment)
    by_name = {p.name: view.ratings[p.id] for p in view.respondents}
    assert by_name["Pat Lee"][c1].notes == "<i>renewals</i> on time"
    assert by_name[MARKUP_NAME] == {}
    assert store.answers(assessment)[c1].score == 2  # the median of 1 and 3
    message = window.statusBar().currentMessage()
    assert message == "Collected 2 questionnaires; 2 files could not be collected."


def test_cancel_in_the_preview_leaves_all_as_it_was(
    qtbot,
    window: MainWindow,
    store: Store,
    assessment: str,
    tsia: MaturityModel,
    tmp_path: Path,
    monkeypatch,
):
    files = write_questionnaires(store, assessment, tmp_path / "back")
    fill(files[1], {tsia.criteria[0].id: 3})
    choose_files(monkeypatch, files[1:2])
    before = (store.respondents_view(assessment).ratings, store.answers(assessment))
    window.collect_questionnaires_action.trigger()
    dialog = preview(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_idle(qtbot, window)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert (store.respondents_view(assessment).ratings, store.answers(assessment)) == before
    assert not background.running()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_look_at_both_dialogs(
    qtbot,
    window: MainWindow,
    store: Store,
    assessment: str,
    tsia: MaturityModel,
    tmp_path: Path,
    monkeypatch,
    screenshots: Path,
    theme: str,
):
    app = QApplication.instance()
    old_palette, old_style = app.palette(), app.style().name()
    apply_theme(app, theme)
    expected = app.palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) == expected)
    try:
        files = write_questionnaires(store, assessment, tmp_path / "back")
        fill(files[1], {tsia.criteria[0].id: 3, tsia.criteria[1].id: "n/a"})
        fill(files[2], {tsia.criteria[3].id: 7})
        choose_files(monkeypatch, [*files, tmp_path / "back" / "gone.xlsx"])

        def look(dialog: SendQuestionnairesDialog) -> None:
            assert dialog.grab().save(str(screenshots / f"send-questionnaires-{theme}.png"))
            dialog.reject()

        when_modal(SendQuestionnairesDialog, look)
        window.send_questionnaires_action.trigger()
        window.collect_questionnaires_action.trigger()
        dialog = preview(qtbot, window)
        assert dialog.grab().save(str(screenshots / f"collect-preview-{theme}.png"))
        dialog.reject()
        wait_idle(qtbot, window)
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)


def test_an_open_wizard_follows_when_sending_writes_the_assessor_down(
    qtbot,
    store: Store,
    builtin_catalog: ModelCatalog,
    tsia: MaturityModel,
    tmp_path: Path,
    opened: list[str],
):
    from csmaturity_app.ui.wizard import AssessmentWizard

    org = store.create_organization("Solo")
    alone = store.create_assessment(org.id, tsia, assessor="Alex").id
    store.record_answer(alone, tsia.criteria[0].id, 1)
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    win.select_assessment(alone)
    wizard = AssessmentWizard(win.operations, alone)
    qtbot.addWidget(wizard)
    assert not wizard.session.several

    def write_all(dialog: SendQuestionnairesDialog) -> None:
        dialog.folder_edit.setText(str(tmp_path / "out"))
        when_modal(QMessageBox, lambda box: box.reject())
        dialog.accept()

    when_modal(SendQuestionnairesDialog, write_all)
    win.send_questionnaires_action.trigger()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["Solo - Alex.xlsx"]
    assert wizard.session.several  # the assessor's own ratings are apart from the consensus now
    wizard.session.rate(tsia.criteria[0].id, AnswerValue(3))  # the facilitator sets it
    view = store.respondents_view(alone)
    assert view.ratings[view.respondents[0].id][tsia.criteria[0].id].score == 1
    assert view.consensus[tsia.criteria[0].id].score == 3
