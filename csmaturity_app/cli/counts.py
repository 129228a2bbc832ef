"""A count and its noun in the language in effect: "1 row", "2,450 rows", "0 ligne".

Each caller passes both forms as literal `translate` calls, so that the translator sees whole
phrases and the language's plural rule (not English's) picks one."""

from __future__ import annotations

from csmaturity_app.i18n import formats, plural_is_one, translate


def counted_text(count: int, one: str, other: str) -> str:
    """`one` or `other` (each holding `{count}`) as `count` asks, the number as the language
    writes it."""
    return (one if plural_is_one(count) else other).format(count=formats.integer(count))


def client_safe_written() -> str:
    """What follows "wrote FILE" when the file leaves the private notes out."""
    return translate("cli", " (client-safe: no private notes)")
