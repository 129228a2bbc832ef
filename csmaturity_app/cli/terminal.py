"""What the command line needs of the terminal it writes to."""

from __future__ import annotations

import contextlib
import sys


def tolerate_narrow_encodings() -> None:
    """A terminal that cannot write every character (Latin-1, ASCII) shows "?" for the ones it
    lacks (the French apostrophe and narrow spaces, English curly quotes), rather than the
    command failing midway."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError, AttributeError):
                reconfigure(errors="replace")
