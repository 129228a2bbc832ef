"""Text from outside (a file's name, a part inside it) made safe to print in one line.

A file name may hold an escape sequence that recolours or rewrites a terminal, a newline that
splits the line it is named in, or a bidi override that shows "exe.xlsx" as "xslx.exe". Every
line that names a file passes through `printable`, which shows such characters escaped.
"""

from __future__ import annotations

import json
import unicodedata

# Controls (C0, DEL, C1), format characters (bidi overrides, zero-width ones), surrogates (a
# name's bytes that are not UTF-8), and the line and paragraph separators.
_ESCAPED = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """`text` with every control, format or separator character shown escaped ("\\x1b",
    "\\n", "\\u202e"); other text, accents and scripts of every language included, as is."""
    if text.isprintable():  # the usual case, at C speed; spaces other than " " are checked below
        return text
    return "".join(_escaped(c) if unicodedata.category(c) in _ESCAPED else c for c in text)


def _escaped(character: str) -> str:
    named = _NAMED.get(character)
    if named is not None:
        return named
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def json_printable(text: str) -> str:
    """JSON text (as `json.dumps(..., ensure_ascii=False)` writes it) with its format and
    separator characters written as JSON escapes ("\\u202e"): the same data once read, and
    nothing that reorders or splits the lines of a terminal. JSON's own line breaks stay
    (those inside its strings are escaped already)."""
    return "".join(
        json.dumps(c)[1:-1] if c != "\n" and unicodedata.category(c) in _ESCAPED else c
        for c in text
    )
