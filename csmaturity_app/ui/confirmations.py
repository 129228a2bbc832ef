"""Questions asked before a change that loses data. They quote names the user or another
consultant typed, so their text is plain: a name cannot restyle, hide or contradict the
counts it stands next to, nor make Qt load an image.

Each question is translated as whole sentences (with a singular and a plural where a count
decides), so that every language orders its words its own way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from csmaturity_app import i18n
from csmaturity_app.i18n import formats
from csmaturity_app.store import AssessmentRecord


def undo_hint() -> str:
    """The line under every question whose change Edit > Undo can take back."""
    return QCoreApplication.translate(
        "confirmations", "You can undo it (Edit > Undo, Ctrl+Z) until you close CS Maturity."
    )


def _assessments(count: int) -> str:
    one = i18n.plural_is_one(count)
    text = (
        QCoreApplication.translate("confirmations", "{count} assessment")
        if one
        else QCoreApplication.translate("confirmations", "{count} assessments")
    )
    return text.format(count=formats.integer(count))


def _answers(count: int) -> str:
    text = (
        QCoreApplication.translate("confirmations", "{count} answer")
        if i18n.plural_is_one(count)
        else QCoreApplication.translate("confirmations", "{count} answers")
    )
    return text.format(count=formats.integer(count))


def delete_organization_text(name: str, assessments: int, answers: int) -> str:
    """What deleting an organization removes, in words: "3 assessments and 30 answers"."""
    if not assessments:
        what = QCoreApplication.translate("confirmations", "It has no assessments.")
    elif not answers:
        what = QCoreApplication.translate(
            "confirmations", "This removes its {assessments}, with no answers."
        ).format(assessments=_assessments(assessments))
    else:
        what = QCoreApplication.translate(
            "confirmations", "This removes its {assessments} and {answers}."
        ).format(assessments=_assessments(assessments), answers=_answers(answers))
    return QCoreApplication.translate(
        "confirmations", "Delete \u201c{name}\u201d? {what}\n\n{hint}"
    ).format(name=name, what=what, hint=undo_hint())


def assessment_label(record: AssessmentRecord) -> str:
    """An assessment as a sentence names it: "of 30 November 2026 by Pat Lee"."""
    day = formats.long_date(record.assessed_on)
    if record.assessor:
        return QCoreApplication.translate("confirmations", "of {date} by {assessor}").format(
            date=day, assessor=record.assessor
        )
    return QCoreApplication.translate("confirmations", "of {date}").format(date=day)


def delete_assessments_text(records: list[AssessmentRecord], answers: int) -> str:
    """What deleting assessments removes, in words, each named with its model and version:
    "Delete the assessment of 2026-11-30 by Pat Lee (TSIA … 2.0.0)? This removes its 28
    answers." """
    named = [f"{assessment_label(r)} ({r.model_title} {r.model_version})" for r in records]
    if len(records) == 1:
        if answers:
            removes = QCoreApplication.translate(
                "confirmations", "This removes its {answers}."
            ).format(answers=_answers(answers))
        else:
            removes = QCoreApplication.translate("confirmations", "It has no answers.")
        question = QCoreApplication.translate(
            "confirmations", "Delete the assessment {named}? {removes}\n\n{hint}"
        )
        return question.format(named=named[0], removes=removes, hint=undo_hint())
    ones = [
        QCoreApplication.translate("confirmations", "the one {named}").format(named=n)
        for n in named
    ]
    listed = QCoreApplication.translate("confirmations", "{first} and {last}").format(
        first=", ".join(ones[:-1]), last=ones[-1]
    )
    if answers:
        removes = QCoreApplication.translate(
            "confirmations", "This removes their {answers}."
        ).format(answers=_answers(answers))
    else:
        removes = QCoreApplication.translate("confirmations", "They have no answers.")
    question = QCoreApplication.translate(
        "confirmations", "Delete {assessments}, {listed}? {removes}\n\n{hint}"
    )
    return question.format(
        assessments=_assessments(len(records)), listed=listed, removes=removes, hint=undo_hint()
    )


def confirm(
    parent: QWidget, title: str, text: str, *, yes: str | None = None, default_yes: bool = False
) -> bool:
    """Ask a yes/cancel question in plain text (names in it are the user's text); `yes`
    words the button that goes ahead. Cancel is the default unless `default_yes`."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    if yes is not None:
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.setDefaultButton(
        QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.Cancel
    )
    return box.exec() == QMessageBox.StandardButton.Yes
