"""The rating buttons of a criterion card.

When the model says what earns each score (format 2 anchors), that text sits under its
button and the rule for "not applicable" under N/A: the assessor rates against them at a
glance, without hovering. A criterion without anchors keeps the plain row of buttons.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QWidget,
)

from csmaturity_app.maturity import Criterion, MaturityModel
from csmaturity_app.ui.markup import escape_mnemonic, plain_tooltip
from csmaturity_app.ui.wizard.keys import NOT_APPLICABLE_KEY
from csmaturity_app.ui.wizard.look import MutedLabel
from csmaturity_app.ui.wizard.voices import not_applicable_short

NOT_APPLICABLE_ID = 1000  # button id of "N/A" in the group (scores use their own value)


@dataclass
class Rubric:
    layout: QLayout
    anchors: list[QLabel] = field(default_factory=list)  # in the order of the scale
    not_applicable_rule: QLabel | None = None


def build_rubric(
    model: MaturityModel, criterion: Criterion, group: QButtonGroup, owner: QWidget
) -> Rubric:
    """Create the buttons (into `group`, id = score, N/A = NOT_APPLICABLE_ID) and lay them out."""
    anchors = criterion.anchors if len(criterion.anchors) == len(model.scale) else ()
    buttons: list[QPushButton] = []
    for i, point in enumerate(model.scale):
        key = str(point.score) if 0 <= point.score <= 9 else ""
        tip = point.label + (
            QCoreApplication.translate("Rubric", " (key {key})").format(key=key) if key else ""
        )
        if anchors:
            tip += f"\n{anchors[i]}"
        button = _rating_button(f"{point.score} {point.label}", tip)
        # Every card has the same buttons: the name says which criterion this one rates.
        button.setAccessibleName(f"{point.score} {point.label}, {criterion.id}")
        button.setAccessibleDescription(
            anchors[i]
            if anchors
            else QCoreApplication.translate("Rubric", "Rate {criterion}").format(
                criterion=criterion.id
            )
        )
        group.addButton(button, point.score)
        buttons.append(button)
    na_rule = criterion.not_applicable_when
    tip = model.not_applicable_label + QCoreApplication.translate("Rubric", " (key {key})").format(
        key=NOT_APPLICABLE_KEY
    )
    use_na = QCoreApplication.translate("Rubric", "Use N/A? {rule}").format(rule=na_rule)
    if na_rule:
        tip += f"\n{use_na}"
    na_button = _rating_button(not_applicable_short(), tip)
    na_button.setAccessibleName(f"{model.not_applicable_label}, {criterion.id}")
    na_button.setAccessibleDescription(
        use_na
        if na_rule
        else QCoreApplication.translate("Rubric", "Mark {criterion} not applicable").format(
            criterion=criterion.id
        )
    )
    group.addButton(na_button, NOT_APPLICABLE_ID)
    buttons.append(na_button)

    if not anchors and not na_rule:
        row = QHBoxLayout()
        row.setSpacing(max(2, owner.fontMetrics().averageCharWidth()))
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return Rubric(row)

    # One column per answer: the button on top, what earns it underneath.
    grid = QGridLayout()
    grid.setHorizontalSpacing(owner.fontMetrics().averageCharWidth())
    grid.setVerticalSpacing(max(2, owner.fontMetrics().height() // 6))
    rubric = Rubric(grid)
    # Equal columns, however long each button's label: the rubric reads as a table.
    widest = max(button.sizeHint().width() for button in buttons)
    for column, button in enumerate(buttons):
        grid.addWidget(button, 0, column)
        grid.setColumnStretch(column, 1)
        grid.setColumnMinimumWidth(column, widest)
    for column, text in enumerate(anchors):
        label = _cell(text)
        label.setObjectName(f"anchor-{model.scale[column].score}")
        grid.addWidget(label, 1, column)
        rubric.anchors.append(label)
    if na_rule:
        label = _cell(use_na)
        label.setObjectName("not-applicable-rule")
        grid.addWidget(label, 1, len(buttons) - 1)
        rubric.not_applicable_rule = label
    return rubric


def _rating_button(text: str, tooltip: str) -> QPushButton:
    button = QPushButton(escape_mnemonic(text))  # the model's label: "R&D" keeps its "&"
    button.setCheckable(True)
    button.setProperty("rating", True)
    button.setToolTip(plain_tooltip(tooltip))
    # Not in the focus chain: arrow keys on a focused exclusive button would change the
    # rating. The keyboard rates with the digit keys instead.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def _cell(text: str) -> MutedLabel:
    label = MutedLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label
