"""Shared fixtures: every test gets its own data folder and its own store file.

With `--encrypted-stores`, every store a test makes anew is an encrypted one (see
`encrypted_stores`): the tests that run on the store run again on an encrypted store.
"""

from __future__ import annotations

import importlib.util
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

from csmaturity_app import i18n, paths
from csmaturity_app.cli.passphrases import ENV as PASSPHRASE_ENV
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import Store

# Without a display, Qt's offscreen platform gives an 800x600 screen, smaller than the laptops
# the application is made for: give it a 1920x1200 one, so windows lay out at real sizes.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


# The tests read English unless they choose another language: whatever the machine's locale,
# for this process, the CLI and the windows they start.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

ENCRYPTED_MODE = Path(__file__).with_name("encrypted_mode")
# The passphrase of the stores made in the encrypted test mode.
TEST_PASSPHRASE = "the test mode's passphrase \u2713"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--encrypted-stores",
        action="store_true",
        help="make every new store a test creates an encrypted one (its passphrase "
        "given whenever a test opens a store without one; commands run as processes find it "
        f"in ${PASSPHRASE_ENV})",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "plain_store: reads a store's file as plain SQLite (its bytes, or through sqlite3): "
        "left out of the --encrypted-stores pass",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("--encrypted-stores"):
        return
    # Left out of this pass, not skipped: the plain pass runs them.
    plain = [item for item in items if item.get_closest_marker("plain_store") is not None]
    if plain:
        config.hook.pytest_deselected(items=plain)
        items[:] = [item for item in items if item.get_closest_marker("plain_store") is None]


@pytest.fixture(scope="session", autouse=True)
def encrypted_stores(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[bool]:
    """With `--encrypted-stores`: every store made anew is encrypted, here and in the Python
    processes tests start (see encrypted_mode/sitecustomize.py); commands run as processes
    also find the passphrase where a user gives it, in the variable."""
    if not request.config.getoption("--encrypted-stores"):
        yield False
        return
    # Loaded under another name: this process has imported a `sitecustomize` already.
    spec = importlib.util.spec_from_file_location(
        "encrypted_mode", ENCRYPTED_MODE / "sitecustomize.py"
    )
    assert spec is not None and spec.loader is not None
    mode = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mode)
    file = tmp_path_factory.mktemp("passphrase") / "passphrase.txt"
    file.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        mode.encrypt_new_stores(TEST_PASSPHRASE)
        patch.setenv(mode.PASSPHRASE_VARIABLE, TEST_PASSPHRASE)
        patch.setenv(
            "PYTHONPATH",
            os.pathsep.join(filter(None, [str(ENCRYPTED_MODE), os.environ.get("PYTHONPATH")])),
        )
        patch.setenv(PASSPHRASE_ENV, str(file))
        yield True


@pytest.fixture(autouse=True)
def english_by_default() -> Iterator[None]:
    """Each test starts in English, and a test that changes the language leaves no trace."""
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def in_french() -> Iterator[None]:
    """The layers below the window speak French for this test (as `--lang fr` makes them)."""
    i18n.set_language("fr")
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


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
