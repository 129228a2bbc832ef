"""Writing the finished PDF: all of it or nothing, and a Qt application to draw it with."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange.output_files import (
    keep_mode,
    output_problem,
    output_target,
    refuse_special,
)
from csmaturity_app.i18n import translate

_application: QApplication | None = None  # created here for the command line: kept alive


def ensure_application() -> QApplication:
    """The running QApplication (the window's), or a new one for the command line.

    The charts are widgets, so drawing them needs a QApplication. On Linux the command line
    makes it on the offscreen platform: `csmaturity report` then works over ssh and with no
    display at all, and does not depend on a desktop session's QT_QPA_PLATFORM. (Windows and
    macOS always have their own platform, with their fonts.)
    """
    global _application
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if app is not None:
        raise RuntimeError("a QCoreApplication or QGuiApplication is running: widgets need more")
    argv = [sys.argv[0] if sys.argv and sys.argv[0] else "csmaturity"]
    wanted = os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform.startswith("linux") and not wanted.startswith("offscreen"):
        argv += ["-platform", "offscreen"]
    _application = QApplication(argv)
    return _application


def write_atomically(out: Path, content: bytes) -> Path:
    """Write `content` to `out` through a temporary file in the same folder, then rename it
    over `out`: a failure (a full disk, a folder that cannot be written) leaves no half file
    and leaves an earlier `out` as it was."""
    out = Path(out)
    refuse_special(out)
    target = output_target(out)  # a symbolic link stays, and its target gets the report
    try:
        folder = target.parent.resolve(strict=True)
        if target.is_dir():
            raise IsADirectoryError(f"{out} is a folder")
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _cannot_write(out, exc) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        if os.name == "posix":  # mkstemp's file is private (0600); a report is an ordinary file
            os.chmod(temporary, _ordinary_mode())
        keep_mode(Path(temporary), target)
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise _cannot_write(out, exc) from exc
    return out


def _cannot_write(out: Path, exc: OSError) -> UserFacingError:
    return UserFacingError(
        translate("report", "cannot write the report to {path}: {problem}").format(
            path=out, problem=output_problem(exc)
        )
    )


def _ordinary_mode() -> int:
    """The permissions a new file gets here (0644 under the usual umask)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask
