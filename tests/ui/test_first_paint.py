"""What a start does before the main window's first paint, and what waits until after it: the
charts (and QtCharts itself), peer scoring and emptying the trash do not hold up the window."""

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
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from csmaturity_app import paths
    from csmaturity_app.store import Store
    from csmaturity_app.ui.main_window import MainWindow
    window = MainWindow(Store.open(sys.argv[1]), paths.load_catalog())
    late = ("PySide6.QtCharts", "importlib.metadata")
    before = sorted(m for m in sys.modules if m.startswith(late))
    print(json.dumps({"imported": before, "charts": window.results.content is not None}))
    """
)


def test_a_start_imports_neither_qtcharts_nor_package_metadata(tmp_path: Path):
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "store.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout) == {"imported": [], "charts": False}


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
