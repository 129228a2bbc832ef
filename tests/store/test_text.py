"""Free text through the store API: bounded, without stray control characters, dates written
YYYY-MM-DD only, and organization names matched the way they are stored."""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import (
    MAX_NOTES,
    InvalidAnswerError,
    NotFoundError,
    Store,
    StoreError,
)


def rows(path: Path) -> list[tuple[object, ...]]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(db.execute("SELECT * FROM answer").fetchall())
    finally:
        db.close()


def test_notes_longer_than_the_bound_are_refused_and_nothing_changes(
    store: Store, tsia: MaturityModel
) -> None:
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", date(2025, 1, 1))
    criterion = tsia.criteria[0].id
    store.record_answer(a.id, criterion, 1, notes="n" * MAX_NOTES)
    before = rows(store.path)
    with pytest.raises(
        InvalidAnswerError, match=r"^a note may have at most 20,000 characters, not 20,001$"
    ):
        store.record_notes(a.id, criterion, "x" * (MAX_NOTES + 1))
    with pytest.raises(InvalidAnswerError, match="at most 20,000 characters"):
        store.record_answer(a.id, tsia.criteria[1].id, 2, notes="x" * (MAX_NOTES + 1))
    assert rows(store.path) == before


def test_control_characters_are_dropped_on_the_way_in(store: Store, tsia: MaturityModel) -> None:
    org = store.create_organization("\x01Acme\tCorp\x1b ")
    a = store.create_assessment(org.id, tsia, " Ann\x00\x08 ", date(2025, 1, 1))
    saved = store.record_notes(a.id, tsia.criteria[0].id, "a\x00b\x0bc\x7fd\te\r\nf")
    assert saved.notes == "abc\x7fd\te\r\nf"
    assert store.organization(org.id).name == "Acme Corp"
    assert store.assessment(a.id).assessor == "Ann"


def test_an_assessor_name_too_long_is_refused(store: Store, tsia: MaturityModel) -> None:
    org = store.create_organization("Acme")
    with pytest.raises(StoreError, match=r"^an assessor's name may have at most 200 characters$"):
        store.create_assessment(org.id, tsia, "A" * 201, date(2025, 1, 1))
    assert store.assessments() == []


@pytest.mark.parametrize("day", ["2026-W01-1", "20260101", "2026-02-30", "2026-01-01T10:00"])
def test_assessed_on_is_a_date_written_yyyy_mm_dd(
    store: Store, tsia: MaturityModel, day: str
) -> None:
    org = store.create_organization("Acme")
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        store.create_assessment(org.id, tsia, "Ann", day)
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        store.create_assessment(org.id, tsia, "Ann", datetime(2026, 1, 1, 10))  # type: ignore[arg-type]
    assert store.assessments() == []
    record = store.create_assessment(org.id, tsia, "Ann", "2026-01-05")
    assert record.assessed_on == date(2026, 1, 5)


@pytest.mark.parametrize(
    "asked",
    [
        "\u00c9nergie Ouest",  # composed É
        unicodedata.normalize("NFD", "\u00c9nergie Ouest"),  # E + combining accent
        "  \u00e9NERGIE\tOUEST  ",
        "\u00c9nergie  Ouest\n",
    ],
)
def test_an_organization_is_found_by_its_name_however_it_is_written(
    store: Store, asked: str
) -> None:
    org = store.create_organization("\u00c9NERGIE OUEST")
    store.create_organization("Energie Ouest")  # without the accent: another organization
    assert store.find_organization(asked).id == org.id


def test_names_that_match_alike_are_ambiguous(store: Store) -> None:
    first = store.create_organization("\u00e9nergie ouest")
    second = store.create_organization(unicodedata.normalize("NFD", "\u00c9NERGIE OUEST"))
    with pytest.raises(NotFoundError, match="2 organizations") as raised:
        store.find_organization("\u00c9nergie Ouest")
    assert first.id in str(raised.value) and second.id in str(raised.value)


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_a_blank_name_finds_nothing(store: Store, blank: str) -> None:
    store.create_organization("Acme")
    with pytest.raises(NotFoundError, match="empty"):
        store.find_organization(blank)
