"""UI fixtures: settings in a temporary folder, the operations layer over a real store, and
where screenshots go."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from csmaturity_app.store import Store
from csmaturity_app.ui.language import install_language
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
def french(qapp) -> Iterator[None]:
    """The window in French, as a French system or View > Language makes it: Qt's translators
    installed and every layer below speaking French; English again afterwards."""
    install_language(qapp, "fr")
    yield
    install_language(qapp, "en")


@pytest.fixture
def operations(store: Store, qtbot) -> Operations:
    return Operations(store)


SCREENSHOTS_ENV = "CSMATURITY_SCREENSHOTS"


@pytest.fixture
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder screenshot tests write to: a temporary one, so that a test run leaves the
    tree as it was, unless a developer names one in CSMATURITY_SCREENSHOTS to look at them."""
    named = os.environ.get(SCREENSHOTS_ENV)
    if not named:
        return tmp_path_factory.mktemp("screenshots")
    folder = Path(named)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
