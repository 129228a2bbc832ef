"""Where the team server is: a PostgreSQL URL as a person gives it, never with a password.

A password in the URL would be remembered with it (the last server synced with) and shown in
the window and in messages, so it is refused: libpq finds secrets itself, in ~/.pgpass, a
service file or PGPASSWORD. The URL's other options (sslmode, sslrootcert, ...) go to libpq as
given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict

from csmaturity_app.i18n import translate
from csmaturity_app.sync.errors import TeamServerError

SCHEMES = ("postgresql", "postgres")


def where_secrets_go() -> str:
    """Where a team server's password belongs (said in the language in effect)."""
    return translate("sync", "~/.pgpass, a service file or PGPASSWORD")


def password_in_url() -> str:
    return translate(
        "sync",
        "a password in the team server's URL would be remembered and shown: leave it out and "
        "put it in {where_secrets_go}",
    ).format(where_secrets_go=where_secrets_go())


# libpq's options that hold a secret: the password, and the one of the client's TLS key.
SECRET_OPTIONS = frozenset({"password", "sslpassword"})


def _holds_secret(text: str) -> bool:
    """A password before the host (user:secret@), or a secret option in the query; read by
    hand too, since a URL that `urlsplit` cannot parse (an unclosed [ of an IPv6 host) still
    reaches libpq, whose message would quote it whole."""
    try:
        parts = urlsplit(text)
        if parts.password:
            return True
        query = parts.query
    except ValueError:
        rest = text.partition("://")[2]
        authority = re.split(r"[/?]", rest, maxsplit=1)[0]
        if ":" in authority.rpartition("@")[0]:
            return True
        query = rest.partition("?")[2]
    keys = {unquote(pair.partition("=")[0]).strip().lower() for pair in query.split("&")}
    return bool(SECRET_OPTIONS & keys)


@dataclass(frozen=True)
class ServerAddress:
    """A team server's address: `display` is shown and remembered, `conninfo` is what libpq
    connects with (the same text: it holds no secret)."""

    display: str
    user: str | None
    host: str | None
    port: str | None
    dbname: str | None

    @property
    def conninfo(self) -> str:
        return self.display

    @classmethod
    def parse(cls, text: str) -> ServerAddress:
        text = text.strip()
        scheme = text.partition("://")[0].lower() if "://" in text else ""
        if scheme not in SCHEMES:
            raise TeamServerError(
                translate(
                    "sync",
                    "not a team server address: give a URL such as "
                    "postgresql://alice@db.example/csm",
                )
            )
        # Looked at before libpq parses it, so that no message can quote the password.
        if _holds_secret(text):
            raise TeamServerError(password_in_url())
        try:
            options = conninfo_to_dict(text)
        except psycopg.Error as exc:
            reason = " ".join(str(exc).split())
            raise TeamServerError(
                translate("sync", "not a valid team server URL: {reason}").format(reason=reason)
            ) from None
        if SECRET_OPTIONS & set(options):
            raise TeamServerError(password_in_url())

        def option(name: str) -> str | None:
            value = options.get(name)
            return None if value is None else str(value)

        return cls(
            display=text,
            user=option("user"),
            host=option("host"),
            port=option("port"),
            dbname=option("dbname"),
        )

    def __str__(self) -> str:
        return self.display
