"""Any interleaving of offline work with respondents on three laptops (ratings, notes, the
facilitator's consensus and its hand-back to the median, respondents added and removed, an
assessment deleted and its undo, syncs in between) ends, once each has synced after the last
change, with the same rows in every store, the same consensus, and that consensus the median
of the ratings wherever the facilitator did not set it. Each example syncs through a team
store of its own on the real server."""

from __future__ import annotations

import tempfile
from contextlib import suppress
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sync_helpers import synced_rows
from team_server import TeamServer, team_database, use_password_file

from csmaturity_app.maturity import AnswerValue, MaturityModel
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.maturity.consensus import median_consensus
from csmaturity_app.store import DeletedAssessment, Store, StoreError
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.session import sync

OPERATIONS = (
    "rate",
    "rate",
    "not applicable",
    "notes",
    "set consensus",
    "use median",
    "add respondent",
    "remove respondent",
    "delete",
    "undo delete",
    "sync",
)
ROLES = ("alice", "bob", "alice")
CRITERIA = 3  # few, so that laptops meet on the same ones
step = st.tuples(
    st.integers(0, 2), st.sampled_from(OPERATIONS), st.integers(0, 5), st.integers(0, 3)
)


class Laptop:
    def __init__(self, store: Store, name: int) -> None:
        self.store = store
        self.name = name
        self.added = 0
        self.deleted: list[DeletedAssessment] = []

    def do(self, operation: str, pick: int, value: int, model: MaturityModel) -> None:
        s = self.store
        assessments = s.db.execute_sql("SELECT id FROM assessment ORDER BY id").fetchall()
        if not assessments:
            if operation == "undo delete" and self.deleted:
                s.restore_assessment(self.deleted.pop())
            return
        assessment_id = assessments[pick % len(assessments)][0]
        people = [r for r in s.respondents(assessment_id) if not r.implicit]
        who = people[pick % len(people)] if people else None
        criterion = model.criteria[(pick + value) % CRITERIA].id
        if operation == "rate" and who:
            s.record_respondent_answer(who.id, criterion, value)
        elif operation == "not applicable" and who:
            s.record_respondent_answer(who.id, criterion, None, not_applicable=True)
        elif operation == "notes" and who:
            s.record_respondent_notes(who.id, criterion, f"note {value}")
        elif operation == "set consensus":
            s.record_answer(assessment_id, criterion, value)
        elif operation == "use median":
            s.use_median(assessment_id, criterion)
        elif operation == "add respondent":
            self.added += 1
            s.add_respondent(assessment_id, f"Person {self.name}-{self.added}", "CSM")
        elif operation == "remove respondent" and who and len(people) > 1:
            s.remove_respondent(who.id)
        elif operation == "delete":
            self.deleted.append(s.delete_assessment(assessment_id))
        elif operation == "undo delete" and self.deleted:
            s.restore_assessment(self.deleted.pop())


def medians_hold(store: Store) -> None:
    """Every consensus that is the respondents' is the median of their ratings."""
    for (assessment_id,) in store.db.execute_sql("SELECT id FROM assessment").fetchall():
        view = store.respondents_view(assessment_id)
        for criterion_id in view.from_respondents:
            ratings = [
                AnswerValue(r.score, r.not_applicable)
                for people in view.ratings.values()
                if (r := people.get(criterion_id)) is not None
                and (r.score is not None or r.not_applicable)
            ]
            median = median_consensus(ratings)
            answer = view.consensus[criterion_id]
            expected = (None, False) if median is None else (median.score, median.not_applicable)
            assert (answer.score, answer.not_applicable) == expected


@settings(max_examples=12, deadline=None)
@given(steps=st.lists(step, max_size=20))
def test_three_laptops_with_respondents_always_converge(
    team_server: TeamServer, steps: list[tuple[int, str, int, int]]
) -> None:
    tsia = ModelCatalog.load([BUILTIN_MODELS_DIR]).get("tsia-4-phases")
    with (
        tempfile.TemporaryDirectory() as folder,
        pytest.MonkeyPatch.context() as monkeypatch,
    ):
        use_password_file(team_server, Path(folder), monkeypatch)
        with team_database(team_server) as team:
            stores = [Store.open(Path(folder) / f"{n}.db") for n in range(3)]
            addresses = [ServerAddress.parse(team.url(role)) for role in ROLES]
            try:
                org = stores[0].create_organization("Acme")
                assessment = stores[0].create_assessment(org.id, tsia, "Ann", "2026-01-01")
                stores[0].record_answer(assessment.id, tsia.criteria[0].id, 3)
                stores[0].add_respondent(assessment.id, "Pat", "VP CS")
                for n in range(3):
                    sync(stores[n], addresses[n])
                laptops = [Laptop(s, n) for n, s in enumerate(stores)]
                for who, operation, pick, value in steps:
                    if operation == "sync":
                        sync(stores[who], addresses[who])
                        continue
                    with suppress(StoreError):  # refused (gone, same name, ...): no change
                        laptops[who].do(operation, pick, value, tsia)
                for n in (0, 1, 2, 0, 1):
                    sync(stores[n], addresses[n])
                rows = [synced_rows(s) for s in stores]
                assert rows[1] == rows[0] and rows[2] == rows[0]
                for s in stores:
                    medians_hold(s)
            finally:
                for s in stores:
                    s.close()
