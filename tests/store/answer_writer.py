"""A child process for the kill test: enters answers through `Store.record_answer` until killed.

Run as a script: ``python answer_writer.py STORE ASSESSMENT_ID SEED STEPS [PASSPHRASE]``
(the passphrase of an encrypted store). It opens the store, then walks a sequence of answer
changes planned from SEED (the same `plan` the test calls, so the test knows what every step
wrote), and after each `record_answer` returns prints one line
``confirmed <criterion_id> <score|NA|-> <sha1 of the stored notes>`` and flushes it: a line
the parent can read is an answer the app told the user was saved.
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Text that exercises the encoding: accents, CJK, RTL, emoji (astral plane), combining marks,
# quotes, SQL-looking text, tabs and newlines.
_PIECES = (
    "renewal",
    "churn risk",
    "QBR done",
    "Müller & Söhne",
    "naïve café",
    "顧客成功",
    "مرحبا",
    "עברית",
    "🚀📈✅",
    "👩🏽‍💻",
    "e\u0301",
    "'; DROP TABLE answer; --",
    '"quoted"',
    "\t",
    "\n",
    "line\r\nbreak",
    "∑ NPS ≥ 40",
    "ÆØÅ",
)


@dataclass(frozen=True)
class Step:
    """One call of `record_answer`; notes=None keeps the notes already stored."""

    criterion_id: str
    score: int | None
    not_applicable: bool
    notes: str | None


def plan(seed: int, criterion_ids: list[str], max_score: int, steps: int) -> Iterator[Step]:
    """The changes a writer with this seed makes, in order (deterministic), made as needed."""
    rng = random.Random(seed)
    for _ in range(steps):
        criterion_id = rng.choice(criterion_ids)
        kind = rng.random()
        if kind < 0.15:
            score, not_applicable = None, True
        elif kind < 0.22:
            score, not_applicable = None, False  # rating cleared, notes kept or written
        else:
            score, not_applicable = rng.randint(0, max_score), False
        shape = rng.random()
        if shape < 0.25:
            notes = None
        elif shape < 0.35:
            notes = ""
        elif shape < 0.9:
            notes = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        else:  # long: several pages of text, so a change spans more than one database page
            notes = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(200, 1500)))
        yield Step(criterion_id, score, not_applicable, notes)


def value_text(score: int | None, not_applicable: bool) -> str:
    if not_applicable:
        return "NA"
    return "-" if score is None else str(score)


def notes_digest(notes: str) -> str:
    return hashlib.sha1(notes.encode("utf-8")).hexdigest()


def main(argv: list[str]) -> int:
    from csmaturity_app.store import Store

    store_path, assessment_id, seed, steps = Path(argv[0]), argv[1], int(argv[2]), int(argv[3])
    passphrase = argv[4] if len(argv) > 4 else None
    out = sys.stdout.buffer
    with Store.open(store_path, passphrase=passphrase) as store:
        model = store.model_of(assessment_id)
        criterion_ids = [c.id for c in model.criteria]
        for step in plan(seed, criterion_ids, model.max_score, steps):
            record = store.record_answer(
                assessment_id, step.criterion_id, step.score, step.not_applicable, step.notes
            )
            line = (
                f"confirmed {record.criterion_id} "
                f"{value_text(record.score, record.not_applicable)} {notes_digest(record.notes)}\n"
            )
            out.write(line.encode("ascii"))
            out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
