"""Where CS Maturity keeps its data: the user data folder of the platform (platformdirs).

Linux: ~/.local/share/csmaturity (or $XDG_DATA_HOME/csmaturity); macOS:
~/Library/Application Support/csmaturity; Windows: %LOCALAPPDATA%\\csmaturity.
`CSMATURITY_DB` or `--db PATH` point at another store file.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog

APP_DIR_NAME = "csmaturity"
DB_ENV = "CSMATURITY_DB"
DB_FILE_NAME = "csmaturity.db"


def data_dir() -> Path:
    return user_data_path(APP_DIR_NAME, appauthor=False, roaming=False)


def user_models_dir() -> Path:
    """Model files of the user's own, loaded beside the built-in ones."""
    return data_dir() / "models"


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then $CSMATURITY_DB, then the default store (whose folder is created)."""
    named = named_db_path(explicit)
    if named is not None:
        return named
    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def named_db_path(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The store named by --db, else by $CSMATURITY_DB; None when neither names one."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return None


def load_catalog() -> ModelCatalog:
    """The built-in maturity models, then the user's own."""
    return ModelCatalog.load([BUILTIN_MODELS_DIR, user_models_dir()])
