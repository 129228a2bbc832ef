"""Files written for the user (a snapshot, a summary, a report, a questionnaire, an action
plan): which file an output path names, which may not be written, and why one could not be
written, in the user's words."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate


def output_target(path: Path) -> Path:
    """The file that writing to `path` replaces: where a symbolic link points (to the end of a
    chain of them), else `path`. The complete file is renamed onto it, and a rename onto the
    link itself would put a plain file in the link's place and leave its target as it was."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def refuse_the_store(out: Path, store_path: Path) -> None:
    """Refuse an output path that is the store (or its -wal or -shm), directly or through a
    link: a mistyped --out would replace every record with a CSV or a PDF."""
    store = os.path.realpath(store_path)
    target = os.path.realpath(out)
    same = target in {store, f"{store}-wal", f"{store}-shm", f"{store}-journal"}
    if not same and os.path.exists(target) and os.path.exists(store):
        same = os.path.samefile(target, store)  # a hard link
    if same:
        raise UserFacingError(
            translate(
                "output files",
                "cannot write {out}: it is the store {store}, which this would replace; choose "
                "another file",
            ).format(out=out, store=store_path)
        )


def refuse_output(out: Path, store_path: Path) -> None:
    """What every writer checks before any work: `out` is not the store (`refuse_the_store`)
    and no other program holds it open (`refuse_locked`)."""
    refuse_the_store(out, store_path)
    refuse_special(out)
    refuse_locked(out)


def refuse_special(out: Path) -> None:
    """Refuse a device, a pipe or a socket (`--out /dev/null`, say): a file is written whole
    beside its target and then renamed over it, which would put a regular file in place of
    the device (for root, /dev/null itself) instead of writing into it."""
    try:
        mode = os.stat(out).st_mode  # through links: /dev/stdout names a pipe or a terminal
    except OSError:
        return  # nothing there yet (or not reachable: the write says why)
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise UserFacingError(
            translate(
                "output files",
                "cannot write {out}: it is a device or a pipe, not a file; choose a file name",
            ).format(out=out)
        )


def refuse_locked(out: Path) -> None:
    """Refuse a file that LibreOffice or Microsoft Office has open: replacing it under them
    loses the user's edits there (or, on Windows, fails at the very end). They say so with a
    file beside it: LibreOffice's `.~lock.NAME#`, Office's `~$NAME`, for which Office cuts
    a long name's first two characters."""
    target = output_target(Path(out))
    if not target.is_file():
        return  # a lock left beside a file that is gone is stale: nothing to lose
    name = target.name
    holders = [
        (f".~lock.{name}#", "LibreOffice"),
        (f"~${name}", "Microsoft Office"),
    ]
    if len(name) > 8:
        holders.append((f"~${name[2:]}", "Microsoft Office"))
    for lock, program in holders:
        if (target.parent / lock).exists():
            raise UserFacingError(
                translate(
                    "output files",
                    "{out} is open in another program ({program} keeps {lock} beside it); close "
                    "it there and try again",
                ).format(out=out, program=program, lock=lock)
            )


def output_problem(exc: OSError) -> str:
    """ "the disk is full", "permission denied": why a file could not be written."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("output files", "the disk is full")
    if isinstance(exc, FileNotFoundError):
        return translate("output files", "the folder does not exist")
    if isinstance(exc, NotADirectoryError):
        return translate("output files", "part of the path is a file, not a folder")
    if isinstance(exc, IsADirectoryError):
        return translate("output files", "it is a folder")
    if isinstance(exc, PermissionError):
        return translate("output files", "permission denied")
    if exc.errno == errno.EROFS:
        return translate("output files", "the folder is read-only")
    if exc.errno == errno.ELOOP:
        return translate("output files", "its symbolic links go round in a loop")
    return exc.strerror or str(exc)


def keep_mode(temporary: Path, target: Path) -> None:
    """Give the file about to replace `target` the permissions `target` has: a file the user
    made private (it may hold private notes) stays private. A new file keeps the default."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        return
    os.chmod(temporary, mode)


@contextmanager
def replacing_file(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` (beside its target, for a symbolic link) for a writer
    that wants a file name (openpyxl), moved onto `path` once the writer has finished: a
    failure leaves no half-written file, and an earlier `path` as it was."""
    refuse_special(Path(path))
    refuse_locked(Path(path))
    target = output_target(Path(path))
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder")
        temporary.open("xb").close()  # "x": never over another file; fails early if unwritable
    except OSError as exc:
        raise cannot_write(path, output_problem(exc)) from None
    try:
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        keep_mode(temporary, target)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        problem = output_problem(exc)
        if isinstance(exc, PermissionError) and target.exists():
            # Windows keeps a file open in Excel locked: the rename onto it is refused.
            problem += translate(
                "output files", " (is it open in another program? Close it and try again)"
            )
        raise cannot_write(path, problem) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def cannot_write(path: Path, problem: str) -> UserFacingError:
    """ "cannot write PATH: the disk is full", in the language in effect."""
    return UserFacingError(
        translate("output files", "cannot write {path}: {problem}").format(
            path=path, problem=problem
        )
    )
