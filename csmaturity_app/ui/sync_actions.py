"""File > Sync with Team Server and File > Sync Conflicts: the address dialog, the sync on its
own thread behind a progress dialog with Cancel, the password when the server asks for one,
the summary, and the window shown again with what came in.

The sync opens its own store on its thread, on the window's file (as an import does), and
holds that store's write lock from the first row received to the commit: every window of the
application waits meanwhile, since a rating given in a wizard would wait on that lock.

A password asked for here lives in the work's closure for that one connection: it is never
written to the store, the settings or a log, and the next sync asks again (or finds it where
libpq looks: ~/.pgpass, a service file, PGPASSWORD).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from csmaturity_app import i18n
from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange import Cancelled
from csmaturity_app.i18n import formats
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import AnswerConflict, FutureRowsError, Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.errors import PasswordNeededError, SyncCancelled
from csmaturity_app.sync.outcome import (
    CONNECTING,
    DONE,
    MERGING,
    RECEIVING,
    SENDING,
    SERVER_COMMITTED,
    SyncOutcome,
)
from csmaturity_app.sync.session import sync
from csmaturity_app.ui.background import StagedProgress, run_staged_in_background
from csmaturity_app.ui.confirmations import confirm
from csmaturity_app.ui.markup import plain_message
from csmaturity_app.ui.sync_conflicts import SyncConflictsDialog
from csmaturity_app.ui.sync_dialog import SyncDialog, SyncSummaryDialog
from csmaturity_app.ui.sync_status import short_local_time
from csmaturity_app.ui.window_work import (
    busy_until_handed_on,
    flush_wizards,
    is_busy,
    reload_everything,
    set_busy,
    store_failure,
)

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow

STATUS_MS = 15000
CANCELLED = "Sync cancelled: nothing was changed, here or on the team server."
PREVIEW_CANCELLED = "Preview cancelled: nothing was changed."


def _title() -> str:
    return QCoreApplication.translate("sync_actions", "Sync with Team Server")


def _plural(count: int, one: str, other: str, **values: object) -> str:
    """`one` or `other` (translated, with a {count}) as the language's rule picks, filled."""
    chosen = one if i18n.plural_is_one(count) else other
    return chosen.format(count=formats.integer(count), **values)


@dataclass(frozen=True)
class PasswordWanted:
    """The work's result when the server asked for a password and libpq found none."""

    message: str


@dataclass(frozen=True)
class FutureToAccept:
    """The work's result when the server holds rows stamped far ahead of this clock: the
    person decides whether to take them (the command line's --accept-future)."""

    rows: int
    latest: str


def sync_interactively(window: MainWindow) -> None:
    """Ask for the address, then sync (or preview); returns at once, the rest follows."""
    if is_busy(window):
        return
    state = window.operations.attempt(window.store.sync_state, window.show_error)
    if state is None:
        return
    dialog = SyncDialog(window, window.store.path.name, state)

    def chosen() -> None:
        if dialog.address is not None:
            start_sync(window, dialog.address, dry_run=dialog.dry_run)

    dialog.accepted.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()  # window-modal


def start_sync(
    window: MainWindow,
    address: ServerAddress,
    *,
    dry_run: bool,
    password: str | None = None,
    accept_future: bool = False,
) -> None:
    """Run the sync (or its preview) on its thread, behind the progress dialog."""
    if is_busy(window):
        return
    opened = window.store
    with busy_until_handed_on(window):
        flush_wizards(window)

        def work(progress: StagedProgress) -> SyncOutcome | PasswordWanted | FutureToAccept:
            def report(stage: str, done: int, total: int) -> None:
                try:
                    progress(stage, done, total)
                except Cancelled:  # the sync knows when it is too late to stop (committed)
                    raise SyncCancelled("cancelled: nothing was changed") from None

            with opened.reopen() as store:  # this thread's own connection, to the window's file
                try:
                    return sync(
                        store,
                        address,
                        dry_run=dry_run,
                        progress=report,
                        password=password,
                        accept_future=accept_future,
                    )
                except FutureRowsError as exc:
                    if accept_future:
                        raise
                    return FutureToAccept(exc.rows, exc.latest)
                except SyncCancelled:
                    raise Cancelled from None
                except PasswordNeededError as exc:
                    if password is not None:
                        raise
                    return PasswordWanted(str(exc))

        if dry_run:
            doing = QCoreApplication.translate(
                "sync_actions", "Previewing a sync of {store} with the team server at\n{address}"
            )
        else:
            doing = QCoreApplication.translate(
                "sync_actions", "Syncing {store} with the team server at\n{address}"
            )
        task = run_staged_in_background(
            window,
            _title(),
            # The address on a line of its own: a URL has no space to wrap at.
            doing.format(store=opened.path.name, address=address.display),
            work,
            on_done=lambda result: _ended(
                window, address, dry_run, result, password, accept_future
            ),
            on_failed=lambda message: _failed(window, message),
            on_cancelled=lambda: _cancelled(window, dry_run),
            describe=stage_text,
            every_window=True,
        )

        def too_late_to_cancel(stage: str, _done: object, _total: object) -> None:
            if stage in (SERVER_COMMITTED, DONE):
                task.dialog.cancel_button.setEnabled(False)

        task.worker.progressed.connect(too_late_to_cancel)


def stage_text(stage: str, done: int, total: int) -> str:
    """The progress dialog's line for a stage of the sync."""
    if stage == CONNECTING:
        # its address is said above
        return QCoreApplication.translate("sync_actions", "Connecting to the team server\u2026")
    if stage == RECEIVING:
        if total <= 0:
            return QCoreApplication.translate(
                "sync_actions", "Receiving the changes made on the team server\u2026"
            )
        return _plural(
            total,
            QCoreApplication.translate("sync_actions", "Receiving {done} of {count} row\u2026"),
            QCoreApplication.translate("sync_actions", "Receiving {done} of {count} rows\u2026"),
            done=formats.integer(done),
        )
    if stage == MERGING:
        return QCoreApplication.translate(
            "sync_actions", "Merging what was received with the changes made here\u2026"
        )
    if stage == SENDING:
        if total <= 0:
            return QCoreApplication.translate("sync_actions", "Sending the changes made here\u2026")
        return _plural(
            total,
            QCoreApplication.translate("sync_actions", "Sending {done} of {count} row\u2026"),
            QCoreApplication.translate("sync_actions", "Sending {done} of {count} rows\u2026"),
            done=formats.integer(done),
        )
    if stage == SERVER_COMMITTED:
        return QCoreApplication.translate(
            "sync_actions", "The team server has the changes; saving them here\u2026"
        )
    if stage == DONE:
        return QCoreApplication.translate("sync_actions", "Done.")
    return ""


def _ended(
    window: MainWindow,
    address: ServerAddress,
    dry_run: bool,
    result: SyncOutcome | PasswordWanted | FutureToAccept,
    password: str | None = None,
    accept_future: bool = False,
) -> None:
    set_busy(window, False)  # first: what follows waits for the user
    if isinstance(result, PasswordWanted):
        _ask_password(window, address, dry_run, result.message)
        return
    if isinstance(result, FutureToAccept):
        if _take_future_rows(window, result):
            start_sync(window, address, dry_run=dry_run, password=password, accept_future=True)
        return
    if result.committed and result.merge is not None and result.merge.changes_anything:
        reload_everything(window)
    window.refresh_sync_status()
    if not dry_run:
        window.statusBar().showMessage(sync_message(result), STATUS_MS)
    _show_summary(window, address, result, password, accept_future)


def _take_future_rows(window: MainWindow, found: FutureToAccept) -> bool:
    """Ask before taking rows stamped far ahead of this clock; nothing was changed so far."""
    one = i18n.plural_is_one(found.rows)
    question = _plural(
        found.rows,
        QCoreApplication.translate(
            "sync_actions",
            "The team server holds {count} row stamped more than a day ahead of this computer's "
            "clock, the latest {latest}. Was a clock wrong, here or on the laptop that sent "
            "it?\n\nTaken, it would win over every later change. Nothing has been changed so "
            "far, here or on the team server.",
        ),
        QCoreApplication.translate(
            "sync_actions",
            "The team server holds {count} rows stamped more than a day ahead of this "
            "computer's clock, the latest {latest}. Was a clock wrong, here or on the laptop "
            "that sent them?\n\nTaken, they would win over every later change. Nothing has "
            "been changed so far, here or on the team server.",
        ),
        latest=short_local_time(found.latest),
    )
    return confirm(
        window,
        _title(),
        question,
        yes=QCoreApplication.translate("sync_actions", "Take It Anyway")
        if one
        else QCoreApplication.translate("sync_actions", "Take Them Anyway"),
        default_yes=False,
    )


def _ask_password(window: MainWindow, address: ServerAddress, dry_run: bool, message: str) -> None:
    password, ok = QInputDialog.getText(
        window,
        _title(),
        QCoreApplication.translate(
            "sync_actions",
            "{problem}\n\nPassword for {address} (used for this sync only, not kept):",
        ).format(problem=message, address=address.display),
        QLineEdit.EchoMode.Password,
    )
    if ok and password:
        start_sync(window, address, dry_run=dry_run, password=password)


def _show_summary(
    window: MainWindow,
    address: ServerAddress,
    outcome: SyncOutcome,
    password: str | None = None,
    accept_future: bool = False,
) -> None:
    """The summary; after a preview, its Sync Now syncs with what the preview was given (the
    password typed, future rows taken), not asking again."""
    dialog = SyncSummaryDialog(window, outcome)
    if dialog.conflicts_button is not None:
        conflicts = list(outcome.conflicts)
        dialog.conflicts_button.clicked.connect(
            lambda: show_conflicts(window, conflicts, conflicts_heading(outcome))
        )
    if outcome.dry_run:
        dialog.accepted.connect(
            lambda: start_sync(
                window,
                address,
                dry_run=False,
                password=password,
                accept_future=accept_future,
            )
        )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def sync_message(outcome: SyncOutcome) -> str:
    """The status bar after a sync."""
    sent = _plural(
        outcome.sent,
        QCoreApplication.translate("sync_actions", "{count} row"),
        QCoreApplication.translate("sync_actions", "{count} rows"),
    )
    received = _plural(
        outcome.received,
        QCoreApplication.translate("sync_actions", "{count} row"),
        QCoreApplication.translate("sync_actions", "{count} rows"),
    )
    if not outcome.conflicts:
        return QCoreApplication.translate(
            "sync_actions", "Synced: sent {sent}, received {received}."
        ).format(sent=sent, received=received)
    return _plural(
        len(outcome.conflicts),
        QCoreApplication.translate(
            "sync_actions",
            "Synced: sent {sent}, received {received}, {count} conflict (File > Sync Conflicts).",
        ),
        QCoreApplication.translate(
            "sync_actions",
            "Synced: sent {sent}, received {received}, {count} conflicts (File > Sync Conflicts).",
        ),
        sent=sent,
        received=received,
    )


def _failed(window: MainWindow, message: str) -> None:
    set_busy(window, False)  # first: the message below waits for the user
    window.refresh_sync_status()
    if store_failure(window, message):
        return
    QMessageBox.warning(
        window,
        _title(),
        # As written: a message may begin with a role's name, which is case-sensitive.
        plain_message(
            QCoreApplication.translate(
                "sync_actions", "The sync did not complete:\n\n{problem}"
            ).format(problem=message)
        ),
    )


def _cancelled(window: MainWindow, dry_run: bool) -> None:
    set_busy(window, False)
    if dry_run:
        text = QCoreApplication.translate("sync_actions", "Preview cancelled: nothing was changed.")
    else:
        text = QCoreApplication.translate(
            "sync_actions", "Sync cancelled: nothing was changed, here or on the team server."
        )
    window.statusBar().showMessage(text, STATUS_MS)


# -- conflicts


def conflicts_heading(outcome: SyncOutcome | None = None, synced_at: str = "") -> str:
    if outcome is not None and outcome.dry_run:
        return QCoreApplication.translate(
            "sync_actions",
            "A sync with {server} would find these answers changed both here and on the team "
            "server.",
        ).format(server=outcome.server)
    if synced_at:
        return QCoreApplication.translate(
            "sync_actions",
            "The last sync on {when} found these answers changed both here and on the team server.",
        ).format(when=short_local_time(synced_at))
    return QCoreApplication.translate(
        "sync_actions",
        "The last sync found these answers changed both here and on the team server.",
    )


def show_conflicts_of_last_sync(window: MainWindow) -> None:
    """File > Sync Conflicts: those the last sync recorded in the store."""
    store = window.store
    found = window.operations.attempt(
        lambda: (store.sync_state(), store.sync_conflicts()), window.show_error
    )
    if found is None:
        return
    state, conflicts = found
    show_conflicts(window, conflicts, conflicts_heading(synced_at=state.synced_at))


def show_conflicts(window: MainWindow, conflicts: list[AnswerConflict], heading: str) -> None:
    store = window.store
    dialog = SyncConflictsDialog(window, conflicts, lambda aid: _model_of(store, aid), heading)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _model_of(store: Store, assessment_id: str) -> MaturityModel | None:
    """The assessment's model, to name its criteria; None when it cannot be read (deleted
    since, or its definition unreadable): the criterion's id is then shown alone."""
    try:
        return store.model_of(assessment_id)
    except UserFacingError:
        return None
