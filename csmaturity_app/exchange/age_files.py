"""Encrypted snapshots in the age format (age-encryption.org/v1), through pyrage.

A snapshot travels by email and USB stick; encrypted to a colleague's public key (an X25519
`age1...` recipient) or with a passphrase (scrypt), only they can read it, and the `age` tool
reads our files as we read its. A file is told by its header, whatever its name: binary
(`age-encryption.org/v1`) or armored (PEM-like base64).

Plaintext never touches the disk: an export encrypts the CSV held in memory, an import
decrypts into memory. age does not compress, so a file decrypts to fewer bytes than it holds,
and refusing a file larger than `MAX_ENCRYPTED_BYTES` bounds the memory an import takes.
A file comes from anyone: its header is checked before pyrage sees it, so that a passphrase
file cannot ask for more scrypt memory than age itself would spend.
"""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate
from csmaturity_app.i18n.formats import decimal, integer

AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"
# A snapshot of a million rows is well under this; anything larger is not one of ours, and
# an import holds the file and its decrypted content in memory (a passphrase file, both whole).
MAX_ENCRYPTED_BYTES = 1024 * 1024 * 1024
# The largest scrypt work factor (log2 N) age reads: 2**22 needs 4 GiB. pyrage allows up to
# "this machine's target + 4", and a crafted file asking 2**24 aborts the whole process on its
# 16 GiB allocation, so the header is checked first.
MAX_WORK_FACTOR = 22
# An identity file holds a few keys and comments; anything larger is the wrong file.
MAX_IDENTITY_FILE = 64 * 1024
# A header holds one stanza per recipient; ours have a few, age's a few hundred at most.
MAX_HEADER = 256 * 1024
_SECRET_PREFIX = "AGE-SECRET-KEY-1"
_RECIPIENT_PREFIX = "age1"


class EncryptedFileError(UserFacingError):
    """An encrypted snapshot that cannot be written or read as asked."""


class PassphraseNeededError(EncryptedFileError):
    """The file was encrypted with a passphrase, and none was given."""


class IdentityNeededError(EncryptedFileError):
    """The file was encrypted to a key, and no identity (secret key) was given."""


class DecryptionFailedError(EncryptedFileError):
    """Wrong passphrase or key, or a truncated or altered file: nothing is imported."""


@dataclass(frozen=True)
class Encryption:
    """How to encrypt a snapshot: to one or more recipients' public keys, or with a
    passphrase; exactly one of the two."""

    recipients: tuple[str, ...] = ()
    passphrase: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.recipients and self.passphrase is not None:
            raise EncryptedFileError(
                translate("age files", "encrypt with a passphrase or to recipients' keys, not both")
            )
        if not self.recipients and not self.passphrase:
            raise EncryptedFileError(
                translate("age files", "encrypting needs a passphrase or a recipient's key")
            )
        for recipient in self.recipients:
            check_recipient(recipient)


@dataclass(frozen=True)
class Decryption:
    """What may open an encrypted snapshot: identity files (age's secret keys), or a
    passphrase."""

    identities: tuple[Path, ...] = ()
    passphrase: bytes | None = field(default=None, repr=False)


def check_recipient(text: str) -> str:
    """`text` as an age X25519 public key (`age1...`), or one clear error."""
    key = text.strip()
    if key.upper().startswith(_SECRET_PREFIX):
        raise EncryptedFileError(
            translate(
                "age files",
                "that is a secret key (AGE-SECRET-KEY-1...): encrypt to its public key "
                "(age1..., which age-keygen -y prints), and keep the secret one to yourself",
            )
        )
    if not key.startswith(_RECIPIENT_PREFIX):
        raise EncryptedFileError(
            translate(
                "age files",
                "{key} is not an age public key: one starts with age1 (age-keygen prints it as "
                "'Public key')",
            ).format(key=_shown(key))
        )
    try:
        x25519.Recipient.from_str(key)
    except (pyrage.RecipientError, ValueError):
        raise EncryptedFileError(
            translate(
                "age files", "{key} is not a valid age public key (mistyped or cut short?)"
            ).format(key=_shown(key))
        ) from None
    return key


def is_age_file(path: Path) -> bool:
    """Whether `path` starts as an age file does (binary or armored)."""
    try:
        with Path(path).open("rb") as f:
            head = f.read(len(AGE_MAGIC) + 64)
    except OSError:
        return False
    return _is_age(head)


def _is_age(head: bytes) -> bool:
    return head.startswith(AGE_MAGIC) or head.lstrip().startswith(ARMOR_MAGIC)


def needs_passphrase(path: Path) -> bool:
    """Whether the age file at `path` was encrypted with a passphrase (its header has an
    `-> scrypt` stanza); else it needs an identity. `EncryptedFileError` for a header that
    age would refuse, before anyone is asked for a passphrase."""
    return "scrypt" in _stanza_types(Path(path))


def _stanza_types(path: Path) -> list[str]:
    """The types of the header's stanzas ("X25519", "scrypt", ...), once a passphrase's
    stanza is known to be one age itself would open."""
    stanzas = _stanzas(path)
    types = [stanza[0].decode("ascii", "replace") for stanza in stanzas]
    if "scrypt" in types:
        _check_scrypt(stanzas, path)
    return types


def _stanzas(path: Path) -> list[list[bytes]]:
    """The header's stanzas, each as its type and arguments."""
    try:
        with path.open("rb") as f:
            head = f.read(MAX_HEADER)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not head.startswith(AGE_MAGIC):
        head = _dearmored_head(head, path)
    stanzas: list[list[bytes]] = []
    for line in head.split(b"\n")[1:]:
        if line.startswith(b"---"):
            return stanzas
        if line.startswith(b"-> "):
            stanzas.append(line[3:].split(b" "))
    raise _damaged(path)


def _check_scrypt(stanzas: list[list[bytes]], path: Path) -> None:
    """Refuse what age refuses of a passphrase file, before scrypt runs: a passphrase beside
    other keys (the spec wants it alone, so that no recipient can learn it), and a work factor
    that would take more memory than age allows."""
    if len(stanzas) != 1:
        raise EncryptedFileError(
            translate(
                "age files",
                "{name} mixes a passphrase with other keys, which age does not allow: it was "
                "not made by age or CS Maturity; nothing was imported",
            ).format(name=path.name)
        )
    arguments = stanzas[0][1:]
    factor = arguments[1] if len(arguments) == 2 else b""
    # a decimal number without leading zeros, as the spec writes it
    if not factor.isdigit() or factor.startswith(b"0") or len(factor) > 4:
        raise _damaged(path)
    if int(factor) > MAX_WORK_FACTOR:
        raise EncryptedFileError(
            translate(
                "age files",
                "{name} asks for more memory to decrypt than age allows (scrypt work factor "
                "{factor}, at most {most}): it was not made by age or CS Maturity; nothing was "
                "imported",
            ).format(name=path.name, factor=int(factor), most=MAX_WORK_FACTOR)
        )


def _dearmored_head(head: bytes, path: Path) -> bytes:
    """The start of an armored file's content: the base64 lines after the armor's first."""
    lines = head.lstrip().split(b"\n")
    if not lines or lines[0].rstrip(b"\r") != ARMOR_MAGIC:
        raise EncryptedFileError(
            translate("age files", "{name} is not an age-encrypted file").format(name=path.name)
        )
    body = b"".join(line.strip() for line in lines[1:-1] if not line.startswith(b"-----END"))
    body = body[: len(body) // 4 * 4]
    try:
        return base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise _damaged(path) from None


def read_identities(path: Path) -> list[x25519.Identity]:
    """The secret keys in an age identity file (`# comments`, `AGE-SECRET-KEY-1...` lines,
    as `age-keygen -o` writes it), or one clear error."""
    path = Path(path).expanduser()
    try:
        with path.open("rb") as f:
            data = f.read(MAX_IDENTITY_FILE + 1)
    except IsADirectoryError:
        raise EncryptedFileError(
            translate("age files", "the identity file {path} is a folder").format(path=path)
        ) from None
    except OSError as exc:
        raise EncryptedFileError(
            translate("age files", "cannot read the identity file {path} ({problem})").format(
                path=path, problem=exc.strerror or exc
            )
        ) from None
    if len(data) > MAX_IDENTITY_FILE:
        raise EncryptedFileError(
            translate(
                "age files",
                "the identity file {path} is too large to be one (age-keygen writes a few lines)",
            ).format(path=path)
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise EncryptedFileError(
            translate("age files", "the identity file {path} is not an age identity file").format(
                path=path
            )
        ) from None
    identities = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(_RECIPIENT_PREFIX):
            raise EncryptedFileError(
                translate(
                    "age files",
                    "the identity file {path} holds a public key (age1...) on line {number}: "
                    "decrypting needs the secret key (AGE-SECRET-KEY-1...), the file age-keygen "
                    "wrote",
                ).format(path=path, number=number)
            )
        if not line.upper().startswith(_SECRET_PREFIX):
            raise EncryptedFileError(
                translate(
                    "age files",
                    "line {number} of the identity file {path} is not an age secret key "
                    "(AGE-SECRET-KEY-1...)",
                ).format(path=path, number=number)
            )
        try:
            identities.append(x25519.Identity.from_str(line))
        except (pyrage.IdentityError, ValueError):
            raise EncryptedFileError(
                translate(
                    "age files",
                    "line {number} of the identity file {path} is a damaged age secret key",
                ).format(path=path, number=number)
            ) from None
    if not identities:
        raise EncryptedFileError(
            translate(
                "age files",
                "the identity file {path} holds no identity (an AGE-SECRET-KEY-1... line)",
            ).format(path=path)
        )
    return identities


def write_encrypted(plain: io.BytesIO, out: BinaryIO, encryption: Encryption) -> None:
    """`plain`'s bytes written to `out` as a binary age file. To recipients, streamed from
    one to the other: neither a copy of the plaintext nor the whole ciphertext in memory."""
    try:
        if encryption.passphrase is not None:  # pyrage has no streaming passphrase encryption
            out.write(age_passphrase.encrypt(plain.getvalue(), _text(encryption.passphrase)))
            return
        recipients = [x25519.Recipient.from_str(r.strip()) for r in encryption.recipients]
        plain.seek(0)
        pyrage.encrypt_io(plain, out, recipients)
    except (pyrage.EncryptError, pyrage.RecipientError) as exc:
        raise EncryptedFileError(
            translate("age files", "cannot encrypt the file ({problem})").format(problem=exc)
        ) from None


@dataclass(frozen=True)
class DecryptedSnapshot:
    """An age file's content, decrypted once into memory, for `import_snapshot` to plan and
    then apply without running scrypt and decrypting again. `name` is the file's, for the
    messages; the content is never written anywhere and goes when this is dropped."""

    name: str
    content: bytes = field(repr=False)


def decrypt_snapshot(path: Path, decryption: Decryption | None) -> DecryptedSnapshot:
    """The age file at `path`, decrypted into memory; raises as `decrypted` does."""
    path = Path(path)
    return DecryptedSnapshot(path.name, decrypted(path, decryption).getvalue())


def decrypted(path: Path, decryption: Decryption | None) -> io.BytesIO:
    """The content of the age file at `path`, in memory. `PassphraseNeededError` or
    `IdentityNeededError` when `decryption` cannot serve, before the file is read;
    `DecryptionFailedError` for a wrong passphrase or key, or a damaged file."""
    path = Path(path)
    with_passphrase = needs_passphrase(path)
    decryption = decryption or Decryption()
    if with_passphrase and not decryption.passphrase:
        raise PassphraseNeededError(
            translate(
                "age files",
                "{name} is encrypted with a passphrase: it is needed to import the file",
            ).format(name=path.name)
        )
    if not with_passphrase and not decryption.identities:
        raise IdentityNeededError(
            translate(
                "age files",
                "{name} is encrypted to a key: the identity file holding its secret key "
                "(AGE-SECRET-KEY-1...) is needed to import the file",
            ).format(name=path.name)
        )
    identities = [] if with_passphrase else _identities_of(decryption.identities)
    try:
        size = path.stat().st_size
        if size > MAX_ENCRYPTED_BYTES:
            raise EncryptedFileError(
                translate(
                    "age files", "{name} is {size} GB, larger than a snapshot can be ({most} GB)"
                ).format(
                    name=path.name,
                    size=decimal(size / 2**30, 1),
                    most=integer(MAX_ENCRYPTED_BYTES // 2**30),
                )
            )
        sealed = path.open("rb")
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        with sealed:
            if with_passphrase:  # pyrage has no streaming passphrase decryption
                assert decryption.passphrase is not None
                phrase = _text(decryption.passphrase)
                return io.BytesIO(age_passphrase.decrypt(sealed.read(), phrase))
            plain = io.BytesIO()
            pyrage.decrypt_io(sealed, plain, identities)  # the ciphertext is never held whole
            plain.seek(0)
            return plain
    except OSError as exc:
        if exc.errno is None:  # pyrage's stream: a chunk that is cut short or altered
            raise _damaged(path) from None
        raise _unreadable(path, exc) from None
    except pyrage.DecryptError as exc:
        # pyrage's words: a key that does not fit, or (scrypt) a passphrase that does not
        if str(exc) in ("No matching keys found", "Decryption failed"):
            if with_passphrase:
                text = translate(
                    "age files",
                    "cannot decrypt {name}: the passphrase is wrong (or its header was "
                    "altered); nothing was imported",
                )
            else:
                text = translate(
                    "age files",
                    "cannot decrypt {name}: no identity given fits (or its header was altered); "
                    "nothing was imported",
                )
            raise DecryptionFailedError(text.format(name=path.name)) from None
        raise _damaged(path) from None
    except (pyrage.IdentityError, ValueError):
        raise _damaged(path) from None


def _identities_of(paths: tuple[Path, ...]) -> list[x25519.Identity]:
    identities = []
    for path in paths:
        identities += read_identities(path)
    return identities


def _damaged(path: Path) -> DecryptionFailedError:
    return DecryptionFailedError(
        translate(
            "age files",
            "cannot decrypt {name}: the file is damaged (truncated or altered); nothing was "
            "imported",
        ).format(name=path.name)
    )


def _unreadable(path: Path, exc: OSError) -> EncryptedFileError:
    return EncryptedFileError(
        translate("age files", "cannot read {path}: {problem}").format(
            path=path, problem=exc.strerror or exc
        )
    )


def _text(passphrase: bytes) -> str:
    """pyrage takes a passphrase as text."""
    try:
        return bytes(passphrase).decode("utf-8")
    except UnicodeDecodeError:
        raise EncryptedFileError(
            translate("age files", "the passphrase is not UTF-8 text")
        ) from None


def _shown(text: str) -> str:
    return repr(text if len(text) <= 24 else text[:20] + "...")
