"""The checks of a respondent's values from elsewhere (a snapshot's cells, a pulled row), in
the store's words."""

from __future__ import annotations

import pytest

from csmaturity_app.store import RowProblem, check_collected, check_person, check_position

DIGEST = "a" * 64


def test_names_and_roles_are_taken_as_the_store_keeps_them():
    assert check_person("  Pat \n Lee ", "respondent") == "Pat Lee"
    assert check_person("", "respondent_role", required=False) == ""
    with pytest.raises(RowProblem, match="a respondent needs a name") as refused:
        check_person(" \t", "respondent")
    assert refused.value.column == "respondent"
    with pytest.raises(RowProblem, match="role may have at most 200 characters"):
        check_person("x" * 201, "respondent_role", required=False)
    with pytest.raises(RowProblem, match="is not text"):
        check_person(7, "respondent")


@pytest.mark.parametrize("value", [-1, 1.0, True, "1", 10**7])
def test_a_position_is_a_whole_number_from_0(value: object):
    with pytest.raises(RowProblem, match="is not a position"):
        check_position(value)


def test_what_was_collected_is_a_time_and_a_digest_either_of_them_possibly_empty():
    for collected_at, digest in (("", ""), ("2026-03-02T10:00:00+00:00", DIGEST), ("", DIGEST)):
        check_collected(collected_at, digest)
    with pytest.raises(RowProblem, match="is not a date and time") as refused:
        check_collected("yesterday", DIGEST)
    assert refused.value.column == "collected_at"
    with pytest.raises(RowProblem, match="is not a digest of answers") as refused:
        check_collected("2026-03-02T10:00:00+00:00", "A" * 64)
    assert refused.value.column == "collected_digest"
