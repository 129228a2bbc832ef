"""The wizard with several respondents, driven by keys: add them, rate as each in turn (every
rating read back from the store file at once), see the spread and the disagreement appear,
set the consensus, hand it back to the median, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from accessible_tree import unnamed
from modal_keys import no_key_left_down, press_shortcut  # noqa: F401 (a fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_wizard import dark_palette  # noqa: F401 (a fixture)

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.presentation.order import display_order
from csmaturity_app.store import Store
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.respondents_dialog import RespondentsDialog
from csmaturity_app.ui.results import ResultsPane
from csmaturity_app.ui.wizard import AssessmentWizard
from csmaturity_app.ui.wizard.keys import help_rows
from csmaturity_app.ui.wizard.voices import (
    consensus_label,
    criterion_voices,
    initials,
    short_names,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def assessment(store: Store, tsia: MaturityModel) -> str:
    org = store.create_organization("Acme Software")
    return store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14)).id


def open_wizard(qtbot, operations: Operations, assessment: str, size=(1366, 768)):
    wizard = AssessmentWizard(operations, assessment)
    qtbot.addWidget(wizard)
    wizard.resize(*size)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if modifier == Qt.KeyboardModifier.NoModifier:
        qtbot.keyClick(target, key)
    else:
        press_shortcut(qtbot, target, key, modifier)


def in_file(path: Path, assessment: str):
    """Each respondent's ratings and the consensus as the store file holds them, read by a
    store of its own: (name -> criterion -> (score, n/a, notes)), answers, median criteria."""
    with Store.open(path) as again:
        view = again.respondents_view(assessment)
        ratings = {
            r.name: {
                c: (a.score, a.not_applicable, a.notes)
                for c, a in view.ratings.get(r.id, {}).items()
            }
            for r in view.respondents
        }
        answers = {c: (a.score, a.not_applicable) for c, a in view.consensus.items()}
        return ratings, answers, view.from_respondents


def add_respondents_by_keys(qtbot, wizard: AssessmentWizard, people: list[tuple[str, str]]):
    """Ctrl+Shift+R, then Alt+A, name, Alt+O, role, Enter for each; Escape closes."""
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(wizard.respondents_dialog, RespondentsDialog))
    dialog = wizard.respondents_dialog
    assert isinstance(dialog, RespondentsDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    for name, role in people:
        qtbot.waitUntil(lambda: dialog.editor is None and dialog.isActiveWindow())
        press_shortcut(qtbot, dialog.table, Qt.Key.Key_A, ALT)
        qtbot.waitUntil(lambda: dialog.editor is not None)  # a mnemonic clicks, animated
        editor = dialog.editor
        assert editor is not None
        qtbot.waitUntil(editor.name.hasFocus)
        qtbot.keyClicks(editor.name, name)
        press_shortcut(qtbot, editor.name, Qt.Key.Key_O, ALT)
        qtbot.waitUntil(editor.role.hasFocus)
        qtbot.keyClicks(editor.role, role)
        qtbot.keyClick(editor.role, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.editor is None and dialog.isActiveWindow())
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)


PEOPLE = [("Pat Lee", "VP Customer Success"), ("Sam Kim", "CSM"), ("Alex Ruiz", "Support lead")]


# -- pure wording


def test_initials_and_short_names_tell_respondents_apart(store: Store, assessment: str):
    assert (initials("Pat Lee"), initials("Sam"), initials("jean-luc picard")) == (
        "PL",
        "Sa",
        "JP",
    )
    for name in ("Pat Lee", "Paul Le", "Sam Kim"):
        store.add_respondent(assessment, name)
    view = store.respondents_view(assessment)
    assert short_names(view.respondents) == ["JA", "Pat", "Paul", "SK"]


def test_the_key_help_says_the_respondents_keys_only_with_several(tsia: MaturityModel):
    single = dict(help_rows(tsia))
    several = dict(help_rows(tsia, several=True))
    assert "Ctrl+Shift+R" in single and "Ctrl+R" not in single
    assert {"Ctrl+R", "Ctrl+T", "Ctrl+M"} <= set(several)


# -- the workshop


def test_rating_as_each_respondent_then_setting_the_consensus(
    qtbot, operations: Operations, store: Store, store_path: Path, assessment: str, tsia
):
    wizard = open_wizard(qtbot, operations, assessment)
    assert wizard.rater_bar.isHidden()  # a single voice: as it always was
    assert wizard.card("F01").voices is None

    add_respondents_by_keys(qtbot, wizard, PEOPLE)
    assert not wizard.rater_bar.isHidden()
    box = wizard.rater_box
    assert [box.itemText(i) for i in range(box.count())] == [
        consensus_label(),
        "Jane Assessor, Assessor",
        "Pat Lee, VP Customer Success",
        "Sam Kim, CSM",
        "Alex Ruiz, Support lead",
    ]
    assert "Ctrl+T" in wizard.intro.key_help.text()  # the key help says the new keys

    first, second = (c.id for c in display_order(tsia, "forming")[:2])
    wizard.go_to_criterion(first)
    card = wizard.card(first)
    assert card.voices is not None and not card.voices.isHidden()
    assert (
        card.voices.ratings.text() == "JA \u2013 \u00b7 PL \u2013 \u00b7 SK \u2013 \u00b7 AR \u2013"
    )

    # Each in turn: Ctrl+T moves to the next person, a digit rates, K goes back to it.
    ratings = {"Jane Assessor": 1, "Pat Lee": 3, "Sam Kim": 0, "Alex Ruiz": 1}
    for name, score in ratings.items():
        press(qtbot, Qt.Key.Key_T, CTRL)
        assert wizard.session.rater_name().startswith(name)
        assert not card.rating().answered  # their own rating shows: none yet
        with qtbot.waitSignal(operations.answerChanged) as said:  # the results pane hears it
            press(qtbot, getattr(Qt.Key, f"Key_{score}"))
        assert said.args == [assessment, first]
        respondents, answers, median = in_file(store_path, assessment)
        assert respondents[name][first][:2] == (score, False)  # saved at once
        assert first in median
        press(qtbot, Qt.Key.Key_K)
        assert wizard.current_card() is card
        assert card.rating().score == score
    _, answers, _ = in_file(store_path, assessment)
    assert answers[first] == (1, False)  # the median of 0, 1, 1, 3
    assert card.voices.ratings.text() == "JA 1 \u00b7 PL 3 \u00b7 SK 0 \u00b7 AR 1"
    assert card.voices.spread.text() == "range 3"
    assert not card.voices.flag.isHidden()  # they disagree
    assert card.voices.consensus.text() == "Consensus 1 \u00b7 median"
    assert card.voices.median_button.isHidden()
    tip = card.voices.ratings.toolTip()
    assert "Pat Lee, VP Customer Success: 3" in tip
    assert wizard.summary.disagreement_ids() == [first]

    # A respondent's notes are theirs: written as Pat, shown beside the criterion.
    press(qtbot, Qt.Key.Key_R, CTRL)  # to the chooser: Down chooses, and back to the card
    qtbot.waitUntil(box.hasFocus)
    for _ in range(box.count()):
        if box.currentText().startswith("Pat Lee"):
            break
        qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() < 2 else Qt.Key.Key_Up)
        qtbot.waitUntil(card.hasFocus)
        press(qtbot, Qt.Key.Key_R, CTRL)
        qtbot.waitUntil(box.hasFocus)
    assert wizard.session.rater_name() == "Pat Lee, VP Customer Success"
    wizard.go_to_criterion(first)
    press(qtbot, Qt.Key.Key_E)
    qtbot.waitUntil(card.notes.hasFocus)
    qtbot.keyClicks(card.notes, "Never saw a success plan")
    press(qtbot, Qt.Key.Key_Escape)
    respondents, answers, _ = in_file(store_path, assessment)
    assert respondents["Pat Lee"][first][2] == "Never saw a success plan"
    assert first not in answers or answers[first] == (1, False)
    assert "\u270e" in card.voices.ratings.text()
    assert "Never saw a success plan" in card.voices.ratings.toolTip()

    # Back to the consensus (Ctrl+T cycles round): setting two consensus ratings
    while wizard.session.rater:
        press(qtbot, Qt.Key.Key_T, CTRL)
    assert box.currentText() == consensus_label()
    assert card.notes.toPlainText() == ""  # the consensus's notes, not Pat's
    wizard.go_to_criterion(first)
    press(qtbot, Qt.Key.Key_2)  # moves on to the second
    assert wizard.current_card() is wizard.card(second)
    press(qtbot, Qt.Key.Key_3)
    _, answers, median = in_file(store_path, assessment)
    assert answers[first] == (2, False) and answers[second] == (3, False)
    assert first not in median and second not in median
    assert card.voices.consensus.text() == "Consensus 2 \u00b7 set"
    assert not card.voices.median_button.isHidden()
    # the respondents no longer move a consensus that is set
    sam = store.find_respondent(assessment, "Sam Kim")
    operations.record_respondent_answer(assessment, sam.id, first, 3, False, pytest.fail)
    assert in_file(store_path, assessment)[1][first] == (2, False)
    assert card.voices.spread.text() == "range 2"

    # Ctrl+M: the first back to the median (now of 1, 1, 3, 3: 2); Ctrl+Z sets it again
    wizard.go_to_criterion(first)
    with qtbot.waitSignal(operations.answerChanged):
        press(qtbot, Qt.Key.Key_M, CTRL)
    _, answers, median = in_file(store_path, assessment)
    assert first in median and answers[first] == (2, False)
    assert card.voices.consensus.text() == "Consensus 2 \u00b7 median"
    assert card.voices.median_button.isHidden()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert first not in in_file(store_path, assessment)[2]
    assert card.voices.consensus.text() == "Consensus 2 \u00b7 set"
    # ... and undoing the setting itself gives the criterion back to the median
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the second's 3
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the first's 2
    _, answers, median = in_file(store_path, assessment)
    assert first in median and second in median
    # the "Use the median" button does what Ctrl+M does
    wizard.go_to_criterion(first)
    press(qtbot, Qt.Key.Key_0)
    assert first not in in_file(store_path, assessment)[2]
    qtbot.mouseClick(card.voices.median_button, Qt.MouseButton.LeftButton)
    assert first in in_file(store_path, assessment)[2]

    # Undo a rating given as a respondent: theirs goes back, as the consensus's would.
    wizard.choose_rater(box.itemData(4))  # Alex
    wizard.go_to_criterion(second)
    press(qtbot, Qt.Key.Key_2)
    assert in_file(store_path, assessment)[0]["Alex Ruiz"][second][:2] == (2, False)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert in_file(store_path, assessment)[0]["Alex Ruiz"][second][:2] == (None, False)
    assert not wizard.card(second).rating().answered


def test_the_results_pane_follows_ratings_given_as_respondents(
    qtbot, operations: Operations, store: Store, assessment: str, tsia
):
    pat = store.add_respondent(assessment, "Pat Lee")
    pane = ResultsPane(operations)
    qtbot.addWidget(pane)
    pane.build_charts()
    pane.show_assessments([assessment])
    pane.refresh_now()
    wizard = open_wizard(qtbot, operations, assessment)
    wizard.choose_rater(pat.id)
    first = display_order(tsia, "forming")[0].id
    wizard.go_to_criterion(first)
    press(qtbot, Qt.Key.Key_3)

    def shown_consensus() -> int | None:
        loaded = pane.assessments
        answer = loaded.after.answers.get(first) if loaded is not None else None
        return answer.score if answer is not None else None

    qtbot.waitUntil(lambda: shown_consensus() == 3)  # the median of Pat's 3 alone
    wizard.choose_rater("")
    wizard.go_to_criterion(first)
    press(qtbot, Qt.Key.Key_1)  # the facilitator sets it
    qtbot.waitUntil(lambda: shown_consensus() == 1)
    with qtbot.waitSignal(operations.answerChanged):
        operations.remove_respondent(pat, pytest.fail)  # the median follows: unchanged, set
    operations.undo_stack.undo()
    qtbot.waitUntil(lambda: shown_consensus() == 1)


def test_removing_the_respondent_rated_as_goes_back_to_the_consensus(
    qtbot, operations: Operations, store: Store, assessment: str, tsia
):
    pat = store.add_respondent(assessment, "Pat Lee")
    wizard = open_wizard(qtbot, operations, assessment)
    wizard.choose_rater(pat.id)
    assert wizard.session.rater == pat.id
    operations.remove_respondent(pat, pytest.fail)
    assert wizard.session.rater == ""
    assert wizard.rater_box.currentText() == consensus_label()
    assert wizard.rater_box.count() == 2  # the consensus and the assessor, written down
    operations.undo_stack.undo()
    assert wizard.rater_box.count() == 3


def test_a_complete_assessment_takes_no_rating_as_a_respondent(
    qtbot, operations: Operations, store: Store, store_path: Path, assessment: str, tsia
):
    pat = store.add_respondent(assessment, "Pat Lee")
    store.set_status(assessment, "complete")
    wizard = open_wizard(qtbot, operations, assessment)
    wizard.choose_rater(pat.id)
    first = display_order(tsia, "forming")[0].id
    wizard.go_to_criterion(first)
    press(qtbot, Qt.Key.Key_2)
    assert first not in in_file(store_path, assessment)[0]["Pat Lee"]
    assert "complete" in wizard.status.text()


def test_names_beside_a_criterion_are_plain_text(
    qtbot, operations: Operations, store: Store, assessment: str, tsia
):
    first = tsia.criteria[0].id
    pat = store.add_respondent(assessment, "<b>Pat</b>", "<i>VP</i>")
    store.record_respondent_answer(pat.id, first, 2, notes="<a href='x'>see</a>")
    wizard = open_wizard(qtbot, operations, assessment)
    voices = wizard.card(first).voices
    assert voices is not None
    assert voices.ratings.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Pat</b>, <i>VP</i>: 2" in criterion_voices(
        store.respondents_view(assessment), first
    ).tooltip(tsia)
    assert "&lt;b&gt;Pat&lt;/b&gt;" in voices.ratings.toolTip()  # shown as written, not bold
    assert wizard.rater_box.itemText(2) == "<b>Pat</b>, <i>VP</i>"


def test_every_new_control_has_a_name_a_screen_reader_says(
    qtbot, operations: Operations, store: Store, assessment: str, tsia
):
    pat = store.add_respondent(assessment, "Pat Lee")
    first = display_order(tsia, "forming")[0].id
    store.record_respondent_answer(pat.id, first, 2)
    store.record_answer(assessment, first, 1)
    wizard = open_wizard(qtbot, operations, assessment)
    wizard.go_to_criterion(first)
    QApplication.processEvents()
    assert unnamed(wizard) == []


# -- screenshots, to look at (see the `screenshots` fixture for where they go)


def _workshop(store: Store, assessment: str, tsia: MaturityModel) -> None:
    people = [store.add_respondent(assessment, n, r) for n, r in PEOPLE]
    jane = store.find_respondent(assessment, "Jane Assessor")
    order = [c.id for c in display_order(tsia, "forming")]
    scores = {jane.id: [1, 2, 2], people[0].id: [3, 3, 2], people[1].id: [0, 2, 1]}
    scores[people[2].id] = [1, 2, None]
    for who, given in scores.items():
        for criterion_id, score in zip(order, given, strict=False):
            if score is not None:
                store.record_respondent_answer(who, criterion_id, score)
    store.record_respondent_notes(people[1].id, order[0], "No playbook that I have seen")
    store.record_answer(assessment, order[1], 2, notes="Agreed in the workshop")


def _shoot(qtbot, operations, assessment: str, folder: Path, prefix: str, tsia) -> None:
    wizard = open_wizard(qtbot, operations, assessment)
    qtbot.waitUntil(lambda: wizard.width() == 1366)
    wizard.choose_rater(wizard.rater_box.itemData(2))
    order = [c.id for c in display_order(tsia, "forming")]
    for name, show in (
        ("stage", lambda: wizard.go_to_criterion(order[0])),
        ("consensus", lambda: (wizard.choose_rater(""), wizard.go_to_criterion(order[2]))),
        ("summary", lambda: wizard.show_page(wizard.summary_index)),
    ):
        show()
        QApplication.processEvents()
        assert wizard.grab().save(str(folder / f"wizard-respondents-{prefix}{name}-1366x768.png"))
    wizard.close()


def test_screenshots(qtbot, operations, store, assessment, tsia, screenshots):
    _workshop(store, assessment, tsia)
    _shoot(qtbot, operations, assessment, screenshots, "", tsia)


@pytest.mark.usefixtures("dark_palette")
def test_screenshots_dark(qtbot, operations, store, assessment, tsia, screenshots):
    _workshop(store, assessment, tsia)
    _shoot(qtbot, operations, assessment, screenshots, "dark-", tsia)


def test_giving_the_consensus_the_medians_own_value_sets_it(
    qtbot, operations: Operations, store: Store, store_path: Path, assessment: str, tsia
):
    pat = store.add_respondent(assessment, "Pat Lee")
    first = display_order(tsia, "forming")[0].id
    store.record_respondent_answer(pat.id, first, 2)
    wizard = open_wizard(qtbot, operations, assessment)
    assert not wizard.session.rater  # rating as the consensus
    wizard.go_to_criterion(first)
    card = wizard.card(first)
    assert card.voices is not None
    assert card.voices.consensus.text() == "Consensus 2 \u00b7 median"
    press(qtbot, Qt.Key.Key_2)  # the facilitator agrees: the consensus is theirs now
    _, answers, median = in_file(store_path, assessment)
    assert answers[first] == (2, False) and first not in median
    assert card.voices.consensus.text() == "Consensus 2 \u00b7 set"
    store.record_respondent_answer(pat.id, first, 0)  # Pat changes their mind: it stays
    assert store.answers(assessment)[first].score == 2
    wizard.undo_stack.undo()  # and undo hands it back to the median
    _, answers, median = in_file(store_path, assessment)
    assert answers[first] == (0, False) and first in median
