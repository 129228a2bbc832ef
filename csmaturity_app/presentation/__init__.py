"""One presentation of results, without Qt: how a scored assessment reads (verdict, stages,
dimensions, next steps, what is still open) and how its figures are written. The command line,
the results pane, the report and the wizard all read it, so they say the same thing.

The names below are loaded when first asked for (PEP 562): dialogs the window loads at start
read `presentation.numbers` or `presentation.words`, and importing those runs this file,
which must not then load `presentation.results` (it costs start-up time, unused until then).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from csmaturity_app.presentation.numbers import (
        UNANSWERED,
        answer_text,
        change_text,
        counted,
        index_axis,
        index_scale,
        index_text,
        not_in_version_text,
        percent_text,
        plural,
        rating_text,
        threshold_text,
        unanswered_text,
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
    from csmaturity_app.presentation.words import capitalized

__all__ = [
    "UNANSWERED",
    "DimensionRow",
    "NextStep",
    "NextSteps",
    "Presentation",
    "StageRow",
    "Verdict",
    "answer_text",
    "capitalized",
    "change_text",
    "counted",
    "index_axis",
    "index_scale",
    "index_text",
    "not_in_version_text",
    "percent_text",
    "plural",
    "present",
    "present_scored",
    "rating_text",
    "threshold_text",
    "unanswered_text",
    "whole_percent",
]

# where each name above lives that is not in `numbers`
_HOMES = dict.fromkeys(
    (
        "DimensionRow",
        "NextStep",
        "NextSteps",
        "Presentation",
        "StageRow",
        "Verdict",
        "present",
        "present_scored",
    ),
    "results",
) | {"capitalized": "words"}


def __getattr__(name: str) -> object:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOMES.get(name, 'numbers')}"), name)
    globals()[name] = value  # looked up once
    return value
