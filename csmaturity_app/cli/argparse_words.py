"""argparse's own words ("usage: ", "options", "the following arguments are required: %s"...)
in the language in effect.

argparse looks each one up at use time through its module's `_` and `ngettext` (gettext);
`install` points those at `translate` (context "argparse"), so the help and the usage errors
read like the rest of the command line. The strings are written out below as literals so that
lupdate collects them; their `%` placeholders are argparse's and stay as they are."""

from __future__ import annotations

import argparse

from csmaturity_app.i18n import plural_is_one, translate


def _words() -> dict[str, str]:
    # Built at each look-up, not at import: the language is chosen after this module loads.
    # Only the words a user meets; argparse's errors for programmers stay English.
    return {
        "usage: ": translate("argparse", "usage: "),
        "options": translate("argparse", "options"),
        "positional arguments": translate("argparse", "positional arguments"),
        "show this help message and exit": translate("argparse", "show this help message and exit"),
        "%(prog)s: error: %(message)s\n": translate("argparse", "%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": translate(
            "argparse", "argument %(argument_name)s: %(message)s"
        ),
        "the following arguments are required: %s": translate(
            "argparse", "the following arguments are required: %s"
        ),
        "one of the arguments %s is required": translate(
            "argparse", "one of the arguments %s is required"
        ),
        "unrecognized arguments: %s": translate("argparse", "unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "argparse", "invalid %(type)s value: %(value)r"
        ),
        "expected one argument": translate("argparse", "expected one argument"),
        "expected at least one argument": translate("argparse", "expected at least one argument"),
        "expected at most one argument": translate("argparse", "expected at most one argument"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "not allowed with argument %s": translate("argparse", "not allowed with argument %s"),
        "ignored explicit argument %r": translate("argparse", "ignored explicit argument %r"),
        "can't open '%(filename)s': %(error)s": translate(
            "argparse", "can't open '%(filename)s': %(error)s"
        ),
        "unknown parser %(parser_name)r (choices: %(choices)s)": translate(
            "argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"
        ),
    }


def gettext(message: str) -> str:
    """argparse's `_`: `message` in the language in effect, or as it is."""
    return _words().get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """argparse's `ngettext`, chosen by the language's plural rule."""
    if singular == "expected %s argument":
        return (
            translate("argparse", "expected %s argument")
            if plural_is_one(count)
            else translate("argparse", "expected %s arguments")
        )
    return singular if count == 1 else plural


def install() -> None:
    """Make argparse speak the language in effect (call before a parser is built: it reads
    some words, such as "options", when it builds one)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
