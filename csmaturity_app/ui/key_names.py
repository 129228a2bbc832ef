"""A shortcut named inside a sentence as the menus name it: Qt writes it in the language
running ("Ctrl+Maj+T" in French), so a translated text takes it through a `{keys}` placeholder
instead of spelling the keys in English."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def key_name(sequence: str) -> str:
    """ "Ctrl+Shift+T" as the platform and the language write it: "Ctrl+Maj+T" in French."""
    return QKeySequence(sequence, QKeySequence.SequenceFormat.PortableText).toString(
        QKeySequence.SequenceFormat.NativeText
    )
