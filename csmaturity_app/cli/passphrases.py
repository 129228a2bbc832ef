"""Passphrases for the command line: read from a file, or asked on the terminal.

A passphrase is kept as a `bytearray`, so that it can be overwritten (`wipe`) as soon as the
store is open or the file is written; Python's `str` cannot be. It is never echoed, logged or
written anywhere.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from pathlib import Path

from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate
from csmaturity_app.store import MIN_NEW_PASSPHRASE

ENV = "CSMATURITY_PASSPHRASE_FILE"
# A passphrase file holds one line; anything longer is the wrong file (a key, a document).
MAX_BYTES = 4096
# A new passphrase is at least this long, as the window's NewPassphraseDialog asks: a thief
# tries passphrases offline, where only their length slows him. An existing passphrase is
# taken whatever its length: refusing it would lock its owner out.
MIN_NEW_LENGTH = MIN_NEW_PASSPHRASE  # the store's, for every way a passphrase is set
# Older Notepad starts a UTF-8 file with this mark; it is no part of the passphrase.
_BOM = b"\xef\xbb\xbf"
# Names of a descriptor already open in this process, such as the pipe the shell hands on for
# `--passphrase-file <(pass show acme)`: its writer is there, so reading it does not hang.
_HANDED_ON = ("/dev/fd/", "/proc/self/fd/", "/dev/stdin")


def read_passphrase_file(path: str | Path, *, new: bool = False) -> bytearray:
    """The passphrase in `path`: its first line, without the line ending a text editor or
    `echo` adds, nor the byte-order mark of Notepad. One clear `UserFacingError` for a file
    that cannot serve; `new`: for a passphrase about to be set, one too short to be safe."""
    path = Path(path).expanduser()
    data = _read(path)
    if len(data) > MAX_BYTES:
        wipe(data)
        raise UserFacingError(
            translate(
                "cli",
                "the passphrase file {path} is longer than {max_bytes} bytes: it "
                "should hold the passphrase alone, on one line",
            ).format(path=path, max_bytes=MAX_BYTES)
        )
    if data.startswith(_BOM):
        del data[: len(_BOM)]
    end = data.find(b"\n")
    if end >= 0:
        rest = data[end + 1 :]
        if rest.strip():
            wipe(data)
            wipe(rest)
            raise UserFacingError(
                translate(
                    "cli",
                    "the passphrase file {path} holds more than one line: it should hold "
                    "the passphrase alone",
                ).format(path=path)
            )
        wipe(rest)
        del data[end:]
    if data.endswith(b"\r"):
        del data[-1:]
    if not data:
        raise UserFacingError(
            translate("cli", "the passphrase file {path} is empty").format(path=path)
        )
    try:
        length = len(data.decode("utf-8"))
    except UnicodeDecodeError:
        wipe(data)
        raise UserFacingError(
            translate("cli", "the passphrase file {path} is not UTF-8 text").format(path=path)
        ) from None
    if new and length < MIN_NEW_LENGTH:
        wipe(data)
        raise UserFacingError(
            translate(
                "cli",
                "the passphrase in {path} is too short for a new one: use at least "
                "{min_new_length} characters (a few words are easy to remember)",
            ).format(path=path, min_new_length=MIN_NEW_LENGTH)
        )
    return data


def _read(path: Path) -> bytearray:
    """Up to `MAX_BYTES` + 1 bytes of the file. Opened without waiting, and refused unless a
    regular file: a named pipe with no writer would block for ever, and a device is no file
    of anyone's passphrase. A pipe handed on by the shell is read as it comes."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise UserFacingError(
            translate("cli", "the passphrase file {path} is a folder").format(path=path)
        ) from None
    except OSError as exc:
        raise UserFacingError(
            translate("cli", "cannot read the passphrase file {path} ({reason})").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise UserFacingError(
                translate("cli", "the passphrase file {path} is a folder").format(path=path)
            )
        if stat.S_ISFIFO(mode) and str(path).startswith(_HANDED_ON):
            os.set_blocking(fd, True)
        elif not stat.S_ISREG(mode):
            raise UserFacingError(
                translate(
                    "cli",
                    "the passphrase file {path} is not a regular file (a named pipe or a "
                    "device): give a file that holds the passphrase",
                ).format(path=path)
            )
        with open(fd, "rb", closefd=False) as f:
            return bytearray(f.read(MAX_BYTES + 1))
    except OSError as exc:
        raise UserFacingError(
            translate("cli", "cannot read the passphrase file {path} ({reason})").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    finally:
        os.close(fd)


def interactive() -> bool:
    """Whether a passphrase can be asked for: standard input is a terminal."""
    try:
        return os.isatty(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def ask_passphrase(prompt: str, *, twice: bool = False, needed_for: str = "") -> bytearray:
    """Ask for a passphrase on the terminal, without echo (`twice`: a new one, at least
    `MIN_NEW_LENGTH` characters, typed again to confirm). `UserFacingError` when there is no
    terminal to ask on, naming `needed_for`."""
    if not interactive():
        raise UserFacingError(
            translate(
                "cli",
                "{needed_for}: give it with a passphrase file (there is no terminal to ask on)",
            ).format(needed_for=needed_for or translate("cli", "a passphrase is needed"))
        )
    first: bytearray | None = None
    try:
        first = bytearray(getpass.getpass(prompt).encode("utf-8"))
        if not first:
            raise UserFacingError(translate("cli", "no passphrase was given: nothing was changed"))
        if twice:
            if len(first.decode("utf-8")) < MIN_NEW_LENGTH:
                wipe(first)
                raise UserFacingError(
                    translate(
                        "cli",
                        "the new passphrase is too short: use at least {min_new_length} "
                        "characters (a few words are easy to remember); nothing was changed",
                    ).format(min_new_length=MIN_NEW_LENGTH)
                )
            again = bytearray(getpass.getpass(translate("cli", "Type it again: ")).encode("utf-8"))
            same = again == first
            wipe(again)
            if not same:
                wipe(first)
                raise UserFacingError(
                    translate("cli", "the two passphrases differ: nothing was changed")
                )
    except (EOFError, KeyboardInterrupt):
        wipe(first)
        raise UserFacingError(
            translate("cli", "no passphrase was given: nothing was changed")
        ) from None
    except UnicodeError:  # a byte the terminal's encoding does not have
        wipe(first)
        raise UserFacingError(
            translate(
                "cli",
                "the passphrase typed is not UTF-8 text (is the terminal set to "
                "UTF-8?): nothing was changed",
            )
        ) from None
    return first


def wipe(secret: bytearray | None) -> None:
    """Overwrite a passphrase in memory once it is no longer needed."""
    if secret is not None:
        secret[:] = bytes(len(secret))
