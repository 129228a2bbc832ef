"""The stage chart of a model with many stages: a bar set per look (colour and style), not
one per stage, so that the bars QtCharts lays out grow with the stages and not with their
square (each set holds a value for every stage). Each bar still shows its own stage's value
in its own colour and style, and keeps them when its style changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from csmaturity_app.maturity import MaturityModel, parse_model
from csmaturity_app.store import Store
from csmaturity_app.ui.colours import STAGE_COLOURS
from csmaturity_app.ui.results.chart_data import BarStyle, stage_bars
from csmaturity_app.ui.results.charts import StageChart

STAGES = 30


def many_stages(tsia: MaturityModel) -> MaturityModel:
    data = tsia.to_dict()
    stage, criterion = data["stages"][0], data["criteria"][0]
    data |= {"id": "many-stages", "version": "1.0.0"}
    data["stages"] = [
        {**stage, "id": f"s{i}", "level": i, "name": f"Stage {i}"} for i in range(1, STAGES + 1)
    ]
    data["criteria"] = [
        {**criterion, "id": f"C{i}", "stage": f"s{i}", "dimension": data["dimensions"][0]["id"]}
        for i in range(1, STAGES + 1)
    ]
    data.pop("carry_forward", None)
    return parse_model(data, "many stages")


def test_bar_sets_grow_with_looks_not_stages(qtbot, store: Store, tsia: MaturityModel):
    model = many_stages(tsia)
    org = store.create_organization("Acme")
    record = store.create_assessment(org.id, model, "Ann", date(2025, 3, 14))
    for n, criterion in enumerate(model.criteria):
        store.record_answer(record.id, criterion.id, 3 if n < 10 else n % 3)
    bars = stage_bars(store.result(record.id), QColor("#ffffff"))
    chart = StageChart()
    qtbot.addWidget(chart)
    chart.show_stages(bars, 66.7, "Threshold")

    sets = chart.bars.barSets()
    assert len(sets) == len(STAGE_COLOURS) * len(BarStyle)  # 30 stages, six colours
    assert chart.values() == [b.attainment for b in bars]
    assert [c.name() for c in chart.fills()] == [b.fill.name() for b in bars]

    # a bar that changes style moves to its new look's set, in place
    for criterion in model.criteria:
        store.record_answer(record.id, criterion.id, 3)
    again = stage_bars(store.result(record.id), QColor("#ffffff"))
    chart.show_stages(again, 66.7, "Threshold")
    assert chart.values() == [b.attainment for b in again] == [100.0] * STAGES
    assert [c.name() for c in chart.fills()] == [b.fill.name() for b in again]
    assert chart.bars.barSets() == sets


def leveled(tsia: MaturityModel, model_id: str, levels: list[int]) -> MaturityModel:
    """A model with stages s1, s2, ... at the given levels, one criterion each."""
    data = tsia.to_dict()
    stage, criterion = data["stages"][0], data["criteria"][0]
    data |= {"id": model_id, "version": "1.0.0"}
    data["stages"] = [
        {**stage, "id": f"s{i}", "level": level, "name": f"Stage {i}"}
        for i, level in enumerate(levels, start=1)
    ]
    data["criteria"] = [
        {**criterion, "id": f"C{i}", "stage": f"s{i}", "dimension": data["dimensions"][0]["id"]}
        for i in range(1, len(levels) + 1)
    ]
    data.pop("carry_forward", None)
    return parse_model(data, model_id)


def test_same_stage_ids_at_shifted_levels_get_their_own_colours(
    qtbot, store: Store, tsia: MaturityModel
):
    """Two models with the same stage ids at other levels: the colours, so the looks, differ,
    and the chart makes bar sets for the new ones."""
    org = store.create_organization("Acme")
    chart = StageChart()
    qtbot.addWidget(chart)
    for model in (leveled(tsia, "first", [1, 2, 3, 4]), leveled(tsia, "shifted", [2, 3, 4, 5])):
        record = store.create_assessment(org.id, model, "Ann", date(2025, 3, 14))
        for criterion in model.criteria:
            store.record_answer(record.id, criterion.id, 3)
        bars = stage_bars(store.result(record.id), QColor("#ffffff"))
        chart.show_stages(bars, 66.7, "Threshold")
        assert chart.values() == [b.attainment for b in bars]
        assert [c.name() for c in chart.fills()] == [b.fill.name() for b in bars]
