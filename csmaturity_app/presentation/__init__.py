"""One presentation of results, without Qt: how a scored assessment reads (verdict, stages,
dimensions, next steps, what is still open) and how its figures are written. The command line,
the results pane, the report and the wizard all read it, so they say the same thing."""

from csmaturity_app.presentation.numbers import (
    NOT_IN_VERSION,
    UNANSWERED,
    answer_text,
    index_axis,
    index_scale,
    index_text,
    percent_text,
    rating_text,
    threshold_text,
    whole_percent,
)
from csmaturity_app.presentation.results import (
    DimensionRow,
    NextStep,
    NextSteps,
    Presentation,
    StageRow,
    Verdict,
    present,
    present_scored,
)

__all__ = [
    "NOT_IN_VERSION",
    "UNANSWERED",
    "DimensionRow",
    "NextStep",
    "NextSteps",
    "Presentation",
    "StageRow",
    "Verdict",
    "answer_text",
    "index_axis",
    "index_scale",
    "index_text",
    "percent_text",
    "present",
    "present_scored",
    "rating_text",
    "threshold_text",
    "whole_percent",
]
