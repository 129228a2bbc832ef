"""A laptop working in French pushes the rows an English one would: the model version it
sends is named as its definition names itself, so every other laptop's pull accepts it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from team_server import TeamDatabase

from csmaturity_app import i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.translation import localized
from csmaturity_app.store import Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.session import sync


def test_a_french_laptops_push_is_pulled_by_an_english_one(
    tmp_path: Path, tsia: MaturityModel, team: TeamDatabase
):
    with i18n.using("fr"), Store.open(tmp_path / "paris.db") as paris:
        org = paris.create_organization("Acme")
        assessment = paris.create_assessment(
            org.id, localized(tsia, "fr"), "Jean", date(2026, 11, 30)
        )
        paris.record_answer(assessment.id, tsia.criteria[0].id, 2)
        sync(paris, ServerAddress.parse(team.url("alice")))
    ((title,),) = team.admin_sql("SELECT title FROM csmaturity.model_version")
    assert title == tsia.title
    with Store.open(tmp_path / "london.db") as london:
        outcome = sync(london, ServerAddress.parse(team.url("bob")))
        assert outcome.merge is not None and outcome.merge.assessments.new == 1
        assert london.answers(assessment.id)[tsia.criteria[0].id].score == 2
        assert london.model_of(assessment.id).title == tsia.title
