"""What a store holds never depends on the language in effect: a French session writes the
rows an English one would (model versions, roadmap actions, the assessor's role), and only the
notes a carry authors are words of the moment, in the language they are written in."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from carried_definitions import store_holding
from carry_models import tsia_1, tsia_next

from csmaturity_app import i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.translation import localized
from csmaturity_app.store import Store, UnreadableModelError


def impostor(tsia_v1: MaturityModel) -> dict[str, Any]:
    """TSIA 1.0.0 cut to five criteria, posing as the shipped 1.0.0: never usable."""
    data = tsia_v1.to_dict()
    data["criteria"] = data["criteria"][:5]
    return data


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_a_store_written_in_french_holds_the_models_own_title(
    store: Store, tsia: MaturityModel, in_french
):
    french = localized(tsia, "fr")
    assert french.title != tsia.title  # the test means something
    org = store.create_organization("Acme")
    store.create_assessment(org.id, french, "Jean", date(2026, 11, 30))
    assert rows(store.path, "SELECT model_id, version, title FROM model_version") == [
        (tsia.id, tsia.version, tsia.title)
    ]
    # stored as written, read in the language in effect
    assert store.assessment(store.assessments(org.id)[0].id).model_title == french.title


def test_a_roadmap_built_in_french_stores_the_models_own_words(store: Store, tsia: MaturityModel):
    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, tsia, "Jean", date(2026, 3, 1))
    store.set_status(assessment.id, "complete")
    store.set_target(org.id, tsia, 2)
    with i18n.using("fr"):
        built = store.build_roadmap(org.id, tsia.id)
    english = {c.id: c.action or c.statement for c in tsia.criteria}
    french = localized(tsia, "fr").criteria_by_id
    assert built and all(a.title == english[a.criterion_id] for a in built)
    assert any(a.title != french[a.criterion_id].action for a in built)


def test_the_assessors_role_is_stored_as_its_key_and_shown_in_the_language(
    store: Store, tsia: MaturityModel
):
    from csmaturity_app.presentation.respondents import role_text

    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, tsia, "Jean", date(2026, 1, 10))
    (implicit,) = store.respondents(assessment.id)
    with i18n.using("fr"):
        assert role_text(implicit) == "Évaluateur"
        store.add_respondent(assessment.id, "Pat", "DG")  # writes the assessor down
    written, pat = store.respondents(assessment.id)
    assert not written.implicit
    assert rows(store.path, "SELECT name, role FROM respondent ORDER BY position") == [
        ("Jean", "Assessor"),
        ("Pat", "DG"),
    ]
    assert role_text(written) == "Assessor"
    with i18n.using("fr"):
        assert role_text(written) == "Évaluateur"
        assert role_text(pat) == "DG"
    typed = store.add_respondent(assessment.id, "Lou", "Assessor")
    with i18n.using("fr"):
        assert role_text(typed) == "Assessor"  # typed in by the user: theirs, as typed


def test_carried_notes_are_written_in_the_language_of_the_carry(
    store: Store, builtin_catalog: ModelCatalog
):
    old_model = tsia_1(builtin_catalog)
    new_model = tsia_next(old_model)
    org = store.create_organization("Acme")
    old = store.create_assessment(org.id, old_model, "Ann", date(2025, 5, 6))
    store.record_answer(old.id, "F03", 3)
    store.set_status(old.id, "complete")
    with i18n.using("fr"):
        carried = store.carry_forward(old.id, localized(new_model, "fr"))
    notes = store.answers(carried.id)["F34"].notes.replace("\u00a0", " ")
    first, second = notes.splitlines()
    assert first.startswith("Fusion de 2 critères de la version 1.0.0 lors du report ;")
    assert "F03 3 " in first
    assert second == "Non notés alors : F04."


def test_an_unreadable_definition_is_told_in_the_language_of_each_reader(
    tmp_path: Path, tsia_v1: MaturityModel
):
    path = tmp_path / "holding.db"
    ids = store_holding(path, tsia_v1, impostor(tsia_v1))
    with Store.open(path) as store:
        with i18n.using("fr"), pytest.raises(UnreadableModelError, match="est inutilisable"):
            store.model_of(ids["bad"])
        with pytest.raises(UnreadableModelError, match="cannot be used") as raised:
            store.model_of(ids["bad"])
        assert "inutilisable" not in str(raised.value)
        assert not store.result_summaries([ids["bad"]])[ids["bad"]].readable
