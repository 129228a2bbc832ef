"""Saving a chart as PNG and copying it to the clipboard: one helper for every chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

FOLDER_KEY = "results/export_folder"


def chart_pixmap(view: QWidget) -> QPixmap:
    """The chart as the user sees it (grab() paints the widget, shown or not)."""
    return view.grab()


def copy_chart(view: QWidget) -> None:
    QGuiApplication.clipboard().setPixmap(chart_pixmap(view))


def default_folder() -> str:
    saved = QSettings().value(FOLDER_KEY, "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return saved
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures if pictures and Path(pictures).is_dir() else str(Path.home())


def save_chart(view: QWidget, file_name: str, parent: QWidget | None = None) -> Path | None:
    """Ask where to save the chart (proposing `file_name`), then write it as PNG.

    Returns the file written, or None when the user cancelled. Raises OSError when the file
    could not be written (the caller tells the user).
    """
    proposed = str(Path(default_folder()) / file_name)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent or view,
        QCoreApplication.translate("ChartExport", "Save chart as PNG"),
        proposed,
        QCoreApplication.translate("ChartExport", "PNG image (*.png)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    if not chart_pixmap(view).save(str(path), "PNG"):
        raise OSError(
            QCoreApplication.translate(
                "ChartExport",
                "Could not write {path}: check that the folder exists and is writable.",
            ).format(path=path)
        )
    QSettings().setValue(FOLDER_KEY, str(path.parent))
    return path
