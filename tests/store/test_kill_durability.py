"""Kill a process that is entering answers at random moments: no confirmed answer is ever lost.

A separate process (`answer_writer.py`) records answers through `Store.record_answer`, the
call the wizard makes, and prints one line after each call returns. The test kills it with
SIGKILL at a random moment, keeps every line fully written before the kill (a partial last
line does not count) and then opens the store as the app would after a crash.

The writer is sequential and announces step i before it starts step i+1, so when it dies
after announcing steps 0..L, steps 0..L are committed and step L+1 at most may be as well
(committed, killed before its line was printed). So the whole stored assessment must equal
the state after step L, or the state after step L+1: anything else is a confirmed answer
lost or rolled back, or a change that was never made. The store must also pass
`PRAGMA integrity_check` and open again with `Store.open`.

Trials alternate between one store file that keeps growing (two assessments; the one not
being written must not change) and fresh stores. `CSMATURITY_KILL_TRIALS` sets the number
of trials (a long run: CSMATURITY_KILL_TRIALS=300), `CSMATURITY_KILL_SEED` the seed. The
same runs on an encrypted store (SQLCipher), with half as many trials: its pages and -wal
frames are written encrypted, and a torn one must be as harmless as a plain one.
"""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

WRITER = Path(__file__).with_name("answer_writer.py")
TRIALS = int(os.environ.get("CSMATURITY_KILL_TRIALS", "12"))
SEED = int(os.environ.get("CSMATURITY_KILL_SEED", "20240611"))
STEPS = 100_000  # far more than a writer gets through before the kill (made lazily)
MAX_DELAY_S = 0.150  # the kill lands 0-150 ms after the first confirmation
STARTUP_TIMEOUT_S = 60
# SIGKILL on POSIX; on Windows Popen.kill() is TerminateProcess, which exits with 1.
KILLED = -signal.SIGKILL if os.name == "posix" else 1
PASSPHRASE = "kill test passphrase"


def _load_writer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("csm_answer_writer", WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


writer = _load_writer()

Value = tuple[int | None, bool, str]  # score, not applicable, notes
State = dict[str, Value]


@dataclass
class Totals:
    trials: int = 0
    killed_mid_stream: int = 0
    confirmed_checked: int = 0
    committed_unconfirmed: int = 0  # the step after the last line was on disk: allowed
    partial_lines: int = 0
    max_confirmed: int = 0
    min_confirmed: int = STEPS


def _states(base: State, steps: list) -> list[State]:  # type: ignore[type-arg]
    """states[i] is the assessment after the first i steps (states[0] is `base`)."""
    states = [dict(base)]
    for step in steps:
        current = dict(states[-1])
        previous = current.get(step.criterion_id)
        notes = step.notes  # None keeps the notes already stored ("" on a new answer)
        if notes is None:
            notes = previous[2] if previous else ""
        current[step.criterion_id] = (step.score, step.not_applicable, notes)
        states.append(current)
    return states


def _confirmation(state: State, criterion_id: str) -> bytes:
    score, not_applicable, notes = state[criterion_id]
    value = writer.value_text(score, not_applicable)
    return f"confirmed {criterion_id} {value} {writer.notes_digest(notes)}".encode("ascii")


def _shown(value: Value | None) -> str:
    """An answer in a failure message: the notes by length and digest, not in full."""
    if value is None:
        return "no answer"
    score, not_applicable, notes = value
    digest = writer.notes_digest(notes)[:12]
    return f"{writer.value_text(score, not_applicable)}, notes {len(notes)} chars sha1 {digest}"


def _stored(store: Store, assessment_id: str) -> State:
    answers = store.answers(assessment_id)
    return {c: (a.score, a.not_applicable, a.notes) for c, a in answers.items()}


def _check_store(path: Path, passphrase: str | None) -> dict[str, State]:
    """Open the store as the app does after a crash; check it; return every assessment's answers."""
    with Store.open(path, passphrase=passphrase) as store:
        assert store.encrypted == (passphrase is not None)
        integrity = store.db.execute_sql("PRAGMA integrity_check").fetchall()
        assert integrity == [("ok",)], f"{path}: integrity_check says {integrity}"
        broken_keys = store.db.execute_sql("PRAGMA foreign_key_check").fetchall()
        assert broken_keys == [], f"{path}: foreign_key_check says {broken_keys}"
        return {a.id: _stored(store, a.id) for a in store.assessments()}


def _new_assessment(path: Path, model: MaturityModel, name: str, passphrase: str | None) -> str:
    with Store.open(path, passphrase=passphrase) as store:
        org = store.create_organization(name)
        return store.create_assessment(org.id, model, "Kill Test").id


def _run_writer(
    path: Path,
    assessment_id: str,
    seed: int,
    delay: float,
    stderr_path: Path,
    passphrase: str | None,
) -> tuple[bytes, int]:
    """Start a writer, kill it `delay` s after its first confirmation; return stdout and rc."""
    command = [sys.executable, str(WRITER), str(path), assessment_id, str(seed), str(STEPS)]
    command += [passphrase] if passphrase is not None else []
    chunks: list[bytes] = []
    started = threading.Event()
    with (
        stderr_path.open("wb") as stderr,
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr) as proc,
    ):
        stdout = proc.stdout
        assert stdout is not None

        def drain() -> None:  # keep the pipe empty, so the writer never blocks on a print
            while data := stdout.read1(65536):
                chunks.append(data)
                started.set()
            started.set()  # end of output: the writer died before confirming anything

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        try:
            assert started.wait(STARTUP_TIMEOUT_S), "the writer confirmed nothing in time"
            time.sleep(delay)
        finally:
            proc.kill()  # SIGKILL; nothing if it has exited already
            proc.wait()
            reader.join()  # reads what was written before the kill, up to end of file
    return b"".join(chunks), proc.returncode


def _trial(
    n: int,
    path: Path,
    assessment_id: str,
    before: dict[str, State],
    model: MaturityModel,
    rng: random.Random,
    totals: Totals,
    tmp_path: Path,
    passphrase: str | None,
) -> dict[str, State]:
    seed = rng.randrange(2**32)
    delay = rng.uniform(0, MAX_DELAY_S)
    where = f"trial {n} (seed {seed}, kill after {delay * 1000:.0f} ms, {path.name})"
    output, returncode = _run_writer(
        path, assessment_id, seed, delay, tmp_path / f"writer-{n}.stderr", passphrase
    )
    stderr = (tmp_path / f"writer-{n}.stderr").read_text(errors="replace")
    assert returncode in (KILLED, 0), f"{where}: the writer failed ({returncode}):\n{stderr}"

    *lines, partial = output.split(b"\n")  # a last line without its newline does not count
    confirmed = len(lines)
    assert confirmed > 0, f"{where}: no confirmation before the kill:\n{stderr}"
    criterion_ids = [c.id for c in model.criteria]
    steps = list(islice(writer.plan(seed, criterion_ids, model.max_score, STEPS), confirmed + 1))
    states = _states(before[assessment_id], steps)
    for i, line in enumerate(lines):
        expected = _confirmation(states[i + 1], steps[i].criterion_id)
        assert line == expected, f"{where}: line {i} is {line!r}, the plan says {expected!r}"

    after = _check_store(path, passphrase)
    stored = after[assessment_id]
    allowed = states[confirmed : confirmed + 2]  # the last confirmed state, or one step on
    if stored not in allowed:
        last = states[confirmed]
        lost = {
            c: {"confirmed": _shown(last.get(c)), "stored": _shown(stored.get(c))}
            for c in sorted(set(last) | set(stored))
            if last.get(c) != stored.get(c)
        }
        raise AssertionError(
            f"{where}: after {confirmed} confirmed answers the store differs from the last "
            f"confirmed state (and from the one step after it) in {sorted(lost)}: {lost}"
        )
    for other, answers in before.items():
        if other != assessment_id:
            assert after[other] == answers, f"{where}: assessment {other} changed"

    totals.trials += 1
    totals.confirmed_checked += confirmed
    totals.partial_lines += bool(partial)
    totals.max_confirmed = max(totals.max_confirmed, confirmed)
    totals.min_confirmed = min(totals.min_confirmed, confirmed)
    if returncode == KILLED and confirmed < STEPS:
        totals.killed_mid_stream += 1
    if stored != states[confirmed]:
        totals.committed_unconfirmed += 1
    return after


@pytest.mark.parametrize(
    "passphrase",
    [pytest.param(None, id="plain", marks=pytest.mark.plain_store), PASSPHRASE],
    ids=["plain", "encrypted"],
)
def test_confirmed_answers_survive_sigkill_at_random_moments(
    tmp_path: Path, tsia: MaturityModel, record_property, passphrase: str | None
) -> None:
    rng = random.Random(SEED)
    totals = Totals()
    trials = TRIALS if passphrase is None else max(2, TRIALS // 2)

    growing = tmp_path / "growing.db"
    growing_ids = [_new_assessment(growing, tsia, f"Growing {k}", passphrase) for k in range(2)]
    growing_state = _check_store(growing, passphrase)

    for n in range(trials):
        if n % 2 == 0:  # the same file again: it keeps every earlier trial's answers
            target = rng.choice(growing_ids)
            growing_state = _trial(
                n, growing, target, growing_state, tsia, rng, totals, tmp_path, passphrase
            )
        else:
            fresh = tmp_path / f"fresh-{n}.db"
            target = _new_assessment(fresh, tsia, f"Fresh {n}", passphrase)
            before = _check_store(fresh, passphrase)
            _trial(n, fresh, target, before, tsia, rng, totals, tmp_path, passphrase)

    kind = "encrypted" if passphrase else "plain"
    print(
        f"\nkill durability ({kind}): {totals.trials} trials (seed {SEED}), "
        f"{totals.killed_mid_stream} killed mid-stream, "
        f"{totals.confirmed_checked} confirmed answers checked "
        f"({totals.min_confirmed}-{totals.max_confirmed} per trial), "
        f"{totals.committed_unconfirmed} with the next answer committed but unconfirmed, "
        f"{totals.partial_lines} with a partial last line; no loss"
    )
    record_property("case", f"SIGKILL during answer entry ({kind})")
    record_property("tried", totals.trials)
    record_property("note", f"{totals.confirmed_checked} confirmed answers checked")
    assert totals.trials == trials
    # The test can fail only if kills land while answers are being written.
    assert totals.killed_mid_stream >= 1
    assert totals.confirmed_checked > 0
    assert sum(len(answers) for answers in growing_state.values()) > 0
