"""Shared fixtures: every test gets its own data folder and its own store file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from team_server import (
    TeamDatabase,
    TeamServer,
    init_team,
    running_team_server,
    use_password_file,
)

from csmaturity_app import paths
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import Store

# Without a display, Qt's offscreen platform gives an 800x600 screen, smaller than the laptops
# the application is made for: give it a 1920x1200 one, so windows lay out at real sizes.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the platform data folder at a temporary one: no test touches the real store."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    return paths.data_dir()


@pytest.fixture(scope="session")
def builtin_catalog() -> ModelCatalog:
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR])
    assert not catalog.problems, catalog.problems
    return catalog


@pytest.fixture(scope="session")
def tsia(builtin_catalog: ModelCatalog) -> MaturityModel:
    return builtin_catalog.get("tsia-4-phases")


@pytest.fixture(scope="session")
def ftworks(builtin_catalog: ModelCatalog) -> MaturityModel:
    return builtin_catalog.get("ftworks-5-levels")


@pytest.fixture(scope="session")
def tsia_v1(builtin_catalog: ModelCatalog) -> MaturityModel:
    """The first release of the TSIA model, which assessments of release 0.2 were taken with."""
    return builtin_catalog.get("tsia-4-phases", "1.0.0")


@pytest.fixture(scope="session")
def ftworks_v1(builtin_catalog: ModelCatalog) -> MaturityModel:
    return builtin_catalog.get("ftworks-5-levels", "1.0.0")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with Store.open(store_path) as opened:
        yield opened


@pytest.fixture(scope="session")
def team_server() -> Iterator[TeamServer]:
    """A real PostgreSQL server, started the first time a test asks for one (tests that do not
    ask start none) and removed at the end of the session, even when tests fail."""
    with running_team_server() as server:
        yield server


@pytest.fixture
def bare_team(
    team_server: TeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TeamDatabase]:
    """A fresh, empty database of this test's own on the team server, not yet a team store;
    libpq finds the passwords in a password file of the test's own."""
    use_password_file(team_server, tmp_path, monkeypatch)
    if not team_server.running:  # a test that stopped the server and failed before restarting
        team_server.start()
    database = TeamDatabase(team_server, team_server.new_database())
    yield database
    team_server.drop_database(database.database)


@pytest.fixture
def team(bare_team: TeamDatabase) -> TeamDatabase:
    """A fresh team store (`server init` by the administrator) with writers alice and bob and
    the reader rita granted their group roles."""
    init_team(bare_team)
    return bare_team
