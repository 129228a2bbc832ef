"""What a user sees of a text that Qt may read as markup: for asserting on a widget's text as it
is displayed, not as it was set. QLabel, QMessageBox and tooltips read text in a format (plain,
rich, or "auto": rich when Qt guesses so); QtCharts reads every title, axis label, category and
legend entry as rich text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QChart, QChartView
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

PLAIN = Qt.TextFormat.PlainText
RICH = Qt.TextFormat.RichText
AUTO = Qt.TextFormat.AutoText


def displayed(text: str, text_format: Qt.TextFormat | str = AUTO) -> str:
    """The text Qt shows for `text` set in `text_format` (line breaks as newlines)."""
    if text_format == MNEMONIC:
        return without_mnemonic(text)
    rich = text_format == RICH or (text_format == AUTO and GuiQt.mightBeRichText(text))
    if text_format == Qt.TextFormat.MarkdownText:
        doc = QTextDocument()
        doc.setMarkdown(text)
        return doc.toPlainText()
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")


MNEMONIC = "mnemonic"  # a button's or an action's text: "&" marks the shortcut key, "&&" is "&"


def without_mnemonic(text: str) -> str:
    """What a button shows of its text: "&Save" shows "Save", "R&&D" shows "R&D"."""
    return re.sub(r"&(.)", r"\1", text)


def widget_texts(root: QWidget) -> Iterator[tuple[str, str, Qt.TextFormat | str]]:
    """(where, text as set, its format) of every text in `root` and its children: labels,
    buttons, tooltips, message boxes, text views, item views (cells and their tooltips)."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield f"{where} tooltip", widget.toolTip(), AUTO
        if isinstance(widget, QMessageBox):
            yield f"{where} text", widget.text(), widget.textFormat()
            yield f"{where} informative", widget.informativeText(), widget.textFormat()
        elif isinstance(widget, QLabel):
            yield f"{where} text", widget.text(), widget.textFormat()
        elif isinstance(widget, QAbstractButton):
            yield f"{where} text", widget.text(), MNEMONIC
        elif isinstance(widget, QGroupBox):
            yield f"{where} title", widget.title(), MNEMONIC
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield f"{where} document", widget.toPlainText(), PLAIN
        elif isinstance(widget, QLineEdit):
            yield f"{where} text", widget.text(), PLAIN
        viewed = isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView)
        if viewed and widget.model() is not None:
            yield from _item_texts(where, widget.model(), QModelIndex())
        if isinstance(widget, QChartView):
            yield from chart_texts(widget.chart(), where)


def _item_texts(
    where: str, model: QAbstractItemModel, parent: QModelIndex
) -> Iterator[tuple[str, str, Qt.TextFormat]]:
    # a list model hides columnCount: it has one column
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(shown, str):
                yield f"{where} cell {row},{column}", shown, PLAIN  # delegates draw it plain
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip:
                yield f"{where} cell {row},{column} tooltip", tip, AUTO
            if column == 0:
                yield from _item_texts(where, model, index)


def chart_texts(chart: QChart, where: str = "chart") -> Iterator[tuple[str, str, Qt.TextFormat]]:
    """Every text QtCharts draws from strings it is given: all read as rich text."""
    yield f"{where} title", chart.title(), RICH
    for axis in chart.axes():
        yield f"{where} axis title", axis.titleText(), RICH
        if isinstance(axis, QCategoryAxis):
            for label in axis.categoriesLabels():
                yield f"{where} axis label", label, RICH
        elif isinstance(axis, QBarCategoryAxis):
            for category in axis.categories():
                yield f"{where} category", category, RICH
    for marker in chart.legend().markers():
        yield f"{where} legend", marker.label(), RICH


def shown_texts(root: QWidget) -> list[str]:
    return [displayed(text, text_format) for _where, text, text_format in widget_texts(root)]
