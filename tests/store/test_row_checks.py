"""The checks of a value from elsewhere (`row_checks`), shared by snapshot import and team sync:
what passes is exactly what the store itself writes."""

from __future__ import annotations

import uuid

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import (
    AnswerRules,
    RowProblem,
    check_action_status,
    check_criterion_id,
    check_id,
    check_model_id,
    check_plan_date,
    check_stage_level,
    check_stamp,
)
from csmaturity_app.store.clock import utc_now


def test_an_id_passes_only_in_the_form_the_store_makes() -> None:
    made = str(uuid.uuid4())
    assert check_id(made, "id") == made
    for odd in (made.upper(), made.replace("-", ""), "not-a-uuid", 7, None):
        with pytest.raises(RowProblem, match="is not an id") as refused:
            check_id(odd, "id")
        assert refused.value.column == "id"


@pytest.mark.parametrize(
    "value",
    [
        "2026-01-01",
        "2026-01-01T00:00:00+00:00",
        "2026-01-01T01:00:00.000000+01:00",
        "2026-13-01T00:00:00.000000+00:00",
        "soon",
        20260101,
    ],
)
def test_a_stamp_passes_only_in_the_store_s_form(value: object) -> None:
    assert check_stamp(now := utc_now(), "updated_at") == now
    with pytest.raises(RowProblem, match=r"is not a (date and time|time)") as refused:
        check_stamp(value, "updated_at")
    assert refused.value.column == "updated_at"


@pytest.mark.parametrize("score", [99, -1, 2.0, True, "2"])
def test_a_score_passes_only_as_an_integer_of_the_scale(tsia: MaturityModel, score: object) -> None:
    rules = AnswerRules.of(tsia)
    rules.score(None)
    rules.score(3)
    with pytest.raises(RowProblem, match="is not a score \\(0 to 3\\)"):
        rules.score(score)


def test_a_plan_s_values_pass_only_as_the_store_writes_them() -> None:
    assert check_model_id("tsia-4-phases") == "tsia-4-phases"
    assert check_criterion_id("P2.C3") == "P2.C3"
    assert check_stage_level(3) == 3 and check_stage_level(None) is None
    assert check_plan_date("", "due_on") == "" and check_plan_date("2027-06-30", "due_on")
    assert check_action_status("in progress") == "in progress"
    refused = [
        (check_model_id, "TSIA 4", "is not a maturity model's id"),
        (check_model_id, "x" * 101, "is not a maturity model's id"),
        (check_criterion_id, "-lead", "is not a criterion's id"),
        (check_stage_level, "x", "is not a stage level"),
        (check_stage_level, True, "is not a stage level"),
        (check_stage_level, -1, "is not a stage level"),
        (lambda v: check_plan_date(v, "due_on"), "30/06/2027", r"is not a date \(YYYY-MM-DD\)"),
        (check_action_status, "finished", "use open, in progress, done, dropped"),
    ]
    for check, value, said in refused:
        with pytest.raises(RowProblem, match=said):
            check(value)
