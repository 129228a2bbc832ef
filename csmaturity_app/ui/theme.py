"""Light and dark palettes (Fusion style), or the system's own look."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")


def apply_theme(app: QApplication, theme: str) -> None:
    if theme not in THEMES:
        theme = "system"
    if theme == "system":
        app.setPalette(app.style().standardPalette())
        return
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())


def dark_palette() -> QPalette:
    role = QPalette.ColorRole
    palette = QPalette()
    base, window, text = QColor(30, 31, 34), QColor(43, 45, 48), QColor(223, 225, 229)
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor(38, 40, 43)),
        (role.ToolTipBase, window),
        (role.ToolTipText, text),
        (role.Text, text),
        (role.Button, QColor(52, 54, 58)),
        (role.ButtonText, text),
        (role.BrightText, QColor(255, 107, 107)),
        (role.Link, QColor(120, 170, 255)),
        (role.Highlight, QColor(64, 120, 200)),
        (role.HighlightedText, QColor(255, 255, 255)),
        (role.PlaceholderText, QColor(140, 143, 150)),
        (role.Mid, QColor(70, 72, 76)),
        (role.Midlight, QColor(60, 62, 66)),
        (role.Dark, QColor(24, 25, 27)),
        (role.Light, QColor(80, 82, 86)),
    ):
        palette.setColor(r, colour)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(disabled, r, QColor(120, 122, 128))
    return palette
