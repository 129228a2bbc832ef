"""The dialog that starts an assessment: maturity model, assessor, date.

The last assessor's name is remembered (QSettings), since one consultant usually
runs every assessment on a laptop.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog

LAST_ASSESSOR = "assessment/last_assessor"
LAST_MODEL = "assessment/last_model"


class NewAssessmentDialog(QDialog):
    def __init__(
        self, catalog: ModelCatalog, organization_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.catalog = catalog
        settings = QSettings()

        self.model_box = QComboBox()
        for model in catalog.current():
            self.model_box.addItem(f"{model.title} ({model.version})", model.key)
            self.model_box.setItemData(
                self.model_box.count() - 1,
                model.attribution.credit(),
                Qt.ItemDataRole.ToolTipRole,
            )
        last_key = str(settings.value(LAST_MODEL, ""))
        last_model = self.model_box.findData(last_key)
        if last_model < 0:  # remembered under a version since replaced: its newest one
            last_id = last_key.partition("@")[0]
            last_model = next(
                (
                    i
                    for i in range(self.model_box.count())
                    if self.model_box.itemData(i).partition("@")[0] == last_id
                ),
                -1,
            )
        if last_model >= 0:
            self.model_box.setCurrentIndex(last_model)
        self.assessor = QLineEdit(str(settings.value(LAST_ASSESSOR, "")))
        self.assessor.setPlaceholderText(self.tr("Your name"))
        self.assessor.setMaxLength(120)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate().addYears(1))

        form = QFormLayout(self)
        organization = QLabel(organization_name)
        organization.setTextFormat(Qt.TextFormat.PlainText)  # the user's text, as typed
        form.addRow(self.tr("Organization:"), organization)
        form.addRow(self.tr("&Maturity model:"), self.model_box)
        form.addRow(self.tr("&Assessor:"), self.assessor)
        form.addRow(self.tr("&Date:"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start assessment"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.model_box.setFocus()

    def model(self) -> MaturityModel:
        key = self.model_box.currentData()
        return next(m for m in self.catalog if m.key == key)

    def assessed_on(self) -> date:
        picked = self.date.date()
        return date(picked.year(), picked.month(), picked.day())

    def accept(self) -> None:
        settings = QSettings()
        settings.setValue(LAST_ASSESSOR, self.assessor.text().strip())
        settings.setValue(LAST_MODEL, self.model_box.currentData())
        super().accept()
