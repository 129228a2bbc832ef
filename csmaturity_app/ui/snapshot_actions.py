"""File > Import snapshot and File > Export snapshot: file dialogs, the import plan, and the
work itself off the GUI thread with a progress dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow


def import_snapshot_interactively(window: MainWindow) -> None:
    raise NotImplementedError


def export_snapshot_interactively(window: MainWindow) -> None:
    raise NotImplementedError
