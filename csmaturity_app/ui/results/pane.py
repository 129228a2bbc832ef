"""The results pane: for the selected assessment (or two, to compare), the verdict at the top
and, in tabs, stage attainment, dimension profile, next steps, progression over time, what
changed, and the peers. It follows `Operations`: answers given in the wizard show here a
moment later (debounced, so that rating quickly by keyboard stays smooth).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.errors import UserFacingError
from csmaturity_app.ui.key_names import key_name
from csmaturity_app.ui.markup import plain_message
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results.setters import update
from csmaturity_app.ui.results.tab_bar import AccentTabBar
from csmaturity_app.ui.wizard.look import MutedLabel, scaled_font

# What the pane needs only to draw results (the data behind the charts, the panels, the
# store queries, saving and copying) is imported when first used: a start shows the empty
# state, and importing these before the first paint costs it some 15 ms.
if TYPE_CHECKING:
    from csmaturity_app.store import ScoredRecord, TargetView
    from csmaturity_app.ui.results.chart_data import LevelMark
    from csmaturity_app.ui.results.charts import ResultChart
    from csmaturity_app.ui.results.loading import Assessments, Context

# English, the key of its translation (shown through tr)
EMPTY_TEXT = str(QT_TRANSLATE_NOOP("ResultsPane", "Select an assessment to see its results"))
DEBOUNCE_MS = 150


def _hint_label(text: str = "") -> QLabel:
    label = MutedLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFont(scaled_font(label, 1.1))
    return label


class _ChartOrHint(QStackedWidget):
    """A chart, or a hint in its place when there is nothing to draw."""

    def __init__(self, chart: ResultChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.hint = _hint_label()
        self.hint.setObjectName(f"{chart.slug}-hint")
        self.addWidget(chart)
        self.addWidget(self.hint)

    def show_chart(self) -> None:
        if self.currentWidget() is not self.chart:
            self.setCurrentWidget(self.chart)

    def show_hint(self, text: str) -> None:
        update(self.hint.text, self.hint.setText, text)
        if self.currentWidget() is not self.hint:
            self.setCurrentWidget(self.hint)

    @property
    def chart_shown(self) -> bool:
        return self.currentWidget() is self.chart


class ResultsPane(QWidget):
    """`show_assessments([])`: the empty state; `[id]`: that assessment; `[before, after]`:
    the second assessment, compared with the first."""

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.operations = operations
        self.ids: tuple[str, ...] = ()
        self.assessments: Assessments | None = None
        self.context: Context | None = None
        self._context_stale = True
        self.target: TargetView | None = None  # the organization's, on the shown model
        self._target_stale = True
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_now)
        # a plan change redraws only the target (the line under the verdict, the chart's),
        # once the Roadmap tab, which reads the plan on the same signal, has read it
        self._target_timer = QTimer(self, singleShot=True, interval=0)
        self._target_timer.timeout.connect(self._refresh_target)
        self._build()
        self._build_actions()
        self._connect(operations)
        self._show_empty(self.tr(EMPTY_TEXT))

    # -- building

    def _build(self) -> None:
        self.empty = _hint_label(self.tr(EMPTY_TEXT))
        self.empty.setObjectName("results-empty")
        self.copy_button = QToolButton()
        self.save_button = QToolButton()
        self.content: QWidget | None = None  # the verdict and the tabs: see build_charts
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def build_charts(self) -> None:
        """Build the verdict and the tabs with their charts, if not built yet.

        Not in `__init__`: importing QtCharts and building the charts costs a good part of a
        cold start, and the window's first paint does not show them (the pane shows its empty
        state until an assessment is drawn). The window calls this once it has painted, and
        the first drawing calls it if that comes first.
        """
        if self.content is not None:
            return
        from csmaturity_app.ui.results.charts import (
            DimensionChart,
            PeerChart,
            ProgressionChart,
            StageChart,
        )
        from csmaturity_app.ui.results.panels import (
            ChangesView,
            NextStepsView,
            PeerFiguresView,
            VerdictBar,
        )
        from csmaturity_app.ui.results.respondents_tab import RespondentsTab
        from csmaturity_app.ui.results.roadmap_tab import RoadmapTab

        self.verdict = VerdictBar()
        self.stage_chart = StageChart()
        self.dimension_chart = DimensionChart()
        self.next_steps = NextStepsView()
        self.progression_chart = ProgressionChart()
        self.progression = _ChartOrHint(self.progression_chart)
        self.changes = ChangesView()
        self.peer_chart = PeerChart()
        self.peer_figures = PeerFiguresView()
        self.peers_chart_box = _ChartOrHint(self.peer_chart)
        # The figures in a column as wide as their captions and some 22 characters (the
        # figures' room, in any language); the chart takes the rest.
        # Scrolled when the pane is low: squeezed, a wrapped figure would lose its last lines.
        figures = QScrollArea()
        figures.setAccessibleName(self.tr("Peer figures"))
        figures.setWidget(self.peer_figures)
        figures.setWidgetResizable(True)
        figures.setFrameShape(QFrame.Shape.NoFrame)
        figures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        figures.setMaximumWidth(
            self.peer_figures.caption_width() + self.fontMetrics().averageCharWidth() * 22
        )
        peers = QWidget()
        peers_layout = QHBoxLayout(peers)
        peers_layout.addWidget(figures, 2)
        peers_layout.addWidget(self.peers_chart_box, 3)
        self.peers = peers
        self.respondents = RespondentsTab()
        self.roadmap = RoadmapTab(self.operations)

        self.tabs = QTabWidget()
        self.tabs.setTabBar(AccentTabBar(self.tabs))
        self.tabs.setObjectName("results-tabs")
        self.tabs.setAccessibleName(self.tr("Results"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        for widget, title, tip in (
            (self.stage_chart, self.tr("Stages"), self.tr("How far each stage is attained")),
            (self.dimension_chart, self.tr("Dimensions"), self.tr("The score of each dimension")),
            (
                self.next_steps,
                self.tr("Next steps"),
                self.tr("What to put in place to reach the next stage"),
            ),
            (
                self.roadmap,
                self.tr("Roadmap"),
                self.tr("The organization's targets, and the actions to reach them"),
            ),
            (
                self.progression,
                self.tr("Progression"),
                self.tr("The maturity index of each completed assessment"),
            ),
            (
                self.changes,
                self.tr("What changed"),
                self.tr("The criteria that moved between two assessments"),
            ),
            (
                self.peers,
                self.tr("Peers"),
                self.tr("Where the organization stands against the others"),
            ),
            (
                self.respondents,
                self.tr("Respondents"),
                self.tr("How each respondent rated, and where they differ"),
            ),
        ):
            index = self.tabs.addTab(widget, title)
            self.tabs.setTabToolTip(index, tip)
        self.tabs.currentChanged.connect(lambda _index: self._update_actions())

        # Copy and Save beside the status, above the tabs: in the tabs' corner they would
        # take the room of the tabs' names, which run longer in other languages.
        self.verdict.add_tools([self.copy_button, self.save_button])

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.verdict)
        content_layout.addWidget(self.tabs, 1)

        self.stack.addWidget(content)
        self.content = content
        self._add_chart_actions()

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.copy_action = QAction(self.tr("&Copy chart"), self)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.setShortcutContext(context)
        self.copy_action.setToolTip(
            self.tr("Copy the chart of this tab to the clipboard ({keys})").format(
                keys=key_name("Ctrl+Shift+C")
            )
        )
        self.copy_action.triggered.connect(self.copy_current)
        self.save_action = QAction(self.tr("&Save chart as PNG\u2026"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.setShortcutContext(context)
        self.save_action.setToolTip(
            self.tr("Save the chart of this tab as a PNG image ({keys})").format(
                keys=key_name("Ctrl+Shift+S")
            )
        )
        self.save_action.triggered.connect(self.save_current)
        self.addAction(self.copy_action)
        self.addAction(self.save_action)
        for button, action, text in (
            (self.copy_button, self.copy_action, self.tr("Copy")),
            (self.save_button, self.save_action, self.tr("Save PNG\u2026")),
        ):
            button.setText(text)  # shorter than the action's text, which a menu may show
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)

    def _add_chart_actions(self) -> None:
        from csmaturity_app.ui.results.export import copy_chart

        for chart in self.charts():
            for verb, slot in (
                (self.tr("Copy chart"), copy_chart),
                (self.tr("Save chart as PNG\u2026"), None),
            ):
                action = QAction(verb, chart)
                if slot is not None:
                    action.triggered.connect(lambda _checked=False, c=chart: copy_chart(c))
                else:
                    action.triggered.connect(lambda _checked=False, c=chart: self.save(c))
                chart.addAction(action)

    def _connect(self, operations: Operations) -> None:
        operations.answerChanged.connect(self._answer_changed)
        operations.assessmentRecordChanged.connect(self._assessment_changed)
        operations.assessmentListChanged.connect(self._assessments_changed)
        operations.organizationsChanged.connect(self._organizations_changed)
        operations.planChanged.connect(self._plan_changed)

    def _disconnect(self, operations: Operations) -> None:
        operations.answerChanged.disconnect(self._answer_changed)
        operations.assessmentRecordChanged.disconnect(self._assessment_changed)
        operations.assessmentListChanged.disconnect(self._assessments_changed)
        operations.organizationsChanged.disconnect(self._organizations_changed)
        operations.planChanged.disconnect(self._plan_changed)

    def set_operations(self, operations: Operations) -> None:
        """Another store was opened: follow its operations, and show nothing until told."""
        self._disconnect(self.operations)
        self.operations = operations
        self._connect(operations)
        if self.content is not None:
            self.roadmap.set_operations(operations)
        self.show_assessments(())

    def charts(self) -> list[ResultChart]:
        if self.content is None:
            return []
        return [self.stage_chart, self.dimension_chart, self.progression_chart, self.peer_chart]

    # -- what is shown

    def show_assessments(self, ids: Sequence[str]) -> None:
        """0 ids: the empty state; 1: that assessment; 2: the first before, the second after.

        Drawn a moment later (or at once with `refresh_now`), so that moving quickly through a
        list of assessments draws only the one the user stops on. Selecting again what is
        shown (a list reloaded after an answer) does nothing: the pane follows changes itself.
        """
        ids = tuple(ids)
        if ids == self.ids and (self.assessments is not None or self._timer.isActive()):
            return
        self.ids = ids
        self._context_stale = True
        if not ids:
            self._timer.stop()
            self.assessments = self.context = None
            self._show_empty(self.tr(EMPTY_TEXT))
            return
        self._timer.start()

    def stop_refreshing(self) -> None:
        """Drop the refreshes waiting to run: the store is closing, and they would read it."""
        self._timer.stop()
        self._target_timer.stop()
        roadmap = getattr(self, "roadmap", None)  # made with the tabs, when first needed
        if roadmap is not None:
            roadmap.stop_refreshing()

    def refresh_now(self) -> None:
        """Read the shown assessments again and redraw (the debounced refresh, right now)."""
        self._timer.stop()
        if not self.ids:
            return
        from csmaturity_app.ui.results.loading import load_assessments, load_context, target_of

        store = self.operations.store
        self.build_charts()
        try:
            assessments = load_assessments(store, self.ids)
            context = self.context
            if (
                self._context_stale
                or context is None
                or context.organization_id != assessments.after.record.organization_id
                or context.model_id != assessments.after.model.id
            ):
                context = load_context(store, assessments.after)
        except UserFacingError as exc:
            self.assessments = self.context = None
            self._show_empty(
                self.tr("These results cannot be shown: {problem}").format(problem=exc)
            )
            return
        # the tab reads its organization's plan only when that is another one, or changed
        self.roadmap.show_assessment(assessments.after)
        if self._target_stale or context is not self.context:
            self.target = target_of(self.roadmap.plan_view(), context.model_id)
            self._target_timer.stop()
        self.assessments, self.context = assessments, context
        self._context_stale = self._target_stale = False
        self._draw(assessments, context)

    def _schedule(self, context: bool) -> None:
        if not self.ids:
            return
        self._context_stale = self._context_stale or context
        self._target_stale = self._target_stale or context
        self._timer.start()

    def _answer_changed(self, assessment_id: str, _criterion_id: str) -> None:
        # A draft's answers change neither the progression (completed assessments only) nor
        # the peers (other organizations): only the shown assessments are read again.
        latest = self.target.latest if self.target is not None else None
        if latest is not None and latest.record.id == assessment_id:
            self._target_stale = True  # the placement the gap is measured from
            self._schedule(context=False)
        elif assessment_id in self.ids:
            self._schedule(context=False)

    def _assessment_changed(self, _assessment_id: str) -> None:
        # Its status changed: the progression, or a peer's latest completed assessment, may too.
        self._schedule(context=True)

    def _assessments_changed(self, organization_id: str) -> None:
        if self.context is None or organization_id in ("", self.context.organization_id):
            self._schedule(context=True)

    def _plan_changed(self, organization_id: str) -> None:
        if self.context is not None and organization_id == self.context.organization_id:
            self._target_stale = True
            self._target_timer.start()

    def _refresh_target(self) -> None:
        """The target line and the progression chart's target, from the plan as the Roadmap
        tab read it (a plan change alters nothing else the pane draws)."""
        from csmaturity_app.ui.results.loading import target_of

        context = self.context
        if not self._target_stale or context is None or self.assessments is None:
            return
        self.target = target_of(self.roadmap.plan_view(), context.model_id)
        self._target_stale = False
        self._draw_target(context)

    def _organizations_changed(self) -> None:
        self._schedule(context=True)  # renamed (the verdict names it), deleted (peers)

    # -- drawing

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
        self._update_actions()

    def _draw(self, assessments: Assessments, context: Context) -> None:
        from csmaturity_app.presentation import present_scored
        from csmaturity_app.ui.results import chart_data as data

        self.build_charts()
        after, before = assessments.after, assessments.before
        result = after.result
        comparable = before is not None and assessments.comparison is not None
        compare_text = ""
        if before is not None and comparable:
            compare_text = data.before_after_text(before.result, before.record.assessed_on, result)
        elif before is not None:
            compare_text = assessments.comparison_problem
        presentation = present_scored(after)
        self.verdict.show_verdict(data.verdict(presentation, after.record), compare_text)

        compared = before.record if before is not None and comparable else None
        for chart in self.charts():
            chart.set_title(data.chart_title(chart.slug, after.record, compared))
        background = self.stage_chart.palette().color(QPalette.ColorRole.Base)
        model = after.model
        self.stage_chart.show_stages(
            data.stage_bars(result, background),
            data.threshold_percent(model),
            data.threshold_name(model),
            data.stage_values(before.result) if before is not None and comparable else None,
            data.series_name("before", before.record) if before is not None else "",
        )
        self.dimension_chart.show_profile(
            data.dimension_profile(result),
            data.series_name("after", after.record)
            if before is not None and comparable
            else after.record.assessed_on.isoformat(),
            data.dimension_profile(before.result) if before is not None and comparable else None,
            data.series_name("before", before.record) if before is not None else "",
        )
        self.next_steps.show_steps(presentation.next_steps)

        self._draw_target(context)
        marks = data.level_marks(context.index_model)

        if assessments.comparison is not None:
            self.changes.show_changes(
                data.comparison_summary(assessments.comparison),
                data.change_rows(assessments.comparison),
            )
        else:
            self.changes.show_hint(assessments.comparison_problem or data.compare_hint())

        self._draw_peers(after, context, marks)
        self._draw_respondents(assessments)

        content = self.content
        assert content is not None  # built at the top
        if self.stack.currentWidget() is not content:
            self.stack.setCurrentWidget(content)
        self._update_actions()

    def _draw_target(self, context: Context) -> None:
        """The target under the verdict, and the progression drawn towards its date."""
        from csmaturity_app.ui.results import chart_data as data

        today = date.today()
        self.verdict.show_target(data.target_text(self.target, today))
        lines = data.progression_lines(context.progression)
        hint = data.progression_hint(data.progression_point_count(lines))
        if hint:
            self.progression.show_hint(hint)
            return
        due = self.target.target.due_on if self.target is not None else None
        first, last = data.date_range(lines, due)
        self.progression_chart.show_lines(
            lines,
            data.level_marks(context.index_model),
            context.index_low,
            context.index_high,
            first,
            last,
        )
        self.progression_chart.show_target(data.target_line(self.target, lines, last, today))
        self.progression.show_chart()

    def _draw_peers(self, after: ScoredRecord, context: Context, marks: list[LevelMark]) -> None:
        from csmaturity_app.ui.results import chart_data as data
        from csmaturity_app.ui.results.loading import position_of

        position = position_of(after, context)
        figures = data.peer_figures(position, context.peers)
        self.peer_figures.show_figures(figures)
        self.peer_figures.show()
        if figures.box is None:
            self.peers_chart_box.show_hint(figures.caveat)
        else:
            self.peer_chart.show_peers(
                figures.box,
                position.count,
                position.own_index,
                self.tr("This assessment ({index})").format(index=figures.own),
                marks,
                context.index_low,
                context.index_high,
            )
            self.peers_chart_box.show_chart()

    def _draw_respondents(self, assessments: Assessments) -> None:
        from csmaturity_app.presentation.respondents import present_respondents

        view = assessments.respondents
        if view is None or not view.several:
            self.respondents.show_hint()
        else:
            self.respondents.show_respondents(present_respondents(view))

    # -- save and copy

    def current_chart(self) -> ResultChart | None:
        """The chart of the current tab, if it shows one."""
        if self.content is None or self.stack.currentWidget() is not self.content:
            return None
        from csmaturity_app.ui.results.charts import ResultChart  # imported by build_charts

        widget = self.tabs.currentWidget()
        if isinstance(widget, ResultChart):
            return widget
        if widget is self.progression and self.progression.chart_shown:
            return self.progression_chart
        if widget is self.peers and self.peers_chart_box.chart_shown:
            return self.peer_chart
        return None

    def _current_text(self) -> str:
        if self.stack.currentWidget() is not self.content:
            return ""
        widget = self.tabs.currentWidget()
        if widget is self.next_steps:
            return self.next_steps.plain_text()
        if widget is self.changes:
            return self.changes.plain_text()
        if widget is self.respondents:
            return self.respondents.plain_text()
        return ""

    def _update_actions(self) -> None:
        chart = self.current_chart()
        text = self._current_text()
        can_save, can_copy = chart is not None, chart is not None or bool(text)
        copy_text = (
            self.tr("&Copy chart") if chart is not None or not text else self.tr("&Copy text")
        )
        for action, button, enabled in (
            (self.save_action, self.save_button, can_save),
            (self.copy_action, self.copy_button, can_copy),
        ):
            update(action.isEnabled, action.setEnabled, enabled)
            update(button.isEnabled, button.setEnabled, enabled)
        update(self.copy_action.text, self.copy_action.setText, copy_text)

    def copy_current(self) -> None:
        """Copy the current tab's chart (or, on a tab of text, its text) to the clipboard."""
        from csmaturity_app.ui.results.export import copy_chart

        chart = self.current_chart()
        if chart is not None:
            copy_chart(chart)
            return
        text = self._current_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def save_current(self) -> None:
        chart = self.current_chart()
        if chart is not None:
            self.save(chart)

    def save(self, chart: ResultChart) -> None:
        from csmaturity_app.ui.results.chart_data import export_file_name
        from csmaturity_app.ui.results.export import save_chart

        if self.assessments is None:
            return
        record = self.assessments.after.record
        name = export_file_name(record.organization_name, chart.slug, record.assessed_on)
        try:
            save_chart(chart, name, self)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save chart"), plain_message(str(exc)))
