"""The new-assessment dialog offers the current version of each maturity model."""

from PySide6.QtCore import QSettings

from csmaturity_app.ui.new_assessment_dialog import LAST_MODEL, NewAssessmentDialog


def offered(dialog: NewAssessmentDialog) -> list[str]:
    return [dialog.model_box.itemData(i) for i in range(dialog.model_box.count())]


def test_only_the_newest_version_of_each_model_is_offered(qtbot, builtin_catalog):
    dialog = NewAssessmentDialog(builtin_catalog, "Acme")
    qtbot.addWidget(dialog)
    assert sorted(offered(dialog)) == ["ftworks-5-levels@2.0.0", "tsia-4-phases@2.0.0"]
    assert len(builtin_catalog.models) == 4  # 1.0.0 stays loaded for old assessments


def test_a_model_remembered_under_its_old_version_is_chosen_in_its_new_one(qtbot, builtin_catalog):
    QSettings().setValue(LAST_MODEL, "ftworks-5-levels@1.0.0")
    dialog = NewAssessmentDialog(builtin_catalog, "Acme")
    qtbot.addWidget(dialog)
    assert dialog.model().key == "ftworks-5-levels@2.0.0"
