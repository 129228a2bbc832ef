"""A guard against a reference-count bug of the PySide6 in use (6.12.0) on Python 3.11.

Every call from Python to a Qt method that returns nothing (`label.setText(...)`,
`series.replace(...)`, ...) hands back `None` without taking a reference to it, so each such
call lowers `None`'s reference count by one. On Python 3.12 and later `None` is immortal and
this does no harm; on 3.11 the count reaches zero after some tens of thousands of calls and the
interpreter aborts ("Fatal Python error: none_dealloc: deallocating None"). Drawing the results
pane makes such calls on every refresh, so a long workshop would end in that crash.

`keep_none_alive()` tops the count up, by keeping references to `None` in a list, whenever it
runs low. It costs one `sys.getrefcount` call, and 8 bytes per reference kept. The lasting
fix is outside this package: a PySide6 without the bug, or Python 3.12 or later.
"""

from __future__ import annotations

import sys

LOW = 50_000  # top up below this many references ...
TOP_UP = 200_000  # ... by this many (1.6 MB), enough for a long session between top-ups
_kept: list[None] = []


def needed() -> bool:
    """Whether `None` can die at all: on Python 3.12 and later it is immortal."""
    return sys.version_info < (3, 12)


def keep_none_alive() -> None:
    if needed() and sys.getrefcount(None) < LOW:
        _kept.extend([None] * TOP_UP)
