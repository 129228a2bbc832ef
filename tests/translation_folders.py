"""Model translations of a test's own: looked up in the test's folders only (the versions CS
Maturity ships too), with lookup caches of the test's own, put back afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from csmaturity_app.maturity import translation


def only_these_translations(monkeypatch: pytest.MonkeyPatch, *folders: Path) -> None:
    """Translations are found in `folders`, in order, and nowhere else, for this test."""
    monkeypatch.setattr(translation, "_folders", list(folders))
    monkeypatch.setattr(translation, "_shipped_folders", list(folders))
    monkeypatch.setattr(translation, "_files", {})
