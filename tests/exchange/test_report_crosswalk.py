"""The report's verdict says where the placement roughly stands in the other model."""

from __future__ import annotations

from datetime import date

from csmaturity_app.exchange.report_content import build_report
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def test_the_verdict_of_a_norming_assessment_reads_as_ftworks_tactical(
    store: Store, tsia: MaturityModel
) -> None:
    org = store.create_organization("Acme Software")
    record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14))
    for criterion in tsia.criteria:
        if tsia.stages_by_id[criterion.stage].level <= 3:
            store.record_answer(record.id, criterion.id, tsia.max_score)
    verdict = build_report(store, record.id, date(2025, 4, 1)).verdict
    assert verdict.placed_label == "Phase 3 Norming"
    (reading,) = verdict.crosswalk
    assert reading.line == "Crosswalk: roughly FT Works Level 2 Tactical (approximate)"
    assert reading.approximate and reading.note and reading.caveat


def test_an_ftworks_assessment_under_its_first_version_reads_in_tsia_phases(
    store: Store, ftworks_v1: MaturityModel
) -> None:
    org = store.create_organization("Brightline Health")
    record = store.create_assessment(org.id, ftworks_v1, "", date(2024, 2, 3))
    verdict = build_report(store, record.id, date(2025, 4, 1)).verdict
    assert verdict.placed_label == "Level 0 Asleep"
    assert [r.text for r in verdict.crosswalk] == ["roughly TSIA Phase 1 Forming"]
