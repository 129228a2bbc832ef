"""Long work (an import, an export) on a thread of its own, behind a window-modal progress
dialog with Cancel, so that the window keeps repainting while a large file is read or written.

The work is a plain function of a `Progress` callback (see `exchange.progress`): it runs on
the worker thread and must open its own store there (SQLite connections are not shared
between threads). It never touches a widget; what it reports travels by queued signals.
Cancel sets a `threading.Event` that the callback checks; the work then raises `Cancelled`
at its next report and leaves nothing changed. Work in stages (a team sync: connecting,
receiving, merging, sending) reports `(stage, done, total)` instead, and decides itself when
a cancel has come too late.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange import Cancelled, Progress

T = TypeVar("T")

# Work in stages reports a stage's name, then how far through that stage it is (0, 0: unknown).
StagedProgress = Callable[[str, int, int], None]

STEPS = 1000  # the progress bar counts in thousandths: byte counts overflow a C++ int

# Tasks whose thread is still running: a QThread must outlive its run(), whoever dropped it.
_running: set[BackgroundTask] = set()


def running() -> list[BackgroundTask]:
    """The tasks not yet finished (tests wait for none to be left)."""
    return list(_running)


class ProgressDialog(QDialog):
    """A progress bar, a line of detail and Cancel.

    Not a QProgressDialog: that one hides itself the moment Cancel is pressed, while the work
    is still stopping, and its setValue() processes events when modal, re-entering whatever
    slot called it. This one stays up, saying "Cancelling", until the work has really ended.
    """

    cancelRequested = Signal()

    def __init__(self, parent: QWidget, title: str, text: str, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(text, wordWrap=True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy, until the first report says how far
        self.bar.setTextVisible(False)
        self.detail = QLabel(self.tr("Starting\u2026"))
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        buttons.setVisible(cancellable)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 66)
        self.cancel_button.setFocus()
        self.cancellable = cancellable
        self.cancelling = False
        self._ended = False

    def set_progress(self, done: int, total: int, detail: str) -> None:
        if total > 0:
            self.bar.setRange(0, STEPS)
            self.bar.setValue(min(STEPS, done * STEPS // total))
        else:  # how much there is to do is not known (yet): busy
            self.bar.setRange(0, 0)
        if detail and not self.cancelling:
            self.detail.setText(detail)

    def reject(self) -> None:
        """Cancel, Esc and the title bar's close button ask the work to stop; the dialog
        stays until it has (`end`)."""
        if self._ended:
            super().reject()
            return
        if self.cancellable and not self.cancelling:
            self.cancelling = True
            self.detail.setText(self.tr("Cancelling\u2026"))
            self.cancel_button.setEnabled(False)
            self.cancelRequested.emit()

    def end(self) -> None:
        self._ended = True
        self.done(QDialog.DialogCode.Accepted)


class _WorkThread(QThread):
    """Runs the work and keeps its outcome for the GUI thread to read once `finished`."""

    # stage ("" for work without stages), done, total (Python ints: files can pass 2 GB)
    progressed = Signal(str, object, object)

    def __init__(
        self, work: Callable[[Any], Any], cancel: threading.Event, staged: bool = False
    ) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self._staged = staged
        self._last: tuple[str, int] | None = None
        self.result: Any = None
        self.error: str | None = None
        self.cancelled = False
        self.crash: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self._stage_progress if self._staged else self._progress)
        except Cancelled:
            self.cancelled = True
        except UserFacingError as exc:
            self.error = str(exc)
        except Exception as exc:  # a bug: raised again on the GUI thread, where it is seen
            self.crash = exc

    def _progress(self, done: int, total: int) -> None:
        # The work reports done == total once it is complete (committed, file in place):
        # too late to stop it, so only earlier reports honour Cancel.
        if self._cancel.is_set() and done < total:
            raise Cancelled
        self._report("", done, total)

    def _stage_progress(self, stage: str, done: int, total: int) -> None:
        # Every report honours Cancel: staged work ignores it once it is too late to stop.
        if self._cancel.is_set():
            raise Cancelled
        self._report(stage, done, total)

    def _report(self, stage: str, done: int, total: int) -> None:
        step = done * STEPS // total if total > 0 else -1
        if (stage, step) != self._last:  # one signal per visible step, not per report
            self._last = (stage, step)
            self.progressed.emit(stage, done, total)


class BackgroundTask(QObject):
    """One piece of work on its thread, with its progress dialog over a window.

    Exactly one of the callbacks runs on the GUI thread when the work ends: `on_done` with its
    result, `on_failed` with the message of a `UserFacingError`, or `on_cancelled`. An
    unexpected exception in the work (a bug) goes to `on_failed` too, so that the caller puts
    its window back (its busy flag cleared) and the user hears of it once; it is then raised
    again on the GUI thread, where it is seen. So does one raised by `on_done` itself: what
    follows the work (a plan dialog, a reload) must not leave the window busy either.
    """

    ended = Signal()  # after the callback ran

    def __init__(
        self,
        parent: QWidget,
        title: str,
        text: str,
        work: Callable[[Any], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
        on_cancelled: Callable[[], None],
        describe: Callable[..., str] | None = None,
        staged: bool = False,
        cancellable: bool = True,
    ) -> None:
        super().__init__()  # no parent: kept in `_running` until the thread has ended
        self._cancel = threading.Event()
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_cancelled = on_cancelled
        self._describe = describe
        self._staged = staged
        self.worker = _WorkThread(work, self._cancel, staged)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.dialog = ProgressDialog(parent, title, text, cancellable)
        self.dialog.cancelRequested.connect(self.cancel)

    def start(self) -> None:
        _running.add(self)
        self.dialog.show()
        self.worker.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        if self._describe is None:
            detail = ""
        elif self._staged:
            detail = self._describe(stage, done, total)
        else:
            detail = self._describe(done, total)
        self.dialog.set_progress(done, total, detail)

    def _finished(self) -> None:
        thread = self.worker
        thread.wait()  # run() has returned; this only joins the OS thread
        _running.discard(self)
        self.dialog.end()
        self.dialog.deleteLater()
        thread.deleteLater()
        self.deleteLater()
        try:
            if thread.crash is not None:
                self._on_failed(unexpected_error_message(thread.crash))
                raise thread.crash
            if thread.cancelled:
                self._on_cancelled()
            elif thread.error is not None:
                self._on_failed(thread.error)
            else:
                # Handed on, not kept: the thread's wrapper may outlive this by long (its
                # connections), and a result can be secret (a snapshot decrypted).
                result, thread.result = thread.result, None
                self._done(result)
        finally:
            self.ended.emit()

    def _done(self, result: Any) -> None:
        try:
            self._on_done(result)
        except UserFacingError as exc:
            self._on_failed(str(exc))
        except Exception as exc:  # a bug in what follows the work: said once, then raised
            self._on_failed(unexpected_error_message(exc))
            raise


def unexpected_error_message(exc: BaseException) -> str:
    """What the user is told of a bug: that it is one, and what it said."""
    return QCoreApplication.translate(
        "background", "Something went wrong that CS Maturity did not expect ({kind}: {problem})."
    ).format(kind=type(exc).__name__, problem=exc)


def run_in_background(
    parent: QWidget,
    title: str,
    text: str,
    work: Callable[[Progress], T],
    *,
    on_done: Callable[[T], None],
    on_failed: Callable[[str], None],
    on_cancelled: Callable[[], None],
    describe: Callable[[int, int], str] | None = None,
    every_window: bool = False,
    cancellable: bool = True,
) -> BackgroundTask:
    """Start `work` on a thread of its own behind a progress dialog titled `title`; returns at
    once. `describe(done, total)` words a report for the dialog ("3 of 12 assessments").
    `every_window`: the dialog blocks every window of the application, not only `parent`
    (for work that holds the store's write lock: an open wizard would wait on it).
    Not `cancellable`: work that cannot stop part-way (it is short, or all or nothing) shows
    no Cancel, and Esc leaves it running."""
    task = BackgroundTask(
        parent, title, text, work, on_done, on_failed, on_cancelled, describe, False, cancellable
    )
    if every_window:
        task.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    task.start()
    return task


def run_staged_in_background(
    parent: QWidget,
    title: str,
    text: str,
    work: Callable[[StagedProgress], T],
    *,
    on_done: Callable[[T], None],
    on_failed: Callable[[str], None],
    on_cancelled: Callable[[], None],
    describe: Callable[[str, int, int], str],
    every_window: bool = False,
) -> BackgroundTask:
    """`run_in_background` for work in stages: it reports `(stage, done, total)`, worded by
    `describe` ("Receiving 1,200 of 5,000 rows"). Every report raises `Cancelled` once Cancel
    is pressed: the work itself ignores it once it is too late to stop."""
    task = BackgroundTask(
        parent, title, text, work, on_done, on_failed, on_cancelled, describe, staged=True
    )
    if every_window:
        task.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    task.start()
    return task
