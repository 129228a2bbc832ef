"""The heat map of the Respondents tab: criteria down; across, the disagreement flag (first,
where a narrow pane still shows it), each respondent, the consensus, the range, and the
criterion's statement.

A cell's colour says its rating at a glance, and its number says it exactly (colour is never
the only cue): one hue, deeper with the rating, mixed into the view's own background so that
it reads in light and dark themes with the view's text colour. Not applicable is hatched,
unanswered left blank with a dash: neither can be mistaken for a 0.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from csmaturity_app.exchange.csv_format import neutralise
from csmaturity_app.presentation.respondents import (
    CriterionSpread,
    RespondentsPresentation,
    consensus_text,
    rating_cell,
    rating_words,
    respondent_label,
    spread_text,
)
from csmaturity_app.ui.colours import mix
from csmaturity_app.ui.markup import plain_tooltip

HEAT = QColor("#0072B2")  # Okabe-Ito blue: one hue, read by most colour-blind readers
LIGHTEST, DEEPEST = 0.12, 0.62  # how much of it a 0 and a top rating take
FLAG = "\u26a0"  # a warning sign: said in words by its tooltip and accessible text

Index = QModelIndex | QPersistentModelIndex


def heat_fill(score: int, top: int, background: QColor) -> QColor:
    """The fill of a rating: deeper with the score, from a tint of the background for 0."""
    share = score / top if top else 0.0
    return mix(background, HEAT, LIGHTEST + (DEEPEST - LIGHTEST) * share)


def not_applicable_brush(text: QColor, background: QColor) -> QBrush:
    """Hatched in a faint line of the text colour: no rating, by choice."""
    return QBrush(mix(background, text, 0.3), Qt.BrushStyle.BDiagPattern)


class HeatMapModel(QAbstractTableModel):
    """Read-only: one row per criterion of the presentation, in model order."""

    def __init__(self, palette: QPalette, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.presentation: RespondentsPresentation | None = None
        self.rows: tuple[CriterionSpread, ...] = ()
        self.people = 0
        self._palette = palette

    # -- what is shown

    def show(self, presentation: RespondentsPresentation) -> None:
        self.beginResetModel()
        self.presentation = presentation
        self.rows = presentation.criteria
        self.people = len(presentation.respondents)
        self.endResetModel()

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        if self.rows:
            last = self.index(len(self.rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # columns: criterion, disagreement flag, each respondent, consensus, range, statement
    flag_column = 1
    first_respondent = 2

    def is_respondent(self, column: int) -> bool:
        return self.first_respondent <= column < self.first_respondent + self.people

    def respondent_at(self, column: int) -> int:
        return column - self.first_respondent

    @property
    def consensus_column(self) -> int:
        return self.first_respondent + self.people

    @property
    def range_column(self) -> int:
        return self.consensus_column + 1

    @property
    def statement_column(self) -> int:
        return self.consensus_column + 2

    # -- the model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.presentation is None else self.statement_column + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        p = self.presentation
        if orientation != Qt.Orientation.Horizontal or p is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self.is_respondent(section):
                return p.respondents[self.respondent_at(section)].respondent.name
            return {
                0: self.tr("Criterion"),
                self.flag_column: FLAG,
                self.consensus_column: self.tr("Consensus"),
                self.range_column: self.tr("Range"),
                self.statement_column: self.tr("Statement"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.is_respondent(section):
                who = p.respondents[self.respondent_at(section)].respondent
                return plain_tooltip(respondent_label(who))
            if section == self.flag_column:
                return self.tr("Disagreement: the respondents' scores lie 2 or more apart")
            if section == self.consensus_column:
                return self.tr(
                    "The rating that is scored: the median, unless the facilitator set it"
                )
            if section == self.range_column:
                return self.tr("Highest score minus lowest (not applicable left out)")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        p = self.presentation
        if p is None or not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (0, self.statement_column):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column in (self.consensus_column, self.flag_column):
            font = QFont()
            font.setBold(column == self.flag_column or row.consensus_set)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(row, column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- cells

    def cell_text(self, row: CriterionSpread, column: int) -> str:
        if column == 0:
            return row.criterion.id
        if self.is_respondent(column):
            return rating_cell(row.ratings[self.respondent_at(column)])
        if column == self.consensus_column:
            text = rating_cell(row.consensus)
            return self.tr("{rating} (set)").format(rating=text) if row.consensus_set else text
        if column == self.range_column:
            return "\u2013" if row.spread.range is None else str(row.spread.range)
        if column == self.flag_column:
            return FLAG if row.spread.disagreement else ""
        if column == self.statement_column:
            return row.criterion.statement
        return ""

    def _tooltip(self, row: CriterionSpread, column: int) -> str:
        p = self.presentation
        assert p is not None
        model = p.model
        if self.is_respondent(column):
            who = p.respondents[self.respondent_at(column)].respondent
            rating = row.ratings[self.respondent_at(column)]
            text = f"{row.criterion.id}, {respondent_label(who)}: {rating_words(model, rating)}"
            if rating is not None and rating.notes.strip():
                notes = self.tr("Notes: {notes}").format(notes=rating.notes.strip())
                text += f"\n{notes}"
        elif column == self.consensus_column:
            text = self.tr("{criterion}, consensus: {consensus}").format(
                criterion=row.criterion.id, consensus=consensus_text(model, row)
            )
        elif column == self.flag_column:
            if row.spread.disagreement:
                said = self.tr("the respondents disagree")
            else:
                said = self.tr("no disagreement")
            text = self.tr("{criterion}: {said}; ratings {ratings}").format(
                criterion=row.criterion.id, said=said, ratings=spread_text(row.spread)
            )
        elif column == self.range_column:
            text = f"{row.criterion.id}: {spread_text(row.spread)}"
        else:
            text = f"{row.criterion.id}: {row.criterion.statement}"
        return plain_tooltip(text)

    def _background(self, row: CriterionSpread, column: int) -> QBrush | None:
        if self.is_respondent(column):
            answer: object = row.ratings[self.respondent_at(column)]
        elif column == self.consensus_column:
            answer = row.consensus
        else:
            return None
        score = getattr(answer, "score", None)
        text = self._palette.color(QPalette.ColorRole.Text)
        base = self._palette.color(QPalette.ColorRole.Base)
        if getattr(answer, "not_applicable", False):
            return not_applicable_brush(text, base)
        if score is None:
            return None  # unanswered: the view's own background, and a dash
        assert self.presentation is not None
        return QBrush(heat_fill(score, self.presentation.model.max_score, base))

    # -- copying

    def tsv(self, cells: Sequence[tuple[int, int]], header: bool = False) -> str:
        """The cells (row, column) as tab-separated text, one line per row of the rectangle
        they span (cells not given left empty), as spreadsheets paste it."""
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        columns = sorted({c for _, c in cells})
        given = set(cells)
        lines = []
        if header:
            lines.append(
                "\t".join(
                    _one_line(str(self.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in columns
                )
            )
        for r in rows:
            lines.append(
                "\t".join(
                    _one_line(self.cell_text(self.rows[r], c)) if (r, c) in given else ""
                    for c in columns
                )
            )
        return "\n".join(lines) + "\n"

    def all_tsv(self) -> str:
        """The whole heat map, with its header row."""
        cells = [(r, c) for r in range(self.rowCount()) for c in range(self.columnCount())]
        return self.tsv(cells, header=True)


def _one_line(text: str) -> str:
    """A cell's text with no tab or line break to split it in a spreadsheet, and never run
    there as a formula (a name "=cmd|..." pasted into Excel): a leading ' as in snapshots."""
    return neutralise(" ".join(text.split()))
