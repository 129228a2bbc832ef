"""`encrypt`, `rekey` and `decrypt`: turning a store into an encrypted one, changing its
passphrase, and turning it back, each written anew beside the original (see the store's
conversion). Passphrases are read as `bytearray`s and wiped once the conversion is done."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from csmaturity_app import paths
from csmaturity_app.cli import passphrases
from csmaturity_app.cli.store_access import store_passphrase
from csmaturity_app.errors import UserFacingError
from csmaturity_app.store import Store, decrypt_store, encrypt_store, rekey_store
from csmaturity_app.store.errors import MissingStoreError

COMMANDS = ("encrypt", "rekey", "decrypt")
LOST = "a lost passphrase cannot be recovered: without it, the data is gone"


def add_parsers(commands: Any) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt the store at rest with a passphrase",
        description="Encrypt the store (and its backups) with a new passphrase: the store is "
        "written anew, encrypted, beside the original, checked, and only then put in its "
        f"place. Close the window first. Keep the passphrase safe: {LOST}.",
    )
    _new_passphrase_option(encrypt)
    rekey = commands.add_parser(
        "rekey",
        help="change the passphrase of an encrypted store",
        description="Give an encrypted store a new passphrase (and a new key): the current "
        "one comes from --passphrase-file (before the command) or "
        f"${passphrases.ENV}, else the terminal. Close the window first.",
    )
    _new_passphrase_option(rekey)
    commands.add_parser(
        "decrypt",
        help="write an encrypted store back as a plain one",
        description="Write an encrypted store (and its backups) back unencrypted; its "
        "passphrase comes from --passphrase-file (before the command) or "
        f"${passphrases.ENV}, else the terminal. Close the window first.",
    )


def _new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="the new passphrase, on the first line of FILE (default: asked for twice on "
        "the terminal)",
    )


def run(command: str, args: argparse.Namespace) -> int:
    path = paths.resolve_db_path(args.db)
    if not path.is_file():  # never made here: there is nothing to convert
        raise MissingStoreError(f"no store at {path}: nothing was {command}ed")
    # Typed loosely: the conversion may come to return how many backups it converted too.
    convert: Callable[..., object]
    old: bytearray | None = None
    new: bytearray | None = None
    try:
        if command == "encrypt":
            new = _new_passphrase(args)
            convert = encrypt_store
            converted = convert(path, new)
            done = "encrypted"
        elif command == "rekey":
            if not Store.is_encrypted(path):
                raise UserFacingError(f"{path} is not encrypted: encrypt it instead")
            old = store_passphrase(args, path)
            assert old is not None  # an encrypted store's is asked for, or refused
            if args.new_passphrase_file is None:
                # Checked before a new one is typed twice for nothing.
                Store.open_for_reading(path, passphrase=old).close()
            new = _new_passphrase(args)
            if new == old:
                raise UserFacingError(
                    "the new passphrase is the same as the current one: nothing was changed"
                )
            convert = rekey_store
            converted = convert(path, old, new)
            done = "changed the passphrase of"
        else:
            if not Store.is_encrypted(path):
                raise UserFacingError(f"{path} is not encrypted")
            old = store_passphrase(args, path)
            assert old is not None
            convert = decrypt_store
            converted = convert(path, old)
            done = "decrypted"
    finally:
        passphrases.wipe(old)
        passphrases.wipe(new)
    print(f"{done} {path}{_backups(converted)}")
    return 0


def _new_passphrase(args: argparse.Namespace) -> bytearray:
    if args.new_passphrase_file is not None:
        return passphrases.read_passphrase_file(args.new_passphrase_file)
    if not passphrases.interactive():
        raise UserFacingError(
            "a new passphrase is needed: give it with --new-passphrase-file FILE "
            "(there is no terminal to ask on); nothing was changed"
        )
    print(f"Choose the store's passphrase; {LOST}.", file=sys.stderr)
    return passphrases.ask_passphrase("New passphrase: ", twice=True)


def _backups(converted: object) -> str:
    """The store's conversion may say how many backups it converted alongside (a number)."""
    if isinstance(converted, int) and not isinstance(converted, bool) and converted > 0:
        return f" (and {converted} backup{'s' if converted != 1 else ''})"
    return ""
