"""Connecting to the team server, and turning what goes wrong into one line a person can act on.

Secrets come only from libpq's own mechanisms (~/.pgpass, a service file, PGPASSWORD) or the
`password` argument, which is used and forgotten: no message ever quotes one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pgerrors

from csmaturity_app.i18n import translate
from csmaturity_app.sync.address import ServerAddress, where_secrets_go
from csmaturity_app.sync.errors import PasswordNeededError, TeamServerError

APPLICATION_NAME = "csmaturity"
DEFAULT_TIMEOUT = 10  # seconds to wait for the server to answer before calling it unreachable


def connect(
    address: ServerAddress, password: str | None = None, timeout: int = DEFAULT_TIMEOUT
) -> psycopg.Connection[Any]:
    """An open connection (not autocommit: the caller commits), or a `TeamServerError`."""
    extra: dict[str, Any] = {} if password is None else {"password": password}
    with server_errors(address, password):
        return psycopg.connect(
            address.conninfo,
            autocommit=False,
            connect_timeout=max(1, int(timeout)),
            application_name=APPLICATION_NAME,
            **extra,
        )


@contextmanager
def server_errors(address: ServerAddress, password: str | None = None) -> Iterator[None]:
    """Turn the driver's errors into one-line `TeamServerError`s naming the server."""
    try:
        yield
    except TeamServerError:
        raise
    except psycopg.Error as exc:
        message = describe(address, exc)
        if password:
            message = message.replace(password, "***")
        if "no password supplied" in str(exc):
            raise PasswordNeededError(message) from None
        raise TeamServerError(message) from None


def _first_line(exc: BaseException) -> str:
    """The reason alone: without libpq's prefixes (the driver's, the address tried, the
    severity), on one line."""
    text = str(exc).strip()
    text = re.sub(r"^connection failed:\s*", "", text)
    text = re.sub(
        r'^connection to server (at "[^"]*" \([^)]*\), port \d+|at "[^"]*", port \d+'
        r'|on socket "[^"]*") failed:\s*',
        "",
        text,
    )
    text = re.sub(r"^(FATAL|ERROR):\s*", "", text)
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def describe(address: ServerAddress, exc: psycopg.Error) -> str:
    """One line for what went wrong with the team server at `address`."""
    server = translate("sync", "the team server {display}").format(display=address.display)
    role = address.user or translate("sync", "your role")
    reason = _first_line(exc)
    text = str(exc)
    if isinstance(exc, pgerrors.InsufficientPrivilege):
        return translate(
            "sync",
            "{server} refused: {reason} (an administrator grants {role} "
            "csmaturity_writer, or csmaturity_reader to pull only)",
        ).format(server=server, reason=reason, role=role)
    if isinstance(exc, pgerrors.InvalidCatalogName) or re.search(
        r'database "[^"]*" does not exist', text
    ):
        return f"{server}: {reason}"
    if "no password supplied" in text:
        return translate(
            "sync", "{server} asks for a password and none was found: {where_secrets_go}"
        ).format(server=server, where_secrets_go=where_secrets_go())
    if isinstance(exc, pgerrors.InvalidPassword) or "authentication failed" in text:
        return translate(
            "sync", "{server} refused the sign-in of {role}: {reason} (see {where_secrets_go})"
        ).format(server=server, role=role, reason=reason, where_secrets_go=where_secrets_go())
    if "SSL" in text or "certificate" in text:
        return translate("sync", "{server}: a secure connection failed: {reason}").format(
            server=server, reason=reason
        )
    if isinstance(exc, pgerrors.AdminShutdown | pgerrors.CrashShutdown) or any(
        phrase in text
        for phrase in (
            "server closed the connection",
            "terminating connection",
            "consuming input failed",
            "connection is lost",
            "the connection is closed",
            "SSL SYSCALL",
        )
    ):
        return translate(
            "sync", "the connection to {server} dropped: {reason}; run it again"
        ).format(server=server, reason=reason)
    if isinstance(exc, psycopg.OperationalError) and (
        "timeout expired" in text
        or "Connection refused" in text
        or "could not translate host name" in text
        or "No route to host" in text
        or "Network is unreachable" in text
        or "could not connect" in text
    ):
        return translate("sync", "cannot reach {server}: {reason}").format(
            server=server, reason=reason
        )
    return f"{server}: {reason}"
