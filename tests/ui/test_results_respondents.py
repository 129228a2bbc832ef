"""The results pane's Respondents tab: the heat map's cells and their colours, each
respondent's own result, the disagreements with notes, copying, refreshing; and screenshots
to look at (light and dark, at the room a 1366 x 768 screen gives the pane)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QVBoxLayout, QWidget

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results import ResultsPane
from csmaturity_app.ui.results.heat_map import FLAG, HeatMapModel, heat_fill
from csmaturity_app.ui.results.respondents_tab import ONE_VOICE_HINT, RespondentsTab
from csmaturity_app.ui.theme import dark_palette

MARKUP_NAME = "<b>Kim</b> & co"


@pytest.fixture
def solo(store: Store, tsia: MaturityModel) -> str:
    org = store.create_organization("Solo")
    assessment = store.create_assessment(org.id, tsia, assessor="Alex").id
    store.record_answer(assessment, "F01", 2)
    return assessment


@pytest.fixture
def team(store: Store, tsia: MaturityModel) -> str:
    """Alex (assessor), Pat Lee (VP Customer Success), Sam (CSM), and a name that looks like
    markup (Support). Forming rated by all; F01 spreads 0..3, F02 has a not applicable and an
    unanswered rating, F04's consensus is set by the facilitator."""
    org = store.create_organization("Acme Software")
    a = store.create_assessment(org.id, tsia, assessor="Alex").id
    pat = store.add_respondent(a, "Pat Lee", "VP Customer Success")  # Alex written down first
    sam = store.add_respondent(a, "Sam", "CSM")
    kim = store.add_respondent(a, MARKUP_NAME, "Support")
    alex = store.find_respondent(a, "Alex")
    forming = [c.id for c in tsia.criteria_of_stage("forming")]
    plan = {
        alex.id: [3, 3, 3, 2, 3, 3, 2, 3, 3],
        pat.id: [1, 3, 3, 3, 3, 3, 3, 3, 3],
        sam.id: [0, None, 2, 2, 1, 2, 2, 1, 2],
        kim.id: [2, "na", 2, 0, 2, 2, 2, 2, 2],
    }
    for who, scores in plan.items():
        for criterion, score in zip(forming, scores, strict=True):
            if score == "na":
                store.record_respondent_answer(who, criterion, None, not_applicable=True)
            elif score is not None:
                store.record_respondent_answer(who, criterion, score)  # type: ignore[arg-type]
    store.record_respondent_notes(pat.id, "F01", "A charter was <i>drafted</i> last quarter.")
    store.record_respondent_notes(sam.id, "F01", "Never seen it.\nNobody mentions it.")
    store.record_answer(a, "F04", 2, notes="agreed in the workshop")
    for criterion in tsia.criteria_of_stage("storming")[:4]:
        store.record_respondent_answer(pat.id, criterion.id, 2)
    return a


@pytest.fixture
def pane(qtbot, operations: Operations) -> ResultsPane:
    widget = ResultsPane(operations)
    qtbot.addWidget(widget)
    widget.resize(1000, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show(pane: ResultsPane, *ids: str) -> RespondentsTab:
    pane.show_assessments(list(ids))
    pane.refresh_now()
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    pane.tabs.setCurrentIndex(titles.index("Respondents"))
    return pane.respondents


def cell(model: HeatMapModel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_one_voice_shows_a_hint(pane: ResultsPane, solo: str):
    tab = show(pane, solo)
    assert not tab.several
    assert tab.stack.currentWidget() is tab.hint and tab.hint.text() == ONE_VOICE_HINT


def test_the_heat_map_has_a_row_per_criterion_and_a_column_per_respondent(
    pane: ResultsPane, team: str, tsia: MaturityModel
):
    tab = show(pane, team)
    assert tab.several
    model = tab.heat_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Criterion",
        FLAG,
        "Alex",
        "Pat Lee",
        "Sam",
        MARKUP_NAME,  # a header is plain text
        "Consensus",
        "Range",
        "Statement",
    ]
    assert model.rowCount() == len(tsia.criteria)
    assert [cell(model, 0, c) for c in range(model.columnCount() - 1)] == [
        "F01",
        FLAG,
        "3",
        "1",
        "0",
        "2",
        "1",  # the median of 0, 1, 2, 3 rounded down
        "3",
    ]
    # F02: Sam did not rate it, Kim said not applicable; the others agree
    assert [cell(model, 1, c) for c in (1, 2, 3, 4, 5, 7)] == ["", "3", "3", "\u2013", "N/A", "0"]
    assert "no disagreement" in cell(model, 1, 1, Qt.ItemDataRole.ToolTipRole)
    # F04: set by the facilitator, said in the cell and in bold
    assert cell(model, 3, 6) == "2 (set)"
    assert cell(model, 3, 6, Qt.ItemDataRole.FontRole).bold()
    assert cell(model, 3, 1) == FLAG  # 2, 3, 2, 0
    assert "the respondents disagree" in cell(model, 3, 1, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 0, 8) == tsia.criteria[0].statement
    assert tsia.criteria[0].statement in cell(model, 0, 0, Qt.ItemDataRole.ToolTipRole)
    notes = cell(model, 0, 3, Qt.ItemDataRole.ToolTipRole)
    assert "A charter was &lt;i&gt;drafted&lt;/i&gt; last quarter." in notes  # shown literally


def test_colours_deepen_with_the_rating_and_not_applicable_and_unanswered_differ(
    pane: ResultsPane, team: str
):
    tab = show(pane, team)
    model = tab.heat_model
    base = tab.palette().color(QPalette.ColorRole.Base)

    def fill(row: int, column: int) -> QBrush | None:
        return cell(model, row, column, Qt.ItemDataRole.BackgroundRole)

    three, one, zero = fill(0, 2), fill(0, 3), fill(0, 4)
    assert three is not None and one is not None and zero is not None
    assert three.color() == heat_fill(3, 3, base)
    assert zero.color() == heat_fill(0, 3, base)

    def lightness(brush: QBrush) -> float:
        return brush.color().lightnessF()

    # deeper (further from a light background) with each step up
    assert abs(lightness(three) - base.lightnessF()) > abs(lightness(one) - base.lightnessF())
    assert abs(lightness(one) - base.lightnessF()) > abs(lightness(zero) - base.lightnessF())
    assert zero.color() != base  # a 0 is a rating: tinted, never blank
    not_applicable = fill(1, 5)
    assert not_applicable is not None
    assert not_applicable.style() == Qt.BrushStyle.BDiagPattern
    assert fill(1, 4) is None  # unanswered: the view's background, and a dash
    assert fill(0, 1) is None and fill(0, 7) is None  # the flag and range are not heat
    consensus = fill(0, 6)
    assert consensus is not None and consensus.color() == heat_fill(1, 3, base)


def test_colours_follow_a_dark_palette(qtbot, team: str, operations: Operations, qapp):
    widget = ResultsPane(operations)
    qtbot.addWidget(widget)
    widget.setPalette(dark_palette())
    tab = show(widget, team)
    base = dark_palette().color(QPalette.ColorRole.Base)
    brush = cell(tab.heat_model, 0, 2, Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == heat_fill(3, 3, base)
    # light text stays readable: the deepest fill is still far darker than the text
    text = dark_palette().color(QPalette.ColorRole.Text)
    assert text.lightnessF() - brush.color().lightnessF() > 0.4


def test_each_respondent_has_their_own_placement_and_index(pane: ResultsPane, team: str):
    tab = show(pane, team)
    table = tab.gap
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    # Alex: Forming 25 of 27, achieved; nothing of Storming: Phase 1 Forming, index 1.00
    assert rows[0] == ["Alex", "1.00", "Phase 1 Forming", "Assessor", "9 of 35 answered"]
    # Pat: Forming 25 of 27; Storming 4 x 2 = 8 of 24: index 1.33
    assert rows[1] == [
        "Pat Lee",
        "1.33",
        "Phase 1 Forming",
        "VP Customer Success",
        "13 of 35 answered",
    ]
    # Sam: 0 + 2 + 2 + 1 + 2 + 2 + 1 + 2 = 12 of 24 (F02 unanswered counts 0: 12 of 27)
    assert rows[2][1:3] == [f"{12 / 27:.2f}", "Not yet Phase 1 Forming"]
    assert (rows[3][0], rows[3][3]) == (MARKUP_NAME, "Support")


def test_the_disagreements_come_largest_first_with_every_note(pane: ResultsPane, team: str):
    tab = show(pane, team)
    text = tab.disagreements.toPlainText()
    assert text.index("F01") < text.index("F04")  # range 3, then range 3 in model order
    assert "A charter was <i>drafted</i> last quarter." in text  # literally
    assert "Never seen it." in text and "Nobody mentions it." in text
    assert f"{MARKUP_NAME}: 2 Largely in place" in text
    assert "consensus 2 Largely in place (set by the facilitator)" in text


def test_ctrl_c_copies_the_selected_cells_as_tab_separated_text(
    qtbot, pane: ResultsPane, team: str
):
    tab = show(pane, team)
    view = tab.heat_map
    selection = view.selectionModel()
    for row in (0, 1):
        for column in (0, 2, 3):
            selection.select(
                tab.heat_model.index(row, column), QItemSelectionModel.SelectionFlag.Select
            )
    view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "F01\t3\t1\nF02\t3\t3\n"


def test_the_tab_follows_a_new_rating(qtbot, pane: ResultsPane, team: str, store: Store):
    tab = show(pane, team)
    sam = store.find_respondent(team, "Sam")
    store.record_respondent_answer(sam.id, "F02", 0)
    pane.operations.answerChanged.emit(team, "F02")  # as the wizard's operations say it
    qtbot.waitUntil(lambda: cell(tab.heat_model, 1, 4) == "0")
    assert cell(tab.heat_model, 1, 1) == FLAG  # 3, 3, 0: they disagree now


def test_copy_text_gives_the_whole_tab(pane: ResultsPane, team: str):
    show(pane, team)
    assert pane.copy_action.isEnabled() and pane.copy_action.text() == "&Copy text"
    pane.copy_current()
    text = QGuiApplication.clipboard().text()
    assert text.startswith(f"Criterion\t{FLAG}\tAlex\tPat Lee\tSam\t")
    assert "Pat Lee (VP Customer Success): Phase 1 Forming, index 1.33" in text
    assert "Largest disagreements" in text


# -- screenshots, to look at


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    old_palette, old_style = qapp.palette(), qapp.style().name()
    qapp.setStyle(QStyleFactory.create("Fusion"))
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(old_palette)
    qapp.setStyle(QStyleFactory.create(old_style))


def _shoot(qtbot, operations: Operations, folder: Path, team: str, name: str) -> None:
    # the pane's room in the window on a 1366 x 768 screen, and on a larger one
    for size in ((800, 450), (1000, 620)):
        window = QWidget()
        qtbot.addWidget(window)
        pane = ResultsPane(operations, window)
        QVBoxLayout(window).addWidget(pane)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        show(pane, team)
        QApplication.processEvents()
        assert window.grab().save(str(folder / f"results-{name}-respondents-{size[0]}.png"))
        window.close()


def test_screenshots(qtbot, operations, team, screenshots):
    _shoot(qtbot, operations, screenshots, team, "team")


@pytest.mark.usefixtures("dark")
def test_screenshots_dark(qtbot, operations, team, screenshots):
    _shoot(qtbot, operations, screenshots, team, "dark-team")


def test_a_plain_palette_colour_is_no_heat(qtbot):
    """A 0 on a white background is a tint, not white: told apart from a blank cell."""
    assert heat_fill(0, 3, QColor("#ffffff")) != QColor("#ffffff")


def _shoot_window(qtbot, store: Store, catalog: ModelCatalog, team: str, path: Path) -> None:
    """The whole window on a 1366 x 768 screen, the team's assessment on the Respondents tab."""
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    # the only organization is shown first: select its assessment
    qtbot.waitUntil(lambda: window.assessment_view.model().rowCount() == 1)
    window.select_assessment(team)
    pane = window.results
    qtbot.waitUntil(lambda: pane.assessments is not None)
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    pane.tabs.setCurrentIndex(titles.index("Respondents"))
    assert pane.respondents.several
    QApplication.processEvents()
    assert window.grab().save(str(path))
    window.close()


def test_window_screenshots(qtbot, store, builtin_catalog, team, screenshots):
    _shoot_window(qtbot, store, builtin_catalog, team, screenshots / "window-respondents.png")


@pytest.mark.usefixtures("dark")
def test_window_screenshots_dark(qtbot, store, builtin_catalog, team, screenshots):
    _shoot_window(qtbot, store, builtin_catalog, team, screenshots / "window-respondents-dark.png")


def test_a_copied_name_is_never_a_formula_in_a_spreadsheet(
    pane: ResultsPane, team: str, store: Store
):
    store.add_respondent(team, '=HYPERLINK("http://x","Lee")', "CSM")
    show(pane, team)
    pane.copy_current()
    header = QGuiApplication.clipboard().text().splitlines()[0]
    assert "\t'=HYPERLINK(" in header  # a leading ', as snapshots write it
