"""Small wording helpers that import nothing: dialogs loaded at the window's start use them,
and must not pull in the rest of the presentation to do so."""

from __future__ import annotations


def capitalized(text: str) -> str:
    """ "not yet Phase 1 Forming" -> "Not yet Phase 1 Forming" (the rest left as it is)."""
    return text[:1].upper() + text[1:]
