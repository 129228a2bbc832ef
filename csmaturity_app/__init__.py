"""CS Maturity: customer-success maturity assessment, offline, on a laptop."""

from functools import cache

APP_NAME = "CS Maturity"


@cache
def version() -> str:
    """The installed version. Read when first asked, not at import: `importlib.metadata` scans
    the installed packages, some 30 ms of every start that nothing on screen needs."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("csmaturity")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    # `__version__`, as packages have it, computed on first use (see `version`).
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
