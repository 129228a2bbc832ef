"""Model and user text inside Qt's rich text: tooltips, message boxes and rich labels read
tags, so such text is escaped here, in one place, before it reaches them."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally. Qt guesses whether a tooltip is rich text, so
    escaped text alone would show its entities: wrapping it in <p> makes it rich text for
    sure (which also wraps long lines)."""
    if not text:
        return ""
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"


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
