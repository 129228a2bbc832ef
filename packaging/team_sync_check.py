"""A team sync made by one `csmaturity` program against a throwaway PostgreSQL server.

    python packaging/team_sync_check.py PROGRAM SCRATCH

packaging/build-bundle runs it on the bundle's executable, with the build environment's Python
(which has psycopg, for the server's set-up); tests/test_packaging.py runs it on the development
command. The server is the test suite's own (tests/team_server.py): a private port, password
authentication, stopped and removed at the end whatever happens. The program is used as a
consultancy would: `server init` as the administrator, a snapshot imported into one store and
synced as alice, an empty store synced as bob, then both again: the two stores must then export
the same snapshot. Passwords reach libpq through a PGPASSFILE in SCRATCH, and none may end up
in any other file there. PSYCOPG_IMPL=binary makes psycopg use its bundled libpq or fail: a
libpq on this machine must not hide a bundle without its own.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import FrameType

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from team_server import ADMIN, TeamDatabase, TeamServer, running_team_server

ORGANIZATION_ID = "7d1c2e40-3b5a-4c6f-9e8d-2a4b6c8e0f13"
ORGANIZATION = "Team Sync Check Ltd"
ASSESSMENT_ID = "9e2d4f61-5c7b-4d8a-b1f0-3c5e7a9b1d24"
# Two answers are enough: the rest of the assessment is unanswered, and is synced as such.
SNAPSHOT = f"""\
organization_id,organization,assessment_id,model_id,model_version,assessed_on,assessor,status,\
stage_level,stage,dimension,criterion_id,criterion,score,score_label,not_applicable,notes,updated_at
{ORGANIZATION_ID},{ORGANIZATION},{ASSESSMENT_ID},tsia-4-phases,1.0.0,2026-02-02,Alice,complete,\
1,Forming,,F01,,3,,false,"synced, from the bundle",2026-02-02T09:00:00Z
{ORGANIZATION_ID},{ORGANIZATION},{ASSESSMENT_ID},tsia-4-phases,1.0.0,2026-02-02,Alice,complete,\
1,Forming,,F02,,1,,false,,2026-02-02T09:00:00Z
"""
SHOWN_LINES = 8


class CheckFailed(Exception):
    """What the check expected and did not see (one line)."""


class Program:
    """The `csmaturity` under test, run with SCRATCH as its home and the password file."""

    def __init__(self, executable: Path, scratch: Path, passfile: Path) -> None:
        self.executable = executable
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "CSMATURITY_"))}
        for name, folder in (
            ("HOME", "home"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_CACHE_HOME", "cache"),
        ):
            env[name] = str(scratch / folder)
            (scratch / folder).mkdir(exist_ok=True)
        env["PGPASSFILE"] = str(passfile)
        env["PSYCOPG_IMPL"] = "binary"
        env["QT_QPA_PLATFORM"] = "offscreen"
        self.env = env

    def __call__(self, *args: str) -> str:
        """Run it; its output (stdout and stderr), shown in short. A non-zero exit fails."""
        print(f"$ csmaturity {' '.join(args)}", flush=True)
        done = subprocess.run(
            [str(self.executable), *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=180,
        )
        lines = done.stdout.splitlines()
        for line in lines[:SHOWN_LINES]:
            print(f"  {line}")
        if len(lines) > SHOWN_LINES:
            print(f"  ... ({len(lines) - SHOWN_LINES} more lines)")
        if done.returncode != 0:
            raise CheckFailed(f"csmaturity {' '.join(args)} exited with status {done.returncode}")
        return done.stdout


def expect(output: str, *texts: str) -> None:
    for text in texts:
        if text not in output:
            raise CheckFailed(f'expected "{text}" in the output above')


def check(program: Program, server: TeamServer, scratch: Path) -> None:
    team = TeamDatabase(server, server.new_database())
    first, second = scratch / "first.db", scratch / "second.db"

    expect(program("server", "init", team.url(ADMIN)), team.url(ADMIN))
    # What an administrator does with plain PostgreSQL (README, "Team server").
    team.admin_sql("GRANT csmaturity_writer TO alice, bob")

    (scratch / "snapshot.csv").write_text(SNAPSHOT, encoding="utf-8")
    expect(
        program("--db", str(first), "import", str(scratch / "snapshot.csv")),
        "organizations: 1 new",
    )
    sent = program("--db", str(first), "sync", team.url("alice"))
    expect(sent, "conflicts: none")
    if "sent: 0 rows" in sent:
        raise CheckFailed("the first store sent nothing to the team server")

    dry = program("--db", str(second), "sync", "--dry-run", team.url("bob"))
    expect(dry, "dry run: nothing was changed on either side")
    if second.exists():
        raise CheckFailed(f"a dry run left a store behind: {second}")

    received = program("--db", str(second), "sync", team.url("bob"))
    if "received: 0 rows" in received:
        raise CheckFailed("the second store received nothing from the team server")
    orgs = json.loads(program("--db", str(second), "orgs", "--format", "json"))
    if [(org.get("id"), org.get("name")) for org in orgs] != [(ORGANIZATION_ID, ORGANIZATION)]:
        raise CheckFailed(f"the second store's organizations are {orgs}")
    if orgs != json.loads(program("--db", str(first), "orgs", "--format", "json")):
        raise CheckFailed("the two stores show different results for the organization")

    # Both again, with the server they remember: nothing is left to send or receive, and the
    # two stores hold the same data.
    program("--db", str(first), "sync")
    idle = program("--db", str(second), "sync", "--dry-run")
    expect(idle, "sent: 0 rows", "received: 0 rows")
    for store in (first, second):
        program("--db", str(store), "export", "--out", str(store.with_suffix(".csv")))
    if first.with_suffix(".csv").read_bytes() != second.with_suffix(".csv").read_bytes():
        raise CheckFailed("the two stores export different snapshots after syncing")

    passfile = Path(program.env["PGPASSFILE"])
    for path in sorted(p for p in scratch.rglob("*") if p.is_file() and p != passfile):
        data = path.read_bytes()
        if any(secret.encode() in data for secret in server.passwords.values()):
            raise CheckFailed(f"a password was written to {path}")
    print(f"team server {team.url('bob')}: the second store shows the first one's organization")


def stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    # An exception, so that the server is stopped and removed on the way out.
    raise SystemExit(128 + signum)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    executable, scratch = Path(argv[0]).resolve(), Path(argv[1]).resolve()
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    scratch.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    try:
        with running_team_server() as server:
            passfile = scratch / "pgpass"
            passfile.write_text(server.pgpass_lines(), encoding="utf-8")
            passfile.chmod(0o600)  # libpq ignores a password file others can read
            print(f"(a throwaway PostgreSQL on 127.0.0.1:{server.port}, in {server.folder})")
            check(Program(executable, scratch, passfile), server, scratch)
    except (CheckFailed, RuntimeError, OSError, subprocess.SubprocessError, psycopg.Error) as exc:
        print(f"team sync check: FAILED: {exc}", file=sys.stderr)
        return 1
    print(
        f"team sync check: ok ({time.monotonic() - started:.1f} s, the server started and removed)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
