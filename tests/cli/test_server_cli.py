"""`csmaturity server init URL` against a real PostgreSQL server: what it made, that it may
run again, and one line on stderr (exit 1) for every refusal, never a password."""

from __future__ import annotations

import os
import subprocess
import sys

from team_server import TeamDatabase

from csmaturity_app import cli


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def made_anything(team: TeamDatabase) -> bool:
    schemas = team.admin_sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'csmaturity'")
    return schemas != [(0,)]


def server_id(team: TeamDatabase) -> str:
    return team.admin_sql("SELECT value FROM csmaturity.meta WHERE key = 'server_id'")[0][0]


def test_server_init_makes_the_team_store_then_says_it_is_up_to_date(capsys, bare_team):
    url = bare_team.url(bare_team.admin)
    status, out, err = run_cli(capsys, "server", "init", url)
    assert (status, err) == (0, "")
    made = server_id(bare_team)
    assert out == (
        f"{url}: team store ready: schema version 3, server id {made}, roles "
        "csmaturity_writer and csmaturity_reader\n"
    )
    status, out, err = run_cli(capsys, "server", "init", url)
    assert (status, err) == (0, "")
    assert out == f"{url}: team store up to date: schema version 3, server id {made}\n"
    assert server_id(bare_team) == made


def test_server_init_by_a_role_without_the_rights_is_one_line(capsys, bare_team):
    status, out, err = run_cli(capsys, "server", "init", bare_team.url("alice"))
    assert (status, out) == (1, "")
    assert err.startswith("csmaturity: error: alice may not make the team store")
    assert err.count("\n") == 1
    assert bare_team.admin_sql(
        "SELECT count(*) FROM pg_namespace WHERE nspname = 'csmaturity'"
    ) == [(0,)]


def test_server_init_refuses_a_password_in_the_url_and_never_repeats_it(capsys, bare_team):
    secret = bare_team.password(bare_team.admin)
    url = bare_team.url(bare_team.admin).replace("admin@", f"admin:{secret}@")
    status, out, err = run_cli(capsys, "server", "init", url)
    assert (status, out) == (1, "")
    assert err.count("\n") == 1 and "~/.pgpass, a service file or PGPASSWORD" in err
    assert secret not in err
    assert bare_team.admin_sql(
        "SELECT count(*) FROM pg_namespace WHERE nspname = 'csmaturity'"
    ) == [(0,)]


def test_server_init_upgrades_a_version_1_team_store_in_place(capsys, team):
    """Release 0.4's team store: no respondents, no plan, answers without `from_respondents`
    or `private_notes`."""
    team.admin_sql(
        "DROP TABLE csmaturity.action, csmaturity.target, csmaturity.respondent_answer, "
        "csmaturity.respondent; "
        "ALTER TABLE csmaturity.answer DROP COLUMN from_respondents, DROP COLUMN private_notes; "
        "UPDATE csmaturity.meta SET value = '1' WHERE key = 'schema_version'"
    )
    made = server_id(team)
    url = team.url(team.admin)
    status, out, err = run_cli(capsys, "server", "init", url)
    assert (status, err) == (0, "")
    assert out == (
        f"{url}: team store upgraded from schema version 1 to 3, its rows kept: server id {made}\n"
    )
    assert team.admin_sql(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'csmaturity' "
        "AND table_name IN ('respondent', 'respondent_answer')"
    ) == [(2,)]
    status, out, _ = run_cli(capsys, "server", "init", url)
    assert status == 0 and "up to date: schema version 3" in out


def test_server_init_of_a_newer_team_store_is_refused(capsys, team):
    team.admin_sql("UPDATE csmaturity.meta SET value = '99' WHERE key = 'schema_version'")
    status, out, err = run_cli(capsys, "server", "init", team.url(team.admin))
    assert (status, out) == (1, "")
    assert err.endswith("newer than this CS Maturity (3): update CS Maturity\n")
    assert err.count("\n") == 1


def test_server_init_of_an_unreachable_server_is_one_line(capsys, team):
    team.stop()
    try:
        status, out, err = run_cli(capsys, "server", "init", team.url(team.admin))
    finally:
        team.start()
    assert (status, out) == (1, "")
    assert err == (
        f"csmaturity: error: cannot reach the team server {team.url(team.admin)}: "
        "Connection refused\n"
    )


def test_server_init_as_a_real_process_with_a_wrong_password(team, tmp_path):
    """The installed entry point: one line, exit 1, no traceback, no password."""
    wrong = "wrong-admin-password-7"
    passfile = tmp_path / "wrong-pgpass"
    passfile.write_text(f"127.0.0.1:{team.port}:*:admin:{wrong}\n")
    passfile.chmod(0o600)
    env = {**os.environ, "PGPASSFILE": str(passfile)}
    done = subprocess.run(
        [sys.executable, "-m", "csmaturity_app", "server", "init", team.url(team.admin)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith("csmaturity: error: the team server ")
    assert "refused the sign-in of admin" in done.stderr
    assert done.stderr.count("\n") == 1
    assert wrong not in done.stderr and team.password("admin") not in done.stderr


def test_server_without_a_subcommand_is_a_usage_error(capsys):
    try:
        cli.main(["server"])
    except SystemExit as exit_:
        assert exit_.code == 2
    _, err = capsys.readouterr()
    assert "init" in err or "SUBCOMMAND" in err
