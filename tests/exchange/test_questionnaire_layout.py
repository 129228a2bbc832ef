"""The questionnaire's rating cells as spreadsheets store them, and the names of its files."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from csmaturity_app.exchange.questionnaire_layout import (
    NOT_APPLICABLE,
    RatingError,
    parse_rating,
    rating_choices,
)
from csmaturity_app.exchange.questionnaire_write import file_names, safe_file_stem
from csmaturity_app.maturity import MaturityModel


@pytest.fixture(scope="module")
def choices(tsia: MaturityModel) -> list[str]:
    return rating_choices(tsia)


def test_the_choices_are_the_models_scale_and_not_applicable(choices: list[str]):
    assert choices == [
        "0 Not in place",
        "1 Partially in place",
        "2 Largely in place",
        "3 Fully in place",
        NOT_APPLICABLE,
    ]


@pytest.mark.parametrize(
    ("cell", "rating"),
    [
        (2, (2, False)),
        (2.0, (2, False)),
        (0, (0, False)),
        ("2", (2, False)),
        (" 2 ", (2, False)),
        ("2.0", (2, False)),
        ("2 Largely in place", (2, False)),
        ("2  largely IN place", (2, False)),
        ("Largely in place", (2, False)),
        ("3 Fully in place", (3, False)),
        ("n/a", (None, True)),
        ("N/A", (None, True)),
        ("Not applicable", (None, True)),
        (None, (None, False)),
        ("", (None, False)),
        ("   ", (None, False)),
    ],
)
def test_ratings_as_spreadsheets_store_them_are_understood(cell, rating, choices):
    assert parse_rating(cell, choices) == rating


@pytest.mark.parametrize(
    ("cell", "says"),
    [
        ("maybe", "'maybe' is not a rating"),
        (7, "7 is not a rating"),
        (-1, "-1 is not a rating"),
        ("7", "'7' is not a rating"),
        (2.5, "2.5 is not a rating: ratings are whole numbers"),
        ("2 Fully in place", "'2 Fully in place' is not a rating"),
        ("=1+1", "'=1+1' is a formula, not a rating"),
        (True, "TRUE is not a rating"),
        (False, "FALSE is not a rating"),
        (datetime(2026, 11, 2), "a date or time is not a rating"),
        (date(2026, 11, 2), "a date or time is not a rating"),
        (time(2, 0), "a date or time is not a rating"),
    ],
)
def test_anything_else_is_refused_saying_what_it_is(cell, says, choices):
    with pytest.raises(RatingError) as refused:
        parse_rating(cell, choices)
    assert str(refused.value).startswith(says)
    assert "0 to 3, or N/A" in str(refused.value)


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Acme - Pat Lee", "Acme - Pat Lee"),
        ('A/B: "C" <D> | E? *F*\\G', "A_B_ _C_ _D_ _ E_ _F__G"),
        ("Acme - Pat.", "Acme - Pat"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("..", "_"),
        (".hidden", "_.hidden"),
        ("tab\there\nline", "tab here line"),
        ("Pat\u202eexe.xlsx", "Patexe.xlsx"),  # a bidi override would show it as "Patxslx.exe"
        ("\u2066Pat\u2069 Lee\u200b", "Pat Lee"),  # isolates, a zero-width space
        ("Pat\x1b[31m\x9bLee\x7f", "Pat[31mLee"),  # an escape, a C1 control, DEL
    ],
)
def test_file_names_are_safe_on_every_system(text: str, stem: str):
    assert safe_file_stem(text) == stem


def test_file_names_are_unique_whatever_the_case_and_not_too_long():
    names = file_names("Acme", ["Pat", "PAT", "pat", "x" * 500])
    assert names[:3] == ["Acme - Pat.xlsx", "Acme - PAT (2).xlsx", "Acme - pat (3).xlsx"]
    assert len(names[3]) <= 130 and names[3].endswith(".xlsx")
