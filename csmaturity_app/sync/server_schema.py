"""The team store on the PostgreSQL server: its schema, its two group roles, and the checks a
sync makes before it trusts a server.

Every synced table is generated from the laptop's own table classes (`team_table_sql`), with
two columns only the server keeps: `change_seq`, from one sequence, so that a pull asks for
what changed since the last one without trusting laptop clocks, and `changed_by`, the role
that wrote the row. Triggers set both on every insert and update, whatever a client sends.

Schema versions: 1, the first; 2 adds respondents (`respondent`, `respondent_answer`) and
`answer.from_respondents`; 3 adds targets and actions (`target`, `action`),
`answer.private_notes` and `answer.private_notes_at`. `server init` brings an older team
store up to date in place, in one transaction, keeping its rows and their change numbers:
every statement is safe to run again, and a new column comes with its default (which fires
no trigger).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from csmaturity_app.i18n import translate
from csmaturity_app.store import SYNCED_TABLES, team_table_sql
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.connection import connect, server_errors
from csmaturity_app.sync.errors import TeamServerError

SCHEMA = "csmaturity"
SCHEMA_VERSION = 3
WRITER_ROLE = "csmaturity_writer"
READER_ROLE = "csmaturity_reader"
# Serialises the syncs that write (and `server init`): pg_advisory_xact_lock(SYNC_LOCK_KEY).
SYNC_LOCK_KEY = 0x43534D61  # "CSMa"
# Records that a tombstone names when they come back (an undone deletion).
TOMBSTONED_KINDS = ("organization", "assessment", "respondent", "action")
# Columns added to a table after schema version 1: `CREATE TABLE IF NOT EXISTS` leaves an
# existing table as it was, so they are added to it, with the default rows written by a
# client that does not name them (an older one, or psql) take.
_ADDED_COLUMNS = (
    ("answer", "from_respondents", "boolean NOT NULL DEFAULT false"),
    ("answer", "private_notes", "text NOT NULL DEFAULT ''"),
    ("answer", "private_notes_at", "text NOT NULL DEFAULT ''"),
)

_FUNCTIONS = [
    f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('{SCHEMA}.change_seq');
    NEW.changed_by := session_user;
    RETURN NEW;
END $$""",
    f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.forget_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM {SCHEMA}.tombstone WHERE kind = TG_TABLE_NAME AND id = NEW.id;
    RETURN NULL;
END $$""",
]


@dataclass(frozen=True)
class InitResult:
    server_id: str
    schema_version: int
    previous_version: int  # 0: the team store was made just now
    up_to_date: bool  # nothing needed doing

    def describe(self) -> str:
        if self.up_to_date:
            return translate(
                "sync",
                "team store up to date: schema version {schema_version}, server id {server_id}",
            ).format(schema_version=self.schema_version, server_id=self.server_id)
        if self.previous_version:
            return translate(
                "sync",
                "team store upgraded from schema version {previous_version} to "
                "{schema_version}, its rows kept: server id {server_id}",
            ).format(
                previous_version=self.previous_version,
                schema_version=self.schema_version,
                server_id=self.server_id,
            )
        return translate(
            "sync",
            "team store ready: schema version {schema_version}, server id "
            "{server_id}, roles {writer_role} and {reader_role}",
        ).format(
            schema_version=self.schema_version,
            server_id=self.server_id,
            writer_role=WRITER_ROLE,
            reader_role=READER_ROLE,
        )


@dataclass(frozen=True)
class ServerInfo:
    server_id: str
    schema_version: int
    role: str  # the session's role, as the server records it in changed_by
    can_write: bool


def schema_statements() -> list[sql.Composed | sql.SQL]:
    """Everything `server init` runs, each statement safe to run again."""
    statements: list[Any] = [
        f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}",
        f"CREATE TABLE IF NOT EXISTS {SCHEMA}.meta (key text PRIMARY KEY, value text NOT NULL)",
        f"CREATE SEQUENCE IF NOT EXISTS {SCHEMA}.change_seq AS bigint",
        *team_table_sql(),
        *(
            f"ALTER TABLE {SCHEMA}.{table} ADD COLUMN IF NOT EXISTS {column} {definition}"
            for table, column, definition in _ADDED_COLUMNS
        ),
        *(
            f"ALTER TABLE {SCHEMA}.{table} ALTER COLUMN {column} SET DEFAULT "
            f"{definition.rsplit('DEFAULT ', 1)[1]}"
            for table, column, definition in _ADDED_COLUMNS
        ),
        *_FUNCTIONS,
        # One row per sync that changed the server: the change number it ended at. A laptop
        # remembers the newest it saw; a server restored from an older backup has lost it.
        f"CREATE TABLE IF NOT EXISTS {SCHEMA}.sync_mark (token text PRIMARY KEY, "
        "seq bigint NOT NULL, made_at timestamptz NOT NULL DEFAULT now(), "
        "made_by text NOT NULL DEFAULT session_user)",
        f"CREATE INDEX IF NOT EXISTS sync_mark_seq ON {SCHEMA}.sync_mark (seq)",
    ]
    for table in SYNCED_TABLES:
        name = sql.Identifier(SCHEMA, table.name)
        statements += [
            sql.SQL(
                "ALTER TABLE {} ADD COLUMN IF NOT EXISTS change_seq bigint NOT NULL "
                "DEFAULT nextval('{}.change_seq')"
            ).format(name, sql.SQL(SCHEMA)),
            sql.SQL(
                "ALTER TABLE {} ADD COLUMN IF NOT EXISTS changed_by text NOT NULL "
                "DEFAULT session_user"
            ).format(name),
            sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} (change_seq)").format(
                sql.Identifier(f"{table.name}_change_seq"), name
            ),
            sql.SQL(
                "CREATE OR REPLACE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON {} "
                "FOR EACH ROW EXECUTE FUNCTION {}.stamp_change()"
            ).format(name, sql.SQL(SCHEMA)),
            sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
                name, sql.Identifier(WRITER_ROLE)
            ),
            sql.SQL("GRANT SELECT ON {} TO {}").format(name, sql.Identifier(READER_ROLE)),
        ]
    for kind in TOMBSTONED_KINDS:
        statements.append(
            sql.SQL(
                "CREATE OR REPLACE TRIGGER forget_tombstone AFTER INSERT ON {} "
                "FOR EACH ROW EXECUTE FUNCTION {}.forget_tombstone()"
            ).format(sql.Identifier(SCHEMA, kind), sql.SQL(SCHEMA))
        )
    statements += [
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {WRITER_ROLE}, {READER_ROLE}",
        f"GRANT SELECT ON {SCHEMA}.meta TO {WRITER_ROLE}, {READER_ROLE}",
        f"GRANT SELECT, INSERT ON {SCHEMA}.sync_mark TO {WRITER_ROLE}",
        f"GRANT SELECT ON {SCHEMA}.sync_mark TO {READER_ROLE}",
        f"GRANT USAGE ON SEQUENCE {SCHEMA}.change_seq TO {WRITER_ROLE}",
    ]
    return [sql.SQL(s) if isinstance(s, str) else s for s in statements]


_MAKE_ROLES = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{WRITER_ROLE}') THEN
        CREATE ROLE {WRITER_ROLE} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{READER_ROLE}') THEN
        CREATE ROLE {READER_ROLE} NOLOGIN;
    END IF;
END $$"""


def _where(conn: psycopg.Connection[Any]) -> str:
    info = conn.info
    return translate("sync", 'the database "{dbname}" on {host}:{port}').format(
        dbname=info.dbname, host=info.host, port=info.port
    )


def _meta(conn: psycopg.Connection[Any]) -> dict[str, str] | None:
    """The team store's meta rows, or None when this database holds no team store."""
    found = conn.execute(
        "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
        "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = 'meta'",
        (SCHEMA,),
    ).fetchone()
    if found is None:
        return None
    return dict(conn.execute(f"SELECT key, value FROM {SCHEMA}.meta").fetchall())


def _version(meta: dict[str, str]) -> int:
    try:
        return int(meta.get("schema_version", "0"))
    except ValueError:
        return 0


def _roles_exist(conn: psycopg.Connection[Any]) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM pg_roles WHERE rolname IN (%s, %s)", (WRITER_ROLE, READER_ROLE)
    ).fetchone()
    return row is not None and row[0] == 2


def _newer(conn: psycopg.Connection[Any], version: int) -> TeamServerError:
    return TeamServerError(
        translate(
            "sync",
            "{where} has team store schema version {version}, newer than this CS "
            "Maturity ({schema_version}): update CS Maturity",
        ).format(where=_where(conn), version=version, schema_version=SCHEMA_VERSION)
    )


def init_server(address: ServerAddress, timeout: int = 10) -> InitResult:
    """Create or upgrade the team store and its roles, in one transaction; a store already
    up to date is left alone (no DDL, so a role without the rights to make it is told so)."""
    with server_errors(address), connect(address, timeout=timeout) as conn:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (SYNC_LOCK_KEY,))
        meta = _meta(conn) or {}
        version = _version(meta)
        if version > SCHEMA_VERSION:
            raise _newer(conn, version)
        if version == SCHEMA_VERSION and "server_id" in meta and _roles_exist(conn):
            return InitResult(meta["server_id"], version, version, up_to_date=True)
        try:
            conn.execute(_MAKE_ROLES)
            for statement in schema_statements():
                conn.execute(statement)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise TeamServerError(
                translate(
                    "sync",
                    "{user} may not make the team store in {where} ({message_primary}): an "
                    "administrator runs `csmaturity server init` (a role that may create "
                    "schemas in this database, and roles)",
                ).format(
                    user=conn.info.user,
                    where=_where(conn),
                    message_primary=exc.diag.message_primary,
                )
            ) from None
        server_id = meta.get("server_id") or str(uuid.uuid4())
        conn.execute(
            f"INSERT INTO {SCHEMA}.meta (key, value) VALUES ('server_id', %s), "
            "('schema_version', %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (server_id, str(SCHEMA_VERSION)),
        )
        conn.commit()
        return InitResult(server_id, SCHEMA_VERSION, version, up_to_date=False)


def check_server(conn: psycopg.Connection[Any]) -> ServerInfo:
    """What a sync needs to know before it trusts this server: a team store, of a schema this
    version understands; the server's id; who we are and whether we may write."""
    meta = _meta(conn)
    if meta is None or "server_id" not in meta:
        raise TeamServerError(
            translate(
                "sync",
                "{where} is not a CS Maturity team store; an administrator runs "
                "`csmaturity server init URL` first",
            ).format(where=_where(conn))
        )
    version = _version(meta)
    if version > SCHEMA_VERSION:
        raise _newer(conn, version)
    if version < SCHEMA_VERSION:
        raise TeamServerError(
            translate(
                "sync",
                "{where} has an older team store (schema version {version}): an "
                "administrator runs `csmaturity server init URL` to upgrade it",
            ).format(where=_where(conn), version=version)
        )
    role, can_write = conn.execute(
        f"SELECT session_user, has_table_privilege('{SCHEMA}.answer', 'INSERT')"
    ).fetchall()[0]
    return ServerInfo(meta["server_id"], version, str(role), bool(can_write))
