"""The list on the left: Introduction, one row per stage with its progress, Summary.
Selecting a row (click or arrow keys) asks for that page; row i is page i."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.presentation.order import Answers
from csmaturity_app.ui.markup import plain_tooltip
from csmaturity_app.ui.wizard.ratings import stage_row_text


class Navigator(QListWidget):
    def __init__(self, model: MaturityModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.maturity_model = model
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Pages"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setToolTip(self.tr("Go to a page (click, or the arrow keys)"))
        spacing = self.fontMetrics().height() // 4
        self.setSpacing(spacing)
        self.addItem(QListWidgetItem(self.tr("Introduction")))
        for stage in model.stages:
            item = QListWidgetItem(model.stage_label(stage))
            item.setToolTip(plain_tooltip(stage.description))
            self.addItem(item)
        self.addItem(QListWidgetItem(self.tr("Summary")))

    @property
    def summary_row(self) -> int:
        return self.count() - 1

    def update_answers(self, answers: Answers) -> None:
        for row, stage in enumerate(self.maturity_model.stages, start=1):
            text = stage_row_text(self.maturity_model, stage, answers)
            item = self.item(row)
            if item.text() != text:
                item.setText(text)

    def stage_text(self, stage_id: str) -> str:
        for row, stage in enumerate(self.maturity_model.stages, start=1):
            if stage.id == stage_id:
                return self.item(row).text()
        raise KeyError(stage_id)
