"""UI fixtures: settings in a temporary folder, and the operations layer over a real store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from csmaturity_app.store import Store
from csmaturity_app.ui.operations import Operations


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp):
    """QSettings (window geometry, last assessor) go to a fresh folder for each test."""
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("csmaturity-tests")
    QCoreApplication.setApplicationName("CS Maturity tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def operations(store: Store, qtbot) -> Operations:
    return Operations(store)
