"""Kill the wizard once it has saved typed private notes: they are in the store file.

A child process (`private_notes_typist.py`) runs the real wizard offscreen and types private
notes into a criterion's field. It says ``typed`` when the keys are in, and ``saved`` when
the wizard's pause after typing has written them (nothing else saves them there: the field
keeps the focus and the window stays open). The test then kills it with SIGKILL, as a crash
or a power cut would, and opens the store as the app does after one: the private notes are
there, the client's notes untouched, and the file whole.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

TYPIST = Path(__file__).with_name("private_notes_typist.py")
LINE_TIMEOUT_S = 60  # a slow machine starting Qt; the test waits on lines, never sleeps
TEXT = "Budget owner leaves in June; do not tell the client yet <i>(R&D)</i>"


def _lines(stream) -> queue.Queue[str]:  # type: ignore[no-untyped-def]
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line.strip())
        lines.put("")  # end of output

    threading.Thread(target=read, daemon=True).start()
    return lines


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX's")
def test_typed_private_notes_survive_sigkill_once_saved(
    tmp_path: Path, store_path: Path, tsia: MaturityModel
) -> None:
    criterion_id = "N03"  # on a later page than the one the wizard opens on
    with Store.open(store_path) as store:
        org = store.create_organization("Acme Software")
        assessment = store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14))
        store.record_notes(assessment.id, criterion_id, "For the client")
    settings = tmp_path / "settings"
    settings.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, str(TYPIST), str(store_path), assessment.id, criterion_id, str(settings)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(TEXT)
        child.stdin.close()
        lines = _lines(child.stdout)
        try:
            assert lines.get(timeout=LINE_TIMEOUT_S) == "typed"
            assert lines.get(timeout=LINE_TIMEOUT_S) == "saved"
        finally:
            child.kill()  # SIGKILL: no closeEvent, no aboutToQuit, nothing flushed
            child.wait()
        assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""

    with Store.open(store_path) as store:
        assert store.db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        answer = store.answers(assessment.id)[criterion_id]
    assert answer.private_notes == TEXT
    assert answer.notes == "For the client"
