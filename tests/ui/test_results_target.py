"""The organization's target in the results pane: the line under the verdict (the target and
the gap from the latest placement, worked out by hand below), and the progression chart's
dashed line at the target's level to its date with a marker there. Both follow
`Operations.planChanged` and the answers of the assessment the gap is measured from."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleFactory, QVBoxLayout, QWidget
from test_results_pane import TSIA_DRAFT, all_of, assess, show

from csmaturity_app.i18n import formats
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import AssessmentRecord, OrganizationRecord, Store
from csmaturity_app.ui.colours import stage_colour
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results import ResultsPane
from csmaturity_app.ui.results import chart_data as data
from csmaturity_app.ui.theme import dark_palette

TSIA_LINE = "TSIA Customer Success Maturity Model (4 phases)"
IN_212_DAYS = date.today() + timedelta(days=212)


@pytest.fixture
def pane(qtbot, operations: Operations) -> ResultsPane:
    widget = ResultsPane(operations)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def acme(store: Store, tsia: MaturityModel) -> tuple[OrganizationRecord, AssessmentRecord]:
    """A draft only: the gap is measured from it. Placed Phase 1 Forming; Storming's 8
    criteria are all answered, 6 of them below 3 (S03, S04, S05, S08, S10, S11)."""
    org = store.create_organization("Acme Software")
    return org, assess(store, org.id, tsia, date(2025, 3, 14), TSIA_DRAFT, complete=False)


@pytest.fixture
def fabrikam(store: Store, tsia: MaturityModel) -> tuple[OrganizationRecord, AssessmentRecord]:
    """Two completed assessments: Forming 3 then Storming 3 and Norming 2 (index 1.0, then
    3.0: placed Phase 3 Norming; Performing's 10 criteria unanswered)."""
    org = store.create_organization("Fabrikam")
    forming3 = all_of(tsia, "forming", 3)
    assess(store, org.id, tsia, date(2024, 6, 3), forming3)
    later = {**forming3, **all_of(tsia, "storming", 3), **all_of(tsia, "norming", 2)}
    return org, assess(store, org.id, tsia, date(2025, 3, 3), later)


# -- the data, without widgets


def test_no_target_no_line():
    assert data.target_text(None, date.today()) == ""
    assert data.target_line(None, [], date.today(), date.today()) is None


def test_target_line_from_the_latest_point_to_the_date(store, tsia, fabrikam):
    org, _latest = fabrikam
    store.set_target(org.id, tsia, 4, IN_212_DAYS)
    (view,) = store.plan(org.id).targets
    lines = data.progression_lines(store.progression(org.id))
    first, last = data.date_range(lines, IN_212_DAYS)
    assert first < date(2024, 6, 3) and last > IN_212_DAYS  # the axis reaches the date
    line = data.target_line(view, lines, last, date.today())
    assert line is not None
    assert line.name == f"Target: Phase 4 Performing by {formats.long_date(IN_212_DAYS)}"
    assert line.points == (
        (data.date_msecs(date(2025, 3, 3)), 4.0),  # the latest assessment's date
        (data.date_msecs(IN_212_DAYS), 4.0),
    )
    assert line.marker == (data.date_msecs(IN_212_DAYS), 4.0)
    assert line.tooltip.endswith("1 stage to go, 10 criteria not fully in place, 212 days left")

    store.set_target(org.id, tsia, 4)  # no date: to the right edge, no marker
    (view,) = store.plan(org.id).targets
    first, last = data.date_range(lines)
    line = data.target_line(view, lines, last, date.today())
    assert line is not None and line.marker is None
    assert line.points[-1] == (data.date_msecs(last), 4.0)
    assert line.name == "Target: Phase 4 Performing with no date set"


# -- the pane


def test_the_verdict_says_the_target_and_follows_the_plan(
    qtbot, pane, operations, store, tsia, fabrikam
):
    org, latest = fabrikam
    show(pane, latest.id)
    assert pane.verdict.target.isHidden()  # no target: nothing said
    assert not pane.progression_chart.target_line.isVisible()

    store.set_target(org.id, tsia, 4, IN_212_DAYS)
    operations.plan_changed(org.id)
    expected = (
        f"Target: Phase 4 Performing by {formats.long_date(IN_212_DAYS)} \u00b7 "
        "1 stage to go, 10 criteria not fully in place, 212 days left"
    )
    qtbot.waitUntil(lambda: pane.verdict.target.text() == expected)
    assert not pane.verdict.target.isHidden()
    assert pane.verdict.target.textFormat() == Qt.TextFormat.PlainText

    chart = pane.progression_chart
    line, marker = chart.target_points()
    assert line == [(data.date_msecs(date(2025, 3, 3)), 4.0), (data.date_msecs(IN_212_DAYS), 4.0)]
    assert marker == [(data.date_msecs(IN_212_DAYS), 4.0)]
    assert chart.dates.max().date().toPython() > IN_212_DAYS
    assert chart.target_line.pen().style() == Qt.PenStyle.DashLine
    assert chart.target_line.pen().color() == stage_colour(4)  # as the axis names level 4
    (legend,) = chart.chart().legend().markers(chart.target_line)
    assert legend.isVisible() and legend.label() == line_name(IN_212_DAYS)
    assert all(not m.isVisible() for m in chart.chart().legend().markers(chart.target_marker))
    assert "212 days left" in chart.accessibleDescription()
    # the top level: room above it, so that the marker is not cut in half by the plot's edge
    assert chart.index_axis.max() > 4 and chart.levels.max() == chart.index_axis.max()

    store.clear_target(org.id, tsia.id)
    operations.plan_changed(org.id)
    qtbot.waitUntil(pane.verdict.target.isHidden)
    assert not chart.target_line.isVisible() and chart.target_points() == ([], [])
    assert chart.index_axis.max() == 4 and chart.levels.max() == 4


def line_name(due: date) -> str:
    return f"Target: Phase 4 Performing by {formats.long_date(due)}"


def test_another_organizations_plan_redraws_nothing(qtbot, pane, operations, store, tsia, acme):
    org, draft = acme
    other = store.create_organization("Other")
    show(pane, draft.id)
    operations.plan_changed(other.id)
    assert not pane._timer.isActive() and not pane._target_timer.isActive()
    operations.plan_changed(org.id)
    # its own: the target is drawn again, not the whole pane
    assert pane._target_timer.isActive() and not pane._timer.isActive()


def test_the_gap_follows_the_answers_of_the_draft_it_is_measured_from(
    qtbot, pane, operations, store, tsia, acme
):
    org, draft = acme
    store.set_target(org.id, tsia, 2)
    show(pane, draft.id)
    assert pane.verdict.target.text() == (
        "Target: Phase 2 Storming with no date set \u00b7 "
        "1 stage to go, 6 criteria not fully in place"
    )
    # S10 2 -> 3: Storming 15 of 24 (62.5 %), still short of 2/3; one criterion fewer to go
    operations.record_answer(draft.id, "S10", 3, False, pytest.fail)
    qtbot.waitUntil(lambda: "5 criteria not fully in place" in pane.verdict.target.text())
    # S11 0 -> 3: Storming 18 of 24, achieved: placed Phase 2 Storming, the target reached
    operations.record_answer(draft.id, "S11", 3, False, pytest.fail)
    qtbot.waitUntil(lambda: pane.verdict.target.text().endswith("\u00b7 Reached"))


# -- screenshots, to look at


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    old_palette, old_style = qapp.palette(), qapp.style().name()
    qapp.setStyle(QStyleFactory.create("Fusion"))
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(old_palette)
    qapp.setStyle(QStyleFactory.create(old_style))


def _shoot(qtbot, operations: Operations, folder: Path, assessment_id: str, name: str) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    pane = ResultsPane(operations, window)
    QVBoxLayout(window).addWidget(pane)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    show(pane, assessment_id)
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    for tab in ("Stages", "Progression"):
        pane.tabs.setCurrentIndex(titles.index(tab))
        QApplication.processEvents()
        path = folder / f"results-target-{name}{data.slug(tab)}-1366x768.png"
        assert window.grab().save(str(path))
    window.close()


@pytest.fixture
def with_target(store, tsia, fabrikam) -> str:
    org, latest = fabrikam
    store.set_target(org.id, tsia, 4, IN_212_DAYS)
    return latest.id


def test_screenshots(qtbot, operations, with_target, screenshots):
    _shoot(qtbot, operations, screenshots, with_target, "")


@pytest.mark.usefixtures("dark")
def test_screenshots_dark(qtbot, operations, with_target, screenshots):
    _shoot(qtbot, operations, screenshots, with_target, "dark-")
