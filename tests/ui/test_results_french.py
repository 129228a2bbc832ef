"""The results pane in French: its own words (tabs, charts, verdict, peers, roadmap,
respondents) read in French, its figures as French writes them ("67 %" with a non-breaking
space, "1,42"), and the same assessment shows the same placement and numbers in either
language. Screenshots of every tab at 1366x768's room, light and dark, to look at."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QStyleFactory, QVBoxLayout, QWidget
from test_results_pane import TSIA_DRAFT, assess, peer

from csmaturity_app import i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import AssessmentRecord, Store
from csmaturity_app.ui.language import install_language
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results import ResultsPane
from csmaturity_app.ui.results import chart_data as data
from csmaturity_app.ui.theme import dark_palette

NBSP = "\u00a0"


def _pane(qtbot, operations: Operations, *ids: str, size: tuple[int, int] = (900, 560)):
    pane = ResultsPane(operations)
    qtbot.addWidget(pane)
    pane.resize(*size)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_assessments(list(ids))
    pane.refresh_now()
    return pane


def _tab_titles(pane: ResultsPane) -> list[str]:
    return [pane.tabs.tabText(i) for i in range(pane.tabs.count())]


def _figure(text: str) -> str:
    """A decimal figure with the point as separator, whichever language wrote it."""
    return text.replace(",", ".")


@pytest.fixture
def acme(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    org = store.create_organization("Acme Software")
    return assess(store, org.id, tsia, date(2025, 3, 14), TSIA_DRAFT, complete=False)


@pytest.fixture
def among_peers(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    """Six peers 1 + k/8 and our own at 1 + 10/24 = 1.42: 3rd of 7, above 67 % of them."""
    for k in range(6):
        peer(store, tsia, f"Peer {k}", k)
    org = store.create_organization("Own Org")
    answers = {c.id: 3 for c in tsia.criteria_of_stage("forming")}
    answers.update({"S01": 3, "S03": 3, "S04": 3, "S05": 1})
    return assess(store, org.id, tsia, date(2025, 1, 6), answers)


@pytest.mark.usefixtures("french")
def test_the_pane_reads_in_french(qtbot, operations, acme):
    pane = _pane(qtbot, operations, acme.id)
    titles = _tab_titles(pane)
    assert titles[:3] == ["Étapes", "Dimensions", "Prochaines étapes"]
    assert "Feuille de route" in titles and "Pairs" in titles and "Changements" in titles
    assert pane.stage_chart.chart().title().startswith("Atteinte des étapes \u2014 Acme")
    assert pane.stage_chart.values_axis.titleText() == "Taux d\u2019atteinte"
    assert pane.progression_chart.index_axis.titleText() == "Indice de maturit\u00e9"
    # the verdict's own words, and the date as French says it
    assert pane.verdict.status.text() == "Brouillon"
    assert "\u00e9valu\u00e9e le 14 mars 2025 par Jane Assessor" in pane.verdict.context.text()
    # the chart's percents with French spacing, its numbers in the French locale
    assert pane.stage_chart.bars.labelsFormat() == f"@value{NBSP}%"
    assert pane.stage_chart.values_axis.labelFormat() == f"%.0f{NBSP}%"
    chart = pane.progression_chart.chart()
    assert chart.localizeNumbers() and chart.locale().language() == QLocale.Language.French
    assert pane.copy_action.text() == "&Copier le graphique"
    assert data.compare_hint() in pane.changes.hint.text()
    assert pane.changes.hint.text().startswith("S\u00e9lectionnez deux \u00e9valuations")


@pytest.mark.usefixtures("french")
def test_peer_figures_in_french(qtbot, operations, among_peers):
    pane = _pane(qtbot, operations, among_peers.id)
    assert pane.peer_figures.text_of("rank") == "3e sur 7"
    assert pane.peer_figures.text_of("percentile") == f"au-dessus de 67{NBSP}% de ses pairs"
    count = "6 autres organisations \u00e9valu\u00e9es avec ce mod\u00e8le"
    assert pane.peer_figures.count.text() == count
    assert pane.peer_chart.category.categories() == ["6 pairs"]
    # the chart says its values with a decimal comma
    assert "1,42" in pane.peer_chart.accessibleDescription()


def test_the_same_assessment_in_both_languages(qtbot, qapp, operations, among_peers):
    """Switched at run time: English, then French; the same placement and figures."""
    english = _pane(qtbot, operations, among_peers.id)
    assert _tab_titles(english)[:3] == ["Stages", "Dimensions", "Next steps"]
    assert english.verdict.status.text() == "Complete"
    assert english.peer_figures.text_of("rank") == "3rd of 7"
    english_result = english.assessments.after.result
    english_figures = {k: english.peer_figures.text_of(k) for k in ("own", "median", "quartiles")}
    english_bars = english.stage_chart.values()
    install_language(qapp, "fr")
    try:
        french = _pane(qtbot, operations, among_peers.id)
        assert _tab_titles(french)[:3] == ["\u00c9tapes", "Dimensions", "Prochaines \u00e9tapes"]
        assert french.verdict.status.text() == "Termin\u00e9e"
        assert french.peer_figures.text_of("rank") == "3e sur 7"
        french_result = french.assessments.after.result
        assert french_result.placed_level == english_result.placed_level
        assert french_result.maturity_index == english_result.maturity_index
        assert french.verdict.swatch.colour == english.verdict.swatch.colour
        assert french.stage_chart.values() == english_bars
        assert english_figures["own"] == "1.42"
        for key, text in english_figures.items():
            french_text = french.peer_figures.text_of(key)
            assert _figure(french_text).replace("\u00e0", "to") == text
    finally:
        install_language(qapp, "en")
    assert i18n.current_language() == "en"


# -- screenshots, to look at


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    old_palette, old_style = qapp.palette(), qapp.style().name()
    qapp.setStyle(QStyleFactory.create("Fusion"))
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(old_palette)
    qapp.setStyle(QStyleFactory.create(old_style))


def _shoot_every_tab(qtbot, operations: Operations, folder: Path, ids: list[str], name: str):
    """Every tab at the least room the main window's right half gives the pane on a
    1366x768 screen (see test_results_pane's screenshots)."""
    window = QWidget()
    qtbot.addWidget(window)
    pane = ResultsPane(operations, window)
    QVBoxLayout(window).addWidget(pane)
    window.resize(800, 450)
    window.show()
    qtbot.waitExposed(window)
    pane.show_assessments(ids)
    pane.refresh_now()
    for index in range(pane.tabs.count()):
        pane.tabs.setCurrentIndex(index)
        QApplication.processEvents()  # laid out before it is grabbed
        file_name = f"results-fr-{name}-{index}-{data.slug(pane.tabs.tabText(index))}.png"
        assert window.grab().save(str(folder / file_name))
    window.close()


@pytest.fixture
def compared(store: Store, tsia: MaturityModel, among_peers) -> list[str]:
    """Our own organization's earlier assessment, then the one among peers, which two more
    respondents rated apart; a target in a year, and its roadmap built."""
    org_id = among_peers.organization_id
    forming = [c.id for c in tsia.criteria_of_stage("forming")]
    earlier = assess(store, org_id, tsia, date(2024, 6, 3), dict.fromkeys(forming, 2))
    store.set_status(among_peers.id, "draft")  # reopened, to take their ratings
    for name, role, score in (("Camille", "Directrice CS", 1), ("Dominique", "CSM", 3)):
        who = store.add_respondent(among_peers.id, name, role)
        for criterion in forming:
            store.record_respondent_answer(who.id, criterion, score)
    store.set_status(among_peers.id, "complete")
    store.set_target(org_id, tsia, 3, date.today().replace(year=date.today().year + 1, day=1))
    store.build_roadmap(org_id, tsia.id)
    return [earlier.id, among_peers.id]


@pytest.mark.usefixtures("french")
def test_screenshots_french(qtbot, operations, compared, screenshots):
    _shoot_every_tab(qtbot, operations, screenshots, compared[-1:], "one")
    _shoot_every_tab(qtbot, operations, screenshots, compared, "compare")


@pytest.mark.usefixtures("french", "dark")
def test_screenshots_french_dark(qtbot, operations, compared, screenshots):
    _shoot_every_tab(qtbot, operations, screenshots, compared, "dark-compare")


@pytest.mark.usefixtures("french")
def test_screenshots_french_in_the_window(qtbot, store, builtin_catalog, compared, screenshots):
    """The pane where the window puts it, on a 1366x768 screen: every tab's name in sight."""
    from csmaturity_app.ui.main_window import MainWindow

    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.select_assessment(compared[-1])
    pane = window.results
    pane.refresh_now()
    bar = pane.tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()  # no tab scrolled out of sight
    for index in range(pane.tabs.count()):
        pane.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        file_name = f"window-fr-{index}-{data.slug(pane.tabs.tabText(index))}-1366x768.png"
        assert window.grab().save(str(screenshots / file_name))


@pytest.mark.usefixtures("french")
def test_shortcuts_in_french_text_are_named_as_the_menus_name_them(qtbot, operations, acme):
    pane = _pane(qtbot, operations, acme.id)
    assert pane.copy_action.toolTip().startswith("Copier le graphique")
    assert pane.copy_action.toolTip().endswith("(Ctrl+Maj+C)")
    assert pane.save_action.toolTip().endswith("(Ctrl+Maj+S)")
    label = pane.roadmap.targets_label
    qtbot.waitUntil(lambda: "Ctrl+Maj+T" in label.text())
    assert "Shift" not in label.text()


@pytest.mark.usefixtures("french")
def test_a_wrapped_peer_figure_gets_the_height_of_its_lines(
    qtbot, operations, store: Store, tsia: MaturityModel
):
    peer(store, tsia, "Peer", 4)
    org = store.create_organization("Acme Logiciels SAS")
    own = assess(store, org.id, tsia, date(2026, 11, 30), {"F01": 1})
    pane = _pane(qtbot, operations, own.id, size=(880, 360))
    pane.tabs.setCurrentWidget(pane.peers)
    position = pane.peer_figures.fields["percentile"]
    qtbot.waitUntil(lambda: position.isVisible())
    assert position.text() == "en dessous de tous ses pairs"
    qtbot.waitUntil(lambda: position.height() >= position.heightForWidth(position.width()))
    # the caveat reads in French too
    assert pane.peer_figures.caveat.text().startswith("\u26a0 Seule 1 autre organisation")


@pytest.mark.usefixtures("french")
def test_a_first_start_leaves_the_french_tabs_room_with_a_larger_font(
    qtbot, qapp, store, builtin_catalog, compared
):
    """No saved split: the organizations get two fifths of the window unless the results'
    tabs need more (a larger desktop font, a longer language)."""
    from PySide6.QtGui import QFont

    from csmaturity_app.ui.main_window import MainWindow

    before = QFont(qapp.font())
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() * 1.1)
    qapp.setFont(larger)
    try:
        window = MainWindow(store, builtin_catalog)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.select_assessment(compared[-1])
        qtbot.waitUntil(lambda: window.results.content is not None)
        bar = window.results.tabs.tabBar()
        qtbot.waitUntil(lambda: 0 < bar.tabRect(bar.count() - 1).right() <= bar.width())
        window.close()
    finally:
        qapp.setFont(before)


@pytest.mark.usefixtures("french")
def test_a_legend_entry_cut_short_reads_whole_on_hover(qtbot, operations, acme):
    pane = _pane(qtbot, operations, acme.id)
    assert pane.progression_chart.chart().legend().showToolTips()
