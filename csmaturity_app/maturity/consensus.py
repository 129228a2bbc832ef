"""Several respondents: the consensus rule and the spread of their ratings (see DESIGN.md).

- The consensus of a criterion is what the facilitator sets. Until then it is the median of
  the respondents who rated it, rounded down (the cautious choice: [1, 2] gives 1, [1, 3]
  gives 2), and not applicable only when most of those who answered say so (more than half:
  two of four is not a majority).
- The spread is the range of the scores given (not applicable left out); the respondents
  disagree at a range of `DISAGREEMENT_RANGE` or more.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from csmaturity_app.maturity.scoring import AnswerValue

DISAGREEMENT_RANGE = 2


def median_consensus(ratings: Iterable[AnswerValue | None]) -> AnswerValue | None:
    """The consensus the respondents' ratings give (None or unanswered ratings are left out);
    None when nobody rated the criterion."""
    given = [r for r in ratings if r is not None and r.answered]
    if not given:
        return None
    not_applicable = sum(r.not_applicable for r in given)
    if 2 * not_applicable > len(given):
        return AnswerValue(None, True)
    # not all said not applicable (that is a majority), so someone gave a score
    scores = [r.score for r in given if r.score is not None]
    return AnswerValue(math.floor(statistics.median(scores)), False)


@dataclass(frozen=True)
class Spread:
    """How far the respondents' scores lie apart on one criterion."""

    low: int | None  # None: no score given (nobody rated it, or only as not applicable)
    high: int | None
    scored: int  # how many gave a score
    not_applicable: int  # how many said not applicable

    @property
    def range(self) -> int | None:
        return None if self.low is None or self.high is None else self.high - self.low

    @property
    def disagreement(self) -> bool:
        return self.range is not None and self.range >= DISAGREEMENT_RANGE


def spread_of(ratings: Iterable[AnswerValue | None]) -> Spread:
    given = [r for r in ratings if r is not None and r.answered]
    scores = [r.score for r in given if r.score is not None]
    return Spread(
        low=min(scores) if scores else None,
        high=max(scores) if scores else None,
        scored=len(scores),
        not_applicable=sum(r.not_applicable for r in given),
    )
