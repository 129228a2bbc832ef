"""Opening a store loads no PostgreSQL driver: psycopg is for the team sync only, and costs
every start of the application otherwise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from csmaturity_app.store import Store
with Store.open(sys.argv[1]) as store:
    store.create_organization("Acme")
print(sorted(m for m in sys.modules if m.split(".")[0] in {"psycopg", "psycopg_binary"}))
from csmaturity_app.sync.connection import connect  # the sync still gets the real driver
import psycopg
print(psycopg.Connection.__name__)
"""


def test_the_store_opens_without_loading_psycopg_and_the_sync_still_gets_it(tmp_path: Path):
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "store.db")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.splitlines() == ["[]", "Connection"]
