"""Numbers read the same digits in every language: rounded once, the way English rounds,
then written with the language's separators."""

from __future__ import annotations

import pytest

from csmaturity_app import i18n
from csmaturity_app.i18n import formats
from csmaturity_app.listing import table


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("value", [2.675, 0.175, 1.015, 0.075, 1.175, 0.125, 2450.5])
def test_decimal_rounds_alike_in_english_and_french(value: float) -> None:
    with i18n.using("en"):
        english = formats.decimal(value, 2)
    with i18n.using("fr"):
        french = formats.decimal(value, 2)
    assert plain(french) == english.replace(",", " ").replace(".", ",")


@pytest.mark.parametrize("fraction", [0.0005, 0.0015, 0.0065, 0.91749, 0.5])
def test_percent_rounds_alike_in_english_and_french(fraction: float) -> None:
    with i18n.using("en"):
        english = formats.percent(fraction, 1)
    with i18n.using("fr"):
        french = formats.percent(fraction, 1)
    assert french == english.replace(".", ",").replace(" %", "\u00a0%")


def test_a_table_writes_fractions_as_the_language_does(in_french: None) -> None:
    text = table([{"maturity_index": 0.46}], ["maturity_index"])
    assert text.splitlines()[-1] == "0,46"
