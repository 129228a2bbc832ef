"""A store that holds a model definition the app cannot read still opens in the window: its
assessments are listed as unreadable, the others show as before."""

from __future__ import annotations

from pathlib import Path

from carried_definitions import huge_levels, store_holding
from PySide6.QtCore import Qt

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow


def test_the_window_opens_a_store_holding_an_unreadable_definition(
    qtbot, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    path = tmp_path / "holding.db"
    ids = store_holding(path, tsia, huge_levels(tsia.to_dict()))
    with Store.open(path) as store:
        window = MainWindow(store, builtin_catalog)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        orgs = window.org_model
        rows = [[orgs.index(r, c).data() for c in range(2)] for r in range(orgs.rowCount())]
        assert rows == [["Bad Co", "unreadable model"], ["Good Co", "Phase 1 Forming"]]

        window.org_view.setCurrentIndex(orgs.index(0, 0))
        table = window.assessment_model
        placed = [table.index(r, 4).data() for r in range(table.rowCount())]
        assert placed == ["unreadable model", "Phase 1 Forming"]
        qtbot.waitUntil(lambda: window.results.ids == (ids["bad"],))
        window.results.refresh_now()
        assert window.results.empty.text().startswith("These results cannot be shown: ")
        assert "lists its assessments but cannot show them" in window.results.empty.text()

        window.assessment_view.selectRow(1)
        qtbot.waitUntil(lambda: window.results.ids == (ids["bad_older"],))
        window.results.refresh_now()
        assert window.results.assessments is not None
        window.close()


def test_the_window_starts_beside_a_deeply_nested_user_model_file(qtbot, store: Store) -> None:
    from csmaturity_app import paths

    folder = paths.user_models_dir()
    folder.mkdir(parents=True)
    nested = folder / "nested.toml"
    nested.write_text("x = " + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert len(window.catalog.models) == 4
    assert window.statusBar().currentMessage() == (
        f"1 maturity model file skipped: {nested}: is nested too deeply to be a maturity model"
    )


def test_an_unreadable_latest_assessment_has_no_index_in_its_tooltip(
    qtbot, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    """No index can be worked out of an unreadable model: the tooltip says so and stops,
    rather than ending on "maturity index" with nothing after it."""
    path = tmp_path / "holding.db"
    store_holding(path, tsia, huge_levels(tsia.to_dict()))
    with Store.open(path) as store:
        window = MainWindow(store, builtin_catalog)
        qtbot.addWidget(window)
        orgs = window.org_model
        tips = [orgs.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)]
        assert tips[0].startswith("Bad Co: 2 assessments; latest on ")
        assert tips[0].endswith("), unreadable model"), tips[0]
        assert tips[1].endswith(", Phase 1 Forming, maturity index 1.00"), tips[1]
        window.close()
