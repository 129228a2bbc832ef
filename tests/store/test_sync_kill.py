"""A laptop killed (SIGKILL) in the middle of a sync, after merging everything it pulled and
recording the sync but before committing: the store is as it was, and the next sync
completes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from team_replica import TeamReplica, sync, synced_rows

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

HOLDER = Path(__file__).with_name("sync_holder.py")
# SIGKILL on POSIX; on Windows Popen.kill() is TerminateProcess, which exits with 1.
KILLED = -signal.SIGKILL if os.name == "posix" else 1


def test_a_laptop_killed_inside_its_sync_transaction_is_left_as_it_was(
    tmp_path: Path, tsia: MaturityModel
):
    server = TeamReplica()
    with Store.open(tmp_path / "a.db") as a:
        org = a.create_organization("Acme")
        assessment = a.create_assessment(org.id, tsia, "Ann")
        for criterion in tsia.criteria:
            a.record_answer(assessment.id, criterion.id, 2)
        sync(a, server)
    laptop = tmp_path / "b.db"
    with Store.open(laptop) as b:
        b.create_organization("Only on B")
        before = synced_rows(b)
    pulled = tmp_path / "pulled.json"
    pulled.write_text(
        json.dumps({"server_id": server.id, "seq": server.seq, "rows": server.pull(0)}),
        encoding="utf-8",
    )

    with subprocess.Popen(
        [sys.executable, str(HOLDER), str(laptop), str(pulled)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline() == f"inside {len(tsia.criteria)}\n"
        finally:
            holder.kill()
            holder.wait()
    assert holder.returncode == KILLED

    with Store.open(laptop) as b:
        assert synced_rows(b) == before
        assert not b.sync_state().ever_synced
        sync(b, server)  # the next sync completes
        assert {o.name for o in b.organizations()} == {"Acme", "Only on B"}
        assert len(b.answers(assessment.id)) == len(tsia.criteria)
