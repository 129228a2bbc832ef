"""An organization's progression over time: the maturity index of each completed assessment,
one series per maturity model (the progression chart draws one line per series). Pure.

- Only completed assessments are points; drafts are left out (their index is not final).
- Versions of one maturity model (same model id) make one series: criteria may differ, but
  the index is on the same stage scale.
- Points are in date order; assessments of the same date stay in the order given, which
  callers make the order of creation.
- A series is titled as its latest point's model version is; series are ordered by title,
  then model id, so the legend reads the same every time. A model without a completed
  assessment has no series.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from csmaturity_app.maturity.scoring import AssessmentResult

COMPLETE = "complete"  # the status of a completed assessment (store.records.STATUSES)


class ScoredAssessment(NamedTuple):
    """One assessment with its scoring; a plain tuple in this order does as well."""

    assessment_id: str
    model_id: str
    model_title: str
    assessed_on: date
    status: str
    result: AssessmentResult


@dataclass(frozen=True)
class ProgressionPoint:
    assessed_on: date
    maturity_index: float
    placed_label: str
    assessment_id: str
    placed_level: int


@dataclass(frozen=True)
class ProgressionSeries:
    model_id: str
    title: str
    points: tuple[ProgressionPoint, ...]


def build_progression(
    assessments: Iterable[ScoredAssessment | tuple[str, str, str, date, str, AssessmentResult]],
) -> list[ProgressionSeries]:
    """The progression series of the given assessments (in order of creation)."""
    by_model: dict[str, list[tuple[ProgressionPoint, str]]] = {}
    for assessment_id, model_id, title, assessed_on, status, result in assessments:
        if status != COMPLETE:
            continue
        point = ProgressionPoint(
            assessed_on=assessed_on,
            maturity_index=result.maturity_index,
            placed_label=result.placed_label,
            assessment_id=assessment_id,
            placed_level=result.placed_level,
        )
        by_model.setdefault(model_id, []).append((point, title))
    series = []
    for model_id, entries in by_model.items():
        entries.sort(key=lambda entry: entry[0].assessed_on)  # stable: same date, given order
        series.append(
            ProgressionSeries(
                model_id=model_id,
                title=entries[-1][1],
                points=tuple(point for point, _ in entries),
            )
        )
    series.sort(key=lambda s: (s.title.casefold(), s.model_id))
    return series
