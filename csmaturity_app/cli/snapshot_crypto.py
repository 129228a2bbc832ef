"""The command line's options for encrypted snapshots: `export --encrypt-to` /
`--passphrase-file`, `import --identity` / `--passphrase-file`, and asking for a passphrase
on the terminal when none is given."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from csmaturity_app.cli.passphrases import ask_passphrase, read_passphrase_file, wipe
from csmaturity_app.errors import UserFacingError

# The exchange layer (and pyrage) is loaded by the commands that use it: not for every start.
if TYPE_CHECKING:
    from csmaturity_app.exchange.age_files import Decryption, Encryption


def add_export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encrypt-to",
        dest="encrypt_to",
        action="append",
        metavar="AGE1...",
        help="encrypt the file (age format) to this public key, as age-keygen prints it; "
        "repeat for several recipients",
    )
    parser.add_argument(
        "--passphrase-file",
        dest="snapshot_passphrase_file",
        metavar="FILE",
        help="encrypt the file (age format) with the passphrase on this file's first line; "
        "an --out ending in .age without either option asks for one on the terminal",
    )


def add_import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--identity",
        dest="identities",
        action="append",
        metavar="KEY_FILE",
        help="for a file encrypted to a key: the age identity file holding its secret key "
        "(as age-keygen -o writes it); repeatable",
    )
    parser.add_argument(
        "--passphrase-file",
        dest="snapshot_passphrase_file",
        metavar="FILE",
        help="for a file encrypted with a passphrase: the file holding it on its first "
        "line (else it is asked for on the terminal)",
    )


def export_encryption(args: argparse.Namespace, out: Path) -> Encryption | None:
    """How `export` encrypts `out`, if it does; checked before the store is opened."""
    from csmaturity_app.exchange.age_files import Encryption, check_recipient

    recipients = tuple(args.encrypt_to or ())
    if recipients and args.snapshot_passphrase_file is not None:
        raise UserFacingError(
            "give --encrypt-to or --passphrase-file, not both: a file is encrypted to keys "
            "or with a passphrase"
        )
    if recipients:
        return Encryption(recipients=tuple(check_recipient(r) for r in recipients))
    if args.snapshot_passphrase_file is not None:
        secret = read_passphrase_file(args.snapshot_passphrase_file, new=True)
    elif out.suffix.lower() == ".age":
        secret = ask_passphrase(
            f"New passphrase for {out.name}: ",
            twice=True,
            needed_for=f"{out.name} names an encrypted snapshot: give --encrypt-to AGE1... or "
            "--passphrase-file FILE",
        )
    else:
        return None
    try:
        return Encryption(passphrase=bytes(secret))
    finally:
        wipe(secret)


def import_decryption(args: argparse.Namespace, file: Path) -> Decryption | None:
    """What opens `file` for `import`: its identities or passphrase, asked for on the
    terminal when the file needs a passphrase and none is given. Checked before the store
    is opened, so a missing key changes nothing."""
    from csmaturity_app.exchange.age_files import (
        Decryption,
        is_age_file,
        needs_passphrase,
        read_identities,
    )

    identities = tuple(Path(p).expanduser() for p in args.identities or ())
    if identities and args.snapshot_passphrase_file is not None:
        raise UserFacingError(
            "give --identity or --passphrase-file, not both: a file is encrypted to keys "
            "or with a passphrase"
        )
    for identity in identities:
        read_identities(identity)  # a wrong file is said now, whatever the snapshot
    if not is_age_file(file):
        return None
    if needs_passphrase(file):
        if identities:
            raise UserFacingError(
                f"{file.name} is encrypted with a passphrase, not to a key: give "
                "--passphrase-file FILE (or leave --identity out to be asked)"
            )
        if args.snapshot_passphrase_file is not None:
            secret = read_passphrase_file(args.snapshot_passphrase_file)
        else:
            secret = ask_passphrase(
                f"Passphrase for {file.name}: ",
                needed_for=f"{file.name} is encrypted with a passphrase: give "
                "--passphrase-file FILE",
            )
        try:
            return Decryption(passphrase=bytes(secret))
        finally:
            wipe(secret)
    if not identities:
        raise UserFacingError(
            f"{file.name} is encrypted to a key: give --identity KEY_FILE, the age identity "
            "file holding its secret key"
        )
    return Decryption(identities=identities)
