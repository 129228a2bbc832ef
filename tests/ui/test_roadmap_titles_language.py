"""The Roadmap tab shows an action built from a model's words in the window's language,
whatever language built it; a title the user edited is theirs, shown as typed in any."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from csmaturity_app import i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.translation import localized
from csmaturity_app.store import AssessmentRecord, Store
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results import ResultsPane
from csmaturity_app.ui.roadmap_model import STATUS, TITLE

EDITED = "Réunir <b>l'équipe</b> lundi"


@pytest.fixture
def built(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    """Acme with Phase 1 in place, aiming at Phase 2; its roadmap built in English and its
    first action's title edited."""
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Alex", date.today() - timedelta(days=30))
    for criterion in tsia.criteria_of_stage("forming"):
        store.record_answer(a.id, criterion.id, tsia.max_score)
    store.set_status(a.id, "complete")
    store.set_target(org.id, tsia, 2)
    with i18n.using("en"):  # whatever the window's language
        first, *_ = store.build_roadmap(org.id, tsia.id)
    store.edit_action(first.id, title=EDITED)
    return store.assessment(a.id)


def shown_titles(qtbot, operations: Operations, assessment_id: str) -> list[str]:
    pane = ResultsPane(operations)
    qtbot.addWidget(pane)
    pane.show_assessments([assessment_id])
    pane.refresh_now()
    model = pane.roadmap.model
    titles = [model.data(model.index(r, TITLE)) for r in range(model.rowCount())]
    tips = [
        model.data(model.index(r, TITLE), Qt.ItemDataRole.ToolTipRole)
        for r in range(model.rowCount())
    ]
    assert all(title in tip for title, tip in zip(titles[1:], tips[1:], strict=True))
    return titles


def model_titles(model: MaturityModel, store: Store, org_id: str) -> list[str]:
    words = model.criteria_by_id
    return [words[a.criterion_id].action for a in store.actions(org_id)[1:]]


@pytest.mark.usefixtures("french")
def test_a_french_window_shows_the_models_french_actions(
    qtbot, operations: Operations, store: Store, tsia: MaturityModel, built: AssessmentRecord
):
    titles = shown_titles(qtbot, operations, built.id)
    french = model_titles(localized(tsia, "fr"), store, built.organization_id)
    assert titles[1:] == french
    assert titles[1:] != model_titles(tsia, store, built.organization_id)
    assert titles[0] == EDITED  # edited: as typed


def test_an_english_window_shows_them_in_english(
    qtbot, operations: Operations, store: Store, tsia: MaturityModel, built: AssessmentRecord
):
    titles = shown_titles(qtbot, operations, built.id)
    assert titles[1:] == model_titles(tsia, store, built.organization_id)
    assert titles[0] == EDITED


@pytest.mark.usefixtures("french")
def test_a_french_window_edits_the_french_words_it_shows(
    qtbot, operations: Operations, store: Store, tsia: MaturityModel, built: AssessmentRecord
):
    """The editor opens on the words shown; leaving them as they are changes nothing."""
    pane = ResultsPane(operations)
    qtbot.addWidget(pane)
    pane.show_assessments([built.id])
    pane.refresh_now()
    model = pane.roadmap.model
    index = model.index(1, TITLE)
    shown = model.data(index)
    assert model.data(index, Qt.ItemDataRole.EditRole) == shown
    before = [a.title for a in store.actions(built.organization_id)]
    assert not model.setData(index, shown)
    assert [a.title for a in store.actions(built.organization_id)] == before


@pytest.mark.usefixtures("french")
def test_a_french_window_offers_the_statuses_in_french(
    qtbot, operations: Operations, built: AssessmentRecord
):
    """The Status editor lists what the Status cells show, each with its stored value."""
    pane = ResultsPane(operations)
    qtbot.addWidget(pane)
    pane.show_assessments([built.id])
    pane.refresh_now()
    view = pane.roadmap.table
    index = pane.roadmap.model.index(0, STATUS)
    editor = view.itemDelegate().createEditor(view.viewport(), QStyleOptionViewItem(), index)
    qtbot.addWidget(editor)
    items = [(editor.itemText(i), editor.itemData(i)) for i in range(editor.count())]
    assert items == [
        ("Ouverte", "open"),
        ("En cours", "in progress"),
        ("Terminée", "done"),
        ("Abandonnée", "dropped"),
    ]
