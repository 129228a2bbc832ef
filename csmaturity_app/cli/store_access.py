"""Opening the store for a command: the one place the command line finds a store's passphrase.

The passphrase comes from the global `--passphrase-file F`, else `$CSMATURITY_PASSPHRASE_FILE`,
else, for an encrypted store only, from the terminal. It is read only when it can be needed
(a plain store with no option given reads no file), handed to the store as a `bytearray`, and
wiped as soon as the store is open: the open store keeps the derived key, not the passphrase.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from csmaturity_app import paths
from csmaturity_app.cli import passphrases
from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate
from csmaturity_app.store import Store
from csmaturity_app.store.errors import MissingStoreError


def open_store(
    args: argparse.Namespace, *, reading: bool = False, must_exist: bool = False
) -> Store:
    """The store of `--db` (or its default), opened read-write, or with `reading` as a command
    that only reads opens it (never created). `must_exist`: a command that writes to records
    already there, where a mistyped --db must not leave an empty store behind."""
    path = paths.resolve_db_path(args.db)
    if must_exist and not path.exists():
        raise MissingStoreError(translate("cli", "no store at {path}").format(path=path))
    passphrase = store_passphrase(args, path, creating=not reading)
    try:
        if reading:
            return Store.open_for_reading(path, passphrase=passphrase)
        return Store.open(path, passphrase=passphrase)
    finally:
        passphrases.wipe(passphrase)


def store_passphrase(
    args: argparse.Namespace, path: Path, *, creating: bool = False
) -> bytearray | None:
    """The passphrase for the store at `path`, or None where none is needed.

    Given with the option, it is read whatever the store (a file that cannot serve is said
    at once). From the variable, it is read for an encrypted store, or for one about to be
    made (`creating`: a new store made with a passphrase is encrypted); a plain store needs
    none."""
    named = getattr(args, "store_passphrase_file", None)
    new = creating and not path.exists()  # a store made with it: the new passphrase's rules
    if named is not None:
        return passphrases.read_passphrase_file(named, new=new)
    encrypted = Store.is_encrypted(path)
    from_env = os.environ.get(passphrases.ENV)
    if from_env and (encrypted or new):
        return passphrases.read_passphrase_file(from_env, new=new)
    if not encrypted:
        return None
    if passphrases.interactive():
        return passphrases.ask_passphrase(
            translate("cli", "Passphrase of {path}: ").format(path=path)
        )
    raise UserFacingError(needed_message(path))


def needed_message(path: Path) -> str:
    """What an encrypted store opened without its passphrase says, with both ways to give it."""
    return translate(
        "cli",
        "{path} is an encrypted store: give its passphrase with "
        "--passphrase-file F before the command, or {env}",
    ).format(path=path, env=passphrases.ENV)
