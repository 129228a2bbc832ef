"""The report's charts: the results pane's own chart classes and chart data, in the light
palette and at a printed font size, whatever the application's theme.

Their words (axis titles, the stages' states, the threshold's name, month names) are set
again here in the report's language, the language in effect, which may differ from the
window's that the results pane's charts speak."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QLocale, QMargins
from PySide6.QtGui import QColor

from csmaturity_app.exchange.report_content import Progression, Report
from csmaturity_app.i18n import current_language, translate
from csmaturity_app.presentation import threshold_text
from csmaturity_app.ui.report import style
from csmaturity_app.ui.results import chart_data as data
from csmaturity_app.ui.results.charts import (
    DimensionChart,
    ProgressionChart,
    ResultChart,
    StageChart,
)


def _prepare(view: ResultChart) -> ResultChart:
    """Light palette, printed font size; no title (the report's heading says what it is)."""
    view.setPalette(style.light_palette())
    view.setFont(style.font(style.CHART_PT))
    view.restyle()
    chart = view.chart()
    chart.setTitle("")
    chart.setMargins(QMargins(0, 2, 0, 0))
    chart.setBackgroundRoundness(0)
    chart.setBackgroundPen(style.colour("#ffffff"))
    chart.setLocale(QLocale(current_language()))  # the date axis's month names
    return view


def _state(bar: data.StageBar) -> str:
    if bar.style is data.BarStyle.BY_DEFINITION:
        return "\u2713 " + translate("report", "by definition")
    if bar.style is data.BarStyle.ACHIEVED:
        return "\u2713 " + translate("report", "achieved")
    return translate("report", "not achieved")


def stage_bars(report: Report) -> list[data.StageBar]:
    """The results pane's bars, their axis labels in the report's language."""
    model = report.model
    bars = []
    for bar in data.stage_bars(report.result, QColor("#ffffff")):
        stage = model.stages_by_id[bar.stage_id]
        category = (
            f"<center>{html.escape(model.stage_word)} {stage.level}<br>"
            f"{html.escape(stage.name)}<br>{html.escape(_state(bar))}</center>"
        )
        bars.append(dataclasses.replace(bar, category=category))
    return bars


def stage_chart(report: Report) -> ResultChart:
    view = StageChart()
    _prepare(view)
    model = report.model
    view.show_stages(
        stage_bars(report),
        data.threshold_percent(model),
        translate("report", "Threshold {threshold}").format(threshold=threshold_text(model)),
    )
    view.values_axis.setTitleText(translate("report", "Attainment"))
    return view


def dimension_chart(report: Report) -> ResultChart:
    view = DimensionChart()
    _prepare(view)
    profile = [
        dataclasses.replace(
            value,
            category=value.category
            if value.value is not None
            else translate("report", "{dimension} (n/a)").format(dimension=name),
        )
        for value, name in zip(
            data.dimension_profile(report.result),
            (d.dimension.name for d in report.result.dimensions),
            strict=True,
        )
    ]
    view.show_profile(profile, report.record.assessed_on.isoformat())
    view.values_axis.setTitleText(translate("report", "Score (mean rating as % of the top rating)"))
    return view


def progression_chart(report: Report, progression: Progression) -> ResultChart:
    view = ProgressionChart()
    _prepare(view)
    lines = data.progression_lines(progression.series)
    first, last = data.date_range(lines)
    view.show_lines(
        lines,
        data.level_marks(report.model),
        progression.index_low,
        progression.index_high,
        first,
        last,
    )
    view.dates.setTitleText(translate("report", "Assessed on"))
    view.index_axis.setTitleText(translate("report", "Maturity index"))
    return view
