"""The sync conflicts view, from real `AnswerConflict` values over a real store: both copies
of each answer, which one was kept, the criteria named from the assessment's model, sortable,
driven by the keyboard, and every name shown as typed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from modal_keys import no_key_left_down, press_shortcut  # noqa: F401 (a fixture)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from shown_text import shown_texts

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.presentation.numbers import rating_text
from csmaturity_app.store import AnswerConflict, AnswerSide, Store
from csmaturity_app.ui.sync_conflicts import (
    COLUMNS,
    HERE_COLUMN,
    KEPT_COLUMN,
    KEPT_HERE,
    KEPT_SERVER,
    RULE,
    SERVER_COLUMN,
    SyncConflictsDialog,
    value_text,
)
from csmaturity_app.ui.sync_status import short_local_time

ORG = "<b>Acme</b> R&D <EMEA>"
EARLY = "2026-11-02T08:00:00.000000+00:00"
LATE = "2026-11-03T16:30:00.000000+00:00"


def conflict(
    assessment_id: str,
    criterion_id: str,
    here: AnswerSide,
    server: AnswerSide,
    organization: str = ORG,
    assessed_on: str = "2026-03-01",
) -> AnswerConflict:
    winner = "here" if here.updated_at >= server.updated_at else "server"
    return AnswerConflict(
        organization, assessed_on, assessment_id, criterion_id, here, server, winner
    )


@pytest.fixture
def assessment_id(store: Store, tsia: MaturityModel) -> str:
    org = store.create_organization(ORG)
    return store.create_assessment(org.id, tsia, "Ann", date(2026, 3, 1)).id


def open_view(qtbot, store: Store, conflicts: list[AnswerConflict]) -> SyncConflictsDialog:
    dialog = SyncConflictsDialog(None, conflicts, store.model_of, "The last sync found these.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_each_conflict_shows_both_copies_their_times_and_which_was_kept(
    qtbot, store: Store, tsia: MaturityModel, assessment_id: str
) -> None:
    criterion = tsia.criteria[0]
    here = AnswerSide(3, False, "Seen <i>live</i> at the audit", LATE)
    server = AnswerSide(1, False, "", EARLY)
    dialog = open_view(qtbot, store, [conflict(assessment_id, criterion.id, here, server)])

    row = [dialog.cell(0, c) for c in range(len(COLUMNS))]
    assert row == [
        ORG,
        "2026-03-01",
        f"{criterion.id} \u2014 {criterion.statement}",
        f"{rating_text(tsia, 3)} \u00b7 \u201cSeen <i>live</i> at the audit\u201d",
        short_local_time(LATE, seconds=True),
        rating_text(tsia, 1),
        short_local_time(EARLY, seconds=True),
        KEPT_HERE,
    ]
    # The copy kept reads bold; the other does not.
    font = dialog.proxy.index(0, HERE_COLUMN).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert dialog.proxy.index(0, SERVER_COLUMN).data(Qt.ItemDataRole.FontRole) is None
    assert RULE in shown_texts(dialog)


def test_names_notes_and_headings_are_shown_as_typed(
    qtbot, store: Store, tsia: MaturityModel, assessment_id: str
) -> None:
    notes = "<img src=x> & R&amp;D"
    here = AnswerSide(2, False, notes, EARLY)
    server = AnswerSide(None, True, "", LATE)
    dialog = SyncConflictsDialog(
        None,
        [conflict(assessment_id, tsia.criteria[1].id, here, server)],
        store.model_of,
        "The last sync with postgresql://<b>x</b>@host/db found these.",
    )
    qtbot.addWidget(dialog)
    shown = shown_texts(dialog)
    assert ORG in shown
    assert "The last sync with postgresql://<b>x</b>@host/db found these." in shown
    assert any(notes in text for text in shown)  # the tooltip: notes whole, as typed
    assert f"{rating_text(tsia, 2)} \u00b7 \u201c{notes}\u201d" in shown
    assert dialog.cell(0, SERVER_COLUMN) == tsia.not_applicable_label
    assert dialog.cell(0, KEPT_COLUMN) == KEPT_SERVER


def test_without_a_readable_model_the_criterion_id_and_the_score_are_shown(qtbot) -> None:
    here = AnswerSide(2, False, "", LATE)
    server = AnswerSide(None, False, "a long note\nof two lines", EARLY)
    dialog = SyncConflictsDialog(
        None, [conflict("gone", "X.1", here, server)], lambda _aid: None, "Found."
    )
    qtbot.addWidget(dialog)
    assert dialog.cell(0, 2) == "X.1"
    assert dialog.cell(0, HERE_COLUMN) == "2"
    assert dialog.cell(0, SERVER_COLUMN) == "Unanswered \u00b7 \u201ca long note\u2026\u201d"


def test_the_model_is_read_once_per_assessment(qtbot, tsia: MaturityModel) -> None:
    asked: list[str] = []

    def model_of(aid: str) -> MaturityModel:
        asked.append(aid)
        return tsia

    side = AnswerSide(1, False, "", EARLY)
    conflicts = [conflict("a1", c.id, side, side) for c in tsia.criteria[:5]]
    dialog = SyncConflictsDialog(None, conflicts, model_of, "Found.")
    qtbot.addWidget(dialog)
    assert asked == ["a1"]


def test_columns_sort_by_what_they_hold(qtbot, tsia: MaturityModel) -> None:
    def at(hour: int) -> str:
        return datetime(2026, 11, 2, hour, tzinfo=UTC).isoformat(timespec="microseconds")

    conflicts = [
        conflict(
            "a", "C.10", AnswerSide(1, False, "", at(9)), AnswerSide(2, False, "", at(1)), "beta"
        ),
        conflict(
            "a", "C.2", AnswerSide(1, False, "", at(11)), AnswerSide(2, False, "", at(2)), "Alpha"
        ),
        conflict(
            "a", "C.1", AnswerSide(1, False, "", at(10)), AnswerSide(2, False, "", at(3)), "gamma"
        ),
    ]
    dialog = SyncConflictsDialog(None, conflicts, lambda _aid: None, "Found.")
    qtbot.addWidget(dialog)

    def column(c: int) -> list[str]:
        return [dialog.cell(r, c) for r in range(3)]

    assert column(0) == ["Alpha", "beta", "gamma"]  # by name, whatever the case
    dialog.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert column(2) == ["C.1", "C.2", "C.10"]  # numbers in ids as numbers
    dialog.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # changed here, newest first
    assert column(0) == ["Alpha", "gamma", "beta"]
    header = dialog.view.horizontalHeader()
    qtbot.mouseClick(  # by a click on "Changed on the server", as a user sorts
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(6) + 5, header.height() // 2),
    )
    assert column(0) == ["beta", "Alpha", "gamma"]


def test_the_keyboard_moves_through_rows_copies_them_and_leaves(
    qtbot, store: Store, tsia: MaturityModel, assessment_id: str
) -> None:
    side = AnswerSide(1, False, "", EARLY)
    newer = AnswerSide(2, False, "", LATE)
    conflicts = [conflict(assessment_id, c.id, side, newer) for c in tsia.criteria[:3]]
    dialog = open_view(qtbot, store, conflicts)
    dialog.activateWindow()
    view = dialog.view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    press_shortcut(qtbot, view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(i.row() for i in view.selectionModel().selectedRows()) == [1, 2]
    press_shortcut(qtbot, view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "\t".join(COLUMNS)
    assert [line.split("\t")[2] for line in copied[1:]] == [
        f"{c.id} \u2014 {c.statement}" for c in tsia.criteria[1:3]
    ]
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # out of the table, to Close
    focused = dialog.focusWidget()
    assert isinstance(focused, QPushButton) and focused.text().replace("&", "") == "Close"
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(focused, Qt.Key.Key_Escape)


def test_value_text_words_each_kind_of_answer(tsia: MaturityModel) -> None:
    assert value_text(AnswerSide(None, False, "", EARLY), tsia) == "Unanswered"
    assert value_text(AnswerSide(None, True, "", EARLY), tsia) == tsia.not_applicable_label
    assert value_text(AnswerSide(None, True, "", EARLY), None) == "Not applicable"
    assert value_text(AnswerSide(0, False, "  ", EARLY), tsia) == rating_text(tsia, 0)
