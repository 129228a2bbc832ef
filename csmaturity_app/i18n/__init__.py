"""The languages CS Maturity speaks, for every layer: which language is in effect, the
translation of a software string into it, and dates and numbers as it writes them.

One mechanism for the software's own words, whatever the layer: Qt Linguist `.ts` files in
`csmaturity_app/translations/` (one per language, `csmaturity_<code>.ts`). The window reads them
compiled to `.qm` through Qt's `QTranslator`; the layers below it (which never load Qt) and
every file written for a reader in a chosen language (reports, questionnaires, plans) read the
same `.ts` through `translate`. `pyside6-lupdate` collects the strings of both kinds, because
both are calls named `translate(context, text)` or `tr(text)`.

The maturity models' own words live in files beside each model (`maturity.translation`).
"""

from __future__ import annotations

from csmaturity_app.i18n.catalog import translate
from csmaturity_app.i18n.language import (
    SOURCE_LANGUAGE,
    LanguageError,
    available_languages,
    choose_language,
    current_language,
    language_name,
    plural_is_one,
    set_language,
    system_language,
    using,
)

__all__ = [
    "SOURCE_LANGUAGE",
    "LanguageError",
    "available_languages",
    "choose_language",
    "current_language",
    "language_name",
    "plural_is_one",
    "set_language",
    "system_language",
    "translate",
    "using",
]
