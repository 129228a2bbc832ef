"""Drawing the report into a PDF with Qt's own writer (QPdfWriter): A4 pages, the blocks of
`sections` placed by `pagination`, a running header from page 2 and a footer with the page
number on every page. The PDF is made in memory: writing it to a file is `output`'s job."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from csmaturity_app import APP_NAME, version
from csmaturity_app.exchange.report_content import Report
from csmaturity_app.exchange.report_words import footer_start, page_of
from csmaturity_app.ui.report import style
from csmaturity_app.ui.report.blocks import Block
from csmaturity_app.ui.report.pagination import Piece, paginate
from csmaturity_app.ui.report.sections import Sections

mm = style.mm


def render_pdf(report: Report) -> bytes:
    """The report as the bytes of a PDF file."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(style.DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    cover = report.cover
    writer.setTitle(
        f"{cover.organization} \u2014 {cover.model_title} \u2014 {cover.assessed_on.isoformat()}"
    )
    writer.setCreator(f"{APP_NAME} {version()}")
    if cover.assessor and hasattr(writer, "setAuthor"):  # Qt 6.9 and later
        writer.setAuthor(cover.assessor)

    width = mm(style.PAGE_WIDTH_MM - style.MARGIN_LEFT_MM - style.MARGIN_RIGHT_MM)
    height = mm(style.PAGE_HEIGHT_MM - style.MARGIN_TOP_MM - style.MARGIN_BOTTOM_MM)
    sections = Sections(report, writer, width, height)
    blocks = sections.build()
    pages = paginate(blocks, height)
    if sections.contents is not None:
        sections.contents.pages = anchors(blocks, pages)

    painter = QPainter()
    if not painter.begin(writer):  # into memory: only a bug makes this fail
        raise RuntimeError("QPainter could not begin on the PDF writer")
    try:
        for number, pieces in enumerate(pages, 1):
            if number > 1:
                writer.newPage()
            paint_page(painter, blocks, pieces)
            paint_furniture(painter, report, number, len(pages))
    finally:
        painter.end()
    blocks.clear()  # their text layouts hold the writer as their paint device: gone first
    buffer.close()
    return bytes(buffer.data().data())


def anchors(blocks: list[Block], pages: list[list[Piece]]) -> dict[str, int]:
    """Section anchor -> the page (from 1) where its block starts."""
    found: dict[str, int] = {}
    for number, pieces in enumerate(pages, 1):
        for piece in pieces:
            anchor = blocks[piece.index].flow.anchor
            if anchor and piece.start == 0:
                found.setdefault(anchor, number)
    return found


def paint_page(painter: QPainter, blocks: list[Block], pieces: list[Piece]) -> None:
    left, top = mm(style.MARGIN_LEFT_MM), mm(style.MARGIN_TOP_MM)
    for piece in pieces:
        blocks[piece.index].paint(painter, left, top + piece.y, piece.start, piece.end)


def paint_furniture(painter: QPainter, report: Report, number: int, count: int) -> None:
    """The running header (from page 2: the organization, the maturity model) and the footer
    (the assessment's date and status, the page number)."""
    painter.save()
    font = style.font(style.SMALL_PT)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    left = mm(style.MARGIN_LEFT_MM)
    right = mm(style.PAGE_WIDTH_MM - style.MARGIN_RIGHT_MM)
    width = right - left
    rule = QPen(style.colour(style.RULE), style.pt(0.6))
    cover = report.cover

    def line(y: float, start: str, end: str) -> None:
        painter.setPen(style.colour(style.MUTED))
        end_width = metrics.horizontalAdvance(end)
        room = width - end_width - mm(6)
        painter.drawText(
            QPointF(left, y), metrics.elidedText(start, Qt.TextElideMode.ElideRight, room)
        )
        painter.drawText(QPointF(right - end_width, y), end)

    if number > 1:
        y = mm(style.HEADER_MM)
        line(y - metrics.descent() - mm(1.2), cover.organization, cover.model_title)
        painter.setPen(rule)
        painter.drawLine(QPointF(left, y), QPointF(right, y))
    y = mm(style.PAGE_HEIGHT_MM - style.FOOTER_MM)
    painter.setPen(rule)
    painter.drawLine(QPointF(left, y), QPointF(right, y))
    line(y + mm(1.5) + metrics.ascent(), footer_start(report), page_of(number, count))
    painter.restore()
