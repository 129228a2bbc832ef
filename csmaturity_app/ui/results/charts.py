"""The charts of the results pane. Each chart is built once; new results update its series in
place (values replaced, sets re-made only when the maturity model's shape changes), so a
refresh while the wizard is used does not rebuild charts. A property is set only when its
value changes: a refresh that changes one bar makes a handful of Qt calls, not hundreds.

Colours follow the application palette (light or dark) and change with it; stage colours come
from `chart_data` (the same stage, the same colour, in every chart).

Words and numbers follow the language in effect when a chart is made (`i18n.translate`, not
Qt's tr, and the chart's QLocale): the report makes these charts in its own language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import unescape

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QBoxPlotSeries,
    QBoxSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from csmaturity_app.i18n import current_language, formats, plural_is_one, translate
from csmaturity_app.ui.colours import mix, stage_colour
from csmaturity_app.ui.markup import chart_text, plain_tooltip
from csmaturity_app.ui.results.chart_data import (
    BarStyle,
    DimensionValue,
    LevelMark,
    ProgressionLine,
    StageBar,
    TargetLine,
    bar_fill,
    date_msecs,
    level_mark_html,
    style_words,
)
from csmaturity_app.ui.results.setters import update

ALIGN_BOTTOM = Qt.AlignmentFlag.AlignBottom
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight
FROM_SERIES = QLegend.MarkerShape.MarkerShapeFromSeries


def percent_format(placeholder: str) -> str:
    """A whole percent as the language writes it, `placeholder` standing for the number:
    "@value %" for a bar's label, "%.0f %" for an axis. The charts localize their numbers, and
    QtCharts then reads an axis format only as "text %.Nf text" (no "%d", no "%%"): what
    follows the number is shown as it is."""
    return formats.percent(0.25).replace("25", placeholder)  # "25 %" / "25\u00a0%"


def _colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(text, background) of the charts: the palette's Text and Base, as item views use."""
    return palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)


def style_chart(chart: QChart, palette: QPalette, font: QFont) -> None:
    """Title, axes, grid and legend in the palette's colours and the widget's font."""
    text, background = _colours(palette)
    chart.setBackgroundBrush(QBrush(background))
    chart.setBackgroundPen(QPen(mix(text, background, 0.8)))
    chart.setPlotAreaBackgroundVisible(False)
    title_font = QFont(font)
    title_font.setPointSizeF(font.pointSizeF() * 1.15)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setTitleBrush(QBrush(text))
    legend = chart.legend()
    legend.setFont(font)
    legend.setLabelColor(text)
    legend.setShowToolTips(True)  # an entry cut short in a narrow pane reads whole on hover
    # Axis titles in the labels' weight: a vertical one is cut to the plot's height, which is
    # short in the window's default layout, and some languages' titles are long ("Indice de
    # maturité"); the bold chart title already says what the chart is.
    axis_title = QFont(font)
    for axis in chart.axes():
        style_axis(axis, text, background, font, axis_title)


def style_axis(
    axis: QAbstractAxis, text: QColor, background: QColor, font: QFont, title_font: QFont
) -> None:
    axis.setLabelsFont(font)
    axis.setLabelsBrush(QBrush(text))
    axis.setTitleFont(title_font)
    axis.setTitleBrush(QBrush(text))
    axis.setLinePenColor(mix(text, background, 0.55))
    axis.setGridLineColor(mix(text, background, 0.85))
    axis.setShadesVisible(False)


class ResultChart(QChartView):
    """A chart view that follows the palette and can be saved or copied (see `export`)."""

    def __init__(self, chart: QChart, slug: str, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.slug = slug  # names the saved file: "<organization>-<slug>-<date>.png"
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(ALIGN_BOTTOM)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setMargins(QMargins(6, 4, 6, 4))
        chart.setBackgroundRoundness(4)
        # Axis numbers and month names in the language in effect ("nov. 2026").
        chart.setLocale(QLocale(current_language()))
        chart.setLocalizeNumbers(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setMinimumSize(320, 220)
        # A chart is a picture to a screen reader: its title names it, and each subclass
        # says its values in words as it shows them (`describe`).
        self.setAccessibleName(chart.title())
        self.viewport().setAccessibleName(chart.title())  # it takes the focus with the view

    def set_title(self, text: str) -> None:
        """The chart's title (it names an organization: escaped, see `chart_text`)."""
        update(self.chart().title, self.chart().setTitle, chart_text(text))

    def describe(self, values: Sequence[str]) -> None:
        """The chart's values in words, as its accessible description."""
        text = "; ".join(values) + "." if values else translate("results", "Nothing to show.")
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)

    def colours(self) -> tuple[QColor, QColor]:
        return _colours(self.palette())

    def restyle(self) -> None:
        """Everything in the palette's colours: on creation and when the palette changes."""
        self.setBackgroundBrush(QBrush(self.palette().color(QPalette.ColorRole.Window)))
        style_chart(self.chart(), self.palette(), self.font())
        self.recolour()

    def recolour(self) -> None:
        """Colours of the series that depend on the palette or on the data (subclasses)."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.restyle()


# Every axis starts with a range that is not empty: QtCharts divides by the span when it lays
# out a chart, and an empty one (QDateTimeAxis and QCategoryAxis start at [0, 0]) gives
# "Attempting to set invalid range for value axis: [nan - 0]" warnings.
INITIAL_INDEX_RANGE = (0, 4)


def _index_axis(title: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setLabelFormat("%.0f")
    _set_index_range(axis, *INITIAL_INDEX_RANGE)
    return axis


def _set_index_range(axis: QValueAxis, low: int, high: int) -> None:
    if (axis.min(), axis.max()) != (low, high):
        axis.setRange(low, high)
        axis.setTickCount(high - low + 1)


def percent_axis(title: str, headroom: bool) -> QValueAxis:
    """0 to 100 %, ticks every 25 %; with headroom, room above 100 % for a full bar's label
    (which QtCharts otherwise moves inside the bar, where it may not be readable)."""
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setLabelFormat(percent_format("%.0f"))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(25)
    axis.setRange(0, 120 if headroom else 100)
    return axis


def _replace_points(series: QXYSeries, points: list[QPointF]) -> bool:
    """Replace the points if they differ; True when they did."""
    if series.points() == points:
        return False
    series.replace(points)
    return True


class LevelAxis(QCategoryAxis):
    """A right-hand axis naming the stage of each level of the maturity index, each with a
    swatch of its stage colour."""

    def __init__(self, short: bool = False) -> None:
        super().__init__()
        self.short = short  # stage names only ("Storming"), where room is short
        self.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.setGridLineVisible(False)
        self.setRange(*INITIAL_INDEX_RANGE)
        self.marks: list[LevelMark] = []

    def set_marks(self, marks: Sequence[LevelMark], low: int, high: int) -> None:
        if [(m.level, m.label) for m in marks] != [(m.level, m.label) for m in self.marks]:
            for label in self.categoriesLabels():
                self.remove(label)
            self.marks = list(marks)
            self.setStartValue(low)
            for mark in marks:
                self.append(level_mark_html(mark, self.short), mark.level)
        if (self.min(), self.max()) != (low, high):
            self.setRange(low, high)


Look = tuple[str, BarStyle]  # a bar's colour (its name) and style: what its set draws


def _bar_look(bar: StageBar) -> Look:
    return bar.colour.name(), bar.style


def _looks(bars: Sequence[StageBar]) -> list[Look]:
    """A set for each colour the bars use (in their order) in each style: a bar that changes
    style moves to another set without remaking them."""
    colours = dict.fromkeys(bar.colour.name() for bar in bars)
    return [(colour, style) for colour in colours for style in BarStyle]


class StageChart(ResultChart):
    """One bar per stage, the achievement threshold as a line, and the earlier assessment's
    attainment as markers when comparing.

    A bar set has one brush, so bars of different looks need sets of their own: a stacked
    series with a set per look (each colour of the stages shown, in each style), each holding
    the values of the bars that look so and 0 elsewhere. Looks are few (six colours, three
    styles), so the bars drawn grow with the stages, not with their square as a set per stage
    would make them; and a bar that changes style moves to another set, none is re-made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(translate("results", "Stage attainment"))
        super().__init__(chart, "stage-attainment", parent)
        self.bars = QStackedBarSeries()
        self.bars.setBarWidth(0.6)
        self.bars.setLabelsVisible(True)
        self.bars.setLabelsFormat(percent_format("@value"))
        self.bars.setLabelsPrecision(3)
        self.bars.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.bars.hovered.connect(self._hovered)
        chart.addSeries(self.bars)
        self.categories = QBarCategoryAxis()
        chart.addAxis(self.categories, ALIGN_BOTTOM)
        self.bars.attachAxis(self.categories)
        self.values_axis = percent_axis(translate("results", "Attainment"), headroom=True)
        chart.addAxis(self.values_axis, ALIGN_LEFT)
        self.bars.attachAxis(self.values_axis)
        # The threshold line and the "before" markers lie over the categories: a hidden value
        # axis from -0.5 to n - 0.5 puts x = i on the middle of the i-th bar.
        self.positions = QValueAxis()
        self.positions.setVisible(False)
        chart.addAxis(self.positions, ALIGN_BOTTOM)
        self.threshold = QLineSeries()
        self.before = QScatterSeries()
        self.before.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        self.before.setMarkerSize(11)
        self.before.setVisible(False)
        for series in (self.threshold, self.before):
            chart.addSeries(series)
            series.attachAxis(self.positions)
            series.attachAxis(self.values_axis)
        legend = chart.legend()
        for marker in (*legend.markers(self.threshold), *legend.markers(self.before)):
            marker.setShape(FROM_SERIES)  # a dashed line, a circle: as drawn
        for marker in legend.markers(self.before):
            marker.setVisible(False)
        self.shown: list[StageBar] = []
        self.looks: list[Look] = []  # of the bar sets, in order
        self.set_of: list[int] = []  # the index of each bar's set
        self.restyle()

    # -- data

    def show_stages(
        self,
        bars: Sequence[StageBar],
        threshold: float,
        threshold_label: str,
        before: Sequence[float] | None = None,
        before_label: str = "",
    ) -> None:
        count = len(bars)
        # A bar's look comes from its level's colour, not its stage id: two models may share
        # ids at other levels, so the sets are remade whenever the looks or the count change.
        looks = _looks(bars)
        if looks != self.looks or count != len(self.shown):
            self._make_sets(looks, count)
        index = {look: n for n, look in enumerate(self.looks)}
        self.set_of = [index[_bar_look(bar)] for bar in bars]
        for n, bar_set in enumerate(self.bars.barSets()):
            for i, (bar, of) in enumerate(zip(bars, self.set_of, strict=True)):
                value = bar.attainment if of == n else 0.0
                if bar_set.at(i) != value:
                    bar_set.replace(i, value)
        update(
            self.categories.categories, self.categories.setCategories, [b.category for b in bars]
        )
        self.shown = list(bars)
        if (self.positions.min(), self.positions.max()) != (-0.5, count - 0.5):
            self.positions.setRange(-0.5, count - 0.5)
        _replace_points(self.threshold, [QPointF(-0.5, threshold), QPointF(count - 0.5, threshold)])
        update(self.threshold.name, self.threshold.setName, chart_text(threshold_label))
        comparing = before is not None
        if before is not None:
            _replace_points(self.before, [QPointF(i, v) for i, v in enumerate(before)])
            update(self.before.name, self.before.setName, chart_text(before_label))
        if self.before.isVisible() != comparing:
            self.before.setVisible(comparing)
            for marker in self.chart().legend().markers(self.before):
                marker.setVisible(comparing)
        self.describe(
            [f"{b.label}: {_percent(b.attainment)}, {style_words(b.style)}" for b in bars]
            + [threshold_label]
            + ([f"{before_label}: " + ", ".join(_percent(v) for v in before)] if before else [])
        )
        self.recolour()

    def _make_sets(self, looks: list[Look], count: int) -> None:
        self.bars.clear()
        text, _background = self.colours()
        self.looks = looks
        for _ in self.looks:
            bar_set = QBarSet("")  # no legend: the axis names the stages
            bar_set.append([0.0] * count)
            bar_set.setLabelColor(text)
            self.bars.append(bar_set)
        for marker in self.chart().legend().markers(self.bars):
            marker.setVisible(False)

    def recolour(self) -> None:
        text, background = self.colours()
        for (name, style), bar_set in zip(self.looks, self.bars.barSets(), strict=True):
            colour = QColor(name)
            if style is BarStyle.BY_DEFINITION:
                brush = QBrush(colour, Qt.BrushStyle.BDiagPattern)
            else:  # faded towards this chart's background, whatever the bar was given
                brush = QBrush(bar_fill(style, colour, background))
            update(bar_set.brush, bar_set.setBrush, brush)
            update(bar_set.pen, bar_set.setPen, QPen(colour, 1.5))
            update(bar_set.labelColor, bar_set.setLabelColor, text)
        update(self.threshold.pen, self.threshold.setPen, QPen(text, 2, Qt.PenStyle.DashLine))
        update(self.before.color, self.before.setColor, background)
        update(self.before.borderColor, self.before.setBorderColor, text)
        update(self.before.pen, self.before.setPen, QPen(text, 2))

    def _hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status and 0 <= index < len(self.shown):
            QToolTip.showText(QCursor.pos(), plain_tooltip(self.shown[index].tooltip), self)
        else:
            QToolTip.hideText()

    # -- what is drawn (for tests)

    def values(self) -> list[float]:
        sets = self.bars.barSets()
        return [sets[n].at(i) for i, n in enumerate(self.set_of)]

    def fills(self) -> list[QColor]:
        sets = self.bars.barSets()
        return [sets[n].brush().color() for n in self.set_of]

    def outlines(self) -> list[QColor]:
        sets = self.bars.barSets()
        return [sets[n].pen().color() for n in self.set_of]

    def brush_styles(self) -> list[Qt.BrushStyle]:
        sets = self.bars.barSets()
        return [sets[n].brush().style() for n in self.set_of]

    def threshold_value(self) -> float:
        points = self.threshold.points()
        assert points[0].y() == points[-1].y()
        return points[0].y()

    def before_values(self) -> list[float] | None:
        if not self.before.isVisible():
            return None
        return [p.y() for p in self.before.points()]


class DimensionChart(ResultChart):
    """Horizontal bars, one per dimension, for the shown assessment (and the earlier one when
    comparing).

    Horizontal bars rather than a radar: dimension names are long ("Collaboration with support,
    sales and marketing") and read in full as axis labels, where a radar's labels crowd round
    a small circle at this size; and bars on one baseline are read and compared (before /
    after) more exactly than points on six spokes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(translate("results", "Dimension profile"))
        super().__init__(chart, "dimension-profile", parent)
        self.series = QHorizontalBarSeries()
        self.series.setBarWidth(0.7)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat(percent_format("@value"))
        self.series.setLabelsPrecision(3)
        self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(self.series)
        self.categories = QBarCategoryAxis()  # listed bottom up: given in reverse order
        chart.addAxis(self.categories, ALIGN_LEFT)
        self.series.attachAxis(self.categories)
        self.values_axis = percent_axis(
            translate("results", "Score (mean rating as % of the top rating)"), True
        )
        chart.addAxis(self.values_axis, ALIGN_BOTTOM)
        self.series.attachAxis(self.values_axis)
        self.after = QBarSet("")
        self.before = QBarSet("")
        self.restyle()

    def show_profile(
        self,
        after: Sequence[DimensionValue],
        after_label: str,
        before: Sequence[DimensionValue] | None = None,
        before_label: str = "",
    ) -> None:
        comparing = before is not None
        wanted = [self.before, self.after] if comparing else [self.after]
        if self.series.barSets() != wanted:
            for bar_set in self.series.barSets():
                self.series.take(bar_set)
            self.series.append(wanted)
        self._fill(self.after, after)
        update(self.after.label, self.after.setLabel, chart_text(after_label))
        if before is not None:
            self._fill(self.before, before)
            update(self.before.label, self.before.setLabel, chart_text(before_label))
        categories = [chart_text(d.category) for d in reversed(after)]
        update(self.categories.categories, self.categories.setCategories, categories)
        legend = self.chart().legend()
        update(legend.isVisible, legend.setVisible, comparing)
        words = [_dimension_words(v) for v in after]
        if before is not None:
            words = [
                f"{after_label}: " + ", ".join(words),
                f"{before_label}: " + ", ".join(_dimension_words(v) for v in before),
            ]
        self.describe(words)
        self.recolour()

    @staticmethod
    def _fill(bar_set: QBarSet, values: Sequence[DimensionValue]) -> None:
        numbers = [0.0 if v.value is None else v.value for v in reversed(values)]
        if bar_set.count() != len(numbers):
            bar_set.remove(0, bar_set.count())
            bar_set.append(numbers)
            return
        for i, number in enumerate(numbers):
            if bar_set.at(i) != number:
                bar_set.replace(i, number)

    def recolour(self) -> None:
        text, background = self.colours()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        muted = mix(text, background, 0.55)
        for bar_set, colour in ((self.after, highlight), (self.before, muted)):
            update(bar_set.color, bar_set.setColor, colour)
            update(bar_set.borderColor, bar_set.setBorderColor, colour)
            update(bar_set.labelColor, bar_set.setLabelColor, text)

    def series_values(self) -> dict[str, list[float]]:
        """Legend label -> values, in dimension order (the first dimension is drawn on top)."""
        return {
            unescape(s.label()): [s.at(i) for i in reversed(range(s.count()))]
            for s in self.series.barSets()
        }

    def dimension_names(self) -> list[str]:
        return [unescape(c) for c in reversed(self.categories.categories())]


class ProgressionChart(ResultChart):
    """The maturity index of each completed assessment on a date axis, one line per maturity
    model; the right-hand axis names the stage of each level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(translate("results", "Progression over time"))
        super().__init__(chart, "progression", parent)
        self.dates = QDateTimeAxis()
        self.dates.setFormat("MMM yyyy")
        self.dates.setTitleText(translate("results", "Assessed on"))
        self.dates.setTickCount(6)
        today = date.today()
        self.dates.setRange(
            QDateTime.fromMSecsSinceEpoch(int(date_msecs(today - timedelta(days=365)))),
            QDateTime.fromMSecsSinceEpoch(int(date_msecs(today))),
        )
        chart.addAxis(self.dates, ALIGN_BOTTOM)
        self.index_axis = _index_axis(translate("results", "Maturity index"))
        # Ticks on the whole levels whatever the range: a target at the top level gets
        # headroom above it (`show_target`), or its marker would be cut in half.
        self.index_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.index_axis.setTickAnchor(0)
        self.index_axis.setTickInterval(1)
        chart.addAxis(self.index_axis, ALIGN_LEFT)
        self.levels = LevelAxis()
        chart.addAxis(self.levels, ALIGN_RIGHT)
        self.index_range = INITIAL_INDEX_RANGE
        self.lines: list[QLineSeries] = []
        self.markers: list[QScatterSeries] = []
        self.shown: list[ProgressionLine] = []
        # The organization's target on the shown model: a dashed line, and a marker at its
        # date (named in the legend by the line; the marker's own legend entry is hidden).
        self.target: TargetLine | None = None
        self.target_line = QLineSeries()
        self.target_marker = QScatterSeries()
        self.target_marker.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle)
        self.target_marker.setMarkerSize(14)
        self.target_marker.setPointLabelsVisible(True)
        self.target_marker.setPointLabelsClipping(False)
        self.target_marker.setPointLabelsFormat(translate("results", "Target"))
        self.target_marker.hovered.connect(self._target_hovered)
        self._add_target_series()
        for series in (self.target_line, self.target_marker):
            series.setVisible(False)
        self.restyle()

    def _add_target_series(self) -> None:
        """Add the target's series (again), after the lines: drawn over them, last in the
        legend."""
        chart = self.chart()
        for series in (self.target_line, self.target_marker):
            if series.chart() is not None:
                chart.removeSeries(series)
            chart.addSeries(series)
            series.attachAxis(self.dates)
            series.attachAxis(self.index_axis)

    def show_lines(
        self,
        lines: Sequence[ProgressionLine],
        marks: Sequence[LevelMark],
        low: int,
        high: int,
        first_day: date,
        last_day: date,
    ) -> None:
        chart = self.chart()
        changed = len(self.lines) != len(lines)
        while len(self.lines) < len(lines):
            # a line, and its points as a scatter series: a line series' own point markers
            # are drawn larger than the room it leaves for their labels, which they then hide
            line_series = QLineSeries()
            markers = QScatterSeries()
            markers.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
            markers.setMarkerSize(11)
            markers.setPointLabelsVisible(True)
            markers.setPointLabelsClipping(False)
            markers.hovered.connect(lambda point, state, m=markers: self._hovered(m, point, state))
            for series in (line_series, markers):
                chart.addSeries(series)
                series.attachAxis(self.dates)
                series.attachAxis(self.index_axis)
            for marker in chart.legend().markers(markers):
                marker.setVisible(False)
            for marker in chart.legend().markers(line_series):
                marker.setShape(FROM_SERIES)
            self.lines.append(line_series)
            self.markers.append(markers)
        if changed:
            self._add_target_series()
        while len(self.lines) > len(lines):
            for series in (self.lines.pop(), self.markers.pop()):
                chart.removeSeries(series)
                series.deleteLater()
        for line_series, markers, line in zip(self.lines, self.markers, lines, strict=True):
            points = [QPointF(p.x, p.y) for p in line.points]
            name = chart_text(line.name)  # the model's title
            update(line_series.name, line_series.setName, name)
            update(markers.name, markers.setName, name)
            _replace_points(line_series, points)
            if _replace_points(markers, points):
                for i, point in enumerate(line.points):
                    markers.setPointConfiguration(
                        i, {QXYSeries.PointConfiguration.LabelFormat: point.label}
                    )
        self.shown = list(lines)
        self.index_range = (low, high)
        _set_index_range(self.index_axis, low, high)
        self.levels.set_marks(marks, low, high)
        first = QDateTime.fromMSecsSinceEpoch(int(date_msecs(first_day)))
        last = QDateTime.fromMSecsSinceEpoch(int(date_msecs(last_day)))
        if (self.dates.min(), self.dates.max()) != (first, last):
            self.dates.setRange(first, last)
        self.describe(
            [f"{line.name}: " + ", ".join(p.tooltip for p in line.points) for line in lines]
        )
        if changed:
            self.recolour()

    def show_target(self, target: TargetLine | None) -> None:
        """Draw the target (None: the organization has none on this model). After
        `show_lines`, whose date range holds the target's date."""
        self.target = target
        shown = target is not None
        line_points = [QPointF(x, y) for x, y in target.points] if target else []
        marker = target.marker if target else None
        _replace_points(self.target_line, line_points)
        _replace_points(self.target_marker, [QPointF(*marker)] if marker else [])
        name = chart_text(target.name) if target else ""
        update(self.target_line.name, self.target_line.setName, name)
        update(self.target_line.isVisible, self.target_line.setVisible, shown)
        update(self.target_marker.isVisible, self.target_marker.setVisible, marker is not None)
        for legend_marker in self.chart().legend().markers(self.target_marker):
            legend_marker.setVisible(False)
        for legend_marker in self.chart().legend().markers(self.target_line):
            legend_marker.setShape(FROM_SERIES)  # a dashed line, as drawn
            legend_marker.setVisible(shown)
        low, high = self.index_range
        top = high + (0.3 if target is not None and target.level >= high else 0)
        for axis in (self.index_axis, self.levels):
            if (axis.min(), axis.max()) != (low, top):
                axis.setRange(low, top)
        self.recolour()
        if target is not None:
            described = self.accessibleDescription().rstrip(".")
            self.setAccessibleDescription(f"{described}; {target.tooltip}")

    def recolour(self) -> None:
        text, background = self.colours()
        colours = [self.palette().color(QPalette.ColorRole.Highlight), text]
        for i, (line_series, markers) in enumerate(zip(self.lines, self.markers, strict=True)):
            colour = colours[i] if i < len(colours) else mix(text, background, 0.3 + 0.1 * i)
            update(line_series.pen, line_series.setPen, QPen(colour, 2.5))
            update(markers.color, markers.setColor, colour)
            update(markers.borderColor, markers.setBorderColor, background)
            update(markers.pointLabelsColor, markers.setPointLabelsColor, text)
        # The target in its stage's colour, as the right-hand axis names that level.
        target = stage_colour(self.target.level) if self.target is not None else text
        pen = QPen(target, 2.5, Qt.PenStyle.DashLine)
        update(self.target_line.pen, self.target_line.setPen, pen)
        update(self.target_marker.color, self.target_marker.setColor, target)
        update(self.target_marker.borderColor, self.target_marker.setBorderColor, text)
        update(self.target_marker.pointLabelsColor, self.target_marker.setPointLabelsColor, text)

    def _target_hovered(self, _point: QPointF, state: bool) -> None:
        if state and self.target is not None:
            QToolTip.showText(QCursor.pos(), plain_tooltip(self.target.tooltip), self)
        else:
            QToolTip.hideText()

    def _hovered(self, markers: QScatterSeries, point: QPointF, state: bool) -> None:
        if not state or markers not in self.markers:
            QToolTip.hideText()
            return
        line = self.shown[self.markers.index(markers)]
        nearest = min(line.points, key=lambda p: abs(p.x - point.x()))
        QToolTip.showText(QCursor.pos(), plain_tooltip(nearest.tooltip), self)

    def series_points(self) -> dict[str, list[tuple[float, float]]]:
        return {unescape(s.name()): [(p.x(), p.y()) for p in s.points()] for s in self.lines}

    def target_points(self) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
        """What the chart draws of the target: the dashed line's points, the marker's."""
        line = [(p.x(), p.y()) for p in self.target_line.points()] if self.target else []
        marker = [(p.x(), p.y()) for p in self.target_marker.points()] if self.target else []
        return line, marker


class PeerChart(ResultChart):
    """A box plot of the peers' indices (lowest, quartiles, median, highest) with this
    assessment's index marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(translate("results", "Against peers"))
        super().__init__(chart, "peers", parent)
        self.box_series = QBoxPlotSeries()
        self.box_series.setBoxWidth(0.35)
        self.box = QBoxSet(translate("results", "Peers"))
        self.box_series.append(self.box)
        self.box_series.setName(translate("results", "Peers: lowest, quartiles, median, highest"))
        chart.addSeries(self.box_series)
        self.category = QBarCategoryAxis()
        chart.addAxis(self.category, ALIGN_BOTTOM)
        self.box_series.attachAxis(self.category)
        self.index_axis = _index_axis(translate("results", "Maturity index"))
        chart.addAxis(self.index_axis, ALIGN_LEFT)
        self.box_series.attachAxis(self.index_axis)
        self.levels = LevelAxis(short=True)
        chart.addAxis(self.levels, ALIGN_RIGHT)
        self.position = QValueAxis()
        self.position.setVisible(False)
        self.position.setRange(-0.5, 0.5)
        chart.addAxis(self.position, ALIGN_BOTTOM)
        self.own = QScatterSeries()
        self.own.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeStar)
        self.own.setMarkerSize(18)
        chart.addSeries(self.own)
        self.own.attachAxis(self.position)
        self.own.attachAxis(self.index_axis)
        for marker in chart.legend().markers(self.own):  # a star, as drawn
            marker.setShape(FROM_SERIES)
        self.restyle()

    def show_peers(
        self,
        box: tuple[float, float, float, float, float],
        count: int,
        own: float,
        own_label: str,
        marks: Sequence[LevelMark],
        low: int,
        high: int,
    ) -> None:
        if self.box_values() != box:
            for which, value in zip(_BOX_POSITIONS, box, strict=True):
                self.box.setValue(which, value)
        if plural_is_one(count):
            category = translate("results", "{count} peer")
        else:
            category = translate("results", "{count} peers")
        category = category.format(count=formats.integer(count))
        update(self.category.categories, self.category.setCategories, [chart_text(category)])
        _replace_points(self.own, [QPointF(0, own)])
        update(self.own.name, self.own.setName, chart_text(own_label))
        low_value, q1, median, q3, high_value = box
        self.describe(
            [
                f"{own_label}: {_index(own)}",
                translate(
                    "results",
                    "{peers}: median {median}, quartiles {q1} to {q3}, range {low} to {high}",
                ).format(
                    peers=category,
                    median=_index(median),
                    q1=_index(q1),
                    q3=_index(q3),
                    low=_index(low_value),
                    high=_index(high_value),
                ),
            ]
        )
        _set_index_range(self.index_axis, low, high)
        self.levels.set_marks(marks, low, high)

    def recolour(self) -> None:
        text, background = self.colours()
        fill = QBrush(mix(text, background, 0.75))
        pen = QPen(text, 1.5)
        for item in (self.box, self.box_series):  # the set draws, the series its legend
            update(item.brush, item.setBrush, fill)
            update(item.pen, item.setPen, pen)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        update(self.own.color, self.own.setColor, highlight)
        update(self.own.borderColor, self.own.setBorderColor, text)

    def box_values(self) -> tuple[float, float, float, float, float]:
        low, lower, median, upper, high = (self.box.at(which) for which in _BOX_POSITIONS)
        return low, lower, median, upper, high

    def own_value(self) -> float:
        return self.own.points()[0].y()


_BOX_POSITIONS = (
    QBoxSet.ValuePositions.LowerExtreme,
    QBoxSet.ValuePositions.LowerQuartile,
    QBoxSet.ValuePositions.Median,
    QBoxSet.ValuePositions.UpperQuartile,
    QBoxSet.ValuePositions.UpperExtreme,
)


def _percent(whole: float) -> str:
    """ "59 %" from 59: a whole percent as a chart's label says it."""
    return formats.percent(whole / 100)


def _index(value: float) -> str:
    return formats.decimal(value, 2)


def _dimension_words(value: DimensionValue) -> str:
    if value.value is None:
        shown = translate("results", "no applicable criteria")
    else:
        shown = _percent(value.value)
    return f"{value.category}: {shown}"
