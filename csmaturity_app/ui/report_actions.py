"""File > Export report: the PDF report of the selected assessment."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow


def export_report_interactively(window: MainWindow) -> None:
    raise NotImplementedError
