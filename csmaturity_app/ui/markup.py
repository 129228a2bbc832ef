"""Model and user text inside Qt's rich text: tooltips, message boxes, rich labels and every
text of a chart read tags, so such text is escaped here, in one place, before it reaches them.
Labels and message boxes that need no markup are set to plain text instead, which no later
edit of their text can undo."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtGui import Qt


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally. Qt guesses whether a tooltip is rich text, so
    escaped text alone would show its entities: wrapping it in <p> makes it rich text for
    sure (which also wraps long lines)."""
    if not text:
        return ""
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"


def plain_message(text: str) -> str:
    """Text for a box or label that guesses its format (QMessageBox's static functions), shown
    as typed: left as it is unless Qt would take it for markup, then escaped as rich text."""
    return plain_tooltip(text) if Qt.mightBeRichText(text) else text


def escape_mnemonic(text: str) -> str:
    """A name shown on a button, a radio button or a menu action as written: "R&D" would
    otherwise underline the D and lose the "&"."""
    return text.replace("&", "&&")


def chart_text(text: str) -> str:
    """Text for a chart's title, axis, category or legend. QtCharts lays each out as HTML and
    has no plain-text mode: escaped, "<EMEA>" and "R&amp;D" show as typed."""
    return escape(text, quote=False)


def is_web_address(url: str) -> bool:
    """Only http(s) addresses become links: a model file could hold any scheme."""
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def link_html(url: str, text: str | None = None) -> str:
    """A link to a web address, escaped; any other address is shown as plain text."""
    shown = escape(text if text is not None else url)
    if not is_web_address(url):
        return shown
    return f'<a href="{escape(url.strip(), quote=True)}">{shown}</a>'
