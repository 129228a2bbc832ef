"""The results pane: the figures it shows and the chart series it draws are checked against
results worked out by hand (in the comments), for one assessment of each maturity model; it
follows answers as they are recorded; progression, comparison and peers; save and copy;
screenshots to look at (see the `screenshots` fixture for where they go)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from pathlib import Path

import pytest
from accessible_tree import description_of, name_of, unnamed, walk
from PySide6.QtCharts import QXYSeries
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QStyleFactory, QVBoxLayout, QWidget

from csmaturity_app.maturity import AnswerValue, MaturityModel, score_assessment
from csmaturity_app.maturity.comparison import CHANGED, DOWN, UP
from csmaturity_app.maturity.peers import peer_position
from csmaturity_app.presentation import present
from csmaturity_app.store import AssessmentRecord, Store
from csmaturity_app.ui.colours import mix
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results import ResultsPane
from csmaturity_app.ui.results import chart_data as data
from csmaturity_app.ui.results.chart_data import BarStyle
from csmaturity_app.ui.results.pane import EMPTY_TEXT
from csmaturity_app.ui.theme import dark_palette

NA = "n/a"  # an answer "not applicable" in the tables below
WHITE = QColor("#ffffff")

Answers = Mapping[str, int | str | None]

# -- hand-worked assessments, on the current models (2.0.0: a stage is achieved at 2/3)

# TSIA 2.0.0, a draft, 19 of 35 criteria answered (Forming 9, Storming 8, Norming 8,
# Performing 10).
TSIA_DRAFT: Answers = {
    # Phase 1 Forming: F08 not applicable (contracts renew by themselves) -> 8 applicable,
    #   3+3+3+2+2+3+3+3 = 22 of 24 = 91.67 %, achieved (>= 2/3)
    "F01": 3, "F02": 3, "F03": 3, "F04": 2, "F05": 2, "F06": 3, "F07": 3, "F08": NA, "F09": 3,
    # Phase 2 Storming: 3+2+2+1+1+2+0+3 = 14 of 24 = 58.33 %, not achieved (16 of 24 would be)
    "S01": 3, "S03": 2, "S04": 2, "S05": 1, "S08": 1, "S10": 2, "S11": 0, "S12": 3,
    # Phase 3 Norming: 2+2 = 4 of 24 = 16.67 %; Phase 4 Performing: 0 of 30 = 0 %
    "N01": 2, "N02": 2,
}  # fmt: skip
# Placed: Phase 1 Forming; maturity index 1 + 14/24 = 1.5833 -> "1.58".
TSIA_STAGES = [100 * 22 / 24, 100 * 14 / 24, 100 * 4 / 24, 0.0]
TSIA_INDEX = 1 + 14 / 24
# Dimensions (unanswered = 0, N/A left out):
#   Strategy and charter    F01 3, F02 3, F03 3, S01 3, N01 2, N02 2, P01 0   -> 16/21 = 76.19 %
#   Organization and roles  F05 2, S05 1, S12 3, N08, P09, P13 0            ->  6/18 = 33.33 %
#   Voice of the customer   F06 3, F09 3, S03 2, S04 2, S10 2, N07, P10 0   -> 12/21 = 57.14 %
#   Adoption and outcomes   F07 3, N03, P02, P03, P11 0                     ->  3/15 = 20.00 %
#   Engagement, playbooks   F08 N/A, S08 1, N05, N06, P04, P05 0            ->  1/15 =  6.67 %
#   Funding and economics   F04 2, S11 0, N09, P06 0                        ->  2/12 = 16.67 %
TSIA_DIMENSIONS = [
    100 * 16 / 21,
    100 * 6 / 18,
    100 * 12 / 21,
    100 * 3 / 15,
    100 * 1 / 15,
    100 * 2 / 12,
]
# Next steps: the Storming criteria not at 3 (S01, S12 are), weakest first, ties in model
# order: S11 0; S05, S08 1; S03, S04, S10 2.
TSIA_NEXT = ["S11", "S05", "S08", "S03", "S04", "S10"]

# FT Works 2.0.0, complete, 30 of 39 answered (Random 8, Tactical 11, Support-Centric 10,
# Strategic 10).
FTWORKS_COMPLETE: Answers = {
    # Level 0 Asleep: no criteria -> achieved by definition (100 %)
    # Level 1 Random: 3+3+3+2+3+3+2+3 = 22 of 24 = 91.67 %, achieved
    "R01": 3, "R03": 3, "R04": 3, "R05": 2, "R07": 3, "R08": 3, "R09": 2, "R10": 3,
    # Level 2 Tactical: T06, T07 N/A (no account reps: the CSMs own renewals and expansion)
    #   -> 9 applicable: 8 x 3 + 2 = 26 of 27 = 96.30 %, achieved
    "T01": 3, "T02": 3, "T03": 3, "T04": 3, "T05": 2, "T06": NA, "T07": NA, "T08": 3,
    "T09": 3, "T10": 3, "T11": 3,
    # Level 3 Support-Centric: 7 x 2 + 1 + 1 + 0 = 16 of 30 = 53.33 %, not achieved
    "SC01": 2, "SC02": 2, "SC03": 2, "SC04": 2, "SC05": 1, "SC06": 2, "SC08": 1, "SC09": 0,
    "SC10": 2, "SC11": 2,
    # Level 4 Strategic: 1 of 30 = 3.33 %
    "ST01": 1,
}  # fmt: skip
# Placed: Level 2 Tactical; index 2 + 16/30 = 2.5333 -> "2.53".
FTWORKS_STAGES = [100.0, 100 * 22 / 24, 100 * 26 / 27, 100 * 16 / 30, 100 * 1 / 30]
FTWORKS_INDEX = 2 + 16 / 30
#   CSM coverage and role     R01 3, T01 3, T02 3, SC08 1, ST09 0                     -> 10/15
#   Customer engagement       R04 3, R09 2, T03 3, T04 3, T05 2, T11 3, SC02 2, ST04 0 -> 18/24
#   Collaboration             R03 3, R08 3, T06 N/A, T07 N/A, SC09 0, ST01 1, ST02 0  ->  7/15
#   Customer understanding    R05 2, T09 3, SC01 2, ST03 0                            ->  7/12
#   Practices and knowledge   R07 3, T10 3, SC03 2, SC04 2, SC05 1, SC10 2, ST07, ST08 0
#                                                                                     -> 13/24
#   Goals, metrics and data   R10 3, T08 3, SC06 2, SC11 2, ST05, ST06, ST10 0        -> 10/21
FTWORKS_DIMENSIONS = [
    100 * 10 / 15,
    100 * 18 / 24,
    100 * 7 / 15,
    100 * 7 / 12,
    100 * 13 / 24,
    100 * 10 / 21,
]
# None of Support-Centric is at 3: SC09 0; SC05, SC08 1; then the 2s in model order.
FTWORKS_NEXT = ["SC09", "SC05", "SC08", "SC01", "SC02", "SC03", "SC04", "SC06", "SC10", "SC11"]


def whole(percents: list[float]) -> list[float]:
    """What a chart draws and labels: whole percent, as every other reader words it."""
    return [float(round(p)) for p in percents]


def values_of(answers: Answers) -> dict[str, AnswerValue]:
    return {
        k: AnswerValue(None, True) if v == NA else AnswerValue(v, False)  # type: ignore[arg-type]
        for k, v in answers.items()
    }


def rate(store: Store, assessment_id: str, answers: Answers) -> None:
    for criterion_id, value in answers.items():
        if value == NA:
            store.record_answer(assessment_id, criterion_id, None, not_applicable=True)
        else:
            store.record_answer(assessment_id, criterion_id, value)  # type: ignore[arg-type]


def assess(
    store: Store,
    org_id: str,
    model: MaturityModel,
    on: date,
    answers: Answers,
    complete: bool = True,
    assessor: str = "Jane Assessor",
) -> AssessmentRecord:
    record = store.create_assessment(org_id, model, assessor, on)
    rate(store, record.id, answers)
    if complete:
        store.set_status(record.id, "complete")
    return store.assessment(record.id)


def all_of(model: MaturityModel, stage_id: str, score: int) -> dict[str, int | str | None]:
    return {c.id: score for c in model.criteria_of_stage(stage_id)}


# -- fixtures


@pytest.fixture
def pane(qtbot, operations: Operations) -> ResultsPane:
    widget = ResultsPane(operations)
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def acme_draft(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    org = store.create_organization("Acme Software")
    record = assess(store, org.id, tsia, date(2025, 3, 14), TSIA_DRAFT, complete=False)
    store.record_notes(record.id, "S11", "No budget review yet; the CFO is open to one in Q3.")
    store.record_notes(record.id, "S05", "Head of CS named, but the team reports to Sales.")
    return record


@pytest.fixture
def brightline_complete(store: Store, ftworks: MaturityModel) -> AssessmentRecord:
    org = store.create_organization("Brightline Health")
    return assess(store, org.id, ftworks, date(2025, 2, 3), FTWORKS_COMPLETE)


def show(pane: ResultsPane, *ids: str) -> None:
    pane.show_assessments(list(ids))
    pane.refresh_now()


# -- chart data, without widgets


def test_chart_data_tsia_hand_worked(tsia, acme_draft):
    result = score_assessment(tsia, values_of(TSIA_DRAFT))
    bars = data.stage_bars(result, WHITE)
    assert [b.label for b in bars] == [
        "Phase 1 Forming",
        "Phase 2 Storming",
        "Phase 3 Norming",
        "Phase 4 Performing",
    ]
    assert [b.attainment for b in bars] == whole(TSIA_STAGES)
    assert [b.style for b in bars] == [BarStyle.ACHIEVED] + [BarStyle.NOT_ACHIEVED] * 3
    # colour by level: Phase 1 = level 1; achieved in full colour, the others faded to white
    assert [b.colour.name() for b in bars] == ["#e69f00", "#009e73", "#0072b2", "#cc79a7"]
    assert bars[0].fill == bars[0].colour
    # not achieved: 60 % of the way to white: 0x00 -> 0.6 x 255 = 153, 0x9e = 158 -> 213.2
    assert bars[1].fill.name() == mix(QColor("#009e73"), WHITE, 0.6).name() == "#99d8c7"
    assert data.threshold_percent(tsia) == pytest.approx(200 / 3)
    assert data.threshold_name(tsia) == "Threshold two thirds (67 %)"
    profile = data.dimension_profile(result)
    assert [d.value for d in profile] == whole(TSIA_DIMENSIONS)
    assert profile[0].category == "Strategy and charter"

    presentation = present(tsia, result, {}, organization=acme_draft.organization_name)
    verdict = data.verdict(presentation, acme_draft)
    assert verdict.headline == "Phase 1 Forming"
    assert verdict.index == "Maturity index 1.58 on a scale of 0 to 4"
    assert result.maturity_index == pytest.approx(TSIA_INDEX)
    assert verdict.answered == "19 of 35 criteria answered"
    assert verdict.status == "Draft"
    assert "Acme Software" in verdict.context and "2025-03-14" in verdict.context

    steps = presentation.next_steps
    assert [r.criterion_id for r in steps.steps] == TSIA_NEXT
    assert steps.heading == "To reach Phase 2 Storming"
    # 14/24 = 58.33 % and 2/3 = 66.67 %, in whole percent
    assert "attained at 58 %" in steps.explanation
    assert "achieved at two thirds (67 %)" in steps.explanation
    assert [r.rating for r in steps.steps][:2] == ["0 Not in place", "1 Partially in place"]


def test_chart_data_ftworks_hand_worked(ftworks):
    result = score_assessment(ftworks, values_of(FTWORKS_COMPLETE))
    bars = data.stage_bars(result, WHITE)
    assert [b.attainment for b in bars] == whole(FTWORKS_STAGES)
    assert [b.style for b in bars] == [
        BarStyle.BY_DEFINITION,
        BarStyle.ACHIEVED,
        BarStyle.ACHIEVED,
        BarStyle.NOT_ACHIEVED,
        BarStyle.NOT_ACHIEVED,
    ]
    assert "by definition" in bars[0].category
    assert "Support-Centric" in bars[3].category
    assert [d.value for d in data.dimension_profile(result)] == whole(FTWORKS_DIMENSIONS)
    assert [s.criterion.id for s in result.next_steps] == FTWORKS_NEXT
    assert result.maturity_index == pytest.approx(FTWORKS_INDEX)
    assert data.index_text(result.maturity_index) == "2.53"
    # Level 0 has no criteria: the index cannot fall below 0 (Asleep is always achieved)
    assert data.level_marks(ftworks)[0].label == "Level 0 Asleep"


def test_stage_colours_are_by_level_across_models(tsia, ftworks):
    tsia_bars = data.stage_bars(score_assessment(tsia, {}), WHITE)
    ft_bars = data.stage_bars(score_assessment(ftworks, {}), WHITE)
    by_level = {b.level: b.colour.name() for b in ft_bars}
    assert all(by_level[b.level] == b.colour.name() for b in tsia_bars)
    assert len({b.colour.name() for b in ft_bars}) == 5  # distinct colours


def test_texts_and_names():
    assert [data.ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 102, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "102nd", "111th",
    ]  # fmt: skip
    assert (
        data.export_file_name("Acme Software, Inc.", "stage-attainment", date(2026, 3, 1))
        == "acme-software-inc-stage-attainment-2026-03-01.png"
    )
    assert data.slug("\u00c9t\u00e9 & Co") == "t-co" or data.slug("\u00c9t\u00e9 & Co")
    assert data.progression_hint(2) == ""
    assert "no completed assessment" in data.progression_hint(0)
    assert "one completed assessment" in data.progression_hint(1)


def test_peer_figures_hand_worked():
    # peers 1, 10/9, 11/9, 12/9, 13/9, 14/9; own 1 + 10/27 = 1.3704
    # inclusive quartiles of 6 values: positions 1.25, 2.5, 3.75 (from 0):
    #   Q1 = 10/9 + 0.25/9 = 1.1389; median = 11.5/9 = 1.2778; Q3 = 12/9 + 0.75/9 = 1.4167
    # rank: 2 peers above -> 3rd of 7; 4 below -> above 67 % of its peers
    peers = [1 + k / 9 for k in range(6)]
    figures = data.peer_figures(peer_position(1 + 10 / 27, peers), peers)
    assert figures.own == "1.37"
    assert figures.median == "1.28"
    assert figures.quartiles == "1.14 to 1.42"
    assert figures.rank == "3rd of 7"
    assert figures.percentile == "above 67 % of its peers"
    assert figures.caveat == ""
    assert figures.box == pytest.approx((1.0, 10.25 / 9, 11.5 / 9, 12.75 / 9, 14 / 9))
    none = data.peer_figures(peer_position(1.0, []), [])
    assert none.box is None and none.median == "\u2014" and none.rank == "1st of 1"
    assert "nothing to compare with" in none.caveat


# -- the pane: hand-worked numbers on screen and in the chart series


def test_empty_state(pane):
    assert pane.stack.currentWidget() is pane.empty
    assert pane.empty.text() == EMPTY_TEXT
    assert not pane.save_action.isEnabled()


def test_tsia_draft_numbers(pane, acme_draft):
    show(pane, acme_draft.id)
    assert pane.stack.currentWidget() is pane.content
    assert pane.verdict.headline.text() == "Phase 1 Forming"
    assert pane.verdict.figures.text() == (
        "Maturity index 1.58 on a scale of 0 to 4 \u00b7 19 of 35 criteria answered"
    )
    assert pane.verdict.status.text() == "Draft"
    assert "TSIA Customer Success Maturity Model (4 phases)" in pane.verdict.context.text()
    assert "2025-03-14" in pane.verdict.context.text()

    chart = pane.stage_chart
    assert chart.values() == whole(TSIA_STAGES)
    assert chart.threshold_value() == pytest.approx(200 / 3)
    assert chart.threshold.name() == "Threshold two thirds (67 %)"
    assert chart.categories.categories()[1] == (
        "<center>Phase 2<br>Storming<br>not achieved</center>"
    )
    assert chart.before_values() is None
    assert pane.dimension_chart.series_values() == {"2025-03-14": whole(TSIA_DIMENSIONS)}
    assert pane.next_steps.criterion_ids() == TSIA_NEXT
    plan = pane.next_steps.browser.toPlainText()
    assert "No budget review yet" in plan and "Head of CS named" in plan
    assert plan.index("S11") < plan.index("S05") < plan.index("S10")
    assert pane.progression.hint.text() == data.progression_hint(0)
    assert pane.changes.hint.text() == data.COMPARE_HINT


def test_ftworks_complete_numbers(pane, brightline_complete):
    show(pane, brightline_complete.id)
    assert pane.verdict.headline.text() == "Level 2 Tactical"
    assert pane.verdict.figures.text() == (
        "Maturity index 2.53 on a scale of 0 to 4 \u00b7 30 of 39 criteria answered"
    )
    assert pane.verdict.status.text() == "Complete"
    assert pane.stage_chart.values() == whole(FTWORKS_STAGES)
    assert pane.stage_chart.threshold_value() == pytest.approx(200 / 3)
    assert pane.stage_chart.categories.categories()[0] == (
        "<center>Level 0<br>Asleep<br>\u2713 by definition</center>"
    )
    by_definition = pane.stage_chart.brush_styles()[0]
    assert by_definition == Qt.BrushStyle.BDiagPattern  # hatched
    assert next(iter(pane.dimension_chart.series_values().values())) == whole(FTWORKS_DIMENSIONS)
    assert pane.next_steps.criterion_ids() == FTWORKS_NEXT


def test_not_yet_placed(pane, store, tsia):
    org = store.create_organization("Newcomer")
    record = assess(store, org.id, tsia, date(2025, 1, 6), {"F01": 3, "F02": 1}, complete=False)
    show(pane, record.id)
    # Forming (F01-F09): 4 of 27 = 14.81 %: not achieved, index 0 + 0.1481
    assert pane.verdict.headline.text() == "Not yet Phase 1 Forming"
    assert pane.verdict.swatch.colour is None
    assert pane.verdict.figures.text().startswith("Maturity index 0.15 ")
    assert pane.next_steps.heading.text() == "To reach Phase 1 Forming"


def test_every_stage_achieved(pane, store, tsia):
    org = store.create_organization("Top")
    record = assess(store, org.id, tsia, date(2025, 1, 6), {c.id: 3 for c in tsia.criteria})
    show(pane, record.id)
    assert pane.verdict.headline.text() == "Phase 4 Performing"
    assert pane.verdict.figures.text().startswith("Maturity index 4.00 ")
    assert pane.next_steps.criterion_ids() == []
    assert pane.next_steps.heading.text() == "Every stage is achieved"


def test_stage_colours_are_the_same_everywhere(pane, acme_draft, store, tsia):
    show(pane, acme_draft.id)
    forming = QColor("#e69f00")  # level 1
    storming = QColor("#009e73")  # level 2
    assert pane.verdict.swatch.colour == forming  # placed: Phase 1 Forming
    assert pane.stage_chart.outlines()[0] == forming
    assert pane.stage_chart.fills()[0] == forming  # achieved: full colour
    assert pane.next_steps.swatch.colour == storming  # to reach Phase 2 Storming
    assert pane.stage_chart.outlines()[1] == storming
    assert pane.stage_chart.fills()[1] != storming  # not achieved: faded

    # the same after a refresh, and when the stage becomes achieved
    before = pane.stage_chart.outlines()
    sets_before = pane.stage_chart.bars.barSets()
    for criterion in ("S03", "S04", "S05", "S08", "S10", "S11"):  # every Storming one at 3
        store.record_answer(acme_draft.id, criterion, 3)
    pane.operations.answerChanged.emit(acme_draft.id, "S11")
    pane.refresh_now()
    assert pane.stage_chart.outlines() == before
    assert pane.stage_chart.fills()[1] == storming  # achieved now: full colour
    assert pane.verdict.swatch.colour == storming
    # updated in place: the same bar sets, not new ones
    assert pane.stage_chart.bars.barSets() == sets_before


# -- live


def test_follows_answers_recorded(qtbot, pane, operations, acme_draft):
    show(pane, acme_draft.id)
    assert pane.verdict.headline.text() == "Phase 1 Forming"
    # Storming at 14 of 24; S11 0 -> 2 (+2), S05 1 -> 2 (+1), S08 1 -> 0 (-1): 16 of 24,
    # exactly 2/3: achieved. Placed Phase 2 Storming; index 2 + Norming 4/24 = 2.1667
    operations.record_answer(acme_draft.id, "S11", 2, False, pytest.fail)
    operations.record_answer(acme_draft.id, "S05", 2, False, pytest.fail)
    operations.record_answer(acme_draft.id, "S08", 0, False, pytest.fail)
    qtbot.waitUntil(lambda: pane.verdict.headline.text() == "Phase 2 Storming")
    assert pane.verdict.figures.text().startswith("Maturity index 2.17 ")
    assert pane.stage_chart.values()[1] == round(100 * 16 / 24)
    # Norming: N01, N02 at 2, the other six unanswered (0) first, in model order
    assert pane.next_steps.criterion_ids() == ["N03", "N05", "N06", "N07", "N08", "N09",
                                               "N01", "N02"]  # fmt: skip

    # by refresh_now, without waiting for the timer: Norming 2 + 2 + 3 = 7 of 24
    operations.record_answer(acme_draft.id, "N09", 3, False, pytest.fail)
    pane.refresh_now()
    assert pane.stage_chart.values()[2] == round(100 * 7 / 24)
    assert not pane._timer.isActive()


def test_quick_answers_redraw_once(qtbot, pane, operations, acme_draft, monkeypatch):
    show(pane, acme_draft.id)
    draws = []
    original = pane._draw
    monkeypatch.setattr(pane, "_draw", lambda *a: (draws.append(1), original(*a)))
    with qtbot.waitSignal(pane._timer.timeout):  # the one debounced refresh
        for criterion in ("P01", "P02", "P03", "P04", "P05"):
            operations.record_answer(acme_draft.id, criterion, 1, False, pytest.fail)
    assert len(draws) == 1
    assert not pane._timer.isActive()  # and no other to come
    assert pane.stage_chart.values()[3] == round(100 * 5 / 30)


def test_answers_of_another_assessment_are_ignored(
    qtbot, pane, operations, acme_draft, store, tsia
):
    show(pane, acme_draft.id)
    other = store.create_assessment(acme_draft.organization_id, tsia, "", date(2025, 6, 1))
    with qtbot.assertNotEmitted(pane._timer.timeout, wait=250):
        operations.record_answer(other.id, "F01", 3, False, pytest.fail)


def test_selecting_again_what_is_shown_does_nothing(qtbot, pane, acme_draft, monkeypatch):
    show(pane, acme_draft.id)
    with qtbot.assertNotEmitted(pane._timer.timeout, wait=250):
        pane.show_assessments([acme_draft.id])  # the list reloaded after an answer
    assert pane.stack.currentWidget() is pane.content


def test_shows_nothing_when_the_assessment_is_gone(pane, operations, acme_draft):
    show(pane, acme_draft.id)
    pane.show_assessments(["no-such-assessment"])
    pane.refresh_now()
    assert pane.stack.currentWidget() is pane.empty
    assert "cannot be shown" in pane.empty.text()
    pane.show_assessments([])
    assert pane.empty.text() == EMPTY_TEXT


# -- progression


@pytest.fixture
def northwind(store: Store, tsia: MaturityModel, ftworks: MaturityModel) -> dict[str, object]:
    """Five completed TSIA assessments over two years (made out of date order), a TSIA draft,
    and two completed FT Works assessments."""
    org = store.create_organization("Northwind Traders")
    forming3 = all_of(tsia, "forming", 3)
    plan = [
        # (date, answers, index worked by hand); TSIA 2.0.0: Forming has 9 criteria,
        # Storming and Norming 8, Performing 10; "largely in place" (2) everywhere is 2/3,
        # which achieves a stage
        # Storming all 1: 8/24 = 1/3, not achieved -> 1 + 1/3
        (date(2024, 1, 15), {**forming3, **all_of(tsia, "storming", 1)}, 1 + 1 / 3),
        # Forming all 1: 9/27 = 1/3, not achieved -> 0 + 1/3
        (date(2023, 4, 3), all_of(tsia, "forming", 1), 1 / 3),
        # Forming all 2: 18/27 = 2/3, achieved; Storming unanswered 0 -> 1 + 0
        (date(2023, 10, 2), all_of(tsia, "forming", 2), 1.0),
        # Storming all 3, Norming all 2: 16/24 = 2/3, achieved; Performing 0 -> 3 + 0
        (
            date(2025, 3, 3),
            {**forming3, **all_of(tsia, "storming", 3), **all_of(tsia, "norming", 2)},
            3.0,
        ),
        # Storming all 2: 16/24 = 2/3, achieved; Norming 0 -> 2 + 0
        (date(2024, 7, 1), {**forming3, **all_of(tsia, "storming", 2)}, 2.0),
    ]
    records = {on: assess(store, org.id, tsia, on, answers) for on, answers, _ in plan}
    draft = assess(
        store,
        org.id,
        tsia,
        date(2025, 5, 5),
        {**forming3, **all_of(tsia, "storming", 3), **all_of(tsia, "norming", 3)},
        complete=False,
    )
    # FT Works: Random all 3, Tactical all 0 -> 1 + 0; then Tactical all 3, SC 0 -> 2 + 0
    random3 = all_of(ftworks, "random", 3)
    tactical0 = {**random3, **all_of(ftworks, "tactical", 0)}
    tactical3 = {**random3, **all_of(ftworks, "tactical", 3)}
    ft = [
        assess(store, org.id, ftworks, date(2023, 6, 5), tactical0),
        assess(store, org.id, ftworks, date(2024, 9, 2), tactical3),
    ]
    indices = {on: index for on, _, index in plan}
    return {"org": org, "tsia": records, "indices": indices, "draft": draft, "ftworks": ft}


def test_progression_one_point_per_completed_assessment(pane, northwind):
    draft = northwind["draft"]
    show(pane, draft.id)  # the draft itself is shown, but is no point
    assert pane.progression.chart_shown
    points = pane.progression_chart.series_points()
    # two models, two lines, ordered by title
    assert list(points) == [
        "FT Works Customer Success Maturity Model (5 levels)",
        "TSIA Customer Success Maturity Model (4 phases)",
    ]
    indices = northwind["indices"]
    days = sorted(indices)
    assert [x for x, _ in points["TSIA Customer Success Maturity Model (4 phases)"]] == [
        data.date_msecs(day) for day in days
    ]  # one per completed assessment, in date order; the draft of 2025-05-05 is not one
    assert [y for _, y in points["TSIA Customer Success Maturity Model (4 phases)"]] == (
        pytest.approx([indices[day] for day in days])
    )
    assert points["FT Works Customer Success Maturity Model (5 levels)"] == [
        (data.date_msecs(date(2023, 6, 5)), 1.0),
        (data.date_msecs(date(2024, 9, 2)), 2.0),
    ]
    chart = pane.progression_chart
    assert chart.index_axis.min() == 0 and chart.index_axis.max() == 4
    assert chart.index_axis.titleText() == "Maturity index"
    first, last = chart.dates.min().date(), chart.dates.max().date()
    assert first.toPython() < date(2023, 4, 3) and last.toPython() > date(2025, 3, 3)
    assert [m.count() for m in chart.markers] == [2, 5]  # every point marked and labelled
    assert chart.markers[1].pointConfiguration(0)[QXYSeries.PointConfiguration.LabelFormat] == (
        "0.33"
    )
    # the x values read back as the assessment dates
    tsia_line = chart.lines[1]
    assert [
        QDateTime.fromMSecsSinceEpoch(int(p.x())).date().toPython() for p in tsia_line.points()
    ] == days


def test_index_charts_name_levels_in_stage_colours(pane, northwind, store, tsia):
    for k in range(3):
        peer(store, tsia, f"Peer {k}", k)
    show(pane, northwind["draft"].id)
    bars = {b.level: b.colour for b in data.stage_bars(pane.assessments.after.result, WHITE)}
    for axis in (pane.progression_chart.levels, pane.peer_chart.levels):
        assert [m.level for m in axis.marks] == [1, 2, 3, 4]
        assert all(m.colour == bars[m.level] for m in axis.marks)  # as the stage bars
    labels = pane.progression_chart.levels.categoriesLabels()
    assert labels[1] == "<span style='color: #009e73'>\u25a0</span> Phase 2 Storming"
    assert pane.peer_chart.levels.categoriesLabels()[1].endswith("</span> Storming")


def test_progression_hint_with_one_point(pane, brightline_complete):
    show(pane, brightline_complete.id)
    assert not pane.progression.chart_shown
    assert "one completed assessment" in pane.progression.hint.text()


def test_progression_follows_completion(qtbot, pane, operations, northwind, store):
    draft = northwind["draft"]
    show(pane, draft.id)
    operations.set_status(draft.id, "complete", pytest.fail)
    qtbot.waitUntil(
        lambda: len(pane.progression_chart.series_points()[
            "TSIA Customer Success Maturity Model (4 phases)"]) == 6
    )  # fmt: skip
    assert pane.verdict.status.text() == "Complete"


# -- comparison


@pytest.fixture
def pair(store: Store, tsia: MaturityModel) -> tuple[AssessmentRecord, AssessmentRecord]:
    org = store.create_organization("Contoso")
    forming = all_of(tsia, "forming", 3)
    before = assess(
        store,
        org.id,
        tsia,
        date(2024, 3, 1),
        {**forming, "F01": 2, "F02": 3, "F03": 1, "F04": NA, "S01": 2, "S03": 1},
    )
    after = assess(
        store,
        org.id,
        tsia,
        date(2025, 3, 1),
        # F01 2 -> 3 up; F02 3 -> 1 down; F03 1 = 1; F04 N/A -> 2 changed; F05-F09 stay 3;
        # S01 2 -> 3 up; S03 1 = 1; S04 unanswered -> 0 changed (both count 0)
        {**forming, "F01": 3, "F02": 1, "F03": 1, "F04": 2, "S01": 3, "S03": 1, "S04": 0},
    )
    return before, after


def test_comparison_lists_what_moved(pane, pair):
    before, after = pair
    show(pane, before.id, after.id)
    moved = [(r.criterion_id, r.direction) for r in pane.changes.rows]
    assert moved == [("F01", UP), ("F02", DOWN), ("F04", CHANGED), ("S01", UP), ("S04", CHANGED)]
    texts = [
        pane.changes.tree.topLevelItem(i).text(2)
        for i in range(pane.changes.tree.topLevelItemCount())
    ]
    assert texts[0] == "2 Largely in place \u2192 3 Fully in place"
    assert texts[2] == "Not applicable \u2192 2 Largely in place"
    assert texts[4] == "Unanswered \u2192 0 Not in place"
    assert pane.changes.summary.text().startswith("Criteria moved: 2 up, 1 down, 2 otherwise")
    # the dimension chart overlays both, named by date
    assert list(pane.dimension_chart.series_values()) == [
        "before (2024-03-01)",
        "after (2025-03-01)",
    ]
    assert pane.dimension_chart.chart().legend().isVisible()
    # Strategy and charter: F01 2, F02 3, F03 1, S01 2 (+ N01, N02, P01 0) -> 8/21 before;
    # F01 3, F02 1, F03 1, S01 3 -> 8/21 after too
    values = pane.dimension_chart.series_values()
    assert values["before (2024-03-01)"][0] == round(100 * 8 / 21)
    assert values["after (2025-03-01)"][0] == round(100 * 8 / 21)
    # the stage chart marks where "before" stood: Forming F01 2, F02 3, F03 1, F04 N/A,
    # F05-F09 3 each: 2+3+1+15 = 21 of 24 (8 applicable)
    assert pane.stage_chart.before_values()[0] == round(100 * 21 / 24)  # as its bar says
    assert pane.stage_chart.before.name() == "before (2024-03-01)"
    assert "Before (2024-03-01)" in pane.verdict.comparison.text()

    # back to one: no markers, one series, the hint
    show(pane, after.id)
    assert pane.stage_chart.before_values() is None
    assert list(pane.dimension_chart.series_values()) == ["2025-03-01"]
    assert pane.changes.hint.text() == data.COMPARE_HINT


def test_comparison_of_different_models(pane, acme_draft, store, ftworks):
    other = assess(store, acme_draft.organization_id, ftworks, date(2025, 4, 1), {})
    show(pane, acme_draft.id, other.id)
    assert "different maturity models" in pane.changes.hint.text()
    assert pane.verdict.headline.text() == "Level 0 Asleep"  # the second one is shown
    assert len(pane.dimension_chart.series_values()) == 1


# -- peers


def peer(store: Store, tsia: MaturityModel, name: str, storming_threes: int) -> None:
    """A peer whose latest completed index is 1 + storming_threes / 8: Forming all 3, the
    first `storming_threes` of the 8 Storming criteria at 3 (at most 5: 15/24 < 2/3)."""
    org = store.create_organization(name)
    answers = {**all_of(tsia, "forming", 3)}
    answers.update({c.id: 3 for c in tsia.criteria_of_stage("storming")[:storming_threes]})
    assess(store, org.id, tsia, date(2024, 6, 3), answers)


@pytest.fixture
def own(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    # Forming all 3; S01, S03, S04 at 3 and S05 at 1: 10/24 -> index 1 + 10/24 = 1.4167
    org = store.create_organization("Own Org")
    answers = {**all_of(tsia, "forming", 3), "S01": 3, "S03": 3, "S04": 3, "S05": 1}
    return assess(store, org.id, tsia, date(2025, 1, 6), answers)


def test_peers_too_few(pane, store, tsia, own):
    peer(store, tsia, "Peer A", 0)
    peer(store, tsia, "Peer B", 5)
    show(pane, own.id)
    assert not pane.peer_figures.caveat.isHidden()
    assert pane.peer_figures.caveat.text().startswith("\u26a0 Only 2 other organizations")
    # peers 1.0 and 1 + 5/8 = 1.625: median 1.3125, Q1 1.15625, Q3 1.46875; own 1.4167,
    # one above -> 2nd of 3
    assert pane.peer_figures.text_of("rank") == "2nd of 3"
    assert pane.peer_figures.text_of("median") == "1.31"
    assert pane.peers_chart_box.chart_shown


def test_peers_none(pane, own):
    show(pane, own.id)
    assert not pane.peers_chart_box.chart_shown
    assert "nothing to compare with" in pane.peers_chart_box.hint.text()
    assert pane.peer_figures.text_of("rank") == "1st of 1"


def test_peers_six(pane, store, tsia, ftworks, own):
    for k in range(6):
        peer(store, tsia, f"Peer {k}", k)
    # not peers: a draft of a peer (only completed count), an FT Works organization
    peer_org = store.organizations()[0]
    assess(store, peer_org.id, tsia, date(2025, 6, 1), {}, complete=False)
    other = store.create_organization("Other model")
    assess(store, other.id, ftworks, date(2024, 6, 1), {})
    show(pane, own.id)
    # peers 1 + k/8 for k = 0..5: 1, 1.125, 1.25, 1.375, 1.5, 1.625; own 1 + 10/24 = 1.4167
    # inclusive quartiles of 6 values: positions 1.25, 2.5, 3.75 (from 0):
    #   Q1 = 1.125 + 0.25/8 = 1.15625; median = 10.5/8 = 1.3125; Q3 = 1.375 + 0.75/8 = 1.46875
    # rank: 2 peers above -> 3rd of 7; 4 below -> above 67 % of its peers
    assert pane.peer_figures.text_of("own") == "1.42"
    assert pane.peer_figures.text_of("rank") == "3rd of 7"
    assert pane.peer_figures.text_of("median") == "1.31"
    assert pane.peer_figures.text_of("quartiles") == "1.16 to 1.47"
    assert pane.peer_figures.text_of("percentile") == "above 67 % of its peers"
    assert pane.peer_figures.count.text() == "6 other organizations assessed with this model"
    assert pane.peer_figures.caveat.isHidden()
    assert pane.peer_chart.box_values() == pytest.approx(
        (1.0, 9.25 / 8, 10.5 / 8, 11.75 / 8, 13 / 8)
    )
    assert pane.peer_chart.own_value() == pytest.approx(1 + 10 / 24)
    assert pane.peer_chart.category.categories() == ["6 peers"]


# -- palette, store switching, the reference-count guard


@pytest.fixture
def to_dark(qapp) -> Iterator[Callable[[], None]]:
    old_palette, old_style = qapp.palette(), qapp.style().name()

    def switch() -> None:
        qapp.setStyle(QStyleFactory.create("Fusion"))
        qapp.setPalette(dark_palette())

    yield switch
    qapp.setPalette(old_palette)
    qapp.setStyle(QStyleFactory.create(old_style))


def test_colours_follow_the_palette(qtbot, pane, acme_draft, to_dark):
    show(pane, acme_draft.id)
    storming = QColor("#009e73")
    assert pane.stage_chart.fills()[1] == data.faded(storming, WHITE)
    to_dark()
    dark = dark_palette()
    base, text = dark.color(QPalette.ColorRole.Base), dark.color(QPalette.ColorRole.Text)
    qtbot.waitUntil(lambda: pane.stage_chart.fills()[1] == data.faded(storming, base))
    assert pane.stage_chart.fills()[0] == QColor("#e69f00")  # achieved: the same colour
    chart = pane.stage_chart.chart()
    assert chart.backgroundBrush().color() == base
    assert chart.titleBrush().color() == text
    assert pane.stage_chart.threshold.pen().color() == text
    assert pane.stage_chart.values_axis.labelsBrush().color() == text


def test_follows_another_store(qtbot, pane, operations, acme_draft, tmp_path, tsia):
    show(pane, acme_draft.id)
    with Store.open(tmp_path / "other.db") as other_store:
        other = Operations(other_store)
        pane.set_operations(other)
        assert pane.stack.currentWidget() is pane.empty
        with qtbot.assertNotEmitted(pane._timer.timeout, wait=250):
            operations.record_answer(
                acme_draft.id, "S11", 3, False, pytest.fail
            )  # the old store: ignored
        org = other_store.create_organization("Elsewhere")
        record = assess(other_store, org.id, tsia, date(2025, 1, 6), {"F01": 3}, complete=False)
        show(pane, record.id)
        assert pane.verdict.context.text().startswith("Elsewhere")
        other.record_answer(record.id, "F02", 3, False, pytest.fail)
        # Forming F01-F09: 3 + 3 = 6 of 27
        qtbot.waitUntil(lambda: pane.stage_chart.values()[0] == round(100 * 6 / 27))


def test_save_chart_as_png(pane, acme_draft, tmp_path, monkeypatch):
    show(pane, acme_draft.id)
    target = tmp_path / "chart"
    asked = []

    def fake_dialog(parent, caption, proposed, filters):
        asked.append(proposed)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    pane.tabs.setCurrentWidget(pane.stage_chart)
    assert pane.save_action.isEnabled()
    pane.save_action.trigger()
    assert Path(asked[0]).name == "acme-software-stage-attainment-2025-03-14.png"
    written = tmp_path / "chart.png"  # the extension is added
    assert written.stat().st_size > 1000
    image = QImage(str(written))
    assert not image.isNull()
    assert (image.width(), image.height()) == (pane.stage_chart.width(), pane.stage_chart.height())
    assert image.format() != QImage.Format.Format_Invalid

    # every chart: same helper, its own name; the folder is remembered
    pane.tabs.setCurrentWidget(pane.dimension_chart)
    pane.save_current()
    assert Path(asked[1]) == tmp_path / "acme-software-dimension-profile-2025-03-14.png"


def test_save_cancelled_writes_nothing(pane, acme_draft, tmp_path, monkeypatch):
    show(pane, acme_draft.id)
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    monkeypatch.setattr("csmaturity_app.ui.results.export.default_folder", lambda: str(folder))
    pane.save_current()
    assert list(folder.iterdir()) == []


def test_copy_chart_and_text(qtbot, pane, acme_draft):
    show(pane, acme_draft.id)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    pane.tabs.setCurrentWidget(pane.stage_chart)
    pane.setFocus()
    qtbot.keyClick(
        pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    pixmap = clipboard.pixmap()
    assert not pixmap.isNull()
    assert pixmap.size() == pane.stage_chart.size()
    # on the next steps tab, Copy copies the action plan as text; Save is off
    pane.tabs.setCurrentWidget(pane.next_steps)
    assert not pane.save_action.isEnabled()
    pane.copy_action.trigger()
    assert clipboard.text().startswith("To reach Phase 2 Storming\n")
    assert "1. S11 " in clipboard.text()


def test_context_menu_of_each_chart(pane):
    for chart in pane.charts():
        assert [a.text() for a in chart.actions()] == ["Copy chart", "Save chart as PNG\u2026"]


# -- accessibility


def test_every_control_of_the_pane_has_an_accessible_name_and_the_charts_say_their_values(
    qtbot, pane, acme_draft
):
    show(pane, acme_draft.id)
    for index in range(pane.tabs.count()):
        pane.tabs.setCurrentIndex(index)
        assert unnamed(pane) == [], pane.tabs.tabText(index)
    names: dict[str, object] = {}
    for node in walk(QAccessible.queryAccessibleInterface(pane)):
        names.setdefault(name_of(node), node)  # a chart before its viewport, of the same name
    stages = description_of(names["Stage attainment"])
    assert stages.startswith("Phase 1 Forming: ") and "not achieved" in stages
    bar = pane.stage_chart.shown[0]
    assert f"{bar.label}: {bar.attainment:.0f} %" in stages
    dimensions = description_of(names["Dimension profile"])
    assert all(d.name in dimensions for d in pane.assessments.after.model.dimensions)
    assert names["Verdict"] and names["Colour of the placed stage"]


# -- screenshots, to look at


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    old_palette, old_style = qapp.palette(), qapp.style().name()
    qapp.setStyle(QStyleFactory.create("Fusion"))
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(old_palette)
    qapp.setStyle(QStyleFactory.create(old_style))


def _shoot(
    qtbot,
    operations: Operations,
    folder: Path,
    ids: list[str],
    name: str,
    tabs: list[str],
    size: tuple[int, int] = (900, 560),
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    pane = ResultsPane(operations, window)
    QVBoxLayout(window).addWidget(pane)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    show(pane, *ids)
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    for tab in tabs:
        pane.tabs.setCurrentIndex(titles.index(tab))
        QApplication.processEvents()  # the tab laid out before it is grabbed
        file_name = f"results-{name}-{data.slug(tab)}-{size[0]}x{size[1]}.png"
        assert window.grab().save(str(folder / file_name))
    window.close()


Scenario = tuple[str, list[str], list[str]]  # name, assessments shown, tabs to shoot


@pytest.fixture
def scenarios(store, tsia, acme_draft, brightline_complete, northwind) -> list[Scenario]:
    """A draft half answered; a complete assessment; an organization with five completed
    assessments over two years (and a draft); its last two compared; six peers."""
    for k in range(6):
        peer(store, tsia, f"Peer {k}", k)
    tsia_records = northwind["tsia"]
    last_two = [tsia_records[day].id for day in sorted(tsia_records)[-2:]]
    everything = ["Stages", "Dimensions", "Next steps", "Progression", "What changed", "Peers"]
    return [
        ("draft", [acme_draft.id], everything),
        ("complete", [brightline_complete.id], ["Stages", "Dimensions", "Peers"]),
        ("five", [last_two[-1]], ["Progression", "Peers", "Stages"]),
        ("compare", last_two, ["Stages", "Dimensions", "What changed"]),
    ]


def test_screenshots(qtbot, operations, scenarios, screenshots):
    for name, ids, tabs in scenarios:
        _shoot(qtbot, operations, screenshots, ids, name, tabs)
    # the least room the main window's right half gives it (1366 x 768 screen)
    name, ids, _tabs = scenarios[-1]
    _shoot(qtbot, operations, screenshots, ids, name, ["Stages", "Dimensions", "Peers"], (800, 450))
    _shoot(qtbot, operations, screenshots, scenarios[2][1], "five", ["Progression"], (800, 450))


@pytest.mark.usefixtures("dark")
def test_screenshots_dark(qtbot, operations, scenarios, screenshots):
    for name, ids, tabs in scenarios:
        _shoot(qtbot, operations, screenshots, ids, f"dark-{name}", tabs)


def test_the_first_pane_of_a_store_shows_its_peers_at_once(pane, store_path, tsia, own, qtbot):
    """The peers are read from the store's summary of results (scored once, on the first
    read, then kept in the file): the first pane of a store opened again places the
    assessment among them without waiting for anything."""
    with Store.open(store_path) as other:
        peer(other, tsia, "Peer A", 0)
        peer(other, tsia, "Peer B", 5)
        assert len(other.peer_indices(tsia.id, own.organization_id)) == 2  # written back
    show(pane, own.id)
    assert pane.context is not None and len(pane.context.peers) == 2
    assert pane.peers_chart_box.chart_shown
    assert not pane.peer_figures.isHidden()
    assert pane.peer_figures.text_of("rank") == "2nd of 3"
