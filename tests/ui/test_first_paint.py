"""What a start does before the main window's first paint, and what waits until after it: the
charts (QtCharts, the results pane's helpers), the maturity model files, peer scoring and
emptying the trash do not hold up the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow

START = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from csmaturity_app import paths
    from csmaturity_app.store import Store
    from csmaturity_app.ui.main_window import MainWindow
    loads = []
    load_catalog = paths.load_catalog
    paths.load_catalog = lambda: loads.append("catalog") or load_catalog()
    window = MainWindow(Store.open(sys.argv[1]))  # as `csmaturity` opens it
    late = (
        "PySide6.QtCharts",
        "importlib.metadata",
        "csmaturity_app.ui.results.chart_data",
        "csmaturity_app.ui.results.panels",
        "csmaturity_app.ui.results.loading",
        "csmaturity_app.ui.results.export",
        "csmaturity_app.presentation",
    )
    seen = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not seen:
                seen["imported"] = sorted(m for m in sys.modules if m.startswith(late))
                seen["catalog loaded"] = bool(loads)
                seen["charts"] = window.results.content is not None
                QTimer.singleShot(0, app.quit)
            return False

    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.exec()
    print(json.dumps(seen))
    """
)


def test_the_first_paint_waits_for_no_chart_model_file_or_package_metadata(tmp_path: Path):
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "store.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout) == {"imported": [], "catalog loaded": False, "charts": False}


def test_a_window_given_no_catalog_loads_it_after_the_first_paint(
    qtbot, store: Store, tmp_path: Path, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    models = tmp_path / "csmaturity" / "models"
    models.mkdir(parents=True)
    (models / "broken.toml").write_text("id = ", encoding="utf-8")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "skipped" in window.statusBar().currentMessage())
    assert "1 maturity model file skipped" in window.statusBar().currentMessage()
    assert "broken.toml" in window.statusBar().currentMessage()
    assert {m.id for m in window.catalog} == {"tsia-4-phases", "ftworks-5-levels"}
    window.close()


def test_charts_and_trash_come_after_the_first_paint(
    qtbot, store: Store, tsia: MaturityModel, builtin_catalog: ModelCatalog
):
    kept = store.create_organization("Kept")
    store.create_assessment(kept.id, tsia, "Ann")
    gone = store.create_organization("Left in the trash by a crash")
    store.delete_organization(gone.id)
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    assert window.results.content is None
    window.show()
    qtbot.waitUntil(lambda: window.results.content is not None)
    assert len(window.results.charts()) == 4
    assert store.empty_trash() == 0  # emptied already, once the window had painted
    window.close()
