"""First sizes and restored geometries that fit the screen.

A window's own size (the main window's 1280x760) runs past the bottom of a 1366x768 laptop
screen once the title bar and a task bar are counted, hiding the status bar; a geometry saved
on a bigger screen does the same when restored on a smaller one. So every size is capped to
the available geometry of the window's screen, leaving room for the window frame.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Of the available width and height, what a window's contents may take: the rest is left to
# the frame (title bar, borders), whose size is not known before the window is shown.
WIDTH_SHARE = 0.95
HEIGHT_SHARE = 0.9


def _screen(widget: QWidget) -> QScreen | None:
    return widget.screen() or QGuiApplication.primaryScreen()


def room(widget: QWidget) -> QRect:
    """Where the window's contents may go: its screen's available geometry, less the frame."""
    screen = _screen(widget)
    if screen is None:
        return QRect(0, 0, 1 << 16, 1 << 16)
    available = screen.availableGeometry()
    width = int(available.width() * WIDTH_SHARE)
    height = int(available.height() * HEIGHT_SHARE)
    left = available.left() + (available.width() - width) // 2
    top = available.top() + (available.height() - height) // 2
    return QRect(left, top, width, height)


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to `width` x `height`, or less where the screen is smaller."""
    space = room(widget)
    widget.resize(
        max(min(width, space.width()), widget.minimumWidth()),
        max(min(height, space.height()), widget.minimumHeight()),
    )


def restore_geometry(widget: QWidget, saved: object, width: int, height: int) -> None:
    """Restore a saved geometry (from `saveGeometry`), made to fit this screen; without one,
    or one Qt cannot read, the size `width` x `height`, made to fit."""
    if not (
        isinstance(saved, QByteArray) and not saved.isEmpty() and widget.restoreGeometry(saved)
    ):
        resize_to_fit(widget, width, height)
        return
    fit_on_screen(widget)


def fit_on_screen(widget: QWidget) -> None:
    """Shrink the window to the room on its screen if it is bigger, and move it inside."""
    if widget.isMaximized() or widget.isFullScreen():
        return  # the window system sizes those to the screen itself
    space = room(widget)
    geometry = widget.geometry()
    width = min(geometry.width(), space.width())
    height = min(geometry.height(), space.height())
    if (width, height) != (geometry.width(), geometry.height()):
        widget.resize(width, height)
    screen = _screen(widget)
    available = screen.availableGeometry() if screen is not None else space
    # Inside the available geometry, keeping the bottom margin `room` keeps for the frame.
    bottom = available.top() + available.height() - (available.height() - space.height()) // 2
    x = min(max(geometry.x(), available.left()), available.left() + available.width() - width)
    y = min(max(geometry.y(), available.top()), bottom - height)
    if (x, y) != (geometry.x(), geometry.y()):
        widget.move(x, y)
