"""The results pane's Respondents tab: the heat map of criteria by respondent with the
consensus, each respondent's own placement and index (the perception gap, by role), and the
largest disagreements with every respondent's rating and notes.

With one voice (an assessment nobody else rated) it shows a hint instead: there is nothing
to compare. Names, roles and notes are the user's text: plain text in the tables, escaped in
the disagreements' rich text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.presentation.respondents import (
    CriterionSpread,
    RespondentsPresentation,
    consensus_text,
    notes_of,
    rating_words,
    respondent_label,
    role_text,
    spread_text,
)
from csmaturity_app.ui.colours import stage_colour
from csmaturity_app.ui.markup import plain_tooltip
from csmaturity_app.ui.results.heat_map import HeatMapModel
from csmaturity_app.ui.wizard.look import MutedLabel, muted_color, scaled_font

# English, the keys of their translations (shown through `_tr`)
ONE_VOICE_HINT = str(
    QT_TRANSLATE_NOOP(
        "RespondentsTab",
        "Only one person rated this assessment. Add respondents (Assessment \u203a "
        "Respondents\u2026) or collect their questionnaires to compare their ratings here.",
    )
)
LEGEND = str(
    QT_TRANSLATE_NOOP(
        "RespondentsTab",
        "Deeper colour: higher rating (0 to {top}). Hatched: not applicable. \u2013: not "
        "rated. \u26a0: scores 2 or more apart. (set): the facilitator set the consensus, else "
        "the median.",
    )
)
GAP_COLUMNS = (
    str(QT_TRANSLATE_NOOP("RespondentsTab", "Respondent")),
    str(QT_TRANSLATE_NOOP("RespondentsTab", "Index")),
    str(QT_TRANSLATE_NOOP("RespondentsTab", "Placed at")),
    str(QT_TRANSLATE_NOOP("RespondentsTab", "Role")),
    str(QT_TRANSLATE_NOOP("RespondentsTab", "Answered")),
)
INDEX_COLUMN, PLACED_COLUMN = 1, 2
GAP_ROWS_SHOWN = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("RespondentsTab", text)


def _ratings_line(p: RespondentsPresentation, row: CriterionSpread) -> str:
    """ "Ratings 1 to 3 (range 2); consensus 2 Largely in place"."""
    return QCoreApplication.translate(
        "RespondentsTab", "Ratings {ratings}; consensus {consensus}"
    ).format(ratings=spread_text(row.spread), consensus=consensus_text(p.model, row))


def disagreements_html(p: RespondentsPresentation, muted: QColor) -> str:
    """The largest disagreements first, each with every respondent's rating and notes."""
    grey = muted.name()
    if not p.disagreements:
        none = QCoreApplication.translate(
            "RespondentsTab", "The respondents disagree on no criterion (a range of 2 or more)."
        )
        return f"<p>{html.escape(none)}</p>"
    parts = ["<ol>"]
    for row in p.disagreements:
        parts.append(
            f"<li style='margin-bottom: 0.6em'><b>{html.escape(row.criterion.id)}</b> "
            f"{html.escape(row.criterion.statement)}<br>"
            f"<span style='color: {grey}'>{html.escape(_ratings_line(p, row))}</span>"
        )
        for r, rating in zip(p.respondents, row.ratings, strict=True):
            parts.append(
                f"<br>{html.escape(r.respondent.name)}: "
                f"<b>{html.escape(rating_words(p.model, rating))}</b>"
            )
            notes = notes_of(rating)
            if notes:
                parts.append(f" <i>\u2014 {html.escape(notes).replace(chr(10), '<br>')}</i>")
        parts.append("</li>")
    parts.append("</ol>")
    return "".join(parts)


def disagreements_text(p: RespondentsPresentation) -> str:
    """The same, as plain text (copied to the clipboard)."""
    lines = []
    for number, row in enumerate(p.disagreements, 1):
        lines.append(f"{number}. {row.criterion.id} {row.criterion.statement}")
        lines.append(f"   {_ratings_line(p, row)}")
        for r, rating in zip(p.respondents, row.ratings, strict=True):
            line = f"   {r.respondent.name}: {rating_words(p.model, rating)}"
            notes = notes_of(rating)
            lines.append(line + (f" \u2014 {' '.join(notes.split())}" if notes else ""))
    return "\n".join(lines) + "\n" if lines else ""


def _heading(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(widget, 1.05, bold=True))
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class RespondentsTab(QWidget):
    """`show_respondents` with several respondents; `show_hint` otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("respondents-tab")
        self.presentation: RespondentsPresentation | None = None
        self._html = ""

        self.hint = MutedLabel(_tr(ONE_VOICE_HINT))
        self.hint.setObjectName("respondents-hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setFont(scaled_font(self.hint, 1.1))

        self.heat_model = HeatMapModel(self.palette(), self)
        self.heat_map = QTableView()
        self.heat_map.setObjectName("heat-map")
        self.heat_map.setAccessibleName(self.tr("Ratings by criterion and respondent"))
        self.heat_map.setModel(self.heat_model)
        self.heat_map.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.heat_map.setWordWrap(False)
        self.heat_map.verticalHeader().setVisible(False)
        self.heat_map.horizontalHeader().setStretchLastSection(True)
        self.heat_map.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.heat_map.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        rows = self.heat_map.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.copy_action = QAction(self.tr("&Copy cells"), self.heat_map)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.setToolTip(
            self.tr("Copy the selected cells as tab-separated text (Ctrl+C)")
        )
        self.copy_action.triggered.connect(self.copy_selection)
        self.heat_map.addAction(self.copy_action)
        self.heat_map.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.legend = MutedLabel()
        self.legend.setObjectName("heat-map-legend")
        self.legend.setWordWrap(True)

        self.gap = QTableWidget(0, len(GAP_COLUMNS))
        self.gap.setObjectName("respondent-results")
        self.gap.setAccessibleName(self.tr("Each respondent's own result"))
        self.gap.setHorizontalHeaderLabels([_tr(column) for column in GAP_COLUMNS])
        self.gap.verticalHeader().setVisible(False)
        self.gap.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.gap.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gap.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.gap.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.disagreements = QTextBrowser()
        self.disagreements.setObjectName("disagreements")
        self.disagreements.setAccessibleName(self.tr("Largest disagreements"))
        self.disagreements.setOpenLinks(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_heading(self.tr("Ratings by respondent"), self))
        left_layout.addWidget(self.heat_map, 1)
        left_layout.addWidget(self.legend)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(_heading(self.tr("Each respondent's own result"), self))
        results_layout.addWidget(self.gap, 1)
        disagreements = QWidget()
        disagreements_layout = QVBoxLayout(disagreements)
        disagreements_layout.setContentsMargins(0, 0, 0, 0)
        disagreements_layout.addWidget(_heading(self.tr("Largest disagreements"), self))
        disagreements_layout.addWidget(self.disagreements, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(results)
        right.addWidget(disagreements)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    # -- what is shown

    @property
    def several(self) -> bool:
        return self.stack.currentWidget() is self.splitter

    def show_hint(self, text: str = ONE_VOICE_HINT) -> None:
        self.presentation = None
        text = _tr(text)  # one of ours, in English: its translation
        if self.hint.text() != text:
            self.hint.setText(text)
        self.stack.setCurrentWidget(self.hint)

    def show_respondents(self, p: RespondentsPresentation) -> None:
        if not p.several:
            self.show_hint()
            return
        same = self.presentation == p
        self.presentation = p
        if not same:  # a refresh that changed nothing keeps the selection and scroll
            self.heat_model.show(p)
            self._size_columns()
            self._show_gap(p)
            self.legend.setText(_tr(LEGEND).format(top=p.model.max_score))
            self._render()
        self.stack.setCurrentWidget(self.splitter)

    def _size_columns(self) -> None:
        """Narrow respondent columns (a name too long is elided: the header's tooltip gives
        it whole), the statement taking the room that is left."""
        header = self.heat_map.horizontalHeader()
        model = self.heat_model
        width = (
            self.fontMetrics().horizontalAdvance("N/A") + 5 * self.fontMetrics().averageCharWidth()
        )
        for column in range(model.columnCount()):
            if model.is_respondent(column):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
            elif column == model.statement_column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _show_gap(self, p: RespondentsPresentation) -> None:
        self.gap.setRowCount(len(p.respondents))
        # every respondent in sight (up to a handful): the perception gap is read at a glance,
        # the disagreements below scroll
        shown = min(len(p.respondents), GAP_ROWS_SHOWN)
        rows = self.gap.verticalHeader().defaultSectionSize() * shown
        frame = 2 * self.gap.frameWidth() + self.gap.horizontalScrollBar().sizeHint().height()
        self.gap.setMinimumHeight(self.gap.horizontalHeader().sizeHint().height() + rows + frame)
        for row, r in enumerate(p.respondents):
            values = (r.respondent.name, r.index, r.placed_label, role_text(r.respondent))
            for column, value in enumerate((*values, r.answered_text)):
                item = QTableWidgetItem(value)
                item.setToolTip(plain_tooltip(f"{respondent_label(r.respondent)}: {value}"))
                if column == INDEX_COLUMN:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == PLACED_COLUMN and r.result.placed is not None:
                    item.setData(Qt.ItemDataRole.DecorationRole, stage_colour(r.placed_level))
                self.gap.setItem(row, column, item)

    def _render(self) -> None:
        if self.presentation is None:
            return
        rich = disagreements_html(self.presentation, muted_color(self.palette()))
        if rich != self._html:
            self._html = rich
            scroll = self.disagreements.verticalScrollBar().value()
            self.disagreements.setHtml(rich)
            self.disagreements.verticalScrollBar().setValue(scroll)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.heat_model.set_palette(self.palette())
            self._html = ""
            self._render()

    # -- copying

    def selection_text(self) -> str:
        cells = [(i.row(), i.column()) for i in self.heat_map.selectionModel().selectedIndexes()]
        return self.heat_model.tsv(cells)

    def copy_selection(self) -> None:
        """Ctrl+C in the heat map: the selected cells, as a spreadsheet pastes them."""
        text = self.selection_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def plain_text(self) -> str:
        """The whole tab as text: the heat map (tab-separated), then the disagreements."""
        p = self.presentation
        if p is None:
            return ""
        people = "\n".join(
            self.tr("{respondent}: {placed}, index {index}, {answered}").format(
                respondent=respondent_label(r.respondent),
                placed=r.placed_label,
                index=r.index,
                answered=r.answered_text,
            )
            for r in p.respondents
        )
        parts = [self.heat_model.all_tsv(), people + "\n"]
        disagreements = disagreements_text(p)
        if disagreements:
            parts.append(self.tr("Largest disagreements") + "\n" + disagreements)
        return "\n".join(parts)
