"""The encrypted test mode (`pytest --encrypted-stores`), in the test run and in every Python
process it starts: this folder is put on PYTHONPATH, and Python imports `sitecustomize` as it
starts, so a writer killed mid-answer or a command run as a process makes and opens encrypted
stores as the test run does.

- A store opened without a passphrase is opened with the test passphrase: a new one is made
  encrypted, an encrypted one opens; a plain one that exists (a release's store) stays plain,
  as the store opens a plain store whatever passphrase is given.
- A test that reads a store's rows with `sqlite3.connect` (to check what was written, beside
  the store's own code) gets an SQLCipher connection with the store's key when the file is
  encrypted. The store's own code is never given one: it must manage encrypted files itself.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

PASSPHRASE_VARIABLE = "CSMATURITY_TEST_STORE_PASSPHRASE"
# Modules whose sqlite3 connections are the application's own, never keyed here.
OWN = ("csmaturity_app", "peewee", "playhouse")


def encrypt_new_stores(test_passphrase: str) -> None:
    from csmaturity_app.store import DEFAULT_BUSY_TIMEOUT_MS, Store

    real_open = Store.open.__func__  # type: ignore[attr-defined]
    real_reading = Store.open_for_reading.__func__  # type: ignore[attr-defined]

    def open_(
        cls: type[Store],
        path: str | Path,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        *,
        passphrase: str | bytes | bytearray | None = None,
    ) -> Store:
        given = test_passphrase if passphrase is None else passphrase
        return real_open(cls, path, busy_timeout_ms, passphrase=given)

    def open_for_reading(
        cls: type[Store],
        path: str | Path,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        *,
        passphrase: str | bytes | bytearray | None = None,
    ) -> Store:
        given = test_passphrase if passphrase is None else passphrase
        return real_reading(cls, path, busy_timeout_ms, passphrase=given)

    Store.open = classmethod(open_)  # type: ignore[method-assign,assignment]
    Store.open_for_reading = classmethod(open_for_reading)  # type: ignore[method-assign,assignment]
    sqlite3.connect = _keyed_connect(sqlite3.connect, test_passphrase)  # type: ignore[assignment]


def _keyed_connect(real: Any, passphrase: str) -> Any:
    from csmaturity_app.store import Store

    pragmas: dict[bytes, str] = {}  # by salt: the key is derived once per file, not per read

    def keyed(database: Any, *args: Any, **kwargs: Any) -> Any:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        name = os.fspath(database)
        if kwargs.get("uri") and name.startswith("file:"):
            name = unquote(name[len("file:") :].split("?")[0])
        path = Path(name)
        if name == ":memory:" or caller.split(".")[0] in OWN or not Store.is_encrypted(path):
            return real(database, *args, **kwargs)
        with path.open("rb") as f:
            salt = f.read(16)
        if salt not in pragmas:
            # SQLCipher 4's own derivation of the page key, given raw: a standard file that
            # opens with its passphrase, read without paying the derivation on every read.
            key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 256_000, 32)
            pragmas[salt] = f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\""
        from sqlcipher3 import dbapi2

        conn = dbapi2.connect(os.fspath(database), *args, **kwargs)
        conn.execute(pragmas[salt])
        return conn

    return keyed


if os.environ.get(PASSPHRASE_VARIABLE):
    encrypt_new_stores(os.environ[PASSPHRASE_VARIABLE])
