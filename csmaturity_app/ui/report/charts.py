"""The report's charts: the results pane's own chart classes and chart data, in the light
palette and at a printed font size, whatever the application's theme."""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtGui import QColor

from csmaturity_app.exchange.report_content import Progression, Report
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
    return view


def stage_chart(report: Report) -> ResultChart:
    view = StageChart()
    _prepare(view)
    model = report.model
    view.show_stages(
        data.stage_bars(report.result, QColor("#ffffff")),
        data.threshold_percent(model),
        data.threshold_name(model),
    )
    return view


def dimension_chart(report: Report) -> ResultChart:
    view = DimensionChart()
    _prepare(view)
    view.show_profile(data.dimension_profile(report.result), report.record.assessed_on.isoformat())
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
    return view
