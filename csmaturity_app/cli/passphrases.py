"""Passphrases for the command line: read from a file, or asked on the terminal.

A passphrase is kept as a `bytearray`, so that it can be overwritten (`wipe`) as soon as the
store is open or the file is written; Python's `str` cannot be. It is never echoed, logged or
written anywhere.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from csmaturity_app.errors import UserFacingError

ENV = "CSMATURITY_PASSPHRASE_FILE"
# A passphrase file holds one line; anything longer is the wrong file (a key, a document).
MAX_BYTES = 4096


def read_passphrase_file(path: str | Path) -> bytearray:
    """The passphrase in `path`: its first line, without the line ending a text editor or
    `echo` adds. One clear `UserFacingError` for a file that cannot serve."""
    path = Path(path).expanduser()
    try:
        with path.open("rb") as f:
            data = bytearray(f.read(MAX_BYTES + 1))
    except IsADirectoryError:
        raise UserFacingError(f"the passphrase file {path} is a folder") from None
    except OSError as exc:
        raise UserFacingError(
            f"cannot read the passphrase file {path} ({exc.strerror or exc})"
        ) from None
    if len(data) > MAX_BYTES:
        wipe(data)
        raise UserFacingError(
            f"the passphrase file {path} is longer than {MAX_BYTES} bytes: "
            "it should hold the passphrase alone, on one line"
        )
    end = data.find(b"\n")
    if end >= 0:
        rest = data[end + 1 :]
        if rest.strip():
            wipe(data)
            wipe(rest)
            raise UserFacingError(
                f"the passphrase file {path} holds more than one line: "
                "it should hold the passphrase alone"
            )
        wipe(rest)
        del data[end:]
    if data.endswith(b"\r"):
        del data[-1:]
    if not data:
        raise UserFacingError(f"the passphrase file {path} is empty")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        wipe(data)
        raise UserFacingError(f"the passphrase file {path} is not UTF-8 text") from None
    return data


def interactive() -> bool:
    """Whether a passphrase can be asked for: standard input is a terminal."""
    try:
        return os.isatty(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def ask_passphrase(prompt: str, *, twice: bool = False, needed_for: str = "") -> bytearray:
    """Ask for a passphrase on the terminal, without echo (`twice`: a new one, typed again to
    confirm). `UserFacingError` when there is no terminal to ask on, naming `needed_for`."""
    if not interactive():
        raise UserFacingError(
            f"{needed_for or 'a passphrase is needed'}: give it with a passphrase file "
            "(there is no terminal to ask on)"
        )
    try:
        first = bytearray(getpass.getpass(prompt).encode("utf-8"))
        if not first:
            raise UserFacingError("no passphrase was given: nothing was changed")
        if twice:
            again = bytearray(getpass.getpass("Type it again: ").encode("utf-8"))
            same = again == first
            wipe(again)
            if not same:
                wipe(first)
                raise UserFacingError("the two passphrases differ: nothing was changed")
    except (EOFError, KeyboardInterrupt):
        raise UserFacingError("no passphrase was given: nothing was changed") from None
    return first


def wipe(secret: bytearray | None) -> None:
    """Overwrite a passphrase in memory once it is no longer needed."""
    if secret is not None:
        secret[:] = bytes(len(secret))
