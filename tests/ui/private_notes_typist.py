"""A child process for the private notes kill test: the real wizard, offscreen, types private
notes into one criterion's field as a user would, then waits to be killed.

Run as a script: ``python private_notes_typist.py STORE ASSESSMENT_ID CRITERION_ID SETTINGS``,
the text to type on stdin. It prints ``typed`` once the keys are in the field (nothing saved
yet: the pause before saving has not passed), then ``saved`` once the wizard's own pause has
written them: a line the parent reads is what the user was told ("Saved").
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from csmaturity_app.store import Store
    from csmaturity_app.ui.operations import Operations
    from csmaturity_app.ui.wizard import AssessmentWizard

    store_path, assessment_id, criterion_id, settings = argv
    text = sys.stdin.read()
    app = QApplication(["private-notes-typist"])
    QCoreApplication.setOrganizationName("csmaturity-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    store = Store.open(store_path)
    operations = Operations(store)
    wizard = AssessmentWizard(operations, assessment_id)
    wizard.show()
    wizard.go_to_criterion(criterion_id)
    wizard.edit_private_notes()
    field = wizard.card(criterion_id).private_notes

    def on_saved(message: str, error: bool) -> None:
        if message == "Saved" and not error:
            print("saved", flush=True)

    wizard.session.saveState.connect(on_saved)
    QTest.keyClicks(field, text)
    print("typed", flush=True)
    return app.exec()  # until killed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
