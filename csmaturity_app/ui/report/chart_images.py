"""The report's charts as PNG pictures, for the DOCX report (a word processor takes pictures,
not Qt's vectors): the same chart views as the PDF's, rendered on white at print resolution."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from csmaturity_app.exchange.report_content import Report
from csmaturity_app.exchange.report_docx import TEXT_WIDTH_MM, ReportImages
from csmaturity_app.ui.report import charts, style
from csmaturity_app.ui.results.charts import ResultChart

PICTURE_DPI = 200  # sharp when printed, small enough to mail (~100 KB a chart)


def report_images(report: Report) -> ReportImages:
    """The charts the report shows, at the sizes the PDF gives them."""
    progression = report.progression
    return ReportImages(
        stages=_png(charts.stage_chart(report), 88),
        dimensions=_png(charts.dimension_chart(report), 20 + 10 * len(report.dimensions)),
        progression=(
            _png(charts.progression_chart(report, progression), 78)
            if progression is not None and progression.points >= 2
            else None
        ),
    )


def _png(view: ResultChart, height_mm: float) -> bytes:
    """The chart laid out as in the PDF (`blocks.ChartBlock`: its size on paper in the chart's
    own pixels, times the zoom), drawn into a picture of `PICTURE_DPI`."""
    width, height = style.mm(TEXT_WIDTH_MM), style.mm(height_mm)  # report units
    per_unit = view.logicalDpiX() / style.DPI * style.CHART_ZOOM
    source = QRectF(0, 0, width * per_unit, height * per_unit)
    view.resize(int(source.width()), int(source.height()))
    view.chart().resize(source.size())
    view.scene().setSceneRect(source)
    scale = PICTURE_DPI / style.DPI
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(PICTURE_DPI / 0.0254))
    image.setDotsPerMeterY(round(PICTURE_DPI / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        view.scene().render(painter, QRectF(0, 0, image.width(), image.height()), source)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
    buffer.close()
    return bytes(data.data())
