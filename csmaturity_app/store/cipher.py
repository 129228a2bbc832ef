"""The key of an encrypted store, and connections that use it.

An encrypted store is an SQLCipher 4 database with its default settings (AES-256 pages, each
with an HMAC-SHA512, and a per-file random salt in the file's first 16 bytes). The sqlcipher
command-line shell opens one with the passphrase alone.

The passphrase is turned into the page key once, here, as SQLCipher itself would
(PBKDF2-HMAC-SHA512, 256,000 iterations, over the file's salt), and every connection is then
given that raw key: the slow derivation is paid once per opening, not per connection (the
inspection, the store's own, the background check, an import's), and the passphrase itself
is not kept once the key is made. The key lives as long as the open store needs it.

The SQLCipher binding (the `sqlcipher3` wheel) is imported only for an encrypted store: a
plain store runs on Python's own sqlite3, as before, and does not pay for loading it.
"""

from __future__ import annotations

import hashlib
import math
import os
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any

SALT_BYTES = 16
KEY_BYTES = 32
# SQLCipher 4's defaults: what `PRAGMA key = 'passphrase'` derives, so that a store we make
# opens in the sqlcipher shell with its passphrase, and one made there opens here.
KDF_ITERATIONS = 256_000
PAGE_SIZE = 4096
SQLITE_MAGIC = b"SQLite format 3\x00"

Passphrase = bytes | bytearray | str
# A new passphrase's minimum, in characters, wherever one is set (the window, the command
# line, the store's own conversions). Shorter, it falls to guessing on a stolen file in hours:
# the key derivation slows each guess, not enough for a word or a date.
MIN_NEW_PASSPHRASE = 8


def short_new_passphrase(passphrase: Passphrase) -> bool:
    """Whether a new passphrase is shorter than `MIN_NEW_PASSPHRASE` characters."""
    text = (
        passphrase if isinstance(passphrase, str) else bytes(passphrase).decode("utf-8", "replace")
    )
    return len(text) < MIN_NEW_PASSPHRASE


class StoreKey:
    """The raw page key of one encrypted store, with the salt it was derived with. It never
    shows itself in a traceback or a log (`repr`), and `wipe` overwrites it once the store
    is closed."""

    __slots__ = ("_key", "salt")

    def __init__(self, key: bytes | bytearray, salt: bytes) -> None:
        self._key = bytearray(key)
        self.salt = bytes(salt)

    def __repr__(self) -> str:
        return "StoreKey(<hidden>)"

    def blob(self) -> str:
        """The raw key and its salt, as SQLCipher takes them: a new file is written with that
        salt (a copy keeps it, so that the passphrase still opens it)."""
        return f"\"x'{self._key.hex()}{self.salt.hex()}'\""

    def pragma(self) -> str:
        return f"PRAGMA key = {self.blob()}"

    def copy(self) -> StoreKey:
        """A key of its own for another holder: each wipes its own when done."""
        return StoreKey(self._key, self.salt)

    def wipe(self) -> None:
        for i in range(len(self._key)):
            self._key[i] = 0

    @property
    def wiped(self) -> bool:
        """Whether `wipe` has run: a key of all zero bytes (1 chance in 2**256 otherwise)."""
        return not any(self._key)


def _as_bytes(passphrase: Passphrase) -> bytes | bytearray:
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase


def derive_key(passphrase: Passphrase, salt: bytes) -> StoreKey:
    """The page key SQLCipher 4 derives from this passphrase and salt."""
    raw = hashlib.pbkdf2_hmac("sha512", _as_bytes(passphrase), salt, KDF_ITERATIONS, KEY_BYTES)
    return StoreKey(raw, salt)


def new_key(passphrase: Passphrase) -> StoreKey:
    """The key of a store about to be written, with a new random salt."""
    return derive_key(passphrase, os.urandom(SALT_BYTES))


def key_of(path: Path, passphrase: Passphrase) -> StoreKey:
    """The key of the encrypted store at `path`, from its passphrase and the file's salt."""
    with path.open("rb") as f:
        salt = f.read(SALT_BYTES)
    return derive_key(passphrase, salt)


def looks_encrypted(header: bytes) -> bool:
    """Whether a file that is not a plain SQLite database looks like an SQLCipher one, judged by
    its first KiB (`header`) alone: bytes with no pattern (ciphertext), not text or another
    format. This is what tells "this store is encrypted" apart from "this is not a database";
    only the right key says for sure. A size that is not whole pages is damage to an
    encrypted store (a cut copy), which the caller reports as such."""
    if header.startswith(SQLITE_MAGIC) or len(header) < 1024:
        return False
    counts = Counter(header[:1024])
    entropy = -sum(n / 1024 * math.log2(n / 1024) for n in counts.values())
    return entropy > 7.0  # random bytes give about 7.8 bits per byte over 1 KiB; text under 5


def is_encrypted_file(path: Path) -> bool:
    """`looks_encrypted` for the file at `path` (False when it cannot be read)."""
    try:
        with path.open("rb") as f:
            header = f.read(1024)
    except OSError:
        return False
    return looks_encrypted(header)


def sqlcipher() -> Any:
    """The SQLCipher binding's DB-API module, loaded on first use, with its own logging to
    stderr turned off (a wrong passphrase must print one line, ours)."""
    first = "sqlcipher3.dbapi2" not in sys.modules
    from sqlcipher3 import dbapi2

    if first:
        conn = dbapi2.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
    return dbapi2


def driver_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes of the drivers in use: sqlite3's, and SQLCipher's once loaded."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    if module is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, module.Error)


def connect(database: str, key: StoreKey | None, **params: Any) -> Any:
    """A DB-API connection to `database` (a path, or a URI with `uri=True`): Python's sqlite3
    for a plain store, SQLCipher with the raw key for an encrypted one. A wrong key shows on
    the first read."""
    if key is None:
        return sqlite3.connect(database, **params)
    conn = sqlcipher().connect(database, **params)
    try:
        conn.execute(key.pragma())
    except BaseException:
        conn.close()
        raise
    return conn
