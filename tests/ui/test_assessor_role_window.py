"""The assessor's role in a French window: the respondents dialog and the wizard's
Rating-as chooser read it in French, before and after the assessor is written down."""

from __future__ import annotations

from datetime import date

import pytest

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.respondents_dialog import RespondentsDialog
from csmaturity_app.ui.wizard.voices import respondent_label


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize("written_down", [False, True])
def test_the_assessors_role_reads_in_french(
    qtbot, operations: Operations, store: Store, tsia: MaturityModel, written_down: bool
):
    org = store.create_organization("Acme")
    assessment = store.create_assessment(org.id, tsia, "Jean", date(2026, 1, 10)).id
    if written_down:
        store.add_respondent(assessment, "Pat", "DG")
    dialog = RespondentsDialog(operations, assessment)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.data(model.index(0, 0)) == "Jean"
    qtbot.waitUntil(lambda: model.data(model.index(0, 1)) == "Évaluateur")
    assert respondent_label(store.respondents(assessment)[0]) == "Jean, Évaluateur"
    if written_down:
        assert model.data(model.index(1, 1)) == "DG"
