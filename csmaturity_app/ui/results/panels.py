"""The parts of the results pane that are not charts: the verdict, the next steps (an action
plan), what changed between two assessments, and the peer figures."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.presentation import NextSteps
from csmaturity_app.ui.colours import stage_colour
from csmaturity_app.ui.markup import plain_tooltip
from csmaturity_app.ui.results.chart_data import (
    ChangeRow,
    PeerFigures,
    Verdict,
    direction_words,
    next_steps_html,
    next_steps_text,
)
from csmaturity_app.ui.wizard.look import MutedLabel, muted_color, scaled_font, wrapped_label


def set_text(label: QLabel, text: str) -> None:
    """Set a label's text only if it changes (a refresh mostly changes a few figures)."""
    if label.text() != text:
        label.setText(text)


def set_shown(widget: QWidget, shown: bool) -> None:
    if widget.isHidden() == shown:
        widget.setVisible(shown)


class Swatch(QWidget):
    """A small square in a stage's colour (an outline only when there is no stage)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour: QColor | None = None
        side = self.fontMetrics().height()
        self.setFixedSize(QSize(side, side))

    def set_colour(self, colour: QColor | None) -> None:
        if colour != self.colour:
            self.colour = colour
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(text if self.colour is None else self.colour, 1.5))
        painter.setBrush(QBrush(self.colour) if self.colour is not None else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3, 3)
        painter.end()


class VerdictBar(QFrame):
    """Always at the top: the placed stage in large type, the maturity index, how much is
    answered, the status, the model and the date; when comparing, where "before" stood."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict")
        self.setAccessibleName(self.tr("Verdict"))
        self.swatch = Swatch()
        self.swatch.setAccessibleName(self.tr("Colour of the placed stage"))
        self.headline = QLabel()
        self.headline.setObjectName("verdict-headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setFont(scaled_font(self, 1.6, bold=True))
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setToolTip(self.tr("The stage the organization is placed in"))
        self.figures = QLabel()
        self.figures.setObjectName("verdict-figures")
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setFont(scaled_font(self, 1.1))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("verdict-status")
        self.status.setFont(scaled_font(self, 1.0, bold=True))
        self.context = MutedLabel()
        self.context.setObjectName("verdict-context")
        # The organization's target on this model and the gap to it; hidden without one.
        self.target = wrapped_label()
        self.target.setObjectName("verdict-target")
        self.target.setAccessibleName(self.tr("Target"))
        self.target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.target.hide()
        self.comparison = wrapped_label()
        self.comparison.setObjectName("verdict-comparison")
        # Where the placement roughly stands in the other model; the caveats in its tooltip.
        self.crosswalk = MutedLabel()
        self.crosswalk.setObjectName("verdict-crosswalk")

        top = QHBoxLayout()
        top.addWidget(self.swatch, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.headline, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        self.top = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.target)
        layout.addWidget(self.comparison)
        layout.addWidget(self.crosswalk)
        layout.addWidget(self.context)

    def add_tools(self, widgets: Sequence[QWidget]) -> None:
        """Put the pane's buttons at the right of the top line, after the status."""
        self.top.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        for widget in widgets:
            self.top.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_verdict(self, verdict: Verdict, comparison: str = "") -> None:
        self.swatch.set_colour(stage_colour(verdict.level) if verdict.placed else None)
        set_text(self.headline, verdict.headline)
        set_text(self.figures, f"{verdict.index} \u00b7 {verdict.answered}")
        set_text(self.status, verdict.status)
        set_text(self.context, verdict.context)
        set_text(self.comparison, comparison)
        set_shown(self.comparison, bool(comparison))
        set_text(self.crosswalk, verdict.crosswalk)
        if self.crosswalk.toolTip() != verdict.crosswalk_tooltip:
            self.crosswalk.setToolTip(verdict.crosswalk_tooltip)
        set_shown(self.crosswalk, bool(verdict.crosswalk))

    def show_target(self, text: str) -> None:
        """ "Target: Phase 3 Scaling by 2027-06-30 · 1 stage to go, …", or "" for none."""
        set_text(self.target, text)
        set_shown(self.target, bool(text))


class NextStepsView(QWidget):
    """The criteria to raise to reach the next stage, weakest first, read as an action plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.swatch = Swatch()
        self.heading = QLabel()
        self.heading.setObjectName("next-steps-heading")
        self.heading.setFont(scaled_font(self, 1.2, bold=True))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.browser = QTextBrowser()
        self.browser.setObjectName("next-steps")
        self.browser.setAccessibleName(self.tr("Next steps"))
        self.browser.setOpenLinks(False)
        self.steps: NextSteps | None = None
        self._html = ""
        row = QHBoxLayout()
        row.addWidget(self.swatch)
        row.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)

    def show_steps(self, steps: NextSteps) -> None:
        self.steps = steps
        self.swatch.set_colour(stage_colour(steps.level) if steps.level is not None else None)
        set_shown(self.swatch, steps.level is not None)
        set_text(self.heading, steps.heading)
        self._render()

    def _render(self) -> None:
        if self.steps is None:
            return
        html = next_steps_html(self.steps, muted_color(self.palette()))
        if html != self._html:  # keep the reader's place when the plan is the same
            self._html = html
            scroll = self.browser.verticalScrollBar().value()
            self.browser.setHtml(html)
            self.browser.verticalScrollBar().setValue(scroll)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()

    def criterion_ids(self) -> list[str]:
        return [step.criterion_id for step in self.steps.steps] if self.steps else []

    def plain_text(self) -> str:
        return next_steps_text(self.steps) if self.steps else ""


class ChangesView(QWidget):
    """What changed from "before" to "after": the criteria that moved, by stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = wrapped_label()
        self.summary.setObjectName("changes-summary")
        self.hint = MutedLabel()
        self.hint.setObjectName("changes-hint")
        self.tree = QTreeWidget()
        self.tree.setObjectName("changes")
        self.tree.setAccessibleName(self.tr("Criteria that changed"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Change"),
                self.tr("Criterion"),
                self.tr("Before \u2192 after"),
                self.tr("Stage"),
                self.tr("Statement"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.rows: list[ChangeRow] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)

    def show_hint(self, text: str) -> None:
        if self.rows:
            self.rows = []
            self.tree.clear()
        set_shown(self.tree, False)
        set_shown(self.summary, False)
        set_text(self.hint, text)
        set_shown(self.hint, True)

    def show_changes(self, summary: str, rows: Sequence[ChangeRow]) -> None:
        set_text(self.summary, summary)
        set_shown(self.summary, True)
        set_shown(self.tree, bool(rows))
        nothing = self.tr("No answer changed between the two assessments.")
        set_text(self.hint, "" if rows else nothing)
        set_shown(self.hint, not rows)
        if list(rows) == self.rows and self.tree.topLevelItemCount() == len(rows):
            return
        self.rows = list(rows)
        self.tree.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [
                    f"{row.arrow} {direction_words(row.direction)}",
                    row.criterion_id,
                    row.movement,
                    row.stage_label,
                    row.statement,
                ]
            )
            item.setToolTip(4, plain_tooltip(row.statement))
            self.tree.addTopLevelItem(item)

    def plain_text(self) -> str:
        if not self.rows:
            return self.hint.text() + "\n"
        lines = [self.summary.text(), ""]
        lines += [
            f"{r.arrow} {r.criterion_id} ({r.stage_label}): {r.movement}. {r.statement}"
            for r in self.rows
        ]
        return "\n".join(lines) + "\n"


class PeerFiguresView(QWidget):
    """The organization against its peers, in figures, with the caveat when they are few."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLabel] = {}
        self.captions: list[str] = []
        # A grid, not a form: a form gives a wrapped figure one line's height, so a longer
        # language's "en dessous de tous ses pairs" lost its last word.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        for row, (key, caption) in enumerate(
            (
                ("own", self.tr("This assessment")),
                ("rank", self.tr("Rank")),
                ("median", self.tr("Median of peers")),
                ("quartiles", self.tr("Middle half of peers")),
                ("percentile", self.tr("Position")),
            )
        ):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setObjectName(f"peer-{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addWidget(QLabel(caption), row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(label, row, 1)
            self.fields[key] = label
            self.captions.append(caption)
        self.fields["own"].setFont(scaled_font(self, 1.0, bold=True))
        self.fields["rank"].setFont(scaled_font(self, 1.0, bold=True))
        self.count = MutedLabel()
        self.count.setObjectName("peer-count")
        self.caveat = wrapped_label()
        self.caveat.setObjectName("peer-caveat")
        self.caveat.setFont(scaled_font(self, 1.0, bold=True))
        explanation = MutedLabel(
            self.tr(
                "Peers: the other organizations in this store assessed with the same model, "
                "each by its latest completed assessment. Rank 1 is the highest index."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.caveat)
        layout.addWidget(explanation)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def caption_width(self) -> int:
        """The room the widest caption takes, with the form's spacing."""
        metrics = self.fontMetrics()
        return (
            max(metrics.horizontalAdvance(c) for c in self.captions)
            + 3 * metrics.averageCharWidth()
        )

    def show_figures(self, figures: PeerFigures) -> None:
        for key in ("own", "rank", "median", "quartiles", "percentile"):
            set_text(self.fields[key], getattr(figures, key))
        set_text(self.count, figures.count)
        set_text(self.caveat, f"\u26a0 {figures.caveat}" if figures.caveat else "")
        set_shown(self.caveat, bool(figures.caveat))

    def text_of(self, key: str) -> str:
        return self.fields[key].text()
