"""A real PostgreSQL server for the tests: started once per test session in a temporary
folder, on a free private port, with password (scram) authentication on 127.0.0.1 only.

initdb refuses to run as root, so when the tests run as root (CI) the server runs as the
`postgres` user, in a folder of its own outside /tmp/pytest-of-root (which only root may
enter). Each test gets a database of its own (`TeamDatabase`), made from this server.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from glob import glob
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import sql

if TYPE_CHECKING:  # the bundle's check imports this module without pytest installed
    import pytest

ADMIN = "admin"
WRITERS = ("alice", "bob")
READERS = ("rita",)
LOGIN_ROLES = (*WRITERS, *READERS)
SERVER_USER = "postgres"  # who runs the server when we are root


def postgres_bin_dir() -> Path:
    """The newest installed server's programs (Debian: /usr/lib/postgresql/<N>/bin)."""
    found = sorted(
        (Path(p).parent for p in glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    if initdb is None:
        raise RuntimeError("PostgreSQL's server is not installed: run tools/bootstrap")
    return Path(initdb).resolve().parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class TeamServer:
    """One PostgreSQL server (a cluster) for the whole test session."""

    def __init__(self) -> None:
        self.bin = postgres_bin_dir()
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="csmaturity-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = 0
        self.passwords = {role: secrets.token_urlsafe(16) for role in (ADMIN, *LOGIN_ROLES)}
        self._databases = itertools.count(1)
        self.running = False

    # -- running the server's programs -----------------------------------------------------

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        extra: dict[str, Any] = {}
        if self.as_root:
            extra = {"user": SERVER_USER, "group": SERVER_USER, "extra_groups": []}
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        return subprocess.run(
            [str(self.bin / args[0]), *args[1:]],
            cwd=self.folder,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
            **extra,
        )

    def create(self) -> None:
        """initdb, then start; the superuser `admin` signs in with a password like anyone."""
        if self.as_root:
            account = pwd.getpwnam(SERVER_USER)
            os.chown(self.folder, account.pw_uid, account.pw_gid)
        pwfile = self.folder / "admin-password"
        pwfile.write_text(self.passwords[ADMIN] + "\n")
        if self.as_root:
            os.chown(pwfile, account.pw_uid, account.pw_gid)
        pwfile.chmod(0o600)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            ADMIN,
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        pwfile.unlink()
        for attempt in range(3):
            self.port = free_port()
            try:
                self.start()
                break
            except subprocess.CalledProcessError:
                if attempt == 2:
                    raise
        with self.admin_connection() as conn:
            for role in LOGIN_ROLES:
                conn.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                        sql.Identifier(role), sql.Literal(self.passwords[role])
                    )
                )

    def start(self) -> None:
        options = " ".join(
            [
                f"-p {self.port}",
                "-c listen_addresses=127.0.0.1",
                "-c unix_socket_directories=''",
                # Tests need no durability against a power cut, and run faster without it.
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=50",
            ]
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-o", options, "start")
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        """Stop the whole server (`fast`: sessions are cut off, open transactions roll back)."""
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")
            self.running = False

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- as the administrator ----------------------------------------------------------------

    def admin_connection(self, dbname: str = "postgres") -> psycopg.Connection[Any]:
        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=ADMIN,
            password=self.passwords[ADMIN],
            dbname=dbname,
            autocommit=True,
            connect_timeout=10,
        )

    def new_database(self) -> str:
        name = f"team_{next(self._databases)}"
        with self.admin_connection() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def drop_database(self, name: str) -> None:
        if not self.running:
            return
        with contextlib.suppress(psycopg.Error), self.admin_connection() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def pgpass_lines(self) -> str:
        return "".join(
            f"127.0.0.1:{self.port}:*:{role}:{password}\n"
            for role, password in self.passwords.items()
        )


class TeamDatabase:
    """A test's own database on the session's server, and how to reach it as each role."""

    def __init__(self, server: TeamServer, database: str) -> None:
        self.server = server
        self.database = database

    @property
    def admin(self) -> str:
        return ADMIN

    @property
    def port(self) -> int:
        return self.server.port

    def url(self, role: str = ADMIN, **options: str) -> str:
        """The URL a person gives for this database as `role`: never a password in it."""
        query = "&".join(f"{k}={v}" for k, v in options.items())
        return f"postgresql://{role}@127.0.0.1:{self.port}/{self.database}" + (
            f"?{query}" if query else ""
        )

    def password(self, role: str) -> str:
        return self.server.passwords[role]

    def admin_sql(self, statement: str, *params: object) -> list[tuple[Any, ...]]:
        """Run one statement as the administrator, committed; the rows it returns, if any."""
        with self.server.admin_connection(self.database) as conn:
            cursor = conn.execute(statement, params or None)
            return cursor.fetchall() if cursor.description is not None else []

    def server_sql(self, statement: str) -> None:
        """Run one statement as the administrator outside this database (CREATE / DROP
        DATABASE, as a restore from a backup does)."""
        with self.server.admin_connection() as conn:
            conn.execute(statement)

    def stop(self, mode: str = "fast") -> None:
        self.server.stop(mode)

    def start(self) -> None:
        self.server.start()


def use_password_file(server: TeamServer, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords reach libpq the way a person's do: through a password file (PGPASSFILE),
    never the URL; no other PG* setting of the machine leaks in."""
    for name in [k for k in os.environ if k.startswith("PG")]:
        monkeypatch.delenv(name)
    passfile = folder / "pgpass"
    passfile.write_text(server.pgpass_lines(), encoding="utf-8")
    passfile.chmod(0o600)  # libpq ignores a password file others may read
    monkeypatch.setenv("PGPASSFILE", str(passfile))


def init_team(database: TeamDatabase) -> None:
    """Make `database` a team store (`server init` by the administrator), with writers alice
    and bob and the reader rita granted their group roles."""
    from csmaturity_app.sync.address import ServerAddress
    from csmaturity_app.sync.server_schema import init_server

    init_server(ServerAddress.parse(database.url(database.admin)))
    database.admin_sql("GRANT csmaturity_writer TO alice, bob")
    database.admin_sql("GRANT csmaturity_reader TO rita")


@contextlib.contextmanager
def team_database(server: TeamServer) -> Iterator[TeamDatabase]:
    """A fresh team store of its own on `server`, dropped at the end: for tests that need more
    than one, or one per hypothesis example (which function-scoped fixtures cannot give).
    libpq must find the passwords already (`use_password_file`)."""
    if not server.running:
        server.start()
    database = TeamDatabase(server, server.new_database())
    try:
        init_team(database)
        yield database
    finally:
        server.drop_database(database.database)


@contextlib.contextmanager
def running_team_server() -> Iterator[TeamServer]:
    """A server for the session: removed at the end, whatever happened."""
    server = TeamServer()
    try:
        server.create()
        yield server
    finally:
        server.close()
