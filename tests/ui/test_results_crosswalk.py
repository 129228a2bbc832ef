"""The results pane's verdict says where the placement roughly stands in the other model,
labelled approximate, with the note and caveats in its tooltip."""

from __future__ import annotations

import html
from datetime import date

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.crosswalk import CrosswalkReading, crosswalk_readings
from csmaturity_app.presentation import present
from csmaturity_app.store import AssessmentRecord, Store
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results import ResultsPane
from csmaturity_app.ui.results import chart_data as data

LINE = "Crosswalk: roughly FT Works Level 2 Tactical (approximate)"


@pytest.fixture
def norming(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    """A TSIA assessment with every criterion up to Norming fully in place: Phase 3."""
    org = store.create_organization("Acme Software")
    record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14))
    for criterion in tsia.criteria:
        if tsia.stages_by_id[criterion.stage].level <= 3:
            store.record_answer(record.id, criterion.id, tsia.max_score)
    return store.assessment(record.id)


@pytest.fixture
def pane(qtbot, operations: Operations) -> ResultsPane:
    widget = ResultsPane(operations)
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_verdict_carries_the_crosswalk_line_and_its_caveats(
    store: Store, norming: AssessmentRecord, builtin_catalog: ModelCatalog
) -> None:
    scored = store.scored(norming.id)
    model, answers, result = scored.model, scored.answers, scored.result
    readings = crosswalk_readings(result, builtin_catalog)
    verdict = data.verdict(present(model, result, answers, crosswalk=readings), norming)
    assert verdict.crosswalk == LINE
    assert "(approximate)" in verdict.crosswalk_tooltip
    assert html.escape(readings[0].caveats[0]) in verdict.crosswalk_tooltip
    # no readings, no line
    assert data.verdict(present(model, result, answers), norming).crosswalk == ""


def test_the_tooltip_escapes_what_the_file_says() -> None:
    reading = CrosswalkReading(
        model_id="m",
        model_name="<b>M</b>",
        level=1,
        stage_label="Step 1 One",
        text="roughly <b>M</b> Step 1 One",
        note="a & b",
        caveat="<i>c</i>",
        caveats=("<script>",),
    )
    tip = data.crosswalk_tooltip(reading)
    assert "<b>M</b>" not in tip and "&lt;script&gt;" in tip and "a &amp; b" in tip


def test_the_pane_shows_the_crosswalk_line(
    qtbot, pane: ResultsPane, norming: AssessmentRecord, tmp_path
) -> None:
    pane.show_assessments([norming.id])
    pane.refresh_now()
    label = pane.verdict.crosswalk
    assert label.text() == LINE
    assert label.isVisible()
    assert "escalation" in label.toolTip()
    pane.show_assessments([])
    pane.refresh_now()


def test_the_pane_of_an_ftworks_assessment_reads_in_tsia_phases(
    store: Store, qtbot, pane: ResultsPane, ftworks: MaturityModel
) -> None:
    org = store.create_organization("Brightline Health")
    record = store.create_assessment(org.id, ftworks, "", date(2025, 2, 3))
    pane.show_assessments([record.id])
    pane.refresh_now()
    assert pane.verdict.crosswalk.text() == (
        "Crosswalk: roughly TSIA Phase 1 Forming (approximate)"
    )
