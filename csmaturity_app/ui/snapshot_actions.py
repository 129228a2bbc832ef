"""File > Import snapshot and File > Export snapshot: file dialogs, the import plan, and the
work itself off the GUI thread with a progress dialog.

Import: choose a file, a dry run (with progress) gives the plan, the plan dialog asks, the
import runs (with progress), and the window reloads what it shows. Export: choose what and in
which format, then where; the file is written (with progress). Each run opens its own store
on its worker thread, on the window's store file: SQLite connections stay on their thread,
and WAL lets the window read while an export reads or an import writes.

Encrypted snapshots (age files, told by their header): an export asks for a new passphrase
(typed twice) or takes a recipient's public key from the export dialog. An import asks for
the passphrase, trying it with the dry run itself, so that a wrong one is said in the
passphrase dialog and asked again; or for the identity file (the secret key) and, when it
does not fit, offers to choose another. The file is decrypted once, into memory, by the dry
run: the import applies that content, exactly what the plan showed (a file swapped meanwhile
cannot slip in), and needs no passphrase. The decrypted content is kept only until the plan
dialog closes, and a passphrase only until the dry run or export it serves has ended.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from csmaturity_app import i18n
from csmaturity_app.exchange import (
    DecryptedSnapshot,
    ExportResult,
    MergeOutcome,
    Progress,
    decrypt_snapshot,
    export_snapshot,
    export_summary,
    import_snapshot,
    left_out_text,
)
from csmaturity_app.exchange.age_files import (
    Decryption,
    DecryptionFailedError,
    EncryptedFileError,
    Encryption,
    is_age_file,
    needs_passphrase,
)
from csmaturity_app.i18n import formats
from csmaturity_app.presentation.results import capitalized
from csmaturity_app.ui.background import run_in_background
from csmaturity_app.ui.export_dialog import (
    ExportChoice,
    ExportDialog,
    ExportScope,
    Protection,
    default_file_name,
)
from csmaturity_app.ui.import_dialog import ImportPlanDialog
from csmaturity_app.ui.markup import escape_mnemonic, plain_message
from csmaturity_app.ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
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

FOLDER = "snapshots/folder"  # QSettings: where the last snapshot was read or written
RECIPIENT = "snapshots/recipient"  # QSettings: the last public key encrypted to (never a secret)
IDENTITY_FOLDER = "snapshots/identity_folder"  # QSettings: where the last identity file was
STATUS_MS = 15000


# The window's words, translated when shown (the language is set after this is imported).
def _csv_filter() -> str:
    return QCoreApplication.translate("snapshot_actions", "CSV snapshots (*.csv);;All files (*)")


def _age_filter() -> str:
    return QCoreApplication.translate(
        "snapshot_actions", "Encrypted snapshots (*.age);;All files (*)"
    )


def _import_filter() -> str:
    return QCoreApplication.translate(
        "snapshot_actions",
        "Snapshots (*.csv *.age);;CSV snapshots (*.csv);;Encrypted snapshots (*.age);;"
        "All files (*)",
    )


def _identity_filter() -> str:
    return QCoreApplication.translate(
        "snapshot_actions", "Identity files (*.txt *.key);;All files (*)"
    )


def _import_title() -> str:
    return QCoreApplication.translate("snapshot_actions", "Import snapshot")


def _export_title() -> str:
    return QCoreApplication.translate("snapshot_actions", "Export snapshot")


def _assessments(count: int) -> str:
    """ "1 assessment", "2,450 assessments", in the window's language."""
    if i18n.plural_is_one(count):
        text = QCoreApplication.translate("snapshot_actions", "{count} assessment")
    else:
        text = QCoreApplication.translate("snapshot_actions", "{count} assessments")
    return text.format(count=formats.integer(count))


# -- import


def import_snapshot_interactively(window: MainWindow) -> None:
    """Ask for a file, then plan, confirm and import it; returns at once after the file
    dialog, the rest follows as the work ends."""
    if window.property(BUSY):
        return
    name, _ = QFileDialog.getOpenFileName(window, _import_title(), str(_folder()), _import_filter())
    if not name:
        return
    path = Path(name)
    _remember_folder(path.parent)
    if not is_age_file(path):
        _plan(window, path)
        return
    try:
        with_passphrase = needs_passphrase(path)
    except EncryptedFileError as exc:  # a header too damaged to tell
        _import_failed(window, str(exc))
        return
    if with_passphrase:
        _ask_passphrase(window, path)
    else:
        _ask_identity(window, path)


@dataclass(frozen=True)
class _Refused:
    """What the dry run gives when the passphrase or identity did not open the file: asked
    again, rather than a failure of the import."""

    message: str


@dataclass(frozen=True)
class _Planned:
    """The dry run of an encrypted file: its plan, and the content decrypted for it, which
    the import applies as it is."""

    plan: MergeOutcome
    snapshot: DecryptedSnapshot = field(repr=False)


def _plan(window: MainWindow, path: Path) -> None:
    """The dry run, then the plan dialog."""
    with busy_until_handed_on(window):
        flush_wizards(window)
        run_in_background(
            window,
            _import_title(),
            _reading_text(path),
            # Rows stamped in the future are counted, not refused, so that the plan can name
            # them and offer to accept them (`ImportPlanDialog.accept_future`).
            _import_work(window, path, dry_run=True, accept_future=True),
            on_done=lambda plan: _show_plan(window, path, plan, path),
            on_failed=lambda message: _import_failed(window, message),
            on_cancelled=lambda: _import_cancelled(window),
            describe=describe_bytes,
        )


def _reading_text(path: Path) -> str:
    return QCoreApplication.translate(
        "snapshot_actions", "Reading \u201c{name}\u201d to see what it would change\u2026"
    ).format(name=path.name)


def _planning(
    window: MainWindow, path: Path, decryption: Decryption, refused: type[EncryptedFileError]
) -> Callable[[Progress], _Planned | _Refused]:
    """The dry run of an encrypted file: decrypted once, then planned from memory; `_Refused`
    when it does not open with `decryption` (`refused`: the errors that mean so). The
    decryption is let go of as soon as it has served (the task may outlive the dry run)."""
    held = [decryption]

    def planning(progress: Progress) -> _Planned | _Refused:
        try:
            snapshot = decrypt_snapshot(path, held.pop())
        except refused as exc:
            return _Refused(str(exc))
        plan = _import_work(window, snapshot, dry_run=True, accept_future=True)(progress)
        return _Planned(plan, snapshot)

    return planning


def _ask_passphrase(window: MainWindow, path: Path) -> None:
    """The passphrase dialog, whose every try is the dry run itself (on its thread, the
    dialog waiting): a wrong passphrase is said there and asked again, and the plan of the
    right one is ready when it closes. Nothing is imported until the plan is accepted."""
    outcome: list[_Planned | str | None] = []  # a plan, a failure, None: cancelled

    def attempt(passphrase: bytes) -> str | None:
        flush_wizards(window)
        result = _wait_for(
            dialog,
            _reading_text(path),
            _planning(
                window, path, Decryption(passphrase=passphrase), refused=DecryptionFailedError
            ),
        )
        if isinstance(result, _Refused):
            return QCoreApplication.translate(
                "snapshot_actions", "Wrong passphrase, or the file was changed."
            )
        outcome.append(result)
        return None

    dialog = PassphraseDialog(
        _import_title(),
        QCoreApplication.translate(
            "snapshot_actions",
            "\u201c{name}\u201d is encrypted with a passphrase. Type it to import the file.",
        ).format(name=path.name),
        attempt,
        window,
    )

    def tried() -> None:
        dialog.forget()
        result = outcome[0] if outcome else None
        # Handed on: nothing here may keep the decrypted content (closures are not
        # freed when this ends: the dialog's connections hold them).
        outcome.clear()
        if isinstance(result, _Planned):
            _show_plan(window, path, result.plan, result.snapshot)
        elif isinstance(result, str):
            _import_failed(window, result)
        else:
            _import_cancelled(window)

    def cancelled() -> None:
        outcome.clear()
        _import_cancelled(window)

    with busy_until_handed_on(window):
        dialog.accepted.connect(tried)
        dialog.rejected.connect(cancelled)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def _wait_for(
    parent: QWidget, text: str, work: Callable[[Progress], _Planned | _Refused]
) -> _Planned | _Refused | str | None:
    """Run `work` on its thread behind its progress dialog, and wait for it here, the window
    repainting meanwhile: its result, a failure's message, or None when cancelled."""
    ended: list[_Planned | _Refused | str | None] = []
    loop = QEventLoop()
    task = run_in_background(
        parent,
        _import_title(),
        text,
        work,
        on_done=ended.append,
        on_failed=ended.append,
        on_cancelled=lambda: ended.append(None),
        describe=describe_bytes,
    )
    task.ended.connect(loop.quit)
    loop.exec()
    result = ended[0] if ended else None
    ended.clear()  # the task's slots may outlive this: not the decrypted content
    return result


def _ask_identity(window: MainWindow, path: Path) -> None:
    """Ask for the identity file (age's secret key) that opens `path`, then plan with it; one
    that does not fit says so and offers to choose another."""
    saved = QSettings().value(IDENTITY_FOLDER)
    start = Path(saved) if isinstance(saved, str) and saved and Path(saved).is_dir() else None
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate(
            "snapshot_actions", "Identity file for \u201c{name}\u201d"
        ).format(name=path.name),
        str(start or _folder()),
        _identity_filter(),
    )
    if not name:
        _import_cancelled(window)
        return
    identity = Path(name)
    QSettings().setValue(IDENTITY_FOLDER, str(identity.parent))
    decryption = Decryption(identities=(identity,))
    with busy_until_handed_on(window):
        flush_wizards(window)
        run_in_background(
            window,
            _import_title(),
            _reading_text(path),
            _planning(window, path, decryption, refused=EncryptedFileError),
            on_done=lambda result: _identity_tried(window, path, result),
            on_failed=lambda message: _import_failed(window, message),
            on_cancelled=lambda: _import_cancelled(window),
            describe=describe_bytes,
        )


def _identity_tried(window: MainWindow, path: Path, result: _Planned | _Refused) -> None:
    if isinstance(result, _Planned):
        _show_plan(window, path, result.plan, result.snapshot)
        return
    set_busy(window, False)  # first: the question below waits for the user
    answer = QMessageBox.warning(
        window,
        _import_title(),
        plain_message(
            QCoreApplication.translate(
                "snapshot_actions",
                "The snapshot cannot be decrypted with that identity file:\n\n{problem}"
                "\n\nChoose another identity file?",
            ).format(problem=result.message)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        _ask_identity(window, path)
    else:
        _import_cancelled(window)


def _import_work(
    window: MainWindow,
    source: Path | DecryptedSnapshot,
    *,
    dry_run: bool,
    accept_future: bool,
) -> Callable[[Progress], MergeOutcome]:
    """Plan or import `source`: a plain file, or an encrypted one's content, decrypted."""
    opened, catalog = window.store, window.catalog
    held = [source]  # let go of once used: the task may outlive the work

    def work(progress: Progress) -> MergeOutcome:
        with opened.reopen() as store:  # this thread's own connection, to the window's file
            return import_snapshot(
                store,
                held.pop(),
                catalog,
                dry_run=dry_run,
                progress=progress,
                accept_future=accept_future,
            )

    return work


def _show_plan(
    window: MainWindow, path: Path, plan: MergeOutcome, source: Path | DecryptedSnapshot
) -> None:
    """The plan dialog; accepted, the import of `source` (the file, or the content the plan
    was made from), which is let go of as the dialog closes, however it closes."""
    held = [source]
    with busy_until_handed_on(window):
        dialog = ImportPlanDialog(window, path.name, window.store.path.name, plan)

        def closed(result: int) -> None:
            chosen = held.pop()
            if result == ImportPlanDialog.DialogCode.Accepted and plan.changes_anything:
                _apply(window, path, chosen, dialog.accept_future)
            else:
                set_busy(window, False)

        dialog.finished.connect(closed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def _apply(
    window: MainWindow, path: Path, source: Path | DecryptedSnapshot, accept_future: bool
) -> None:
    with busy_until_handed_on(window):
        flush_wizards(window)
        _start_import(window, path, source, accept_future)


def _start_import(
    window: MainWindow, path: Path, source: Path | DecryptedSnapshot, accept_future: bool
) -> None:
    run_in_background(
        window,
        _import_title(),
        QCoreApplication.translate(
            "snapshot_actions", "Importing \u201c{name}\u201d into {store}\u2026"
        ).format(name=path.name, store=window.store.path.name),
        _import_work(window, source, dry_run=False, accept_future=accept_future),
        on_done=lambda plan: _imported(window, path, plan),
        on_failed=lambda message: _import_failed(window, message),
        on_cancelled=lambda: _import_cancelled(window),
        describe=describe_bytes,
        # It writes in one transaction: a rating given meanwhile in a wizard would wait for
        # the store's lock, and after its busy timeout fail. So every window waits here.
        every_window=True,
    )


def _imported(window: MainWindow, path: Path, plan: MergeOutcome) -> None:
    try:
        if plan.changes_anything:
            reload_everything(window)
        window.statusBar().showMessage(import_message(path.name, plan), STATUS_MS)
    finally:
        set_busy(window, False)


def _import_failed(window: MainWindow, message: str) -> None:
    set_busy(window, False)  # first: the message below waits for the user
    if store_failure(window, message):
        return
    QMessageBox.warning(
        window,
        _import_title(),
        plain_message(
            QCoreApplication.translate(
                "snapshot_actions",
                "The snapshot cannot be imported:\n\n{problem}\n\nNothing was changed.",
            ).format(problem=message)
        ),
    )


def _import_cancelled(window: MainWindow) -> None:
    set_busy(window, False)
    window.statusBar().showMessage(
        QCoreApplication.translate("snapshot_actions", "Import cancelled: nothing was changed."),
        STATUS_MS,
    )


def import_message(file_name: str, plan: MergeOutcome) -> str:
    """The status bar after an import: what it added and changed."""
    if not plan.changes_anything:
        return QCoreApplication.translate(
            "snapshot_actions",
            "Imported \u201c{name}\u201d: nothing changed; this store already held it all.",
        ).format(name=file_name)
    parts = [
        part
        for part in (
            _organizations_changed(plan.organizations.new, plan.organizations.updated),
            _assessments_changed(plan.assessments.new, plan.assessments.updated),
            _answers_changed(plan.answers.new, plan.answers.updated),
        )
        if part
    ]
    kept = plan.organizations.conflicts + plan.assessments.conflicts + plan.answers.conflicts
    separator = QCoreApplication.translate("snapshot_actions", ", ")
    what = separator.join(parts) or QCoreApplication.translate(
        "snapshot_actions", "maturity models"
    )
    if kept and i18n.plural_is_one(kept):
        text = QCoreApplication.translate(
            "snapshot_actions",
            "Imported \u201c{name}\u201d: {what}; {kept} kept as they are here (changed more "
            "recently here).",
            "one kept",
        )
    elif kept:
        text = QCoreApplication.translate(
            "snapshot_actions",
            "Imported \u201c{name}\u201d: {what}; {kept} kept as they are here (changed more "
            "recently here).",
        )
    else:
        text = QCoreApplication.translate(
            "snapshot_actions", "Imported \u201c{name}\u201d: {what}."
        )
    return text.format(name=file_name, what=what, kept=formats.integer(kept))


# Whole phrases per kind of record, so that the words agree with the noun in every language;
# one rule picks among them.
def _changed(new: int, updated: int, phrases: tuple[str, str, str, str, str, str]) -> str:
    """Phrases: both (one updated), both, one new, several new, one updated, several updated."""
    both_one, both, new_one, new_many, updated_one, updated_many = phrases
    if new and updated:
        text = both_one if i18n.plural_is_one(updated) else both  # alike in English, not in all
    elif new:
        text = new_one if i18n.plural_is_one(new) else new_many
    elif updated:
        text = updated_one if i18n.plural_is_one(updated) else updated_many
    else:
        return ""
    return text.format(new=formats.integer(new), updated=formats.integer(updated))


def _organizations_changed(new: int, updated: int) -> str:
    return _changed(
        new,
        updated,
        (
            QCoreApplication.translate(
                "snapshot_actions", "{new} new and {updated} updated organizations", "one updated"
            ),
            QCoreApplication.translate(
                "snapshot_actions", "{new} new and {updated} updated organizations"
            ),
            QCoreApplication.translate("snapshot_actions", "{new} new organization"),
            QCoreApplication.translate("snapshot_actions", "{new} new organizations"),
            QCoreApplication.translate("snapshot_actions", "{updated} updated organization"),
            QCoreApplication.translate("snapshot_actions", "{updated} updated organizations"),
        ),
    )


def _assessments_changed(new: int, updated: int) -> str:
    return _changed(
        new,
        updated,
        (
            QCoreApplication.translate(
                "snapshot_actions", "{new} new and {updated} updated assessments", "one updated"
            ),
            QCoreApplication.translate(
                "snapshot_actions", "{new} new and {updated} updated assessments"
            ),
            QCoreApplication.translate("snapshot_actions", "{new} new assessment"),
            QCoreApplication.translate("snapshot_actions", "{new} new assessments"),
            QCoreApplication.translate("snapshot_actions", "{updated} updated assessment"),
            QCoreApplication.translate("snapshot_actions", "{updated} updated assessments"),
        ),
    )


def _answers_changed(new: int, updated: int) -> str:
    return _changed(
        new,
        updated,
        (
            QCoreApplication.translate(
                "snapshot_actions", "{new} new and {updated} updated answers", "one updated"
            ),
            QCoreApplication.translate(
                "snapshot_actions", "{new} new and {updated} updated answers"
            ),
            QCoreApplication.translate("snapshot_actions", "{new} new answer"),
            QCoreApplication.translate("snapshot_actions", "{new} new answers"),
            QCoreApplication.translate("snapshot_actions", "{updated} updated answer"),
            QCoreApplication.translate("snapshot_actions", "{updated} updated answers"),
        ),
    )


# -- export


def export_snapshot_interactively(window: MainWindow) -> None:
    """Ask what to export and where, then write it; returns once the work has started."""
    if window.property(BUSY):
        return
    saved = QSettings().value(RECIPIENT)
    recipient = saved if isinstance(saved, str) else ""
    dialog = ExportDialog(window, export_scopes(window), recipient)
    dialog.accepted.connect(lambda: _protect_then_export(window, dialog.choice()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _protect_then_export(window: MainWindow, choice: ExportChoice) -> None:
    """The encryption asked for, then where to write the file."""
    if choice.protection is Protection.RECIPIENT:
        QSettings().setValue(RECIPIENT, choice.recipient)  # a public key: nothing secret
        _export_to_chosen_file(window, choice, Encryption(recipients=(choice.recipient,)))
    elif choice.protection is Protection.PASSPHRASE:
        ask = NewPassphraseDialog(
            QCoreApplication.translate("snapshot_actions", "Encrypt snapshot"),
            QCoreApplication.translate(
                "snapshot_actions",
                "Choose the passphrase that will open the file. Whoever imports it needs it: "
                "tell them by another way than the file itself (a phone call, not the same "
                "email).",
            ),
            window,
        )
        ask.ok_button.setText(QCoreApplication.translate("snapshot_actions", "&Continue"))

        def chosen() -> None:
            passphrase = ask.passphrase()
            ask.forget()
            _export_to_chosen_file(window, choice, Encryption(passphrase=passphrase))

        ask.accepted.connect(chosen)
        ask.finished.connect(ask.deleteLater)
        ask.open()
    else:
        _export_to_chosen_file(window, choice, None)


def export_scopes(window: MainWindow) -> list[ExportScope]:
    """The whole store, the selected organization, the selected assessment (each unavailable
    when nothing is selected)."""
    store = window.store
    organizations = store.count_organizations()
    stem = store.path.stem
    scopes = [
        ExportScope(
            (
                QCoreApplication.translate(
                    "snapshot_actions", "The &whole store ({store}: {count} organization)"
                )
                if i18n.plural_is_one(organizations)
                else QCoreApplication.translate(
                    "snapshot_actions", "The &whole store ({store}: {count} organizations)"
                )
            ).format(store=escape_mnemonic(store.path.name), count=formats.integer(organizations)),
            "store" if stem.lower() == "csmaturity" else stem,
        )
    ]
    org_id = window.current_organization_id()
    org = (
        window.operations.attempt(lambda: store.organization(org_id), window.show_error)
        if org_id
        else None
    )
    if org is not None:
        count = len(store.assessments(org.id))
        scopes.append(
            ExportScope(
                QCoreApplication.translate(
                    "snapshot_actions", "The &organization \u201c{name}\u201d ({assessments})"
                ).format(name=escape_mnemonic(org.name), assessments=_assessments(count)),
                org.name,
                organization_id=org.id,
            )
        )
    else:
        scopes.append(
            ExportScope(
                QCoreApplication.translate(
                    "snapshot_actions", "The selected &organization (none is selected)"
                ),
                "",
                available=False,
            )
        )
    assessment_id = window.current_assessment_id()
    record = (
        window.operations.attempt(lambda: store.assessment(assessment_id), window.show_error)
        if assessment_id
        else None
    )
    if record is not None:
        if record.assessor:
            text = QCoreApplication.translate(
                "snapshot_actions",
                "The &assessment of {date} by {assessor} ({organization}, {model})",
            )
        else:
            text = QCoreApplication.translate(
                "snapshot_actions", "The &assessment of {date} ({organization}, {model})"
            )
        scopes.append(
            ExportScope(
                text.format(
                    date=formats.long_date(record.assessed_on),
                    assessor=escape_mnemonic(record.assessor or ""),
                    organization=escape_mnemonic(record.organization_name),
                    model=escape_mnemonic(record.model_title),
                ),
                f"{record.organization_name} {record.assessed_on.isoformat()}",
                assessment_id=record.id,
            )
        )
    else:
        scopes.append(
            ExportScope(
                QCoreApplication.translate(
                    "snapshot_actions", "The selected &assessment (none is selected)"
                ),
                "",
                available=False,
            )
        )
    return scopes


def _export_to_chosen_file(
    window: MainWindow, choice: ExportChoice, encryption: Encryption | None
) -> None:
    suggested = _folder() / default_file_name(choice, date.today())
    title = (
        QCoreApplication.translate("snapshot_actions", "Export summary")
        if choice.summary
        else _export_title()
    )
    filter_ = _age_filter() if encryption is not None else _csv_filter()
    name, _ = QFileDialog.getSaveFileName(window, title, str(suggested), filter_)
    if not name:
        return
    path = saved_path(Path(name), encryption is not None)
    _remember_folder(path.parent)
    opened = window.store
    scope = choice.scope

    def work(progress: Progress) -> ExportResult:
        # `using` holds for the thread that enters it: this one, which writes the file.
        with i18n.using(choice.language), opened.reopen() as store:
            if choice.summary:
                return export_summary(
                    store,
                    path,
                    organization_id=scope.organization_id,
                    assessment_id=scope.assessment_id,
                    progress=progress,
                    encryption=encryption,
                )
            return export_snapshot(
                store,
                path,
                organization_id=scope.organization_id,
                assessment_id=scope.assessment_id,
                progress=progress,
                client_safe=choice.client_safe,
                encryption=encryption,
            )

    with busy_until_handed_on(window):
        run_in_background(
            window,
            title,
            QCoreApplication.translate(
                "snapshot_actions", "Writing \u201c{name}\u201d\u2026"
            ).format(name=path.name),
            work,
            on_done=lambda result: _exported(window, result, choice),
            on_failed=lambda message: _export_failed(window, message),
            on_cancelled=lambda: _export_cancelled(window),
            describe=lambda done, total: QCoreApplication.translate(
                "snapshot_actions", "{done} of {total}"
            ).format(done=formats.integer(done), total=_assessments(total)),
        )


def saved_path(path: Path, encrypted: bool) -> Path:
    """The file to write for the name chosen: .csv added to a bare name, and .age to an
    encrypted file's, so that its name says what it is (an import goes by its header)."""
    if not path.suffix:
        path = path.with_name(path.name + ".csv")
    if encrypted and path.suffix.lower() != ".age":
        path = path.with_name(path.name + ".age")
    return path


def _exported(window: MainWindow, result: ExportResult, choice: ExportChoice) -> None:
    text = export_message(result, choice.summary, choice.client_safe, protection_text(choice))
    try:
        window.statusBar().showMessage(text, STATUS_MS)
    finally:
        set_busy(window, False)
    if result.left_out:  # a backup that is not whole must say so where it cannot be missed
        QMessageBox.warning(window, _export_title(), plain_message(text))


def _export_failed(window: MainWindow, message: str) -> None:
    set_busy(window, False)  # first: the message below waits for the user
    if store_failure(window, message):
        return
    QMessageBox.warning(
        window,
        _export_title(),
        plain_message(
            QCoreApplication.translate(
                "snapshot_actions", "The file cannot be written:\n\n{problem}"
            ).format(problem=message)
        ),
    )


def _export_cancelled(window: MainWindow) -> None:
    set_busy(window, False)
    window.statusBar().showMessage(
        QCoreApplication.translate("snapshot_actions", "Export cancelled: no file was written."),
        STATUS_MS,
    )


def export_message(
    result: ExportResult, summary: bool, client_safe: bool = False, protection: str = ""
) -> str:
    """The status bar after an export; `protection` as `protection_text` words it."""
    assessments = _assessments(result.assessments)
    rows = ""
    if summary:
        text = QCoreApplication.translate(
            "snapshot_actions", "Exported a summary of {assessments} to {path}{protection}."
        )
    else:
        if i18n.plural_is_one(result.rows):
            rows = QCoreApplication.translate("snapshot_actions", "{count} row")
        else:
            rows = QCoreApplication.translate("snapshot_actions", "{count} rows")
        rows = rows.format(count=formats.integer(result.rows))
        if client_safe:
            text = QCoreApplication.translate(
                "snapshot_actions",
                "Exported a client-safe snapshot of {assessments}, {rows} to {path}{protection}.",
            )
        else:
            text = QCoreApplication.translate(
                "snapshot_actions",
                "Exported a snapshot of {assessments}, {rows} to {path}{protection}.",
            )
    text = text.format(assessments=assessments, rows=rows, path=result.path, protection=protection)
    if result.left_out:
        text += f" {capitalized(left_out_text(result.left_out))}."
    return text


def protection_text(choice: ExportChoice) -> str:
    """How the file was encrypted, after its name; never the passphrase itself."""
    if choice.protection is Protection.PASSPHRASE:
        return QCoreApplication.translate("snapshot_actions", ", encrypted with a passphrase")
    if choice.protection is Protection.RECIPIENT:
        key = choice.recipient
        shown = key if len(key) <= 24 else f"{key[:12]}\u2026{key[-8:]}"
        return QCoreApplication.translate(
            "snapshot_actions", ", encrypted to the key {key}"
        ).format(key=shown)
    return ""


# -- shared


def describe_bytes(done: int, total: int) -> str:
    """ "3.2 MB of 12.0 MB": how far through the file an import is."""
    return QCoreApplication.translate("snapshot_actions", "{done} of {total}").format(
        done=_size(done), total=_size(total)
    )


def _size(count: int) -> str:
    if count < 1000 * 1000:
        return QCoreApplication.translate("snapshot_actions", "{size} kB").format(
            size=formats.decimal(count / 1000, 0)
        )
    return QCoreApplication.translate("snapshot_actions", "{size} MB").format(
        size=formats.decimal(count / (1000 * 1000), 1)
    )


def _folder() -> Path:
    """The folder of the last snapshot, else Documents (else home)."""
    saved = QSettings().value(FOLDER)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _remember_folder(folder: Path) -> None:
    QSettings().setValue(FOLDER, str(folder))
