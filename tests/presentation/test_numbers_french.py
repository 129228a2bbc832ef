"""Figures and counts in French: the same functions every reader uses, in the language in
effect (Babel's CLDR: a decimal comma, U+00A0 before %, U+202F between thousands)."""

from __future__ import annotations

from csmaturity_app import i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.presentation import (
    change_text,
    counted,
    index_text,
    percent_text,
    plural,
    rating_text,
    threshold_text,
)
from csmaturity_app.presentation.numbers import placed_label

NBSP, NNBSP = "\u00a0", "\u202f"


def test_figures_follow_the_language(tsia: MaturityModel, in_french):
    assert percent_text(0.5926) == f"59{NBSP}%"
    assert index_text(1.5926) == "1,59"
    assert change_text(0.42) == "+0,42" and change_text(-0.1) == "-0,10"
    assert threshold_text(tsia) == f"deux tiers (67{NBSP}%)"
    assert rating_text(tsia, None) == "Sans réponse"


def test_french_counts_take_the_singular_for_zero_and_one(in_french):
    forms = ("critère", "critères")
    assert [counted(n, *forms) for n in (0, 1, 2)] == ["0 critère", "1 critère", "2 critères"]
    assert counted(2450, *forms) == f"2{NNBSP}450 critères"
    one, other = "{count} action ouverte sur {total}", "{count} actions ouvertes sur {total}"
    assert plural(1, one, other, total=3) == "1 action ouverte sur 3"
    assert plural(1500, one, other, total=3) == f"1{NNBSP}500 actions ouvertes sur 3"


def test_english_reads_as_it_always_has(tsia: MaturityModel):
    assert i18n.current_language() == "en"
    assert [counted(n, "criterion", "criteria") for n in (0, 1, 2450)] == [
        "0 criteria",
        "1 criterion",
        "2,450 criteria",
    ]
    assert counted(2, "row") == "2 rows"
    assert percent_text(0.5926) == "59 %" and index_text(1.5926) == "1.59"
    assert change_text(-0.1) == "-0.10" and change_text(0) == "+0.00"
    assert threshold_text(tsia) == "two thirds (67 %)"


def test_below_the_first_stage_reads_not_yet_in_the_language(tsia: MaturityModel, in_french):
    first = tsia.stages[0]
    assert placed_label(tsia, first.level - 1) == f"pas encore {tsia.stage_label(first)}"
    assert placed_label(tsia, first.level) == tsia.stage_label(first)
    with i18n.using("en"):
        assert placed_label(tsia, first.level - 1) == f"not yet {tsia.stage_label(first)}"


def test_plan_words_follow_the_language(in_french):
    from csmaturity_app.presentation.plan import (
        PLAN_COLUMNS,
        due_text,
        plan_heading,
        status_label,
    )

    assert status_label("in progress") == "En cours"
    assert due_text(None) == "sans date"
    assert plan_heading("due_on") == "Échéance"
    assert all(plan_heading(c) for c in PLAN_COLUMNS)
    with i18n.using("en"):
        assert (status_label("in progress"), plan_heading("due_on")) == ("In progress", "Due")
