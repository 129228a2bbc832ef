"""`server init` and the team store it makes, on a real PostgreSQL server: tables, the change
sequence and who wrote each change, the two group roles, and the checks a sync makes."""

from __future__ import annotations

import psycopg
import pytest
from team_server import TeamDatabase

from csmaturity_app.store import SYNCED_TABLES
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.connection import connect, server_errors
from csmaturity_app.sync.errors import TeamServerError
from csmaturity_app.sync.server_schema import SCHEMA_VERSION, check_server, init_server

MODEL_ROW = ("mv1", "tsia-4-phases", "1.0.0", "TSIA", "{}", "2026-01-01T00:00:00Z")
INSERT_MODEL = (
    "INSERT INTO csmaturity.model_version (id, model_id, version, title, definition, "
    "created_at) VALUES (%s, %s, %s, %s, %s, %s)"
)


def test_init_makes_the_team_store_once_and_then_says_it_is_up_to_date(bare_team):
    address = ServerAddress.parse(bare_team.url(bare_team.admin))
    first = init_server(address)
    assert not first.up_to_date and first.previous_version == 0
    assert first.schema_version == SCHEMA_VERSION
    assert f"team store ready: schema version {SCHEMA_VERSION}" in first.describe()
    assert "roles csmaturity_writer and csmaturity_reader" in first.describe()
    again = init_server(address)
    assert again.up_to_date and again.server_id == first.server_id
    assert "up to date" in again.describe()
    assert bare_team.admin_sql("SELECT key, value FROM csmaturity.meta ORDER BY key") == [
        ("schema_version", str(SCHEMA_VERSION)),
        ("server_id", first.server_id),
    ]


def test_each_new_team_store_gets_its_own_server_id(team_server, team):
    other = TeamDatabase(team_server, team_server.new_database())
    try:
        mine = init_server(ServerAddress.parse(team.url(team.admin))).server_id
        theirs = init_server(ServerAddress.parse(other.url(other.admin))).server_id
        assert mine != theirs
    finally:
        team_server.drop_database(other.database)


def test_server_tables_hold_the_synced_columns_and_the_servers_own_two(team):
    for table in SYNCED_TABLES:
        columns = team.admin_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "'csmaturity' AND table_name = %s ORDER BY ordinal_position",
            table.name,
        )
        assert tuple(c for (c,) in columns) == (*table.columns, "change_seq", "changed_by")


def test_group_roles_cannot_sign_in_and_grant_what_they_should(team):
    roles = team.admin_sql(
        "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'csmaturity_%' "
        "ORDER BY rolname"
    )
    assert roles == [("csmaturity_reader", False), ("csmaturity_writer", False)]
    for table in SYNCED_TABLES:
        rights = team.admin_sql(
            "SELECT has_table_privilege('csmaturity_writer', %s, 'INSERT, UPDATE, DELETE'), "
            "has_table_privilege('csmaturity_reader', %s, 'SELECT'), "
            "has_table_privilege('csmaturity_reader', %s, 'INSERT, UPDATE, DELETE')",
            f"csmaturity.{table.name}",
            f"csmaturity.{table.name}",
            f"csmaturity.{table.name}",
        )
        assert rights == [(True, True, False)]
    # Nobody but the administrator changes what the store is.
    assert team.admin_sql(
        "SELECT has_table_privilege('csmaturity_writer', 'csmaturity.meta', 'UPDATE')"
    ) == [(False,)]


def test_a_writer_inserts_and_the_server_records_who(team, connect_as):
    alice = connect_as("alice")
    alice.execute(INSERT_MODEL, MODEL_ROW)
    alice.commit()
    assert team.admin_sql("SELECT id, changed_by FROM csmaturity.model_version") == [
        ("mv1", "alice")
    ]


def test_the_server_keeps_changed_by_and_change_seq_whatever_a_client_sends(team, connect_as):
    alice = connect_as("alice")
    alice.execute(
        "INSERT INTO csmaturity.organization (id, name, created_at, updated_at, change_seq, "
        "changed_by) VALUES ('o1', 'Acme', 't', 't', 1000, 'rita')"
    )
    alice.commit()
    [(seq_inserted, by)] = team.admin_sql(
        "SELECT change_seq, changed_by FROM csmaturity.organization"
    )
    assert (seq_inserted, by) != (1000, "rita")
    assert by == "alice"
    bob = connect_as("bob")
    bob.execute(
        "UPDATE csmaturity.organization SET name = 'Acme Ltd', changed_by = 'alice', change_seq = 0"
    )
    bob.commit()
    [(seq_updated, by)] = team.admin_sql(
        "SELECT change_seq, changed_by FROM csmaturity.organization"
    )
    assert by == "bob"
    assert seq_inserted < seq_updated < 1000


def test_a_reader_can_select_but_not_insert(team, connect_as):
    alice = connect_as("alice")
    alice.execute(INSERT_MODEL, MODEL_ROW)
    alice.commit()
    rita = connect_as("rita")
    assert rita.execute("SELECT id FROM csmaturity.model_version").fetchall() == [("mv1",)]
    address = ServerAddress.parse(team.url("rita"))
    with pytest.raises(TeamServerError) as refused, server_errors(address):
        rita.execute(INSERT_MODEL, ("mv2", *MODEL_ROW[1:]))
    rita.rollback()
    message = str(refused.value)
    assert "permission denied" in message and "csmaturity_writer" in message
    assert "\n" not in message
    assert team.admin_sql("SELECT count(*) FROM csmaturity.model_version") == [(1,)]


def test_check_server_tells_who_we_are_and_whether_we_may_write(team, connect_as):
    server_id = team.admin_sql("SELECT value FROM csmaturity.meta WHERE key = 'server_id'")[0][0]
    alice = check_server(connect_as("alice"))
    rita = check_server(connect_as("rita"))
    assert (alice.server_id, alice.schema_version, alice.role, alice.can_write) == (
        server_id,
        SCHEMA_VERSION,
        "alice",
        True,
    )
    assert (rita.role, rita.can_write) == ("rita", False)


def test_deleting_an_organization_deletes_what_hangs_on_it(team, connect_as):
    alice = connect_as("alice")
    alice.execute(INSERT_MODEL, MODEL_ROW)
    alice.execute(
        "INSERT INTO csmaturity.organization (id, name, created_at, updated_at) "
        "VALUES ('o1', 'Acme', 't', 't')"
    )
    alice.execute(
        "INSERT INTO csmaturity.assessment (id, organization_id, model_version_id, "
        "assessed_on, assessor, status, created_at, updated_at, position) "
        "VALUES ('a1', 'o1', 'mv1', '2026-01-01', '', 'draft', 't', 't', '')"
    )
    alice.execute(
        "INSERT INTO csmaturity.answer (assessment_id, criterion_id, score, not_applicable, "
        "notes, updated_at, needs_review) VALUES ('a1', 'c1', 2, false, '', 't', false)"
    )
    alice.execute("DELETE FROM csmaturity.organization WHERE id = 'o1'")
    alice.commit()
    assert team.admin_sql("SELECT count(*) FROM csmaturity.assessment") == [(0,)]
    assert team.admin_sql("SELECT count(*) FROM csmaturity.answer") == [(0,)]


def test_a_record_put_back_loses_its_tombstone(team, connect_as):
    alice = connect_as("alice")
    alice.execute(
        "INSERT INTO csmaturity.tombstone (kind, id, deleted_at) VALUES "
        "('organization', 'o1', 't'), ('assessment', 'o1', 't')"
    )
    alice.execute(
        "INSERT INTO csmaturity.organization (id, name, created_at, updated_at) "
        "VALUES ('o1', 'Acme', 't', 't')"
    )
    alice.commit()
    assert team.admin_sql("SELECT kind, id FROM csmaturity.tombstone") == [("assessment", "o1")]


def test_a_database_that_is_not_a_team_store_is_refused(bare_team):
    address = ServerAddress.parse(bare_team.url("alice"))
    with connect(address) as conn, pytest.raises(TeamServerError) as refused:
        check_server(conn)
    assert str(refused.value) == (
        f'the database "{bare_team.database}" on 127.0.0.1:{bare_team.port} is not a CS '
        "Maturity team store; an administrator runs `csmaturity server init URL` first"
    )


def test_a_newer_team_store_is_refused(team, connect_as):
    team.admin_sql("UPDATE csmaturity.meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(TeamServerError) as refused:
        check_server(connect_as("alice"))
    assert "schema version 99, newer than this CS Maturity (3): update CS Maturity" in str(
        refused.value
    )
    with pytest.raises(TeamServerError, match="newer than this CS Maturity"):
        init_server(ServerAddress.parse(team.url(team.admin)))
    assert team.admin_sql("SELECT value FROM csmaturity.meta WHERE key = 'schema_version'") == [
        ("99",)
    ]


def test_a_role_that_may_not_create_schemas_or_roles_is_told_so_and_nothing_is_made(bare_team):
    with pytest.raises(TeamServerError) as refused:
        init_server(ServerAddress.parse(bare_team.url("alice")))
    message = str(refused.value)
    assert message.startswith("alice may not make the team store")
    assert "permission denied" in message
    assert "an administrator runs `csmaturity server init`" in message
    assert bare_team.admin_sql(
        "SELECT count(*) FROM pg_namespace WHERE nspname = 'csmaturity'"
    ) == [(0,)]


def test_a_role_granted_nothing_is_told_what_to_ask_for(team):
    team.admin_sql("REVOKE csmaturity_writer FROM bob")
    address = ServerAddress.parse(team.url("bob"))
    try:
        with (
            pytest.raises(TeamServerError) as refused,
            connect(address) as conn,
            server_errors(address),
        ):
            check_server(conn)
        assert "permission denied for schema csmaturity" in str(refused.value)
        assert "grants bob csmaturity_writer" in str(refused.value)
    finally:
        team.admin_sql("GRANT csmaturity_writer TO bob")


def test_init_upgrades_a_store_left_half_made(team):
    """A store whose schema is older (here: its roles' grants gone) is made whole again."""
    team.admin_sql("UPDATE csmaturity.meta SET value = '0' WHERE key = 'schema_version'")
    team.admin_sql("REVOKE ALL ON csmaturity.answer FROM csmaturity_writer")
    result = init_server(ServerAddress.parse(team.url(team.admin)))
    assert not result.up_to_date and result.previous_version == 0
    assert team.admin_sql(
        "SELECT has_table_privilege('csmaturity_writer', 'csmaturity.answer', 'INSERT')"
    ) == [(True,)]


def test_psycopg_is_the_driver(team, connect_as):
    assert isinstance(connect_as("alice"), psycopg.Connection)
