"""The Set Target dialog: the maturity model, the stage to reach, and the date to reach it
by (or none). It also clears the target the model has.

It only asks; the Roadmap tab sets the target (and builds the roadmap towards it) through
`Operations`, as one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from csmaturity_app.i18n import formats
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import TargetRecord

CLEARED = 2  # the dialog's result when the user clears the target
DEFAULT_MONTHS = 6  # a new target's date: two quarters ahead, a usual follow-up horizon


class TargetDialog(QDialog):
    """`models`: those offered (the first of `model_id` is chosen); `targets`: the
    organization's, shown and offered to clear; `placed_level`: the latest placement on the
    chosen model, whose next stage a new target proposes."""

    def __init__(
        self,
        organization_name: str,
        models: Sequence[MaturityModel],
        model_id: str,
        targets: Sequence[TargetRecord],
        placed_level: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set target"))
        self.models = list(models)
        self.targets = {t.model_id: t for t in targets}
        self.placed = (model_id, placed_level)

        self.model_box = QComboBox()
        self.model_box.setAccessibleName(self.tr("Maturity model"))
        for model in self.models:
            self.model_box.addItem(model.title, model.id)
        self.stage_box = QComboBox()
        self.stage_box.setAccessibleName(self.tr("Stage"))
        self.by = QDateEdit()
        self.by.setAccessibleName(self.tr("By"))
        self.by.setCalendarPopup(True)
        self.by.setDisplayFormat("yyyy-MM-dd")
        self.no_date = QCheckBox(self.tr("&No date"))
        self.no_date.toggled.connect(lambda checked: self.by.setEnabled(not checked))
        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout(self)
        organization = QLabel(organization_name)
        organization.setTextFormat(Qt.TextFormat.PlainText)  # the user's text, as typed
        form.addRow(self.tr("Organization:"), organization)
        form.addRow(self.tr("&Maturity model:"), self.model_box)
        form.addRow(self.tr("&Stage:"), self.stage_box)
        date_row = QHBoxLayout()
        date_row.addWidget(self.by, 1)
        date_row.addWidget(self.no_date)
        by_label = QLabel(self.tr("&By:"))
        by_label.setBuddy(self.by)
        form.addRow(by_label, date_row)
        form.addRow("", self.current)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set &target"))
        self.clear_button = QPushButton(self.tr("&Clear target"))
        self.clear_button.setAutoDefault(False)
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(lambda: self.done(CLEARED))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

        self.model_box.currentIndexChanged.connect(lambda _index: self._model_chosen())
        self.model_box.setCurrentIndex(max(0, self.model_box.findData(model_id)))
        self._model_chosen()
        self.stage_box.setFocus()

    def _model_chosen(self) -> None:
        model = self.model()
        target = self.targets.get(model.id)
        self.stage_box.clear()
        for stage in model.stages:
            self.stage_box.addItem(model.stage_label(stage), stage.level)
        placed_id, placed_level = self.placed
        if target is not None:
            level = target.stage_level
        elif placed_id == model.id and placed_level is not None:
            level = min(placed_level + 1, model.stages[-1].level)
        else:
            level = model.stages[-1].level
        self.stage_box.setCurrentIndex(max(0, self.stage_box.findData(level)))
        due = target.due_on if target is not None else None
        if target is not None and due is None:
            self.no_date.setChecked(True)
            self.by.setDate(QDate.currentDate().addMonths(DEFAULT_MONTHS))
        else:
            self.no_date.setChecked(False)
            self.by.setDate(
                QDate(due.year, due.month, due.day)
                if due
                else QDate.currentDate().addMonths(DEFAULT_MONTHS)
            )
        self.clear_button.setVisible(target is not None)
        if target is None:
            self.current.setText(self.tr("No target set on this model yet."))
        else:
            found = next((s for s in model.stages if s.level == target.stage_level), None)
            name = model.stage_label(found) if found else f"{model.stage_word} {target.stage_level}"
            if due:
                now = self.tr("Now: {stage} by {date}.").format(
                    stage=name, date=formats.long_date(due)
                )
            else:
                now = self.tr("Now: {stage}.").format(stage=name)
            self.current.setText(now)

    # -- what was chosen

    def model(self) -> MaturityModel:
        return self.models[max(0, self.model_box.currentIndex())]

    def stage_level(self) -> int:
        return int(self.stage_box.currentData())

    def due_on(self) -> date | None:
        if self.no_date.isChecked():
            return None
        picked = self.by.date()
        return date(picked.year(), picked.month(), picked.day())
