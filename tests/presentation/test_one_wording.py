"""One assessment read through all four readers of results (`csmaturity show`, the results
pane, the PDF report and the wizard's summary page): the same facts read the same everywhere,
worded once by the presentation."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from csmaturity_app import cli
from csmaturity_app.exchange.report_content import build_report
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.presentation import Presentation, present
from csmaturity_app.store import AssessmentRecord, Store, score_records
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.report import export_report_pdf
from csmaturity_app.ui.results import ResultsPane
from csmaturity_app.ui.wizard import AssessmentWizard

NOTES = "Asked the CFO: no renewal forecast yet."


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp) -> None:
    """The wizard remembers its geometry: in a fresh folder, never the user's settings."""
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("csmaturity-tests")
    QCoreApplication.setApplicationName("CS Maturity tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def northwind(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    """A draft: Phase 1 fully in place; Phase 2 rated 2, 1, 0 and one not applicable, the rest
    unanswered (one with notes); one Phase 3 criterion rated 1."""
    org = store.create_organization("Northwind Health")
    record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2026, 3, 2))
    for criterion in tsia.criteria_of_stage(tsia.stages[0].id):
        store.record_answer(record.id, criterion.id, 3)
    storming = tsia.criteria_of_stage(tsia.stages[1].id)
    for criterion, score in zip(storming, (2, 1, 0), strict=False):
        store.record_answer(record.id, criterion.id, score)
    store.record_answer(record.id, storming[3].id, None, not_applicable=True)
    store.record_notes(record.id, storming[4].id, NOTES)
    store.record_answer(record.id, tsia.criteria_of_stage(tsia.stages[2].id)[0].id, 1)
    return store.assessment(record.id)


@pytest.fixture
def expected(store: Store, northwind: AssessmentRecord) -> Presentation:
    model = store.model_of(northwind.id)
    answers = store.answers(northwind.id)
    return present(
        model, score_records(model, answers), answers, organization="Northwind Health", draft=True
    )


def flat(text: str) -> str:
    """Runs of spaces and line breaks as one space (a PDF or a wrapped label breaks lines)."""
    return " ".join(text.split())


def test_the_presentation_is_what_the_hand_says(expected: Presentation) -> None:
    # Phase 1: 9 x 3 = 100 %. Phase 2: (2 + 1 + 0) of 7 applicable x 3 = 3/21 = 14 %.
    verdict = expected.verdict
    assert verdict.placed_label == "Phase 1 Forming"
    assert verdict.index == "1.14"
    assert [s.percent for s in expected.stages][:2] == ["100 %", "14 %"]
    steps = expected.next_steps.steps
    assert [s.rating for s in steps][:3] == ["0 Not in place", "Unanswered", "Unanswered"]
    assert [s.rating for s in steps][-1] == "2 Largely in place"
    assert any(s.notes == NOTES for s in steps)


def test_the_command_line_says_the_same(
    capsys, store_path: Path, northwind: AssessmentRecord, expected: Presentation
) -> None:
    assert cli.main(["--db", str(store_path), "show", northwind.id]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    verdict = expected.verdict
    assert verdict.placed_label in lines
    assert f"{verdict.index_text} \u00b7 {verdict.answered_text}" in lines
    for stage in expected.stages:
        row = rf"{stage.label}\s+{stage.percent}\s+{stage.outcome}"
        assert len([x for x in lines if re.fullmatch(row, x)]) == 1, stage.label
    assert f"Next steps: to reach {expected.stages[1].label}" in lines
    assert flat(expected.next_steps.explanation) in flat(out)
    plan = flat(out.split("Next steps:", 1)[1])
    for number, step in enumerate(expected.next_steps.steps, 1):
        assert f"{number}. {step.criterion_id} {flat(step.statement)} Now: {step.rating}" in plan


def test_the_results_pane_says_the_same(
    qtbot, store: Store, northwind: AssessmentRecord, expected: Presentation
) -> None:
    pane = ResultsPane(Operations(store))
    qtbot.addWidget(pane)
    pane.show_assessments([northwind.id])
    pane.refresh_now()
    verdict = expected.verdict
    assert pane.verdict.headline.text() == verdict.placed_label
    assert pane.verdict.figures.text() == f"{verdict.index_text} \u00b7 {verdict.answered_text}"
    tooltips = [bar.tooltip for bar in pane.stage_chart.shown]
    for stage, tooltip in zip(expected.stages, tooltips, strict=True):
        assert tooltip.startswith(f"{stage.label}: attained at {stage.percent} ")
    # a bar's label is its value ("@value %"): whole percent, as the text says, never "14.3 %"
    values = pane.stage_chart.values()
    assert all(v == int(v) for v in values)
    assert [f"{v:g} %" for v in values] == [stage.percent for stage in expected.stages]
    assert pane.next_steps.heading.text() == expected.next_steps.heading
    plan = pane.next_steps.plain_text()
    assert flat(expected.next_steps.explanation) in flat(plan)
    for number, step in enumerate(expected.next_steps.steps, 1):
        assert f"{number}. {step.criterion_id} {step.statement}\n   Now: {step.rating}\n" in plan


def test_the_report_and_its_pdf_say_the_same(
    qapp, tmp_path: Path, store: Store, northwind: AssessmentRecord, expected: Presentation
) -> None:
    report = build_report(store, northwind.id)
    # the report adds where the placement roughly stands in the other model
    assert replace(report.verdict, crosswalk=()) == expected.verdict
    assert report.stages == expected.stages
    assert report.next_steps == expected.next_steps

    pdf = export_report_pdf(store, northwind.id, tmp_path / "northwind.pdf")
    text = flat(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
    )
    verdict = expected.verdict
    assert verdict.placed_label in text
    assert verdict.index_text in text
    assert flat(verdict.summary) in text
    for stage in expected.stages:
        assert f"{stage.label} {stage.state.capitalize()}" in text
    for step in expected.next_steps.steps:
        assert f"Now: {step.rating}" in text
    assert flat(expected.next_steps.explanation) in text


def test_the_wizard_summary_says_the_same(
    qtbot, store: Store, northwind: AssessmentRecord, expected: Presentation
) -> None:
    wizard = AssessmentWizard(Operations(store), northwind.id)
    qtbot.addWidget(wizard)
    summary = wizard.summary
    verdict = expected.verdict
    assert summary.headline.text() == verdict.placed_label
    assert summary.total_label.text() == f"{verdict.index_text} \u00b7 {verdict.answered_text}"
    assert summary.verdict_text.text() == verdict.summary
    for stage in expected.stages:
        assert summary.stage_percents[stage.stage_id].text() == stage.percent
        assert summary.stage_outcomes[stage.stage_id].text().endswith(stage.outcome)
        assert summary.stage_bars[stage.stage_id].toolTip() == f"{stage.label}: {stage.state}"
    assert summary.unanswered_ids() == [c.id for c in expected.unanswered]
