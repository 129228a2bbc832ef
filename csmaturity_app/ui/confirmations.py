"""Questions asked before a change that loses data. They quote names the user or another
consultant typed, so their text is plain: a name cannot restyle, hide or contradict the
counts it stands next to, nor make Qt load an image."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from csmaturity_app.store import AssessmentRecord

UNDO_HINT = "You can undo it (Edit > Undo, Ctrl+Z) until you close CS Maturity."


def delete_organization_text(name: str, assessments: int, answers: int) -> str:
    """What deleting an organization removes, in words: "3 assessments and 30 answers"."""
    # Imported here: the window loads this module before its first paint, the presentation after.
    from csmaturity_app.presentation.numbers import counted

    if not assessments:
        what = "It has no assessments."
    elif not answers:
        what = f"This removes its {counted(assessments, 'assessment')}, with no answers."
    else:
        what = (
            f"This removes its {counted(assessments, 'assessment')} and "
            f"{counted(answers, 'answer')}."
        )
    return f"Delete \u201c{name}\u201d? {what}\n\n{UNDO_HINT}"


def assessment_label(record: AssessmentRecord) -> str:
    """An assessment as a sentence names it: "of 2026-11-30 by Pat Lee"."""
    by = f" by {record.assessor}" if record.assessor else ""
    return f"of {record.assessed_on.isoformat()}{by}"


def delete_assessments_text(records: list[AssessmentRecord], answers: int) -> str:
    """What deleting assessments removes, in words, each named with its model and version:
    "Delete the assessment of 2026-11-30 by Pat Lee (TSIA … 2.0.0)? This removes its 28
    answers." """
    from csmaturity_app.presentation.numbers import counted

    named = [f"{assessment_label(r)} ({r.model_title} {r.model_version})" for r in records]
    if len(records) == 1:
        what, its = f"the assessment {named[0]}", "its"
    else:
        ones = [f"the one {n}" for n in named]
        listed = ", ".join(ones[:-1]) + f" and {ones[-1]}"
        what, its = f"{counted(len(records), 'assessment')}, {listed}", "their"
    if answers:
        removes = f"This removes {its} {counted(answers, 'answer')}."
    else:
        removes = "It has no answers." if len(records) == 1 else "They have no answers."
    return f"Delete {what}? {removes}\n\n{UNDO_HINT}"


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
