"""Which language is in effect: the process's (set once by the command line or the window, from
`--lang`, the user's choice or the system's language), or for a while on one thread (`using`),
so that a report can be written in French by a window that speaks English."""

from __future__ import annotations

import locale
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from importlib.resources import files
from pathlib import Path

from csmaturity_app.errors import UserFacingError

SOURCE_LANGUAGE = "en"  # the language the code and the model files are written in
TRANSLATIONS_DIR = Path(str(files("csmaturity_app") / "translations"))
TS_PREFIX = "csmaturity_"

_process_language = SOURCE_LANGUAGE
_override: ContextVar[str | None] = ContextVar("csmaturity_language", default=None)


class LanguageError(UserFacingError):
    """A language that CS Maturity has no translation for."""


def available_languages() -> list[str]:
    """The source language, then every language with a translation file, in code order."""
    found = sorted(
        p.stem.removeprefix(TS_PREFIX)
        for p in TRANSLATIONS_DIR.glob(f"{TS_PREFIX}*.ts")
        if p.stem.removeprefix(TS_PREFIX) != SOURCE_LANGUAGE
    )
    return [SOURCE_LANGUAGE, *found]


def language_name(code: str) -> str:
    """ "Français" for fr: a language as its own speakers name it. The name is itself a
    string of the translation (the translator writes it), so a new language needs no code."""
    from csmaturity_app.i18n.catalog import translate

    with using(code):
        name = translate("language", "English", "this language's name, in this language")
    return code if code != SOURCE_LANGUAGE and name == "English" else name


def _code_of(tag: str | None) -> str | None:
    """ "fr_FR.UTF-8" / "fr-CA" / "fr" / "french" -> "fr"; None for C, POSIX or nothing. A
    name such as "french" is read as the C library reads it (locale.normalize's aliases)."""
    if not tag or _is_c_locale(tag):
        return None
    if "_" not in tag and "-" not in tag and "." not in tag:
        tag = locale.normalize(tag)  # "french" -> "fr_FR.ISO8859-1"; "fr" -> "fr_FR..."
    code = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return None if code in ("", "c", "posix") else code


def _is_c_locale(tag: str) -> bool:
    return tag.split(".")[0].split("@")[0].upper() in ("C", "POSIX")


def system_language() -> str:
    """The system's language when CS Maturity speaks it, else the source language. Reads what
    POSIX programs read: the locale (LC_ALL, else LC_MESSAGES, else LANG), preceded by
    LANGUAGE's list unless that locale is C or POSIX (gettext's rule: `LANGUAGE=fr LC_ALL=C`
    speaks English); then the C library's locale when none is set."""
    speaks = available_languages()
    candidates: list[str] = []
    chosen = next(
        (os.environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(n)), ""
    )
    if not (chosen and _is_c_locale(chosen)):
        candidates += [tag for tag in os.environ.get("LANGUAGE", "").split(":") if tag]
    if chosen:
        candidates.append(chosen)
    if not candidates:
        with suppress(ValueError):
            candidates.append(locale.getlocale()[0] or "")
    for tag in candidates:
        code = _code_of(tag)
        if code in speaks:
            return code
    return SOURCE_LANGUAGE


# The most of an unknown --lang that a refusal repeats: the value is the user's, of any length.
SHOWN_REQUEST = 40


def choose_language(requested: str | None) -> str:
    """The language asked for (a code such as "fr", or "fr_FR"), else the system's. An unknown
    one is refused, naming those available."""
    if not requested:
        return system_language()
    code = _code_of(requested)
    speaks = available_languages()
    if code not in speaks:
        from csmaturity_app.i18n.catalog import translate  # it reads this module

        raise LanguageError(
            translate(
                "language", "no translation into {requested!r}; the languages are {languages}"
            ).format(requested=_shortened(requested), languages=", ".join(speaks))
        )
    return code


def _shortened(text: str) -> str:
    return text if len(text) <= SHOWN_REQUEST else text[: SHOWN_REQUEST - 1] + "…"


def current_language() -> str:
    """The language in effect on this thread: `using`'s, else the process's."""
    return _override.get() or _process_language


def set_language(code: str) -> None:
    """Make `code` the process's language (once, at start, or when the window changes it)."""
    global _process_language
    _process_language = choose_language(code)


@contextmanager
def using(code: str | None) -> Iterator[str]:
    """Write in `code` for the length of the block (None: the language in effect): a report in
    the client's language from a window in the consultant's."""
    chosen = choose_language(code) if code else current_language()
    token = _override.set(chosen)
    try:
        yield chosen
    finally:
        _override.reset(token)


def plural_is_one(count: int, code: str | None = None) -> bool:
    """Whether `count` takes the singular in the language: 1 in English, 0 and 1 in French
    (CLDR's "one" category). Languages with more plural forms read their "other" form."""
    code = code or current_language()
    if code == SOURCE_LANGUAGE:
        return count == 1
    from babel import Locale  # loaded only when another language is in effect

    try:
        return Locale.parse(code).plural_form(abs(count)) == "one"
    except (ValueError, LookupError):
        return count == 1
