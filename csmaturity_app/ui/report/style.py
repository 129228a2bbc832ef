"""The look of the printed report: page, type and colours.

A report is printed on white paper whatever the application's theme, so it never takes
colours from the application palette: everything drawn (text, charts) uses the light
palette and the colours below.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

DPI = 300  # QPdfWriter's resolution: the report's unit is 1/300 inch
PAGE_WIDTH_MM = 210.0  # A4
PAGE_HEIGHT_MM = 297.0
MARGIN_LEFT_MM = 20.0
MARGIN_RIGHT_MM = 20.0
MARGIN_TOP_MM = 24.0  # the running header sits in it, from page 2
MARGIN_BOTTOM_MM = 22.0  # the footer sits in it
HEADER_MM = 13.0  # from the top edge to the header's baseline rule
FOOTER_MM = 13.0  # from the bottom edge to the footer's rule

TEXT = "#1f2328"
MUTED = "#59636e"
RULE = "#d0d7de"
PANEL = "#f3f5f7"
ACCENT = "#2f6fb5"
WARNING = "#9a5b00"  # unanswered criteria, a draft's status, an overdue action
SHADE = "#fdf3e1"  # behind an overdue action's row (its state says "Overdue" too)

BODY_PT = 9.5
SMALL_PT = 8.0
CHART_PT = 8.0  # the charts' font size, as laid out
# Charts are laid out this much larger than they print (so their labels print at 7.3 pt): at
# 8 pt in the 170 mm of the page, QtCharts elides the longest names of the built-in models
# ("Support-Centric", "Collaboration with support, sales and marketing").
CHART_ZOOM = 1.1


def mm(value: float) -> float:
    """Millimetres in report units."""
    return value * DPI / 25.4


def pt(value: float) -> float:
    """Points in report units."""
    return value * DPI / 72.0


def colour(name: str) -> QColor:
    return QColor(name)


def light_palette() -> QPalette:
    """Dark text on white: for the charts and the text of the report."""
    palette = QPalette()
    role = QPalette.ColorRole
    for r, name in (
        (role.Window, "#ffffff"),
        (role.Base, "#ffffff"),
        (role.AlternateBase, PANEL),
        (role.Text, TEXT),
        (role.WindowText, TEXT),
        (role.ButtonText, TEXT),
        (role.Button, PANEL),
        (role.Highlight, ACCENT),
        (role.HighlightedText, "#ffffff"),
        (role.Link, ACCENT),
        (role.PlaceholderText, MUTED),
    ):
        palette.setColor(r, QColor(name))
    return palette


def font(points: float = BODY_PT, bold: bool = False) -> QFont:
    """The application's font family (what the platform reads best) at a printed size.

    Without ligatures: a client who copies "profile" or searches the PDF for it must find
    the letters f and i, not the single character "\ufb01" of a ligature."""
    result = QFont(QGuiApplication.font().family())
    result.setPointSizeF(points)
    result.setBold(bold)
    if hasattr(QFont, "Tag"):  # font features: Qt 6.7 and later
        for name in ("liga", "clig"):
            tag = QFont.Tag.fromString(name)
            if tag is not None:
                result.setFeature(tag, 0)
    return result


STYLE_SHEET = f"""
body {{ color: {TEXT}; }}
p {{ margin-top: 0; margin-bottom: 0; line-height: 118%; }}
.muted {{ color: {MUTED}; }}
.warning {{ color: {WARNING}; }}
.accent {{ color: {ACCENT}; }}
.label {{ color: {MUTED}; font-weight: bold; }}
h1 {{ font-size: 17pt; font-weight: bold; margin-top: 0; margin-bottom: 0; }}
h2 {{ font-size: 12.5pt; font-weight: bold; margin-top: 0; margin-bottom: 0; }}
h3 {{ font-size: 10.5pt; font-weight: bold; margin-top: 0; margin-bottom: 0; }}
td {{ padding-top: 1.5pt; padding-bottom: 1.5pt; }}
"""
