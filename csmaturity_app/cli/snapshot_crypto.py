"""The command line's options for encrypted snapshots: `export --encrypt-to` /
`--passphrase-file`, `import --identity` / `--passphrase-file`, and asking for a passphrase
on the terminal when none is given."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from csmaturity_app.cli.passphrases import ask_passphrase, read_passphrase_file, wipe
from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate

# The exchange layer (and pyrage) is loaded by the commands that use it: not for every start.
if TYPE_CHECKING:
    from csmaturity_app.exchange.age_files import Decryption, Encryption


def add_export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encrypt-to",
        dest="encrypt_to",
        action="append",
        metavar="AGE1...",
        help=translate(
            "cli",
            "encrypt the file (age format) to this public key, as age-keygen "
            "prints it; repeat for several recipients",
        ),
    )
    parser.add_argument(
        "--passphrase-file",
        dest="snapshot_passphrase_file",
        metavar="FILE",
        help=translate(
            "cli",
            "encrypt the file (age format) with the passphrase on this file's "
            "first line; an --out ending in .age without either option asks for "
            "one on the terminal",
        ),
    )


def add_import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--identity",
        dest="identities",
        action="append",
        metavar="KEY_FILE",
        help=translate(
            "cli",
            "for a file encrypted to a key: the age identity file holding its "
            "secret key (as age-keygen -o writes it); repeatable",
        ),
    )
    parser.add_argument(
        "--passphrase-file",
        dest="snapshot_passphrase_file",
        metavar="FILE",
        help=translate(
            "cli",
            "for a file encrypted with a passphrase: the file holding it on its "
            "first line (else it is asked for on the terminal)",
        ),
    )


def export_encryption(args: argparse.Namespace, out: Path) -> Encryption | None:
    """How `export` encrypts `out`, if it does; checked before the store is opened."""
    from csmaturity_app.exchange.age_files import Encryption, check_recipient

    recipients = tuple(args.encrypt_to or ())
    if recipients and args.snapshot_passphrase_file is not None:
        raise UserFacingError(
            translate(
                "cli",
                "give --encrypt-to or --passphrase-file, not both: a file is encrypted "
                "to keys or with a passphrase",
            )
        )
    if recipients:
        return Encryption(recipients=tuple(check_recipient(r) for r in recipients))
    if args.snapshot_passphrase_file is not None:
        secret = read_passphrase_file(args.snapshot_passphrase_file, new=True)
    elif out.suffix.lower() == ".age":
        secret = ask_passphrase(
            translate("cli", "New passphrase for {name}: ").format(name=out.name),
            twice=True,
            needed_for=translate(
                "cli",
                "{name} names an encrypted snapshot: give --encrypt-to AGE1... or "
                "--passphrase-file FILE",
            ).format(name=out.name),
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
            translate(
                "cli",
                "give --identity or --passphrase-file, not both: a file is encrypted "
                "to keys or with a passphrase",
            )
        )
    for identity in identities:
        read_identities(identity)  # a wrong file is said now, whatever the snapshot
    if not is_age_file(file):
        return None
    if needs_passphrase(file):
        if identities:
            raise UserFacingError(
                translate(
                    "cli",
                    "{name} is encrypted with a passphrase, not to a key: give "
                    "--passphrase-file FILE (or leave --identity out to be asked)",
                ).format(name=file.name)
            )
        if args.snapshot_passphrase_file is not None:
            secret = read_passphrase_file(args.snapshot_passphrase_file)
        else:
            secret = ask_passphrase(
                translate("cli", "Passphrase for {name}: ").format(name=file.name),
                needed_for=translate(
                    "cli", "{name} is encrypted with a passphrase: give --passphrase-file FILE"
                ).format(name=file.name),
            )
        try:
            return Decryption(passphrase=bytes(secret))
        finally:
            wipe(secret)
    if not identities:
        raise UserFacingError(
            translate(
                "cli",
                "{name} is encrypted to a key: give --identity KEY_FILE, the age "
                "identity file holding its secret key",
            ).format(name=file.name)
        )
    return Decryption(identities=identities)
