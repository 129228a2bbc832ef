"""Counts inside messages are grouped as the language groups them: "20 000" in French, not
"20,000" (the message is translated; the number must be too)."""

from __future__ import annotations

import pytest

from csmaturity_app.i18n import formats
from csmaturity_app.store import StoreError, checked_notes
from csmaturity_app.sync.outcome import SyncOutcome

NARROW = "\u202f"  # French groups thousands with a narrow non-breaking space


def test_a_note_too_long_counts_in_french(in_french: None) -> None:
    with pytest.raises(StoreError) as info:
        checked_notes("x" * 20_001)
    message = str(info.value)
    assert f"20{NARROW}000" in message and f"20{NARROW}001" in message
    assert "20,0" not in message


def test_a_note_too_long_counts_in_english() -> None:
    with pytest.raises(StoreError) as info:
        checked_notes("x" * 20_001)
    assert str(info.value) == "a note may have at most 20,000 characters, not 20,001"


def test_a_sync_summary_counts_in_french(in_french: None) -> None:
    lines = SyncOutcome("server", sent=12_345, received=2_500, dropped_here=1_001).describe()
    text = "\n".join(lines)
    for count in (12_345, 2_500, 1_001):
        assert formats.integer(count) in text
    assert "," not in text.replace(", ", "")
