"""Kill a process rating as respondents at random moments: no confirmed rating is lost, and the
consensus on disk is always the median of the ratings on disk (both are written in one
transaction, so a crash can never leave one without the other)."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest
from rating_writer import plan

from csmaturity_app.maturity import AnswerValue, MaturityModel
from csmaturity_app.maturity.consensus import median_consensus
from csmaturity_app.store import Store

WRITER = Path(__file__).with_name("rating_writer.py")
TRIALS = 4


def _ratings(path: Path) -> dict[tuple[str, str], tuple[int | None, bool]]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {
            (r, c): (s, bool(na))
            for r, c, s, na in conn.execute(
                "SELECT respondent_id, criterion_id, score, not_applicable FROM respondent_answer"
            )
        }
    finally:
        conn.close()


def _after(steps: list[tuple[str, str, int | None, bool]]) -> dict:  # type: ignore[type-arg]
    state = {}
    for who, criterion, score, na in steps:
        state[who, criterion] = (None if na else score, na)
    return state


@pytest.mark.parametrize("trial", range(TRIALS))
def test_a_killed_workshop_keeps_every_confirmed_rating_and_a_consistent_consensus(
    tmp_path: Path, tsia: MaturityModel, trial: int
):
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        org = store.create_organization("Acme")
        assessment = store.create_assessment(org.id, tsia, assessor="Alex").id
        for name in ("Pat", "Sam", "Lee"):
            store.add_respondent(assessment, name)
        people = [r.id for r in store.respondents(assessment)]
        criteria = [c.id for c in tsia.criteria[:6]]
    seed = 7000 + trial
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), assessment, str(seed)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    wanted = random.Random(seed).randint(5, 60)
    confirmed = -1
    while confirmed < wanted:
        line = child.stdout.readline()
        assert line.startswith("confirmed "), line
        confirmed = int(line.split()[1])
    time.sleep(random.Random(seed).random() * 0.05)  # the kill lands mid-rating, at random
    child.send_signal(signal.SIGKILL)
    rest = child.stdout.read()
    child.stdout.close()
    child.wait()
    assert child.returncode == -signal.SIGKILL
    confirmed += sum(1 for line in rest.splitlines() if line.startswith("confirmed "))

    steps = list(islice(plan(seed, people, criteria), confirmed + 2))
    stored = _ratings(path)
    assert stored in (_after(steps[: confirmed + 1]), _after(steps[: confirmed + 2]))

    with Store.open(path) as store:
        view = store.respondents_view(assessment)
    for criterion in criteria:
        ratings = [
            AnswerValue(None, True) if na else AnswerValue(score, False)
            for (who, c), (score, na) in stored.items()
            if c == criterion
        ]
        answer = view.consensus.get(criterion)
        got = answer.rating if answer is not None and answer.rating.answered else None
        assert got == median_consensus(ratings), criterion
