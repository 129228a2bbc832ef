"""`translate`: the software's words in the language in effect, from the `.ts` files that Qt
Linguist edits and `pyside6-lupdate` fills (the same files the window's `.qm` are built from).

Only finished translations count: an unfinished or obsolete one reads in English, as Qt does."""

from __future__ import annotations

import sys
import threading
from functools import cache

from csmaturity_app.i18n.language import (
    SOURCE_LANGUAGE,
    TRANSLATIONS_DIR,
    TS_PREFIX,
    current_language,
)

_lock = threading.Lock()


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` (an English source string in `context`) in the language in effect, or `text`
    itself when it has no finished translation. Placeholders such as `{count}` are kept by the
    translator, so `translate(...).format(...)` reads in any language."""
    code = current_language()
    if code == SOURCE_LANGUAGE:
        return text
    return _messages(code).get((context, text, disambiguation or ""), text)


def _messages(code: str) -> dict[tuple[str, str, str], str]:
    with _lock:
        return _load(code)


@cache
def _load(code: str) -> dict[tuple[str, str, str], str]:
    """Parse one `.ts` file once: {(context, source, comment): translation}."""
    from defusedxml import ElementTree  # the file is ours, but parsed without entity expansion

    path = TRANSLATIONS_DIR / f"{TS_PREFIX}{code}.ts"
    if not path.is_file():
        return {}
    found: dict[tuple[str, str, str], str] = {}
    try:
        root = ElementTree.parse(path).getroot()
    except Exception as exc:  # a damaged file: speak the source language, say so once
        print(
            f"csmaturity: warning: {path} cannot be read ({type(exc).__name__}): "
            "its strings read in English",
            file=sys.stderr,
        )
        return {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "obsolete",
                "vanished",
            }:
                continue
            source = message.findtext("source") or ""
            text = translation.text or ""
            if text:
                found[(name, source, message.findtext("comment") or "")] = text
    return found
