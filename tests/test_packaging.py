"""What an installation gets: the wheel's contents, the resources through importlib, the icons,
and what the bundle's spec and checks say about the team server's driver.

The built-in maturity model files and icons live in the top-level resources/ folder and are
installed as the package `csmaturity_app.resources` (pyproject.toml). A wheel that lacked them,
or a package that the hand-written package list forgot, would only show on a user's machine:
these tests build a wheel (a few seconds, no network: the setuptools of this environment) and
read it.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest

from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR
from csmaturity_app.ui.app import ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DESKTOP_FILE = ROOT / "packaging" / "linux" / "csmaturity.desktop"
SPEC = ROOT / "packaging" / "csmaturity.spec"
BUILD_BUNDLE = ROOT / "packaging" / "build-bundle"
TEAM_SYNC_CHECK = ROOT / "packaging" / "team_sync_check.py"
# What a build needs of the tree is copied; nothing that a build could leave behind is shared.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*_cache", ".hypothesis",
    "screenshots", "benchmarks", "tests",
)  # fmt: skip


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    """A wheel built from a copy of this tree, the way `pip install .` builds one."""
    work = tmp_path_factory.mktemp("wheel")
    tree = work / "tree"
    shutil.copytree(ROOT, tree, ignore=NOT_COPIED)
    build = subprocess.run(
        [
            sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check",
            "--no-deps", "--no-build-isolation", "--wheel-dir", str(work), str(tree),
        ],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert build.returncode == 0, build.stdout + build.stderr
    (path,) = work.glob("csmaturity-*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


def test_wheel_holds_the_maturity_models_and_icons(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    shipped = {
        f"csmaturity_app/resources/{path.relative_to(RESOURCES).as_posix()}"
        for pattern in (
            "models/*.toml",
            "models/*/*.toml",
            "crosswalks/*.toml",
            "crosswalks/*/*.toml",
            "icons/*",
        )
        for path in RESOURCES.glob(pattern)
    }
    for version in ("1.0.0", "2.0.0"):
        assert f"csmaturity_app/resources/models/tsia-4-phases-{version}.toml" in shipped
        assert f"csmaturity_app/resources/models/ftworks-5-levels-{version}.toml" in shipped
    assert "csmaturity_app/resources/icons/csmaturity.svg" in shipped
    assert "csmaturity_app/resources/crosswalks/tsia-4-phases--ftworks-5-levels.toml" in shipped
    # the translations beside them, in a folder per language
    assert "csmaturity_app/resources/models/fr/tsia-4-phases-2.0.0.toml" in shipped
    assert "csmaturity_app/resources/crosswalks/fr/tsia-4-phases--ftworks-5-levels.toml" in shipped
    assert sorted(shipped - names) == []
    assert "csmaturity_app/resources/__init__.py" in names


def test_wheel_holds_the_translations_compiled(wheel: zipfile.ZipFile) -> None:
    """The .ts sources (read below the window) and the .qm that the build compiled from them
    (read by Qt): a wheel without a .qm would show the window in English only."""
    names = set(wheel.namelist())
    for ts in sorted((ROOT / "csmaturity_app" / "translations").glob("*.ts")):
        assert f"csmaturity_app/translations/{ts.name}" in names
        qm = wheel.read(f"csmaturity_app/translations/{ts.stem}.qm")
        assert qm[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm magic


def test_wheel_holds_every_module_of_the_package(wheel: zipfile.ZipFile) -> None:
    """A package missing from [tool.setuptools] packages in pyproject.toml is named here."""
    names = set(wheel.namelist())
    missing = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "csmaturity_app").rglob("*.py")
        if path.relative_to(ROOT).as_posix() not in names
    )
    assert missing == [], "add their packages to [tool.setuptools] packages in pyproject.toml"


def test_wheel_installs_only_the_package(wheel: zipfile.ZipFile) -> None:
    top_level = {name.split("/")[0] for name in wheel.namelist()}
    assert {t for t in top_level if not t.endswith(".dist-info")} == {"csmaturity_app"}
    entry_points = next(n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt"))
    assert "csmaturity = csmaturity_app.cli:run" in wheel.read(entry_points).decode()


def test_importlib_resources_finds_the_models_in_this_install() -> None:
    """Editable or not, the models are found through the package, not a path of the tree."""
    models = files("csmaturity_app.resources") / "models"
    assert models.is_dir()
    assert {"tsia-4-phases-2.0.0.toml", "ftworks-5-levels-2.0.0.toml"} <= {
        p.name for p in models.iterdir()
    }
    assert Path(str(models)) == BUILTIN_MODELS_DIR
    # In the development install, the package's resources are this tree's resources/ folder.
    assert BUILTIN_MODELS_DIR == RESOURCES / "models"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (its IHDR chunk comes first)."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_icon_pngs_are_the_sizes_the_application_loads() -> None:
    pngs = sorted(RESOURCES.glob("icons/*.png"))
    assert [p.name for p in pngs] == sorted(f"csmaturity-{size}.png" for size in ICON_SIZES)
    for size in ICON_SIZES:
        assert png_size(RESOURCES / "icons" / f"csmaturity-{size}.png") == (size, size)


def test_desktop_entry_starts_the_command_with_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP_FILE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "csmaturity"
    # The icon's name in the icon theme, and the window class Qt gives (the program's name).
    assert section["Icon"] == "csmaturity"
    assert section["StartupWMClass"] == "csmaturity"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (Debian: desktop-file-utils)",
)
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


# The bundle itself takes a minute to build: packaging/build-bundle builds it and syncs from it.
# What can be read without building it is checked here.


def test_spec_names_the_team_servers_driver() -> None:
    """psycopg falls back to a system libpq without a word: the spec names the compiled
    implementation that carries its own, and that is the one the application runs on here."""
    spec = ast.parse(SPEC.read_text(encoding="utf-8"))
    (driver,) = (
        ast.literal_eval(node.value)
        for node in spec.body
        if isinstance(node, ast.Assign)
        and [getattr(t, "id", None) for t in node.targets] == ["DRIVER_IMPORTS"]
    )
    assert {"psycopg", "psycopg_binary.pq", "psycopg_binary._psycopg"} <= set(driver)
    (analysis,) = (
        node
        for node in ast.walk(spec)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Analysis"
    )
    hidden = next(k.value for k in analysis.keywords if k.arg == "hiddenimports")
    assert isinstance(hidden, ast.List)
    assert any(
        isinstance(e, ast.Starred) and getattr(e.value, "id", None) == "DRIVER_IMPORTS"
        for e in hidden.elts
    )

    import psycopg  # first: psycopg_binary refuses to be imported before it

    assert [name for name in driver if importlib.util.find_spec(name) is None] == []
    assert psycopg.pq.__impl__ == "binary"


def test_build_bundle_checks_libpq_and_a_team_sync_from_the_bundle() -> None:
    script = BUILD_BUNDLE.read_text(encoding="utf-8")
    assert '"$driver.libs/libpq-*.so*"' in script
    assert '"$VENV/bin/python" packaging/team_sync_check.py "$EXE" "$scratch/team"' in script


def test_team_sync_check_starts_the_test_suites_server() -> None:
    """One copy of the server's start-up: the check imports tests/team_server.py, and that
    import works from packaging/ (here it is only asked for its usage)."""
    source = TEAM_SYNC_CHECK.read_text(encoding="utf-8")
    imported = {
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module == "team_server"
        for alias in node.names
    }
    assert "running_team_server" in imported
    assert "initdb" not in source and "pg_ctl" not in source
    usage = subprocess.run(
        [sys.executable, str(TEAM_SYNC_CHECK)], capture_output=True, text=True, timeout=60
    )
    assert usage.returncode == 2
    assert "team_sync_check.py PROGRAM SCRATCH" in usage.stderr


def test_team_sync_check_runs_where_the_test_tools_are_not_installed() -> None:
    """The bundle's build environment has the application's packages, not pytest: the
    server module the check imports must not need it."""
    hidden = (
        "import sys; sys.modules['pytest'] = None; "
        f"sys.path.insert(0, {str(TEAM_SYNC_CHECK.parents[1] / 'tests')!r}); import team_server"
    )
    done = subprocess.run([sys.executable, "-c", hidden], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
