"""When a questionnaire was filled: the time its spreadsheet saved it, read from the file's
properties (docProps/core.xml) leniently, since the newest fill of a respondent wins.

Excel and LibreOffice stamp a whole UTC time ("2026-11-28T14:02:00Z"). Anything else there (a
date alone, a year and month, words, a time without its zone, year 1) is not believed and
never refuses the file: the file's own modification time stands in. No fill time is before
2000 or more than a day ahead of this clock, so a wrong clock cannot make a fill win over
every later one, nor lose to every earlier one, and every time stays printable.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

import defusedxml.ElementTree

from csmaturity_app.store import FUTURE_ALLOWANCE

CORE_PART = "docProps/core.xml"
MAX_CORE_BYTES = 64 * 1024  # a few hundred bytes as spreadsheets write it
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
_MODIFIED = "{http://purl.org/dc/terms/}modified"
# A W3CDTF time to the minute or finer, with its zone (Z or an offset).
_WHOLE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)


def stamped_time(core: bytes | None) -> datetime | None:
    """The save time the properties state, when it is a whole time with its zone; else None."""
    if core is None or len(core) > MAX_CORE_BYTES:
        return None
    try:
        root = defusedxml.ElementTree.fromstring(core)
    except Exception:  # damaged, or a DTD defusedxml refuses: the file's time stands in
        return None
    node = root.find(_MODIFIED)
    text = (node.text or "").strip() if node is not None else ""
    if not _WHOLE_TIME.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # a month 13, a 30 February
        return None


def fill_time(stamped: datetime | None, path: Path, now: datetime) -> str:
    """The fill time of the file at `path` (ISO 8601, UTC, to the microsecond): `stamped`,
    or the file's own modification time when that is missing or before 2000; never before
    2000, and taken as `now` when more than a day ahead of it."""
    moment = stamped if stamped is not None and stamped >= EARLIEST else _file_time(path, now)
    if moment > now + FUTURE_ALLOWANCE:
        moment = now
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _file_time(path: Path, now: datetime) -> datetime:
    try:
        seconds = os.stat(path).st_mtime
    except OSError:
        return now
    return datetime.fromtimestamp(min(max(seconds, EARLIEST.timestamp()), now.timestamp()), UTC)
