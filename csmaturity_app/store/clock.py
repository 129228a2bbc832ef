"""The store's clock: the times it stamps changes with, and how far ahead of this computer's
clock a time from elsewhere may be.

"Newest wins" compares stamps from different laptops, so one wrong clock could win forever.
Two guards: a time more than `FUTURE_ALLOWANCE` ahead of this clock is refused on import
(unless accepted explicitly), and a change made here is stamped after the stamp of what it
replaces, even when this clock runs behind it (set back, or behind a stamp accepted from
elsewhere): a correction made here then still wins over the copy it corrects.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from csmaturity_app.i18n import translate
from csmaturity_app.store.errors import StoreError

# Clocks and time zones set by hand are often off by hours; a day is a wrong clock.
FUTURE_ALLOWANCE = timedelta(days=1)
_TICK = timedelta(microseconds=1)
_DATE = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")


def utc_now() -> str:
    """UTC time as ISO 8601 text, to the microsecond: sorts as it reads, merges across laptops."""
    return stamp(datetime.now(UTC))


def stamp(moment: datetime) -> str:
    """A time in the store's form (UTC, to the microsecond)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def stamp_after(*previous: str | None) -> str:
    """The stamp of a change that replaces records stamped `previous`: now, or just after the
    newest of them when this clock is behind it. Costs no read beyond the records changed."""
    now = utc_now()
    newest = max((p for p in previous if p), default="")
    if newest < now:
        return now
    try:
        return stamp(datetime.fromisoformat(newest) + _TICK)
    except (ValueError, OverflowError):  # not a time this code wrote: ours is a valid one
        return now


def future_limit() -> str:
    """Stamps above this are ahead of this computer's clock by more than the allowance."""
    return stamp(datetime.now(UTC) + FUTURE_ALLOWANCE)


def parse_date(text: str) -> date:
    """A calendar date written YYYY-MM-DD, and only so (not 2026-W01-1 or 20260101, which
    `date.fromisoformat` also reads): stored dates sort and export as they read."""
    if _DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise StoreError(
        translate("store", "{text!r} is not a date written YYYY-MM-DD").format(text=text)
    )
