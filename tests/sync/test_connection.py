"""Reaching the team server: addresses without passwords, secrets only from libpq's own
places, TLS options honoured, and one line for each way it goes wrong, never a password."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from team_server import TeamDatabase

from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.connection import connect, server_errors
from csmaturity_app.sync.errors import TeamServerError
from csmaturity_app.sync.server_schema import check_server


def refusal(address: ServerAddress, **kwargs) -> str:
    with pytest.raises(TeamServerError) as refused:
        connect(address, **kwargs).close()
    message = str(refused.value)
    assert "\n" not in message
    return message


def assert_no_password(team: TeamDatabase, *texts: str) -> None:
    for role in ("admin", "alice", "bob", "rita"):
        for text in texts:
            assert team.password(role) not in text


# -- addresses ----------------------------------------------------------------------------


def test_an_address_keeps_its_tls_options_as_given():
    address = ServerAddress.parse(
        " postgresql://alice@db.example:5433/csm?sslmode=verify-full&sslrootcert=/etc/ca.pem "
    )
    assert address.display == (
        "postgresql://alice@db.example:5433/csm?sslmode=verify-full&sslrootcert=/etc/ca.pem"
    )
    assert address.conninfo == address.display
    assert (address.user, address.host, address.port, address.dbname) == (
        "alice",
        "db.example",
        "5433",
        "csm",
    )
    assert ServerAddress.parse("postgres://db.example/csm").dbname == "csm"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://alice:s3cret-pw@db.example/csm",
        "postgres://alice:s3cret-pw@db.example/csm",
        "postgresql://alice@db.example/csm?password=s3cret-pw",
        "postgresql://alice@db.example/csm?sslmode=require&password=s3cret-pw",
        # A URL urlsplit cannot read still reaches libpq, whose message would quote it whole.
        "postgresql://alice:s3cret-pw@[::1/csm",
        "postgresql://alice@[::1/csm?pass%77ord=s3cret-pw&x",
        # The password of the client's TLS key is a secret too.
        "postgresql://alice@db.example/csm?sslmode=verify-full&sslpassword=s3cret-pw",
    ],
)
def test_a_password_in_the_url_is_refused_without_repeating_it(url):
    with pytest.raises(TeamServerError) as refused:
        ServerAddress.parse(url)
    message = str(refused.value)
    assert "s3cret-pw" not in message
    assert "password" in message and "~/.pgpass, a service file or PGPASSWORD" in message


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("db.example/csm", "not a team server address"),
        ("https://db.example/csm", "not a team server address"),
        ("postgresql://db.example/csm?colour=blue", "not a valid team server URL: invalid URI"),
    ],
)
def test_what_is_not_a_postgresql_url_is_refused_in_one_line(text, says):
    with pytest.raises(TeamServerError, match=says) as refused:
        ServerAddress.parse(text)
    assert "\n" not in str(refused.value)


# -- connecting ---------------------------------------------------------------------------


def test_a_connection_names_the_application_and_leaves_commits_to_the_caller(team):
    with connect(ServerAddress.parse(team.url("alice")), timeout=7) as conn:
        assert not conn.autocommit
        assert conn.execute("SHOW application_name").fetchone() == ("csmaturity",)
        assert conn.info.get_parameters()["connect_timeout"] == "7"
        assert "password" not in conn.info.get_parameters()


def test_the_password_comes_from_the_password_file(team):
    with connect(ServerAddress.parse(team.url("rita"))) as conn:
        assert check_server(conn).role == "rita"


def test_the_password_comes_from_pgpassword(team, tmp_path, monkeypatch):
    empty = tmp_path / "empty-pgpass"
    empty.write_text("")
    empty.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(empty))
    monkeypatch.setenv("PGPASSWORD", team.password("bob"))
    with connect(ServerAddress.parse(team.url("bob"))) as conn:
        assert check_server(conn).role == "bob"


def test_no_password_found_says_where_to_put_one(team, tmp_path, monkeypatch):
    empty = tmp_path / "empty-pgpass"
    empty.write_text("")
    empty.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(empty))
    address = ServerAddress.parse(team.url("alice"))
    message = refusal(address)
    assert message == (
        f"the team server {address.display} asks for a password and none was found: "
        "~/.pgpass, a service file or PGPASSWORD"
    )


def test_a_wrong_password_is_one_line_without_the_password(team, tmp_path, monkeypatch):
    wrong = "not-alices-password-42"
    passfile = tmp_path / "wrong-pgpass"
    passfile.write_text(f"127.0.0.1:{team.port}:*:alice:{wrong}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    address = ServerAddress.parse(team.url("alice"))
    message = refusal(address)
    assert message.startswith(f"the team server {address.display} refused the sign-in of alice")
    assert 'password authentication failed for user "alice"' in message
    assert wrong not in message
    assert_no_password(team, message, address.display)
    # Nor a password handed over directly.
    message = refusal(address, password=wrong)
    assert wrong not in message and "refused the sign-in" in message


def test_a_missing_database_is_named(team):
    address = ServerAddress.parse(team.url("alice").replace(team.database, "no_such_db"))
    assert refusal(address) == (
        f'the team server {address.display}: database "no_such_db" does not exist'
    )


def test_sslmode_reaches_libpq_and_a_server_without_tls_is_refused(team):
    address = ServerAddress.parse(team.url("alice", sslmode="require"))
    message = refusal(address)
    assert message == (
        f"the team server {address.display}: a secure connection failed: server does not "
        "support SSL, but SSL was required"
    )


def test_an_unreachable_server_is_one_line():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = ServerAddress.parse(f"postgresql://alice@127.0.0.1:{port}/csm")
    assert refusal(address) == f"cannot reach the team server {address.display}: Connection refused"


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that takes connections and never answers: a server hung or behind a firewall
    that drops packets."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        yield listener.getsockname()[1]


def test_a_server_that_never_answers_gives_up_after_the_timeout(silent_server):
    address = ServerAddress.parse(f"postgresql://alice@127.0.0.1:{silent_server}/csm")
    message = refusal(address, timeout=1)
    assert message.startswith(f"cannot reach the team server {address.display}: ")
    assert message.endswith("timeout expired")


def test_a_connection_cut_by_the_server_is_one_line(team):
    address = ServerAddress.parse(team.url("alice"))
    with connect(address) as conn:
        pid = conn.info.backend_pid
        team.admin_sql("SELECT pg_terminate_backend(%s)", pid)
        with pytest.raises(TeamServerError) as dropped, server_errors(address):
            conn.execute("SELECT 1")
    message = str(dropped.value)
    assert message.startswith(f"the connection to the team server {address.display} dropped")
    assert "\n" not in message


def test_the_server_stopped_mid_transaction_is_one_line_and_it_comes_back(team):
    address = ServerAddress.parse(team.url("alice"))
    conn = connect(address)
    try:
        conn.execute("SELECT pg_advisory_xact_lock(1)")
        team.stop()
        with pytest.raises(TeamServerError, match="dropped") as dropped, server_errors(address):
            conn.execute("SELECT 1")
        assert "\n" not in str(dropped.value)
        with pytest.raises(TeamServerError, match="cannot reach"):
            connect(address)
    finally:
        conn.close()
        team.start()
    with connect(address) as again:
        assert again.execute("SELECT 1").fetchone() == (1,)


def test_errors_of_the_driver_outside_these_are_still_one_line(team):
    address = ServerAddress.parse(team.url("alice"))
    with (
        connect(address) as conn,
        pytest.raises(TeamServerError) as failed,
        server_errors(address),
    ):
        conn.execute("SELECT * FROM no_such_table")
    assert str(failed.value) == (
        f'the team server {address.display}: relation "no_such_table" does not exist'
    )
    assert failed.value.__cause__ is None  # the driver's traceback is not chained on
