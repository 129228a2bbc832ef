"""A child process for the respondents' kill test: rates as respondents until killed.

Run as a script: ``python rating_writer.py STORE ASSESSMENT_ID SEED``. It walks the ratings
`plan` makes from SEED over the assessment's respondents, and after each
`record_respondent_answer` returns prints ``confirmed <step>`` and flushes it: a line the
parent can read is a rating the application told the user was saved.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

Rating = tuple[str, str, int | None, bool]  # respondent id, criterion id, score, n/a


def plan(seed: int, respondent_ids: list[str], criterion_ids: list[str]) -> Iterator[Rating]:
    """The ratings a writer with this seed gives, in order (deterministic, endless)."""
    rng = random.Random(seed)
    while True:
        kind = rng.random()
        score = None if kind < 0.1 else rng.randint(0, 3)
        yield (
            rng.choice(respondent_ids),
            rng.choice(criterion_ids),
            score,
            0.1 <= kind < 0.2,
        )


def main(store_path: str, assessment_id: str, seed: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from csmaturity_app.store import Store

    with Store.open(store_path) as store:
        people = [r.id for r in store.respondents(assessment_id)]
        criteria = [c.id for c in store.model_of(assessment_id).criteria[:6]]
        print("ready", flush=True)
        for step, (who, criterion, score, na) in enumerate(plan(seed, people, criteria)):
            store.record_respondent_answer(who, criterion, None if na else score, na)
            print(f"confirmed {step}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
