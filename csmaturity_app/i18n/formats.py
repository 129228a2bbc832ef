"""Dates and numbers as the language in effect writes them: "30 novembre 2026", "91,7 %",
"1,59". The source language keeps CS Maturity's own house style ("59 %", ISO dates where a
date is data); every other language follows the Unicode CLDR's conventions through Babel, so a
new language needs no code here."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from csmaturity_app.i18n.language import SOURCE_LANGUAGE, current_language

# House style of the source language.
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def long_date(day: dt.date) -> str:
    """ "30 November 2026" / "30 novembre 2026": a date as a reader says it."""
    code = current_language()
    if code == SOURCE_LANGUAGE:
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_date

    return str(format_date(day, "long", locale=code))


def decimal(value: float, places: int = 0) -> str:
    """ "1.59" / "1,59"; "2,450" / "2 450" with `places` decimals. Rounded once, as English
    rounds the float, so every language shows the same digits (Babel alone would round the
    decimal text half-even: 2.675 -> "2,68" against "2.67")."""
    code = current_language()
    rounded = f"{value:.{places}f}"
    if code == SOURCE_LANGUAGE:
        return f"{value:,.{places}f}"
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(format_decimal(Decimal(rounded), pattern, locale=code))


def integer(value: int) -> str:
    """ "2,450" / "2 450"."""
    return decimal(value, 0)


def percent(fraction: float, places: int = 0) -> str:
    """ "91.7 %" / "91,7 %" from 0.917: a fraction 0..1 in percent, rounded once as English
    rounds it."""
    code = current_language()
    if code == SOURCE_LANGUAGE:
        return f"{fraction * 100:.{places}f} %"
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * places if places else "")
    number = format_decimal(Decimal(f"{fraction * 100:.{places}f}"), pattern, locale=code)
    return f"{number}\u00a0%"
