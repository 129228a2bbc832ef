"""Setting a widget property only when it changes: a refresh then makes a handful of Qt calls
and repaints, not hundreds. Apart from `charts` so that the pane uses it before QtCharts is
imported (see `ResultsPane.build_charts`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def update(getter: Callable[[], T], setter: Callable[[T], object], value: T) -> None:
    """Set a property only if it changes (fewer Qt calls and repaints on each refresh)."""
    if getter() != value:
        setter(value)
