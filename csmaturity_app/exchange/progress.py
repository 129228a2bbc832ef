"""How long work (an export, an import) reports progress and is cancelled, without Qt."""

from __future__ import annotations

from collections.abc import Callable

from csmaturity_app.errors import UserFacingError

# Called now and then with (done, total), in bytes of the file for an import and in
# assessments for an export. It may raise `Cancelled` to stop the work: nothing is then
# written (an import rolls back, an export leaves no file behind).
Progress = Callable[[int, int], None]


class Cancelled(UserFacingError):
    """The user stopped the work; nothing was changed."""

    def __init__(self, message: str = "cancelled: nothing was changed") -> None:
        super().__init__(message)


def no_progress(_done: int, _total: int) -> None:
    """The default: report nothing."""
