"""`encrypt`, `rekey` and `decrypt`: turning a store into an encrypted one, changing its
passphrase, and turning it back, each written anew beside the original (see the store's
conversion). Passphrases are read as `bytearray`s and wiped once the conversion is done."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from csmaturity_app import paths
from csmaturity_app.cli import passphrases
from csmaturity_app.cli.counts import counted_text
from csmaturity_app.cli.store_access import store_passphrase
from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate
from csmaturity_app.store import (
    ConversionResult,
    Store,
    decrypt_store,
    encrypt_store,
    rekey_store,
)
from csmaturity_app.store.errors import MissingStoreError

COMMANDS = ("encrypt", "rekey", "decrypt")


def lost() -> str:
    """The warning every new passphrase comes with (read when said, in the language then)."""
    return translate("cli", "a lost passphrase cannot be recovered: without it, the data is gone")


def add_parsers(commands: Any) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help=translate("cli", "encrypt the store at rest with a passphrase"),
        description=translate(
            "cli",
            "Encrypt the store (and its backups) with a new passphrase: the store "
            "is written anew, encrypted, beside the original, checked, and only "
            "then put in its place. Close the window first. Keep the passphrase "
            "safe: {lost}.",
        ).format(lost=lost()),
    )
    _new_passphrase_option(encrypt)
    rekey = commands.add_parser(
        "rekey",
        help=translate("cli", "change the passphrase of an encrypted store"),
        description=translate(
            "cli",
            "Give an encrypted store a new passphrase (and a new key): the current "
            "one comes from --passphrase-file (before the command) or ${env}, else "
            "the terminal. Close the window first.",
        ).format(env=passphrases.ENV),
    )
    _new_passphrase_option(rekey)
    commands.add_parser(
        "decrypt",
        help=translate("cli", "write an encrypted store back as a plain one"),
        description=translate(
            "cli",
            "Write an encrypted store (and its backups) back unencrypted; its "
            "passphrase comes from --passphrase-file (before the command) or "
            "${env}, else the terminal. Close the window first.",
        ).format(env=passphrases.ENV),
    )


def _new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=translate(
            "cli",
            "the new passphrase, on the first line of FILE (default: asked for "
            "twice on the terminal)",
        ),
    )


def run(command: str, args: argparse.Namespace) -> int:
    path = paths.resolve_db_path(args.db)
    if not path.is_file():  # never made here: there is nothing to convert
        nothing = {
            "encrypt": translate("cli", "no store at {path}: nothing was encrypted"),
            "rekey": translate("cli", "no store at {path}: nothing was rekeyed"),
            "decrypt": translate("cli", "no store at {path}: nothing was decrypted"),
        }[command]
        raise MissingStoreError(nothing.format(path=path))
    old: bytearray | None = None
    new: bytearray | None = None
    try:
        if command == "encrypt":
            new = _new_passphrase(args)
            converted = encrypt_store(path, new)
            done = translate("cli", "encrypted {path}{backups}")
        elif command == "rekey":
            if not Store.is_encrypted(path):
                raise UserFacingError(
                    translate("cli", "{path} is not encrypted: encrypt it instead").format(
                        path=path
                    )
                )
            old = store_passphrase(args, path)
            assert old is not None  # an encrypted store's is asked for, or refused
            if args.new_passphrase_file is None:
                # Checked before a new one is typed twice for nothing.
                Store.open_for_reading(path, passphrase=old).close()
            new = _new_passphrase(args)
            if new == old:
                raise UserFacingError(
                    translate(
                        "cli",
                        "the new passphrase is the same as the current one: nothing was changed",
                    )
                )
            converted = rekey_store(path, old, new)
            done = translate("cli", "changed the passphrase of {path}{backups}")
        else:
            if not Store.is_encrypted(path):
                raise UserFacingError(translate("cli", "{path} is not encrypted").format(path=path))
            old = store_passphrase(args, path)
            assert old is not None
            converted = decrypt_store(path, old)
            done = translate("cli", "decrypted {path}{backups}")
    finally:
        passphrases.wipe(old)
        passphrases.wipe(new)
    print(done.format(path=path, backups=_backups(converted.backups)))
    left = {
        "encrypt": translate(
            "cli", "csmaturity: warning: the backup {backup} was not encrypted, and is as it was"
        ),
        "rekey": translate(
            "cli", "csmaturity: warning: the backup {backup} was not rekeyed, and is as it was"
        ),
        "decrypt": translate(
            "cli", "csmaturity: warning: the backup {backup} was not decrypted, and is as it was"
        ),
    }[command]
    for backup, why in _not_converted(converted):
        print(left.format(backup=backup) + (f": {why}" if why else ""), file=sys.stderr)
    return 0


def _new_passphrase(args: argparse.Namespace) -> bytearray:
    if args.new_passphrase_file is not None:
        return passphrases.read_passphrase_file(args.new_passphrase_file, new=True)
    if not passphrases.interactive():
        raise UserFacingError(
            translate(
                "cli",
                "a new passphrase is needed: give it with --new-passphrase-file FILE "
                "(there is no terminal to ask on); nothing was changed",
            )
        )
    print(
        translate("cli", "Choose the store's passphrase; {lost}.").format(lost=lost()),
        file=sys.stderr,
    )
    return passphrases.ask_passphrase(translate("cli", "New passphrase: "), twice=True)


def _backups(count: int) -> str:
    if count <= 0:
        return ""
    return counted_text(
        count, translate("cli", " (and {count} backup)"), translate("cli", " (and {count} backups)")
    )


def _not_converted(converted: ConversionResult) -> list[tuple[Path, str]]:
    """The backups the conversion left as they were, and why where it says (paths, or
    (path, why) pairs, under `left` or `skipped`, by the store's version)."""
    found: list[tuple[Path, str]] = []
    for name in ("left", "skipped"):
        for item in getattr(converted, name, None) or ():
            if isinstance(item, tuple):
                found.append((Path(item[0]), " ".join(str(part) for part in item[1:])))
            else:
                found.append((Path(item), ""))
    return found
