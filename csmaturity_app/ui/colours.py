"""Colours drawn from others (`mix`), and the colour of each stage, the same wherever a stage
is drawn (the results charts, the report, the wizard's summary).

One palette of six distinct colours (Okabe-Ito, readable by most colour-blind readers and on
light and dark backgrounds), indexed by the stage's LEVEL, so that a stage keeps its colour in
every chart and both models' "Level 2" / "Phase 2" match. A stage not achieved is drawn in its
colour faded towards the background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

# Okabe-Ito, by stage level 0..5 (a level above 5 wraps round).
STAGE_COLOURS = ("#56B4E9", "#E69F00", "#009E73", "#0072B2", "#CC79A7", "#D55E00")
FADE = 0.6  # how far a stage not achieved is faded towards the background


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`amount` of b into a (0: a, 1: b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def stage_colour(level: int) -> QColor:
    """The colour of a stage, by its level (the same in every chart)."""
    return QColor(STAGE_COLOURS[level % len(STAGE_COLOURS)])


def faded(colour: QColor, background: QColor) -> QColor:
    """A stage not achieved: its colour, faded towards the background."""
    return mix(colour, background, FADE)
