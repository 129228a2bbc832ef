"""Assessment > Send Questionnaires and Assessment > Collect Questionnaires, for the selected
assessment.

Send: choose the respondents, a folder and the files' language; the files are written at
once (a few hundredths of a second each: no progress needed), then the window says where and
offers to open the folder. Collect: choose the files; a dry run on a worker thread (files from
outside may be large or slow to read) gives a line per file, the preview asks, the collect
runs on the worker thread again, and everything that shows the assessment reloads. Each run
opens its own store on its thread, as the import does (see `snapshot_actions`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from csmaturity_app import i18n
from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange import Progress
from csmaturity_app.exchange.output_files import output_problem
from csmaturity_app.exchange.questionnaire_collect import Collected, collect_questionnaires
from csmaturity_app.exchange.questionnaire_write import (
    file_names,
    safe_file_stem,
    write_questionnaire,
)
from csmaturity_app.i18n import formats
from csmaturity_app.store import AssessmentRecord
from csmaturity_app.ui.background import run_in_background
from csmaturity_app.ui.confirmations import assessment_label, confirm
from csmaturity_app.ui.markup import plain_message
from csmaturity_app.ui.questionnaire_dialogs import (
    CollectPreviewDialog,
    SendQuestionnairesDialog,
    collect_title,
    files_text,
    questionnaires_text,
    send_title,
)
from csmaturity_app.ui.window_work import (
    BUSY,
    busy_until_handed_on,
    flush_wizards,
    reload_everything,
    set_busy,
    store_failure,
)

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow

SEND_FOLDER = "questionnaires/send_folder"  # QSettings: where questionnaires were last written
BACK_FOLDER = "questionnaires/back_folder"  # ... and where filled ones were last chosen
STATUS_MS = 15000


def xlsx_filter() -> str:
    return QCoreApplication.translate("Questionnaires", "Questionnaires (*.xlsx);;All files (*)")


def assessment_text(record: AssessmentRecord) -> str:
    """ "of 2026-11-30 by Alex (Acme)": the assessment the dialogs speak of."""
    return QCoreApplication.translate("Questionnaires", "{assessment} ({organization})").format(
        assessment=assessment_label(record), organization=record.organization_name
    )


# -- send


def send_questionnaires_interactively(window: MainWindow) -> list[Path] | None:
    """Ask for whom and where, write the files, and say where they are. Returns the files
    written (None: nothing written; a failure was said in one message)."""
    if window.property(BUSY):
        return None
    record = window.current_assessment()
    if record is None or _complete(
        window,
        record,
        send_title(),
        QCoreApplication.translate(
            "Questionnaires",
            "The assessment {assessment} is complete: its answers no longer change. Reopen it "
            "to send questionnaires for it.",
        ),
    ):
        return None
    store = window.store
    people = window.operations.attempt(lambda: store.respondents(record.id), window.show_error)
    if people is None:
        return None
    folder = _folder(SEND_FOLDER) / safe_file_stem(record.organization_name)
    dialog = SendQuestionnairesDialog(window, assessment_text(record), people, folder)
    if dialog.exec() != SendQuestionnairesDialog.DialogCode.Accepted:
        return None
    chosen, folder = dialog.chosen(), dialog.folder()
    language = dialog.language.language()
    names = file_names(record.organization_name, [p.name for p in chosen])
    existing = [name for name in names if (folder / name).exists()]
    replace = (
        QCoreApplication.translate(
            "Questionnaires",
            "{files} of these names already is in {folder}: {names}.\n\nReplace it?",
        )
        if i18n.plural_is_one(len(existing))
        else QCoreApplication.translate(
            "Questionnaires",
            "{files} of these names already are in {folder}: {names}.\n\nReplace them?",
        )
    )
    if existing and not confirm(
        window,
        send_title(),
        replace.format(files=files_text(len(existing)), folder=folder, names=", ".join(existing)),
        yes=QCoreApplication.translate("Questionnaires", "Replace"),
    ):
        return None
    written: list[Path] = []
    problem = ""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 25 ms a file: a moment
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # The files' words, and their model's, in their language; an error in the window's.
        for person, name in zip(chosen, names, strict=True):
            written.append(write_questionnaire(store, record.id, person, folder / name, language))
    except UserFacingError as exc:
        problem = str(exc)
    except OSError as exc:  # making the folder
        problem = QCoreApplication.translate(
            "Questionnaires", "cannot write to {folder}: {problem}"
        ).format(folder=folder, problem=output_problem(exc))
    finally:
        QApplication.restoreOverrideCursor()
        # The assessor may have been written down as a respondent: what shows them (an open
        # wizard's chooser, the results) follows.
        window.operations.assessmentRecordChanged.emit(record.id)
        window.operations.respondents_changed(record.id)
    if problem:
        if store_failure(window, problem):
            return None
        done = ""
        if written:
            done = "\n\n" + (
                QCoreApplication.translate("Questionnaires", "{files} had been written.", "one")
                if i18n.plural_is_one(len(written))
                else QCoreApplication.translate(
                    "Questionnaires", "{files} had been written.", "several"
                )
            ).format(files=files_text(len(written)))
        QMessageBox.warning(
            window,
            send_title(),
            plain_message(
                QCoreApplication.translate(
                    "Questionnaires", "The questionnaires cannot be written:\n\n{problem}"
                ).format(problem=problem)
                + done
            ),
        )
        return None
    QSettings().setValue(SEND_FOLDER, str(folder.parent))
    window.statusBar().showMessage(
        QCoreApplication.translate("Questionnaires", "Wrote {questionnaires} to {folder}.").format(
            questionnaires=questionnaires_text(len(written)), folder=folder
        ),
        STATUS_MS,
    )
    _offer_to_open(window, folder, written)
    return written


def _offer_to_open(window: MainWindow, folder: Path, written: list[Path]) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        send_title(),
        QCoreApplication.translate(
            "Questionnaires",
            "Wrote {questionnaires} to {folder}:\n\n{names}\n\nSend each respondent their "
            "file. When they send them back, use Assessment > Collect Questionnaires.",
        ).format(
            questionnaires=questionnaires_text(len(written)),
            folder=folder,
            names="\n".join(path.name for path in written),
        ),
        QMessageBox.StandardButton.Close,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    open_button = box.addButton(
        QCoreApplication.translate("Questionnaires", "&Open Folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


# -- collect


def collect_questionnaires_interactively(window: MainWindow) -> None:
    """Ask for the filled files, preview, and collect them; returns once the preview's work
    has started (the rest follows as it ends)."""
    if window.property(BUSY):
        return
    record = window.current_assessment()
    if record is None or _complete(
        window,
        record,
        collect_title(),
        QCoreApplication.translate(
            "Questionnaires",
            "The assessment {assessment} is complete: its answers no longer change. Reopen it "
            "to collect questionnaires.",
        ),
    ):
        return
    names, _ = QFileDialog.getOpenFileNames(
        window, collect_title(), str(_folder(BACK_FOLDER)), xlsx_filter()
    )
    if not names:
        return
    paths = [Path(name) for name in names]
    QSettings().setValue(BACK_FOLDER, str(paths[0].parent))
    with busy_until_handed_on(window):
        run_in_background(
            window,
            collect_title(),
            QCoreApplication.translate(
                "Questionnaires", "Reading {files} to see what collecting would change\u2026"
            ).format(files=files_text(len(paths))),
            _collect_work(window, record.id, paths, dry_run=True),
            on_done=lambda results: _show_preview(window, record, paths, results),
            on_failed=lambda message: _failed(window, message),
            on_cancelled=lambda: _cancelled(window),
            describe=_files_read,
        )


def _collect_work(
    window: MainWindow, assessment_id: str, paths: list[Path], *, dry_run: bool
) -> Callable[[Progress], list[Collected]]:
    opened = window.store

    def work(progress: Progress) -> list[Collected]:
        with opened.reopen() as store:  # this thread's own connection, to the window's file
            return collect_questionnaires(
                store, paths, dry_run, progress, assessment_id=assessment_id
            )

    return work


def _show_preview(
    window: MainWindow, record: AssessmentRecord, paths: list[Path], results: list[Collected]
) -> None:
    with busy_until_handed_on(window):
        dialog = CollectPreviewDialog(window, assessment_text(record), results)
        taken = any(r.changes_anything for r in results)
        dialog.accepted.connect(
            lambda: _apply(window, record, paths) if taken else set_busy(window, False)
        )
        dialog.rejected.connect(lambda: set_busy(window, False))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def _apply(window: MainWindow, record: AssessmentRecord, paths: list[Path]) -> None:
    with busy_until_handed_on(window):
        flush_wizards(window)
        run_in_background(
            window,
            collect_title(),
            QCoreApplication.translate("Questionnaires", "Collecting {files}\u2026").format(
                files=files_text(len(paths))
            ),
            _collect_work(window, record.id, paths, dry_run=False),
            on_done=lambda results: _collected(window, record.id, results),
            on_failed=lambda message: _failed(window, message),
            on_cancelled=lambda: _cancelled(window),
            describe=_files_read,
            # It writes: a rating given meanwhile in a wizard would wait for the store's lock.
            every_window=True,
        )


def _collected(window: MainWindow, assessment_id: str, results: list[Collected]) -> None:
    try:
        taken = [r for r in results if r.changes_anything]
        if taken:
            reload_everything(window)  # an open wizard reads its answers again
            if assessment_id not in window.wizards:  # what listens to answers follows too
                model = window.operations.attempt(
                    lambda: window.store.model_of(assessment_id), window.show_error
                )
                for criterion in model.criteria if model is not None else ():
                    window.operations.answerChanged.emit(assessment_id, criterion.id)
        window.statusBar().showMessage(collect_message(results), STATUS_MS)
    finally:
        set_busy(window, False)


def collect_message(results: list[Collected]) -> str:
    """The status bar after collecting: how many were taken, and how many were not."""
    taken = sum(r.changes_anything for r in results)
    refused = sum(bool(r.error) for r in results)
    text = QCoreApplication.translate("Questionnaires", "Collected {questionnaires}").format(
        questionnaires=questionnaires_text(taken)
    )
    if refused:
        text += QCoreApplication.translate(
            "Questionnaires", "; {files} could not be collected"
        ).format(files=files_text(refused))
    left = len(results) - taken - refused
    if left:
        text += QCoreApplication.translate("Questionnaires", "; {count} changed nothing").format(
            count=formats.integer(left)
        )
    return text + "."


def _files_read(done: int, total: int) -> str:
    return QCoreApplication.translate("Questionnaires", "{done} of {files} read").format(
        done=formats.integer(done), files=files_text(total)
    )


def _failed(window: MainWindow, message: str) -> None:
    set_busy(window, False)  # first: the message below waits for the user
    if store_failure(window, message):
        return
    QMessageBox.warning(
        window,
        collect_title(),
        plain_message(
            QCoreApplication.translate(
                "Questionnaires", "The questionnaires cannot be collected:\n\n{message}"
            ).format(message=message)
        ),
    )


def _cancelled(window: MainWindow) -> None:
    set_busy(window, False)
    window.statusBar().showMessage(
        QCoreApplication.translate("Questionnaires", "Collect cancelled: nothing was changed."),
        STATUS_MS,
    )


def _complete(window: MainWindow, record: AssessmentRecord, title: str, message: str) -> bool:
    """Whether the assessment is complete, said (`message`, with its {assessment}): its answers
    (and respondents) do not change."""
    if record.status != "complete":
        return False
    QMessageBox.information(
        window, title, plain_message(message.format(assessment=assessment_text(record)))
    )
    return True


def _folder(key: str) -> Path:
    """The folder used last for this, else Documents (else home)."""
    saved = QSettings().value(key)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
