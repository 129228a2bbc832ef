"""The blocks a report is made of: rich text, a criterion with its rating, a panel, a chart,
the contents. Each is laid out once for the page's width (in report units, see `style`),
then tells its height and where it may be cut (`pagination`), and paints any part of itself.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextDocument,
)

from csmaturity_app.ui.report import style


def text_document(device: QPagedPaintDevice, html: str, width: float, size: float) -> QTextDocument:
    """Rich text laid out with the fonts of the PDF (300 dpi), `width` wide."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(style.font(size))
    doc.setDefaultStyleSheet(style.STYLE_SHEET)
    doc.setHtml(f"<body>{html}</body>")
    doc.setTextWidth(width)
    return doc


def line_bottoms(doc: QTextDocument) -> list[tuple[int, float]]:
    """(paragraph number, where the line ends) of every line of a document of plain
    paragraphs: where the next line starts (a line's leading goes with it)."""
    tops = []
    block = doc.begin()
    number = 0
    while block.isValid():
        layout = block.layout()
        top = layout.position().y()
        tops += [(number, top + layout.lineAt(i).y()) for i in range(layout.lineCount())]
        block = block.next()
        number += 1
    ends = [following for _, following in tops[1:]] + [doc.size().height()]
    return [(number, end) for (number, _), end in zip(tops, ends, strict=True)]


def allowed_cuts(
    bottoms: Sequence[tuple[int, float]], head_paragraphs: int = 0, keep: int = 2
) -> tuple[float, ...]:
    """Between lines, but not inside the first `head_paragraphs` paragraphs, and with at least
    `keep` lines on each side of the cut (no lone line at the foot or the head of a page)."""
    lines = [bottom for number, bottom in bottoms]
    first = sum(1 for number, _ in bottoms if number < head_paragraphs)
    return tuple(lines[max(first, keep) - 1 : len(lines) - keep])


def paint_document(
    painter: QPainter, doc: QTextDocument, x: float, y: float, start: float, end: float
) -> None:
    """Paint the part [start, end) of a document with its top-left at (x, y), in the report's
    colours (not the application palette's, which may be dark)."""
    painter.save()
    painter.translate(x, y - start)
    if start <= 0 and end >= doc.size().height():
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = style.light_palette()
        doc.documentLayout().draw(painter, context)
    else:
        _paint_lines(painter, doc, start, end)
    painter.restore()


def _paint_lines(painter: QPainter, doc: QTextDocument, start: float, end: float) -> None:
    """Only the lines of a part of a document of plain paragraphs (see `line_bottoms`).

    Line by line, because Qt's own clipping draws the lines next to the clip too (hidden,
    but in the PDF: a search would find them, a copy repeat them). A long document is painted
    a page at a time: each part skips the paragraphs above it and finds its first line by
    bisection, so painting every page of it stays linear in its lines."""
    painter.setPen(style.colour(style.TEXT))
    layout_of_doc = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        bounds = layout_of_doc.blockBoundingRect(block)
        if bounds.top() > end + 0.5:
            break
        if bounds.bottom() >= start - 0.5:
            layout = block.layout()
            position = layout.position()
            count = layout.lineCount()
            first = bisect_left(
                range(count), start - 0.5, key=lambda i: position.y() + layout.lineAt(i).y()
            )
            for i in range(first, count):
                line = layout.lineAt(i)
                top = position.y() + line.y()
                if top + line.height() > end + 0.5:
                    break
                line.draw(painter, position)
        block = block.next()


@dataclass
class Flow:
    """What every block tells the pagination (see `pagination.Flowable`)."""

    space_before: float = 0.0
    keep_with_next: bool = False
    new_page: bool = False
    anchor: str = ""  # a section the contents list points to


class Block:
    """A block of the report: its height, where it may be cut and how it flows (see
    `pagination.Flowable`), and how it paints a part of itself."""

    def __init__(self, height: float, flow: Flow | None = None) -> None:
        self.height = height
        self.flow = flow or Flow()
        self.cuts: tuple[float, ...] = ()

    @property
    def space_before(self) -> float:
        return self.flow.space_before

    @property
    def keep_with_next(self) -> bool:
        return self.flow.keep_with_next

    @property
    def new_page(self) -> bool:
        return self.flow.new_page

    def paint(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        """Paint the part [start, end) of the block with that part's top-left at (x, y)."""


class TextBlock(Block):
    """Paragraphs of rich text; cut between lines when allowed (`splittable`)."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        html: str,
        width: float,
        flow: Flow | None = None,
        size: float = style.BODY_PT,
        splittable: bool = True,
    ) -> None:
        self.doc = text_document(device, html, width, size)
        super().__init__(self.doc.size().height(), flow)
        self.cuts = allowed_cuts(line_bottoms(self.doc)) if splittable else ()

    def paint(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        paint_document(painter, self.doc, x, y, start, end)


@dataclass(frozen=True)
class Meter:
    """A rating drawn as `top` squares, `score` of them filled; nothing when not applicable."""

    score: int | None
    top: int
    not_applicable: bool = False


class ItemBlock(TextBlock):
    """A criterion or a next step: a gutter (its id, its rating as a meter) and a body (the
    statement, the rating, guidance, notes). The first `head_paragraphs` of the body (the
    statement and its rating) are never cut from each other; a long item is cut between lines
    after them, so that notes longer than a page still print in full."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        gutter_html: str,
        body_html: str,
        width: float,
        gutter: float,
        meter: Meter | None,
        head_paragraphs: int,
        page_height: float,
        flow: Flow | None = None,
        continued_html: str = "",
    ) -> None:
        super().__init__(device, body_html, width - gutter, flow, splittable=False)
        self.gutter_width = gutter
        self.gutter = text_document(device, gutter_html, gutter - style.mm(2), style.SMALL_PT)
        # in the gutter of the part after a cut: what this is the rest of
        self.continued = text_document(device, continued_html, gutter - style.mm(2), style.SMALL_PT)
        self.meter = meter
        self.square = style.mm(2.1)
        self.meter_top = self.gutter.size().height() + style.mm(1.0)
        gutter_height = self.meter_top + (self.square if meter is not None else 0.0)
        self.height = max(self.height, gutter_height)
        if self.height > page_height * 0.4:  # short items are kept whole, on one page
            self.cuts = allowed_cuts(line_bottoms(self.doc), head_paragraphs)

    def paint(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        if start == 0:
            paint_document(painter, self.gutter, x, y, 0, self.gutter.size().height())
            if self.meter is not None:
                self._paint_meter(painter, x, y + self.meter_top)
        else:
            paint_document(painter, self.continued, x, y, 0, self.continued.size().height())
        paint_document(painter, self.doc, x + self.gutter_width, y, start, end)

    def _paint_meter(self, painter: QPainter, x: float, y: float) -> None:
        meter = self.meter
        assert meter is not None
        if meter.not_applicable:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        filled = style.colour(style.ACCENT)
        empty = style.colour(style.MUTED if meter.score is not None else style.WARNING)
        step = self.square * 1.4
        for i in range(meter.top):
            box = QRectF(x + i * step, y, self.square, self.square)
            if meter.score is not None and i < meter.score:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(filled)
            else:
                painter.setPen(QPen(empty, style.pt(0.6)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                box.adjust(style.pt(0.3), style.pt(0.3), -style.pt(0.3), -style.pt(0.3))
            painter.drawRect(box)
        painter.restore()


class PanelBlock(TextBlock):
    """Text on a tinted panel and / or with a coloured bar down its left side (the verdict, a
    stage's heading); never cut."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        html: str,
        width: float,
        flow: Flow | None = None,
        fill: QColor | None = None,
        bar: QColor | None = None,
        padding: float = 0.0,
        size: float = style.BODY_PT,
    ) -> None:
        self.bar_width = style.mm(1.4) if bar is not None else 0.0
        self.indent = self.bar_width + (style.mm(3.0) if bar is not None else 0.0) + padding
        super().__init__(
            device, html, width - self.indent - padding, flow, size=size, splittable=False
        )
        self.width = width
        self.padding = padding
        self.fill = fill
        self.bar = bar
        self.height += 2 * padding

    def paint(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        if self.fill is not None:
            painter.fillRect(QRectF(x, y, self.width, self.height), self.fill)
        if self.bar is not None:
            painter.fillRect(QRectF(x, y, self.bar_width, self.height), self.bar)
        painter.restore()
        body = self.height - 2 * self.padding
        paint_document(painter, self.doc, x + self.indent, y + self.padding, 0, body)


class ChartBlock(Block):
    """A chart of the results pane, drawn as vectors (its text stays text in the PDF).

    The chart is laid out at the size it has on paper, in the chart's own pixels (its logical
    dpi), times `style.CHART_ZOOM`; the painter then scales it to report units. So its fonts
    print at their point size divided by the zoom, whatever the screen's dpi."""

    def __init__(self, view: QChartView, width: float, height: float, flow: Flow) -> None:
        super().__init__(height, flow)
        self.view = view
        self.width = width
        per_unit = view.logicalDpiX() / style.DPI * style.CHART_ZOOM  # chart px per unit
        self.source = QRectF(0, 0, width * per_unit, height * per_unit)
        chart = view.chart()
        view.resize(int(self.source.width()), int(self.source.height()))
        chart.resize(self.source.size())
        view.scene().setSceneRect(self.source)

    def paint(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.scene().render(painter, QRectF(x, y, self.width, self.height), self.source)
        painter.restore()


class Spacer(Block):
    """Room, e.g. above the title of the cover (space before a block at the top of a page
    is dropped)."""


class ContentsBlock(Block):
    """The list of sections with their page numbers, known once the pages are laid out (then
    set in `pages`, anchor -> page number from 1)."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        entries: Sequence[tuple[str, str]],
        width: float,
        flow: Flow | None = None,
    ) -> None:
        self.font = style.font(style.BODY_PT)
        self.metrics = QFontMetricsF(self.font, device)
        self.line = self.metrics.height() * 1.6
        super().__init__(self.line * len(entries), flow)
        self.entries = list(entries)  # (title, anchor)
        self.width = width
        self.pages: Mapping[str, int] = {}

    def paint(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        painter.save()
        painter.setFont(self.font)
        for i, (title, anchor) in enumerate(self.entries):
            top = y + i * self.line
            baseline = top + (self.line + self.metrics.ascent() - self.metrics.descent()) / 2
            painter.setPen(style.colour(style.TEXT))
            painter.drawText(QPointF(x, baseline), title)
            page = self.pages.get(anchor)
            if page is not None:
                number = str(page)
                right = x + self.width - self.metrics.horizontalAdvance(number)
                painter.drawText(QPointF(right, baseline), number)
            painter.setPen(QPen(style.colour(style.RULE), style.pt(0.5)))
            painter.drawLine(
                QPointF(x, top + self.line - 1), QPointF(x + self.width, top + self.line - 1)
            )
        painter.restore()


class TableBlock(Block):
    """A table of rich-text cells: a header row, then rows cut between them; a part after a
    page break repeats the header above its rows (`repeat_height`, which the pagination
    reserves). A row too tall to keep whole on a page (more than `page_height` * 0.4) may
    also be cut between the lines of its cells, so that notes longer than a page still print
    in full; the part after such a cut is drawn shifted up under the repeated header."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        width: float,
        flow: Flow | None = None,
        size: float = style.SMALL_PT,
        shaded: Sequence[bool] = (),
        *,
        page_height: float,
    ) -> None:
        total = sum(widths)
        self.columns = [width * w / total for w in widths]
        self.padding = style.mm(1.2)
        self.width = width

        def row_of(cells: Sequence[str]) -> tuple[list[QTextDocument], float]:
            docs = [
                text_document(device, cell, column - 2 * self.padding, size)
                for cell, column in zip(cells, self.columns, strict=True)
            ]
            return docs, max(d.size().height() for d in docs) + 2 * self.padding

        self.header, self.repeat_height = row_of(header)
        self.rows: list[tuple[list[QTextDocument], float, float]] = []  # cells, top, height
        cuts: list[float] = []
        top = self.repeat_height
        for n, cells in enumerate(rows):
            docs, height = row_of(cells)
            self.rows.append((docs, top, height))
            if n > 0:
                cuts.append(top)
            if height > page_height * 0.4:  # short rows are kept whole, on one page
                cuts += [top + self.padding + c for c in _cuts_between_lines(docs)]
            top += height
        super().__init__(top, flow)
        self.shaded = list(shaded) + [False] * (len(rows) - len(shaded))
        self.cuts = tuple(cuts)

    def paint(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        # the header at the top of every part: a continued part has it again, above its rows
        above = self.repeat_height if start > 0 else 0.0
        painter.save()
        # nothing of a row runs past the part's foot (into the footer), whatever the cut
        slack = style.pt(1)  # the width of the rule under the last row
        painter.setClipRect(
            QRectF(x - slack, y - slack, self.width + 2 * slack, above + end - start + 2 * slack),
            Qt.ClipOperation.IntersectClip,
        )
        self._paint_row(painter, self.header, x, y, self.repeat_height, header=True)
        offset = y - start + above  # where the block's offset 0 would be on this page
        for (docs, top, height), shaded in zip(self.rows, self.shaded, strict=True):
            if top + height <= start + 0.5 or top >= end - 0.5:
                continue
            # the part of the row in [start, end), the row's top maybe above the page's
            self._paint_row(
                painter,
                docs,
                x,
                offset + top,
                height,
                max(0.0, start - top),
                min(height, end - top),
                shaded=shaded,
            )
        painter.restore()

    def _paint_row(
        self,
        painter: QPainter,
        docs: Sequence[QTextDocument],
        x: float,
        y: float,
        height: float,
        first: float = 0.0,
        last: float | None = None,
        header: bool = False,
        shaded: bool = False,
    ) -> None:
        """The part [first, last) of a row `height` tall whose top is at `y` (above the
        part's top when the row was cut above it)."""
        last = height if last is None else last
        painter.save()
        if header or shaded:
            fill = style.PANEL if header else style.SHADE
            painter.fillRect(QRectF(x, y + first, self.width, last - first), style.colour(fill))
        left = x
        inside = y + self.padding  # where each cell's text starts
        for doc, column in zip(docs, self.columns, strict=True):
            top, bottom = first - self.padding, last - self.padding  # in the cell's text
            paint_document(painter, doc, left + self.padding, inside + top, top, bottom)
            left += column
        if last >= height - 0.5:  # the rule under the row, once, under its last part
            painter.setPen(QPen(style.colour(style.RULE), style.pt(0.5)))
            painter.drawLine(QPointF(x, y + last), QPointF(x + self.width, y + last))
        painter.restore()


def _cuts_between_lines(docs: Sequence[QTextDocument]) -> list[float]:
    """Offsets from the top of the cells' text where a row may be cut: between two lines of
    its tallest cells, where no other cell has a line cut through (a shorter cell is over by
    then, or ends a line there too), with two lines at least on each side."""
    ends = [{round(end, 1) for _, end in line_bottoms(doc)} for doc in docs]

    def clear(cut: float, doc: QTextDocument, doc_ends: set[float]) -> bool:
        return cut >= doc.size().height() - 0.5 or round(cut, 1) in doc_ends

    candidates = sorted({cut for doc in docs for cut in allowed_cuts(line_bottoms(doc))})
    return [
        cut
        for cut in candidates
        if all(clear(cut, doc, doc_ends) for doc, doc_ends in zip(docs, ends, strict=True))
    ]
