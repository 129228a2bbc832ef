"""Text from outside made safe to print in one line: controls shown escaped, the rest as is."""

from __future__ import annotations

import pytest

from csmaturity_app.exchange.printable import printable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Acme - Pat Lee.xlsx", "Acme - Pat Lee.xlsx"),
        ("Zoë Ødegård \u2013 山田.xlsx", "Zoë Ødegård \u2013 山田.xlsx"),  # every script, as is
        ("a\u00a0b", "a\u00a0b"),  # a no-break space is printed as it is
        ("red\x1b[31m.xlsx", "red\\x1b[31m.xlsx"),
        ("two\nlines\r\tx", "two\\nlines\\r\\tx"),
        ("csi\x9b2J", "csi\\x9b2J"),  # a C1 control
        ("pat\u202exslx.exe", "pat\\u202exslx.exe"),  # a bidi override
        ("a\u2028b\u2029c", "a\\u2028b\\u2029c"),
        ("tag\U000e0041", "tag\\U000e0041"),
        ("bytes\udcff", "bytes\\udcff"),  # a name's byte that is not UTF-8
    ],
)
def test_controls_are_shown_escaped_and_nothing_else_changes(text: str, shown: str):
    assert printable(text) == shown
    assert printable(shown) == shown
